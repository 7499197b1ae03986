package extract

// spelledOutAcronym reports the org mention at i as a bracketed acronym
// right after the body's own name: "Australian Defence Force (ADF)" names
// the body once, and the home ranking counts it once.
func (a *analysis) spelledOutAcronym(i int) bool {
	o := a.orgs[i]
	if i == 0 || o.first < 2 || o.lim >= len(a.d.toks) {
		return false
	}
	prev := a.orgs[i-1]
	return prev.org == o.org && prev.lim == o.first-1 && a.d.toks[o.first-1].text == "(" && a.d.toks[o.lim].text == ")"
}
