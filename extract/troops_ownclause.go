package extract

// subjectClauseObject reports a casualty verb at k that a clause of its
// own governs: "and" (or "and that", "while") opens the clause, a short
// subject of its own stands before the verb, and the verb counts an
// object of its own. "sent 1,500 troops to Kech, and police arrested 14
// suspects", "said the army had moved 800 soldiers and that security
// forces had detained 40 people": the arrests are no casualties of the
// troops. "and gunmen killed 12 of them" counts the troops' dead (the
// object is "of" them), so does a verb with no subject of its own.
func (a *analysis) subjectClauseObject(k int) bool {
	toks := a.d.toks
	j := k - 1
	for j > 0 && (copulas.hasToken(&toks[j]) || toks[j].lower == "also" || isAdverb(toks[j])) {
		j-- // "and police had also arrested"
	}
	subj := 0
	for j > 0 && subj < 4 && a.subjectWordAt(j) {
		j--
		subj++
	}
	if subj == 0 || j < 1 {
		return false
	}
	if toks[j].lower == "that" {
		j--
	}
	if toks[j].lower != "and" {
		return false
	}
	return a.ownObjectAfter(k)
}

// subjectWordAt reports a word at j that may stand in a short subject
// before a verb: "police", "security forces", "the rebels"; no number,
// preposition, verb of deploying or personnel count.
func (a *analysis) subjectWordAt(j int) bool {
	t := &a.d.toks[j]
	if t.kind != tWord || t.lower == "and" || t.lower == "that" || prepositions.hasToken(t) || copulas.hasToken(t) {
		return false
	}
	if mayBeNumber(t) || troopVerbs.has(t.lower) || deployVerbs.has(t.lower) {
		return false
	}
	return true
}

// ownObjectAfter reports a counted object of the verb at k that is no
// part of another figure: "arrested 14 suspects", not "killed 12 of them".
func (a *analysis) ownObjectAfter(k int) bool {
	toks := a.d.toks
	h := hedgeAfter(toks, k+1)
	n, ok := a.countAt(h)
	if !ok {
		return false
	}
	o := n.lim
	return o < len(toks) && toks[o].kind == tWord && toks[o].lower != "of" && !measureUnits.hasToken(&toks[o])
}
