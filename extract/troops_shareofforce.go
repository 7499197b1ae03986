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
