package extract

// possessedStateHeads head a body's name that a state's possessive makes
// the state's (words_people.tsv possessed-state-head).
var possessedStateHeads = wordList("possessed-state-head")

// statePossessedName returns the state whose possessive the article writes
// right before the body's name [first, lim) somewhere: "Ukraine's
// Coordination Headquarters for the Treatment of Prisoners of War said
// ... NAME, the secretary of the Coordination Headquarters" holds
// Ukraine's office, as "Kenya's Drought Management Centre" holds Kenya's.
// The name must have two words or more and a head (its last word before
// "of", "for" or "on") of a state's kind of body: "Canada's Northfield
// Resources" and "Russia's Wagner Group" are no state's bodies.
func (a *analysis) statePossessedName(first, lim int) (string, bool) {
	toks := a.d.toks
	if lim-first < 2 {
		return "", false
	}
	head := lim - 1
	for j := first + 1; j < lim; j++ {
		if w := toks[j].lower; w == "of" || w == "for" || w == "on" {
			head = j - 1
			break
		}
	}
	if !possessedStateHeads.hasToken(&toks[head]) {
		return "", false
	}
	name := a.d.text[toks[first].start:toks[head].end]
	for k := 2; k < len(toks); k++ {
		if toks[k-1].lower != "'s" || !a.writtenAt(k, name) {
			continue
		}
		if c, ok := a.stateAt(k - 2); ok && c != "" && a.places[a.placeAt[k-2]].kind != sAdjective {
			return c, true
		}
	}
	return "", false
}
