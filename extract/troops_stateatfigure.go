package extract

// stateAtFigureTroops reads "STATE, at N," opening a sentence right after
// troop figures of other states in its paragraph, a contributor's share in
// a ranking told as prose: "Rwanda, with some 5,100 personnel, was the
// largest African contributor. China, at roughly 1,750, was the only
// permanent member ...". Without personnel just told the figure is
// anything ("China, at 1,750 metres, ...", "Brazil, at 3.1%, ...").
func (a *analysis) stateAtFigureTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	k := n.hedge - 1
	if k < s.first+2 || toks[k].lower != "at" || toks[k-1].text != "," || n.lim >= s.lim || toks[n.lim].text != "," || a.isYear(n) {
		return Troops{}, false
	}
	c, ok := a.stateAt(k - 2)
	if !ok || c == "" {
		return Troops{}, false
	}
	if m := a.places[a.placeAt[k-2]]; m.first != s.first || m.lim != k-1 || m.kind == sAdjective {
		return Troops{}, false
	}
	last := a.lastFigure
	if last.unit == "" || last.para != int(toks[n.first].para) || last.sent < int(toks[n.first].sent)-1 || last.country == c {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, c, last.unit, rule), true
}
