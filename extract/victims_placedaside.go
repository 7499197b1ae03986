package extract

// asideBeforeVerb returns the token after a comma aside at e that closes
// a victim's placing phrase right before the verb of being or dying: "A
// havildar of the Garhwal Rifles, aged 34, died of his wounds", "a
// constable of the Punjab Police, 28, was killed". Else e.
func (a *analysis) asideBeforeVerb(e int) int {
	toks := a.d.toks
	if e+1 >= len(toks) || toks[e].text != "," {
		return e
	}
	c := a.commaAside(e, false)
	if c <= e+1 || c >= len(toks) || toks[c].sent != toks[e].sent {
		return e
	}
	if t := toks[c]; beAux.hasToken(&t) && t.lower != "found" || haveAux.hasToken(&t) || a.diedNext(c) {
		return c
	}
	return e
}

// rankOfUnit reports a lower-case rank or role word at k that a unit's
// "of" may follow as it follows a noun for one person: "a sergeant of
// the Royal Marines was killed", "a naik of the Punjab Regiment".
func (a *analysis) rankOfUnit(k int) bool {
	t := &a.d.toks[k]
	return t.kind == tWord && !t.cap && !plural(t.lower) && a.lx.roles[t.lower] == rHead
}
