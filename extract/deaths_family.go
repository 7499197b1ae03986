package extract

// familyCountAside returns the index after an aside between commas that
// follows the number of "a family of N" before its verb: "A family of
// six, including four children, was killed", "a family of five, the
// Nasser family, died". The family is the count's noun, so its aside
// describes the victims as one after "six people" does. Else n.lim.
func (a *analysis) familyCountAside(n number) int {
	toks := a.d.toks
	k := n.lim
	if n.hedge < 2 || k+2 >= len(toks) || toks[k].text != "," || toks[n.hedge-1].lower != "of" || !familyNouns.hasToken(&toks[n.hedge-2]) {
		return k
	}
	e := includingAside(toks, k)
	if e == k {
		e = a.apposition(k, false)
	}
	if e <= k+1 || e >= len(toks) || toks[e-1].text != "," {
		return k
	}
	if w := toks[e].lower; beAux.has(w) && w != "being" || haveAux.has(w) || a.diedNext(e) {
		return e
	}
	return k
}
