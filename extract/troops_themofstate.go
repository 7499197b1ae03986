package extract

// themOfStateTroops reads "N of them" and a state's adjective that close
// a clause after a troop figure of the same sentence: "1,800 Portuguese
// and Italian troops patrol the boundary, 1,000 of them Italian" counts
// the Italian share of the troops, the adjective's state holding it;
// "1,000 of them Italian-made" after tanks is no share of personnel. A
// copula may join them in a sentence of its own after the figure: "Some
// 9,000 of them will be American".
func (a *analysis) themOfStateTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if n.value < 2 || e+3 > len(toks) || toks[e].lower != "of" || toks[e+1].lower != "them" {
		return Troops{}, false
	}
	p := copulaEnd(toks, e+2) // "Some 9,000 of them will be American"
	m, ok := a.placeStartingAt(p)
	if !ok || !m.state || m.kind != sAdjective || m.lim < len(toks) && toks[m.lim].kind != tPunct && toks[m.lim].sent == toks[e].sent {
		return Troops{}, false
	}
	last := a.lastFigure
	sent := int(toks[n.first].sent)
	// a clause of its own with a copula may part the figure of the
	// sentence before: "14,000 troops are expected. Some 9,000 of them
	// will be American"
	told := last.sent == sent || p > e+2 && last.sent == sent-1 && toks[n.first].para == toks[n.first-1].para
	if last.unit == "" || !told || a.isCasualty(n.hedge, m.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, m.lim, m.code, last.unit, rule), true
}

// copulaEnd returns the token after a copula at k ("are", "were", "will
// be", "could be"), else k.
func copulaEnd(toks []token, k int) int {
	if k+1 < len(toks) && modalVerbs.hasToken(&toks[k]) && toks[k+1].lower == "be" {
		return k + 2
	}
	if k < len(toks) && (toks[k].lower == "are" || toks[k].lower == "were") {
		return k + 1
	}
	return k
}
