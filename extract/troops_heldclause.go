package extract

// heldByClause reports a relative clause at e, right after the bare
// number of "on top of the N", whose subject (a pronoun or a state, after
// an optional "that" or "which") put those personnel where they are by a
// verb of deploying: "on top of the 200 we added last year", "besides
// the 150 it sent in May", "on top of the 300 that Britain deployed";
// not "on top of the 200 we lost".
func (a *analysis) heldByClause(e int) bool {
	toks := a.d.toks
	if e < len(toks) && (toks[e].lower == "that" || toks[e].lower == "which") {
		e++
	}
	if e >= len(toks) {
		return false
	}
	switch {
	case subjectPronouns.hasToken(&toks[e]) && toks[e].lower != "who" && toks[e].lower != "you":
		e++
	case a.placeAt[e] >= 0 && a.places[a.placeAt[e]].first == e && (a.places[a.placeAt[e]].state || a.places[a.placeAt[e]].kind == sCapital):
		e = a.places[a.placeAt[e]].lim
	default:
		return false
	}
	e = pastAuxWords(toks, e, 2) // "the 150 it had sent"
	return e < len(toks) && toks[e].sent == toks[e-1].sent && deployVerbs.hasToken(&toks[e])
}
