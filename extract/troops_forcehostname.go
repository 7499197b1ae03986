package extract

// forceHostNameState returns the state of a command named by a state's
// armed body and its host ("United States Forces Korea", "US Forces
// Japan") whose clause holds the figure n as subject, or whose relative
// clause does ("United States Forces Korea, which stations about 28,500
// troops in the country"): the command's troops are the named state's,
// not the host's. "" when no such name opens the clause.
func (a *analysis) forceHostNameState(n number) string {
	toks := a.d.toks
	k := a.figureClauseStart(n.first)
	if k < n.first && toks[k].lower == "the" {
		k++
	}
	c := a.namedForceState(k)
	if c == "" {
		return ""
	}
	if a.placeAt[k] < 0 {
		k++ // "Royal" before the state's name (namedForceState)
	}
	if k >= n.first || a.placeAt[k] < 0 {
		return ""
	}
	h := a.places[a.placeAt[k]].lim
	for h < n.first && !a.armedBodyNounAt(h) {
		h++
	}
	e := h + 1 // the host's name after the body's noun
	if e >= n.first || a.placeAt[e] < 0 || a.placeAt[e] == a.placeAt[k] {
		return ""
	}
	m := a.places[a.placeAt[e]]
	if m.first != e || m.code == c || m.kind == sAdjective {
		return ""
	}
	v := m.lim
	if v+1 < n.first && toks[v].text == "," && (toks[v+1].lower == "which" || toks[v+1].lower == "that") {
		v += 2 // "..., which stations"
	}
	if n.hedge-v < 1 || n.hedge-v > 3 {
		return "" // its verb and the figure: "stations about 28,500"
	}
	for j := v; j < n.hedge; j++ {
		if toks[j].kind != tWord || toks[j].cap {
			return ""
		}
	}
	return c
}
