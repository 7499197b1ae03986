package extract

// The size a force was changed from, which licenses a weak personnel
// noun after the number as the size "to" does (resizedPresence): "the
// army halved its presence from 900 officers", "Tokyo had tripled the
// size of the SDF deployment from around 1,200 members". Members count
// only when a body of force names the object ("the SDF deployment"). A
// place may follow the object: "lift its police presence in Honiara from
// 90 officers to 150".

// resizedFrom reports the "from" before the figure n after a size verb
// whose object is a force, its presence or the size of either, in a
// sentence about a state or an armed body.
func (a *analysis) resizedFrom(n number) bool {
	d, _ := a.resizedFromObject(n)
	return d >= 0
}

// resizedFromObject returns the determiner and the noun of the object of
// the size verb before "from" and n: "the (size of the) SDF deployment";
// -1 when there is none.
func (a *analysis) resizedFromObject(n number) (int, int) {
	toks := a.d.toks
	k := n.hedge - 1
	first := a.d.sents[toks[n.first].sent].first
	if k < first+3 || toks[k].lower != "from" {
		return -1, -1
	}
	i, _ := a.beforePlaceIn(k-1, first) // "lift its police presence in Honiara from 90 officers"
	if toks[i].lower != "presence" && !forceNouns.hasToken(&toks[i]) {
		return -1, -1 // the force's noun right before "from"
	}
	d := i - 1
	for d > first && d >= i-3 && !determiners.hasToken(&toks[d]) && toks[d].kind == tWord {
		d-- // "the SDF deployment": a body's name or a modifier before the noun
	}
	if d <= first || !determiners.hasToken(&toks[d]) || toks[d].lower == "'s" {
		return -1, -1
	}
	v := d - 1
	if d >= first+3 && toks[d-1].lower == "of" && toks[d-2].lower == "size" && determiners.hasToken(&toks[d-3]) {
		v = d - 4 // "the size of the deployment"
	}
	if v < first || !sizeVerbs.hasToken(&toks[v]) || !a.armedBefore(v) {
		return -1, -1
	}
	return d, i
}

// resizedForceMembers reads "members" counted as the size a force's
// deployment was changed from, a body of force named in the object:
// "tripled the size of the SDF deployment from around 1,200 members".
func (a *analysis) resizedForceMembers(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if e >= len(toks) || toks[e].lower != "members" || e+1 < len(toks) && toks[e+1].lower == "of" {
		return Troops{}, false
	}
	d, i := a.resizedFromObject(n)
	if d < 0 {
		return Troops{}, false
	}
	named := false
	for j := d + 1; j < i; j++ {
		named = named || a.orgAt[j] >= 0 || forceBodies.hasToken(&toks[j])
	}
	if !named || a.isCasualty(n.hedge, e+1) {
		return Troops{}, false
	}
	return a.makeTroops(n, e+1, a.troopCountry(n.first, e+1, true), toks[e].text, rule), true
}
