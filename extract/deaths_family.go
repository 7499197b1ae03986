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
	if e <= k+1 {
		e = a.plainAsideEnd(k) // "The family of four, two adults and two children, died"
	}
	if e <= k+1 || e >= len(toks) || toks[e-1].text != "," {
		return k
	}
	if w := toks[e].lower; beAux.has(w) && w != "being" || haveAux.has(w) || a.diedNext(e) {
		return e
	}
	return k
}

// plainAsideEnd returns the index after an aside between commas from the
// comma at k that holds no word of death or injury, no quote and no
// semicolon, within ten words; else k.
func (a *analysis) plainAsideEnd(k int) int {
	toks := a.d.toks
	for e := k + 1; e < len(toks) && e < k+11 && toks[e].sent == toks[k].sent; e++ {
		if kinds, _ := a.deathKindsAt(e); kinds != 0 || toks[e].kind == tQuote || toks[e].text == ";" || toks[e].text == "(" {
			return k
		}
		if toks[e].text == "," {
			return e + 1
		}
	}
	return k
}
