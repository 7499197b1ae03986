package extract

// A state's share of a force told by "N of the force": "Senegal provides
// about 700 of the current contingent", "Kenya contributes 1,000 of the
// mission", "Nigeria accounts for some 1,200 of the force", "Ghana makes
// up about 500 of the battalion". The figure counts the state's
// personnel in the force.

// ruleTroopShareOf names the figures of shareOfForce.
const ruleTroopShareOf = "state-share-of-force"

// forceShareVerbs give a state's share of a force: "provides", "contributes".
var forceShareVerbs = wordList("force-share-verb")

// shareOfForce reads the number n after a verb of sharing whose subject
// is a state, followed by "of the" (or "its") and a force's noun past up
// to two modifiers.
func (a *analysis) shareOfForce(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if n.value < 2 || a.isYear(n) || e+2 >= len(toks) || toks[e].lower != "of" {
		return Troops{}, false
	}
	if w := toks[e+1].lower; w != "the" && w != "its" && w != "their" {
		return Troops{}, false
	}
	f := e + 2
	for f < len(toks) && f < e+4 && toks[f].kind == tWord && !forceNouns.hasToken(&toks[f]) && !missionNouns.hasToken(&toks[f]) {
		f++ // "the current contingent", "the UN mission"
	}
	if f >= len(toks) || toks[f].sent != toks[n.first].sent || !forceNouns.hasToken(&toks[f]) && !missionNouns.hasToken(&toks[f]) || standingForces.hasToken(&toks[f]) {
		return Troops{}, false
	}
	if f+1 < len(toks) && toks[f+1].lower == "'s" {
		return Troops{}, false // "700 of the mission's vehicles"
	}
	v := n.hedge - 1
	if v > 0 && (toks[v].lower == "for" || toks[v].lower == "up") {
		v-- // "accounts for", "makes up"
	}
	if v < 1 || !forceShareVerbs.hasToken(&toks[v]) {
		return Troops{}, false
	}
	m, ok := a.stateEndingAt(v - 1)
	if !ok || m.kind == sAdjective || m.possessive || m.first > 0 && !toks[m.first].sentStart && !a.listJoinBefore(m.first) {
		return Troops{}, false
	}
	return a.makeTroops(n, f+1, m.code, toks[f].text, rule), true
}

// frontedShareOfForce reads the number n after a verb of sharing whose
// subject, a state or its capital, follows a fronted "Of the force," (or
// "Of that contingent,", "Of those troops,"): "Of that force, Ouagadougou
// will provide 2,000", "Of the mission, Kenya contributes 1,000". The
// figure counts the subject's personnel in the force; "Of the budget,
// Kenya provides 2,000" names no force.
func (a *analysis) frontedShareOfForce(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	v := n.hedge - 1
	if n.value < 2 || a.isYear(n) || v < 5 || !forceShareVerbs.hasToken(&toks[v]) {
		return Troops{}, false
	}
	k := v - 1
	for k > 0 && verbChain.hasToken(&toks[k]) {
		k-- // "will provide", "is to contribute"
	}
	if k < 0 || a.placeAt[k] < 0 {
		return Troops{}, false
	}
	m := a.places[a.placeAt[k]]
	if m.lim != k+1 || m.code == "" || m.kind == sAdjective || m.possessive || !m.state && m.kind != sCapital || m.first < 4 || toks[m.first-1].text != "," {
		return Troops{}, false
	}
	unit, ok := a.frontedForceNoun(m.first - 1)
	if !ok {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, m.code, unit, rule), true
}

// frontedForceNoun returns the force's or personnel's noun of a phrase
// "Of the/that/those [modifiers] NOUN" that opens the sentence and ends at
// the comma c.
func (a *analysis) frontedForceNoun(c int) (string, bool) {
	toks := a.d.toks
	f := a.d.sents[toks[c].sent].first
	if c-f < 3 || c-f > 6 || toks[f].lower != "of" || !determiners.hasToken(&toks[f+1]) && toks[f+1].lower != "those" && toks[f+1].lower != "these" {
		return "", false
	}
	w := &toks[c-1]
	if _, strong := a.strongPersonnelAt(c - 1); strong || forceNouns.hasToken(w) || missionNouns.hasToken(w) {
		if standingForces.hasToken(w) {
			return "", false // "Of the army, ..." is its whole strength
		}
		return w.text, true
	}
	return "", false
}
