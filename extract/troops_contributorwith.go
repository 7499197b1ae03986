package extract

// contributorPredicate reports a contributor's noun in the sentence after
// personnel ending at lim: "Ghana, with 870 soldiers, is the largest
// contributor" counts what a state gives a mission, a deployment, where
// "Egypt, with some 650,000 active soldiers, is among the largest armies"
// counts a state's strength.
func (a *analysis) contributorPredicate(lim int) bool {
	toks := a.d.toks
	if lim < 1 || lim >= len(toks) {
		return false
	}
	sent := toks[lim-1].sent
	for k := lim; k < len(toks) && k < lim+25 && toks[k].sent == sent; k++ {
		if contributorNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
