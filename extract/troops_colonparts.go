package extract

// A troop figure split after a colon or a dash into the shares of the
// states it joins, each number followed by its state's adjective:
// "pledged 5,000 troops for the brigade: 3,500 German and 1,500 Dutch",
// "a force of 2,000 — 1,200 Kenyan, 800 Rwandan".

// colonDemonymPart reads the number n followed by a state's adjective
// that ends its phrase, in a list opened by a colon or a dash after a
// troop figure read in the same sentence; the state is the adjective's.
func (a *analysis) colonDemonymPart(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if e+1 >= len(toks) || e >= len(a.placeAt) || a.placeAt[e] < 0 || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	m := a.places[a.placeAt[e]]
	if !m.state || m.kind != sAdjective || m.first != e {
		return Troops{}, false
	}
	if m.lim < len(toks) && toks[m.lim].sent == toks[e].sent && toks[m.lim].lower != "and" && toks[m.lim].kind != tPunct {
		return Troops{}, false // "3,500 German tanks"
	}
	last := a.lastFigure
	if last.unit == "" || last.sent != int(toks[n.first].sent) || n.value >= last.count {
		return Troops{}, false
	}
	for k := n.hedge - 1; k > a.d.sents[last.sent].first; k-- {
		switch toks[k].text {
		case ":", "—", "–":
			return a.makeTroops(n, m.lim, m.code, last.unit, rule), true
		case ";", "(", ")":
			return Troops{}, false
		}
	}
	return Troops{}, false
}
