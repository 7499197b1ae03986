package extract

// draftOnStandby reports draftees of the number n ending at lim that a
// verb before the number puts on standby or alert, past a short
// conjoined noun phrase: "placed 300 conscripts and home guard soldiers
// on alert" holds them ready, a count GUIDELINES keep; "About 300
// conscripts failed to report" stays an intake.
func (a *analysis) draftOnStandby(n number, lim int) bool {
	toks := a.d.toks
	if n.hedge < 1 || !standbyVerbs.hasToken(&toks[n.hedge-1]) {
		return false
	}
	for k := lim; k < len(toks) && k < lim+6 && toks[k].sent == toks[n.first].sent && toks[k].kind == tWord; k++ {
		if a.onStandbyAt(k) {
			return true
		}
	}
	return false
}
