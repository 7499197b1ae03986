package extract

// frontedTownState returns the state of a demonym that opens role r's
// sentence as "In the DEMONYM town of PLACE," ("In the Czech town of
// Opava, which was under water, Interior Minister NAME said"), or "": the
// reporter moved to that state's town, so a bare title later in the
// sentence is its state's, whatever the dateline. Another state named
// between the opener and the title leaves the choice to the other rules.
func (a *analysis) frontedTownState(r *role) string {
	toks := a.d.toks
	if r.titleLo <= 0 || r.titleLo >= len(toks) {
		return ""
	}
	s := a.d.sents[toks[r.titleLo].sent]
	f := s.first
	if f+5 >= r.titleLo || toks[f].lower != "in" || toks[f+1].lower != "the" || a.placeAt[f+2] < 0 {
		return ""
	}
	m := a.places[a.placeAt[f+2]]
	if m.first != f+2 || !m.state || m.kind != sAdjective || len(m.altCodes) > 0 || m.lim+2 >= r.titleLo {
		return ""
	}
	if !localities.hasToken(&toks[m.lim]) || toks[m.lim+1].lower != "of" || !toks[m.lim+2].cap || toks[r.titleLo-1].text != "," {
		return ""
	}
	for k := m.lim; k < r.titleLo; k++ {
		if pi := a.placeAt[k]; pi >= 0 && a.places[pi].state && a.places[pi].code != m.code {
			return ""
		}
	}
	return m.code
}
