package extract

// cutNouns name a reduction of a force's strength: "cuts", "drawdown".
var cutNouns = wordList("cut-noun")

// lostToCuts reports a reduction that the personnel ending at lim were
// lost to, in the few words after them: "UNMISS lost about 1,500 military
// personnel in a round of cuts", "the mission lost 2,000 troops to budget
// cuts", "lost 800 officers through the drawdown", "as part of the
// reductions". They were withdrawn, not killed: GUIDELINES count
// withdrawn personnel as troops, and the figure is no death toll.
func (a *analysis) lostToCuts(lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || lim < 1 {
		return false
	}
	sent := toks[lim-1].sent
	for k := lim; k < len(toks) && k < lim+8 && toks[k].sent == sent; k++ {
		t := &toks[k]
		if cutNouns.hasToken(t) {
			return k > lim
		}
		if t.kind == tPunct || mayBeNumber(t) && t.lower != "a" && t.lower != "an" || a.figureBits(k)&fcCasualty != 0 {
			return false // "lost 40 soldiers, and cuts followed"; "lost 40 killed in cuts" is no reduction
		}
	}
	return false
}
