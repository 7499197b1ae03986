package extract

// themOfStateTroops reads "N of them" and a state's adjective that close
// a clause after a troop figure of the same sentence: "1,800 Portuguese
// and Italian troops patrol the boundary, 1,000 of them Italian" counts
// the Italian share of the troops, the adjective's state holding it;
// "1,000 of them Italian-made" after tanks is no share of personnel.
func (a *analysis) themOfStateTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if n.value < 2 || e+3 > len(toks) || toks[e].lower != "of" || toks[e+1].lower != "them" {
		return Troops{}, false
	}
	m, ok := a.placeStartingAt(e + 2)
	if !ok || !m.state || m.kind != sAdjective || m.lim < len(toks) && toks[m.lim].kind != tPunct && toks[m.lim].sent == toks[e].sent {
		return Troops{}, false
	}
	last := a.lastFigure
	if last.unit == "" || last.sent != int(toks[n.first].sent) || a.isCasualty(n.hedge, m.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, m.lim, m.code, last.unit, rule), true
}
