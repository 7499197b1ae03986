package extract

// acronymAsideStart returns the start of a parenthesised acronym that ends
// the subject at e, "(CGT)" in "The General Confederation of Labour (CGT)
// called the vote "…"": the acronym only restates the body's name, so the
// subject ends before it. Without such an aside it returns e.
func (a *analysis) acronymAsideStart(e, start int) int {
	toks := a.d.toks
	if e-4 < start || toks[e-1].text != ")" || toks[e-3].text != "(" {
		return e
	}
	if !capitalWord(toks[e-2].text) || !toks[e-4].cap || toks[e-4].kind != tWord {
		return e
	}
	return e - 3
}

// acronymAsideSpeaker reads the body named before a parenthesised acronym
// that ends the subject at e. Only a body counts: a name that reads as a
// person's there ("Lawyers' Christian Fellowship (LCF)" half read as a
// person) is a misreading, and "a spokesman for the X (BPI)" speaks for
// the body but is not it.
func (a *analysis) acronymAsideSpeaker(e, start, open int) (speaker, bool) {
	e2 := a.acronymAsideStart(e, start)
	if e2 == e {
		return speaker{}, false
	}
	f := a.npBackward(e2, start)
	if f >= e2 {
		return speaker{}, false
	}
	s, ok := a.resolveNP(f, e2, open)
	if !ok || s.person != nil || !s.body || s.named {
		return speaker{}, false
	}
	return s, true
}
