package extract

// Composition: the personnel a deployed force is made of, each count
// after a verb of composing whose subject is a state's share of a force
// or a deployed body: "Nigeria's contribution comprises 700 infantry and
// 120 support staff", "The contingent is made up of 450 soldiers and 60
// police officers". Weak and service nouns count there, as they do after
// a deployment verb: the subject has already said they are a force's
// people. A standing army's make-up ("The army comprises 90,000
// soldiers") is its strength and no deployment; a formation is deployed
// only where its sentence sends it or names a mission.

// composeVerbs make a body of the personnel after them: "comprises",
// "consists of", "is made up of".
var composeVerbs = wordList("compose-verb")

// deployedBodies are the nouns of a force that is deployed by what it
// is: "contribution", "contingent", "deployment".
var deployedBodies = wordList("deployed-body")

// composedForce reports the figure n as one count of the personnel a
// deployed force is composed of, the first after the verb or one joined
// to it by "and" or a comma.
func (a *analysis) composedForce(n number) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	v := -1
	for k := n.hedge - 1; k > s.first && k >= n.hedge-12; k-- {
		t := &toks[k]
		if composeVerbs.hasToken(t) && (t.lower != "made" || toks[k+1].lower == "up") {
			v = k
			break
		}
		if t.kind == tPunct && t.text != "," || t.kind == tWord && freeModBlockers.hasToken(t) && t.lower != "and" && t.lower != "of" && t.lower != "up" {
			return false
		}
	}
	if v < 0 {
		return false
	}
	start := a.figureClauseStart(v)
	for k := start; k < v; k++ {
		t := &toks[k]
		if (deployedBodies.hasToken(t) || shareNouns.hasToken(t)) && a.armedContext(start, v) {
			return true
		}
		if formationNouns.hasToken(t) && (a.sendVerbIn(s.first, s.lim) || a.missionNounIn(s.first, s.lim)) {
			return true // "The battalion sent to Juba comprises ..."
		}
	}
	return false
}

// armedContext reports a state acting in first..lim, a force or a
// mission named in its sentence, or a troop figure in it or the one
// before: "Nigeria's contribution", not "the utility's contribution".
func (a *analysis) armedContext(first, lim int) bool {
	s := a.d.sents[a.d.toks[first].sent]
	if a.actingState(first, lim, false) != "" || a.missionNounIn(s.first, s.lim) || a.forceNamedIn(s.first, s.lim) {
		return true
	}
	cur := int(a.d.toks[first].sent)
	return a.lastTroop.unit != "" && (a.lastTroop.sent == cur || a.lastTroop.sent == cur-1)
}
