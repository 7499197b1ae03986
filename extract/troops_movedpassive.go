package extract

// Weak personnel that "had been moved" somewhere are deployed: "1,250
// border guards had been moved to the area overnight". "moved" is no
// troop verb anywhere in the sentence, as what is moved may be something
// else ("officers stood at attention as the bodies were moved"); only
// the passive right after the personnel noun, with a place word after
// it, counts.

// movedPassiveAfter reports, from lim (the token after the personnel
// noun), forms of "be" and "moved" followed by a word of movement:
// "guards had been moved to", "police were moved into".
func (a *analysis) movedPassiveAfter(lim int) bool {
	toks := a.d.toks
	k := lim
	for k < len(toks) && k < lim+3 && auxWords.hasToken(&toks[k]) {
		k++
	}
	if k == lim || k+1 >= len(toks) || toks[k].lower != "moved" || toks[k+1].sent != toks[lim].sent {
		return false
	}
	return a.passiveBetween(lim, k) && movementWord(toks[k+1].lower)
}
