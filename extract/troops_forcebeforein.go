package extract

// forceBeforeIn returns the force noun before "in" that a phrase ending
// at noun follows, within five words: in "Tanzania's contingent in the
// eastern Congo brigade numbers about 850" the contingent is what numbers,
// the brigade only where it serves; else -1.
func (a *analysis) forceBeforeIn(noun int) int {
	toks := a.d.toks
	if !forceNouns.hasToken(&toks[noun]) && !formationNouns.hasToken(&toks[noun]) {
		return -1 // "The troops in Chad now number": the phrase ends in no force
	}
	if noun+1 < len(toks) && toks[noun+1].text == "," {
		return -1 // "900 troops in the force, which numbers": the relative is the force's
	}
	for i := noun - 1; i > 0 && i >= noun-5; i-- {
		if toks[i].kind != tWord {
			return -1
		}
		if toks[i].lower == "in" {
			if forceNouns.hasToken(&toks[i-1]) {
				return i - 1
			}
			return -1
		}
	}
	return -1
}
