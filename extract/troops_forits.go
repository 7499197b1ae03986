package extract

// "its" after "for" or "over" that follows a state as a verb's object
// stands for that state, not the subject: "The Polish government thanked
// Kenya for its 1,000 troops", "praised the Rwandan army for its 500
// peacekeepers". The figure is the object's.

// objectForItsState returns the state of the object before "for its" or
// "over its" right before the figure at first (past a hedge).
func (a *analysis) objectForItsState(first int) string {
	toks := a.d.toks
	k := hedgeStart(toks, first) - 1 // "for its more than 3,000 troops"
	if k > 0 && continuationWords.hasToken(&toks[k]) {
		k-- // "for its further 300 troops"
	}
	if k < 3 || toks[k].lower != "its" && toks[k].lower != "their" || toks[k-1].lower != "for" && toks[k-1].lower != "over" {
		return ""
	}
	e := k - 2 // the object's last word: "Kenya", "the Kenyan government"
	for s := e; s > e-2 && s > 0 && (bodyNouns.hasToken(&toks[s]) || forceBodies.hasToken(&toks[s])); s-- {
		e = s - 1
	}
	if e < 1 || a.placeAt[e] < 0 {
		return ""
	}
	m := a.places[a.placeAt[e]]
	if !m.state && m.kind != sCapital || m.lim != e+1 || m.first < 1 || toks[m.first].sentStart || toks[m.first-1].kind != tWord {
		return "" // a state that opens the clause is its subject, which "its" needs no rule for
	}
	if m.kind == sAdjective && e == k-2 {
		return "" // "thanked Kenyan officials for their": no adjective alone
	}
	return m.code
}
