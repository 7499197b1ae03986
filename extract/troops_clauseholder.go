package extract

// Holders told in a clause of their own. In a list of contributors told clause by clause, each figure belongs to
// the state of its own clause, not to the first state of the sentence:
// "Kenya remains the largest contributor, with 760 police officers,
// followed by Guatemala with 150 soldiers", "El Salvador has about 90
// troops in the mission, Jamaica's defence force has 24 soldiers", "...,
// and Nepal with 600 peacekeepers".

// clauseHolderState returns the state that holds the figure starting at
// first as the subject of its own clause after a comma, "and" or
// "followed by": a state right before "with" and the figure, or a state
// (or a state's force) right before the verb of having or sending that
// takes the figure; else "".
func (a *analysis) clauseHolderState(first int) string {
	toks := a.d.toks
	v := hedgeStart(toks, first) - 1
	if v < 2 {
		return ""
	}
	if toks[v].lower == "with" {
		m, ok := a.stateEndingAt(v - 1)
		if !ok || m.kind == sAdjective || m.possessive || !a.listJoinBefore(m.first) {
			return ""
		}
		return m.code
	}
	if !haveAux.hasToken(&toks[v]) && !deployVerbs.hasToken(&toks[v]) && !holdVerbs.hasToken(&toks[v]) {
		return ""
	}
	k := v - 1
	for k > 0 && (verbChain.hasToken(&toks[k]) || isAdverb(toks[k])) {
		k--
	}
	// "Jamaica's defence force": a state's force, up to two words of it
	for e := k; e > 0 && e >= k-2 && toks[e].kind == tWord && !toks[e].cap; e-- {
		if forceBodies.hasToken(&toks[k]) && toks[e-1].lower == "'s" {
			k = e - 2
			break
		}
	}
	m, ok := a.stateEndingAt(k)
	if !ok || m.kind == sAdjective || m.first < 1 || toks[m.first-1].text != "," {
		return ""
	}
	return m.code
}

// listJoinBefore reports a comma, "and" or "followed by" right before
// token f, joining a contributor to a list.
func (a *analysis) listJoinBefore(f int) bool {
	toks := a.d.toks
	if f < 1 {
		return false
	}
	if w := toks[f-1].lower; w == "," || w == "and" {
		return true
	}
	return f > 1 && toks[f-1].lower == "by" && toks[f-2].lower == "followed"
}

// hiredByPronoun reports a relative clause right after hired fighters
// ending at lim whose subject, "it" or "they", hires them: "3,000 Syrian
// fighters it recruited and pays", "the mercenaries they hired".
func (a *analysis) hiredByPronoun(lim int) bool {
	toks := a.d.toks
	k := lim
	if k < len(toks) && toks[k].lower == "that" {
		k++
	}
	if k+1 >= len(toks) || toks[k].lower != "it" && toks[k].lower != "they" {
		return false
	}
	for k++; k < len(toks) && k < lim+5 && verbChain.hasToken(&toks[k]); k++ {
	}
	return k < len(toks) && hiringVerbs.hasToken(&toks[k])
}

// framedGovernmentState returns the state of an opening frame "In
// STATE," whose own government, army or authorities, named without a
// state, are the subject that deploys the figure starting at first: "In
// Chad, where Sudanese refugees have arrived, the government said it had
// deployed 500 soldiers", "In Peru, the army has sent 300 soldiers";
// else "".
func (a *analysis) framedGovernmentState(first int) string {
	toks := a.d.toks
	sent := a.d.sents[toks[first].sent]
	c, m, ok := a.stateFrame(sent.first, sent.lim)
	if !ok || m >= first {
		return ""
	}
	for j := first - 1; j > m+1; j-- {
		if stateForces.hasToken(&toks[j]) && !toks[j].cap && toks[j-1].lower == "the" && toks[j-2].text == "," {
			return c // the organ opens the clause after the frame and its aside
		}
	}
	return ""
}

// whereClauseOpens reports ", where" at k opening a clause with a state as
// its own subject before the figure at first: "150 kilometres north of
// Ishigaki, where Japan opened a base in 2023 with about 570 troops" is
// Japan's figure, not that of the states named before the comma.
func (a *analysis) whereClauseOpens(k, first int) bool {
	toks := a.d.toks
	if toks[k].lower != "where" || k < 1 || toks[k-1].text != "," || k+1 >= first {
		return false
	}
	m, ok := a.placeStartingAt(k + 1)
	if !ok && toks[k+1].lower == "the" {
		m, ok = a.placeStartingAt(k + 2)
	}
	return ok && m.state && m.kind != sAdjective && !m.possessive && m.lim < first
}

// sharedSubjectState returns the state acting in the clause before a
// figure's clause that opens at start with ", and" and a verb, no subject
// of its own: "Germany is building up its brigade near Rudninkai, south
// of Vilnius, and expects some 4,800 soldiers to be stationed there"
// shares Germany as its subject.
func (a *analysis) sharedSubjectState(start int) string {
	toks := a.d.toks
	if start < 2 || start >= len(toks) || toks[start-1].lower != "and" && toks[start-1].lower != "but" || toks[start-2].text != "," {
		return ""
	}
	t := &toks[start]
	if t.kind != tWord || t.cap || determiners.hasToken(t) || subjectPronouns.hasToken(t) || hedgeWord(t.lower) {
		return ""
	}
	return a.actingState(a.d.sents[t.sent].first, start-2, true)
}
