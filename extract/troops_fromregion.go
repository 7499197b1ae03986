package extract

// regionPairTroops reads a bare figure M in "N <personnel> from <place>
// and M from <place>" whose places lie inside the state of the troop
// figure just read: "Two hundred Guard members from Ohio and 150 from
// Indiana" counts 150 American Guard members. includedFromTroops reads
// the pair when the places are states ("from Senegal and 800 from
// Ghana"); a place of another state ("150 from Ontario") is none here.
func (a *analysis) regionPairTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, e := n.hedge-1, n.lim
	if k < 3 || toks[k].lower != "and" || e+1 >= len(toks) || toks[e].lower != "from" || a.isYear(n) {
		return Troops{}, false
	}
	c, ok := a.regionOfLastTroop(e + 1)
	if !ok || a.lastTroop.unit == "" {
		return Troops{}, false
	}
	p := a.placeAt[k-1] // the first figure's place, right before "and"
	if p < 0 || a.places[p].first < 1 || toks[a.places[p].first-1].lower != "from" {
		return Troops{}, false
	}
	if c2, ok := a.placeCodeAt(k - 1); !ok || c2 != c {
		return Troops{}, false
	}
	lim := a.places[a.placeAt[e+1]].lim
	if lim < len(toks) && toks[lim].cap && toks[lim].kind == tWord {
		return Troops{}, false // "from Indiana University": a body's name
	}
	return a.makeTroops(n, lim, c, a.lastTroop.unit, rule), true
}

// regionOfLastTroop returns the state of a place inside a state at k
// (not a state itself) when it is the state of the troop figure just
// read in the sentence.
func (a *analysis) regionOfLastTroop(k int) (string, bool) {
	if k >= len(a.placeAt) || a.placeAt[k] < 0 || a.places[a.placeAt[k]].state {
		return "", false
	}
	c, ok := a.placeCodeAt(k)
	if !ok || c == "" || c != a.lastTroop.country || a.lastTroop.sent != int(a.d.toks[k].sent) {
		return "", false
	}
	return c, true
}
