package extract

// A part of a toll told as ", N of them" and anything said of those N:
// "received 14 bodies, eight of them with gunshot wounds", "seven bodies
// ..., four of them unidentified", "killed nine workers, seven of them
// employed by subcontractors", "1,203 people since January, 87 of them in
// the past week". "Of them" takes up the dead of the figure before it,
// so the N are dead whatever the words after say of them; but not where
// those words put them in care or alive ("three of them in critical
// condition", "two of them rescued"), which tells of other people.

// partTailStops after "N of them" make the N the living: in care, saved.
var partTailStops = wordList("part-tail-stop")

// ofThemTail returns the end of the words said of the part after "of
// them" from e (to the next comma or the sentence's end, within eight
// tokens), with ok when none of them is a stop, a word of injury or care,
// or a number (another figure), and they do not open with "a" or "an".
func (a *analysis) ofThemTail(e int) (int, bool) {
	toks := a.d.toks
	if e >= len(toks) || toks[e].sent != toks[e-1].sent || toks[e].kind != tWord || toks[e].lower == "a" || toks[e].lower == "an" {
		return e, false // "28 people, one of them a police officer": one person described, counted in the whole
	}
	for j := e; j < len(toks) && j < e+8; j++ {
		t := &toks[j]
		if t.sent != toks[e].sent || t.kind == tPunct {
			return j, j > e
		}
		if t.kind != tWord && !a.ownerApostrophe(j) || partTailStops.hasToken(t) || hospitalWords.hasToken(t) {
			return e, false // a plural's apostrophe goes on: "at a girls' summer camp"
		}
		if kinds, _ := a.deathKindsAt(j); hasKind(kinds, dHurt) && !hasKind(kinds, dPassive) {
			return e, false
		}
	}
	return e, false
}
