package extract

// allKilledAside returns the end of an aside at the comma j after counted
// victims that says all of them were killed: "The other three victims, all
// killed on Tuesday, were ..." counts three dead. "All" must open it and
// a passive of killing follow ("all killed", "all shot dead"); "all
// wounded" or "all shot" tells of the hurt, and "all aged" of no death.
func (a *analysis) allKilledAside(j int) (int, bool) {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j].text != "," || toks[j+1].lower != "all" || toks[j+2].sent != toks[j].sent {
		return 0, false
	}
	kinds, lim := a.deathKindsAt(j + 2)
	if !hasKind(kinds, dPassive) || hasKind(kinds, dHurt) || a.deadOrHurt(lim) {
		return 0, false
	}
	return lim, true
}
