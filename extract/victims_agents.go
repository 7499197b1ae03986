package extract

import "strings"

// agentVictimEnds reports a lower-case singular noun for a person in an
// agent suffix at j that ends a victim's phrase after "a", "an" or "the"
// and comes right before its verb: "a pensioner was killed", "a
// bricklayer died", "the caretaker has died". The victim list cannot hold
// every occupation; an agent noun with a verb of being or dying right
// after it names a person. In a list ("the fascist, a leader who ...")
// the noun may be an apposition, and is left to the lists' own nouns.
func (a *analysis) agentVictimEnds(j int) bool {
	toks := a.d.toks
	if !a.singularAgent(j) || j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	return beAux.hasToken(n) && n.lower != "being" || haveAux.hasToken(n) || a.diedNext(j+1)
}

// singularAgent reports a lower-case singular noun at j in an agent
// suffix that names people alone: "-ant" and "-ent" also end things
// ("a search warrant", "an accident") and are left out.
func (a *analysis) singularAgent(j int) bool {
	t := &a.d.toks[j]
	if t.kind != tWord || t.cap || plural(t.lower) || len(t.lower) < 6 || npFunctionWords.hasToken(t) || !agentEnding(t.lower) {
		return false
	}
	if strings.HasSuffix(t.lower, "ant") || strings.HasSuffix(t.lower, "ent") {
		return false
	}
	return a.victimKindOf(t.lower)&vAdj == 0
}
