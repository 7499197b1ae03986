package extract

// nationalsWhoDeployed reads a plural demonym after a number with "who
// deployed" after it: "Of the 1,100 Swedes who deployed to Latvia" counts
// Swedish personnel, since only forces deploy; "1,100 Swedes who moved to
// Latvia" and "Swedes who deployed the software" are none.
func (a *analysis) nationalsWhoDeployed(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	m, ok := a.statePluralAt(n.lim)
	if !ok || a.isYear(n) {
		return Troops{}, false
	}
	e := m.lim
	if e+2 >= len(toks) || toks[e+2].sent != toks[n.first].sent || toks[e].lower != "who" || toks[e+1].lower != "deployed" {
		return Troops{}, false
	}
	// the verb goes somewhere or closes the clause, it takes no object
	if w := toks[e+2]; w.kind == tWord && !placeAfterPreposition(w.lower) && w.lower != "to" && w.lower != "last" && w.lower != "this" {
		return Troops{}, false
	}
	if a.isCasualty(n.hedge, e+2) {
		return Troops{}, false
	}
	return a.makeTroops(n, m.lim, m.code, toks[m.lim-1].text, rule), true
}
