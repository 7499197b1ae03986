package extract

// breakawayMods are words inside a title that make it the office of a
// force or authority no state recognises (words_people.tsv breakaway-mod).
var breakawayMods = wordList("breakaway-mod")

// breakawayTitle reports role r of p as an office of separatists or
// rebels ("Separatist leader NAME", "the rebel commander, NAME"): no
// state's, as the offices of rival and de facto governments are (settled
// policy), though the story is about the state they fight. A seat in a
// legislature ("rebel Tory MP") stays the state's.
func (a *analysis) breakawayTitle(p *person, r *role) bool {
	if r.explicit || legislatorHeads.has(r.head) || seatHeads.has(r.head) || a.seatHeld(p, r) {
		return false
	}
	for _, w := range a.lowerFields(r.title) {
		if breakawayMods.has(w) {
			return true
		}
	}
	return false
}
