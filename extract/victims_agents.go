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

// nameBeforeAge reports a capitalised word at j, which the gazetteers do
// not hold as a place, a body or a role, right before an age between
// commas: "Ahmed, 12, succumbed to his injuries", "Okafor, 61, died". An
// age set after it makes a lone word a person's name, even opening the
// sentence.
func (a *analysis) nameBeforeAge(j int) bool {
	toks := a.d.toks
	t := &toks[j]
	if t.kind != tWord || !t.cap || j+3 >= len(toks) || toks[j+1].text != "," || a.placeAt[j] >= 0 || a.orgAt[j] >= 0 ||
		notNameWords.hasToken(t) || npFunctionWords.hasToken(t) || a.lx.roles[t.lower] != 0 {
		return false
	}
	e := a.ageBetweenCommas(j + 1)
	if e != j+4 || toks[j+3].text != "," || e >= len(toks) {
		return false
	}
	// the verb follows the age: not a list of names with ages ("Liana,
	// 8; Mark, 5, and Willow, 2"), whose items the list rules read
	n := &toks[e]
	return n.kind == tWord && !n.cap && n.lower != "and" && n.lower != "or"
}
