package extract

// furtherFromForce reports "from" at e opening the armed body a further
// number is drawn from, its verb right after the body: "A further 300
// from the Royal Australian Navy were being held at readiness". The body
// must end in an armed body's noun ("navy", "army", "police"), so "a
// further 300 from the town were evacuated" counts nobody.
func (a *analysis) furtherFromForce(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || toks[e].lower != "from" {
		return false
	}
	for c := e + 1; c < len(toks) && c <= e+6 && toks[c].sent == toks[e].sent; c++ {
		if toks[c].kind != tWord {
			return false
		}
		if a.armedBodyNounAt(c) {
			v := c + 1
			return v < len(toks) && toks[v].sent == toks[e].sent && (auxWords.hasToken(&toks[v]) || movedVerbs.hasToken(&toks[v]))
		}
	}
	return false
}
