package extract

// A state's share of a mission told just before is deployed, not the
// size of its army: "KFOR has about 4,600 troops. The United States has
// about 590 soldiers", "UNIFIL counts 10,000 peacekeepers. India, which
// is among the largest contributors, has about 900 soldiers". isStrength
// leaves these figures alone.

// stateShareOfMission reports the verb of having at k whose subject,
// opening its sentence, is a state, after a sentence of the same
// paragraph that counts a mission's personnel in a figure larger than n:
// a share is smaller than its whole ("The UN mission has 10,000
// peacekeepers. Egypt has 450,000 soldiers" is Egypt's army).
func (a *analysis) stateShareOfMission(k int, n number) bool {
	toks := a.d.toks
	s := a.d.sents[toks[k].sent]
	if l := a.lastFigure; l.sent != int(toks[k].sent)-1 || l.count <= n.value {
		return false
	}
	h := a.pastParenthetical(k, s.first)
	for h > s.first+1 && parallelAdverbAt(toks, h-1) {
		h--
	}
	m, ok := a.placeStartingAt(s.first)
	if !ok && toks[s.first].lower == "the" {
		m, ok = a.placeStartingAt(s.first + 1)
	}
	if !ok || !m.state || m.kind == sAdjective || m.possessive || m.lim != h || s.first == 0 {
		return false
	}
	p := a.d.sents[toks[s.first-1].sent]
	if p.para != s.para {
		return false
	}
	mission, troops := false, false
	for j := p.first; j < p.lim; j++ {
		mission = mission || a.missionAcronym(j) || missionNouns.hasToken(&toks[j])
		_, strong := a.strongPersonnelAt(j)
		troops = troops || strong
	}
	return mission && troops
}

// intlBodyHas reports a verb of having or counting right before the figure
// starting at first (past hedges and adverbs) whose subject is an
// international body by its name, "KFOR has about 4,600 troops", "NATO
// has 40,000 troops on its eastern flank", "UNIFIL now counts 10,000
// peacekeepers": their personnel are no one state's, nor the article's
// home state's.
func (a *analysis) intlBodyHas(first int) bool {
	toks := a.d.toks
	k := hedgeStart(toks, first) - 1
	if k < 1 || !haveAux.hasToken(&toks[k]) && !numberingVerbs.hasToken(&toks[k]) {
		return false
	}
	s := a.d.sents[toks[k].sent]
	_, h := a.subjectEndBefore(k, s.first+1) // "UNMISS currently has", "MINURSO, set up in 1991, currently has"
	if a.intlBodyForceAt(a.pastPlaceOfSubject(a.pastParenthetical(h, s.first) - 1)) {
		return true // "the EU force has", "the EU's own force, EUFOR Althea, has"
	}
	if a.coordinatedMissionSubject(k, s.first) && a.statesBetween(s.first, k) >= 2 {
		return true // "The battlegroup includes Dutch and Belgian units and numbers 2,500 troops": several states'
	}
	o := a.orgAt[h-1]
	return o >= 0 && a.orgs[o].lim == h && a.lx.orgs[a.orgs[o].org].Kind == "intl"
}

// pastPlaceOfSubject steps back from a subject's last token j over "in"
// and a place that end it, to the noun before: "the EU force in Bosnia".
func (a *analysis) pastPlaceOfSubject(j int) int {
	if j < 0 || a.placeAt[j] < 0 {
		return j
	}
	if f := a.places[a.placeAt[j]].first; f > 1 && a.d.toks[f-1].lower == "in" {
		return f - 2
	}
	return j
}

// statesBetween counts the distinct states named from first to lim.
func (a *analysis) statesBetween(first, lim int) int {
	seen := map[string]bool{}
	for j := first; j < lim; j++ {
		if c, ok := a.stateAt(j); ok && c != "" {
			seen[c] = true
		}
	}
	return len(seen)
}

// stateSharePosted reports a share noun at j ("contribution", "presence")
// that a state owns by its possessive or adjective and that serves in or
// at a place not its own: "cut the UK's contribution in Estonia from 1,000
// to 900". A share posted in a place is a force; "Britain's contribution
// to the fund" is money.
func (a *analysis) stateSharePosted(j int) bool {
	toks := a.d.toks
	if j < 1 || j+2 >= len(toks) || !shareNouns.hasToken(&toks[j]) || !hostPrepositions[toks[j+1].lower] {
		return false
	}
	o := j - 1
	if toks[o].lower == "'s" && o > 0 {
		o--
	}
	owner, ok := a.stateAt(o)
	if !ok {
		return false
	}
	if m := a.places[a.placeAt[o]]; m.lim != j && !(m.possessive && m.lim == j-1) || !m.possessive && m.kind != sAdjective {
		return false
	}
	p, ok := a.placeStartingAt(j + 2)
	return ok && p.code != "" && p.code != owner
}
