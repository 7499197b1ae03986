package extract

// stateOfficeAfter reads, in an apposition, a role listed as a whole
// phrase that opens with its state: "NAME, the U.S. attorney for the
// Southern District, said" holds the federal prosecutor's office, which
// the title-before reading finds in "U.S. Attorney NAME". The state is the
// role's; the title is the rest of the phrase.
func stateOfficeAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	if a.placeAt[k] < 0 || len(s.words) > 0 || s.w.hasHead {
		return k, stepPass
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.first != k {
		return k, stepPass
	}
	vals, lim := a.lx.roleTrie.match(a.d.toks, k, true)
	if lim <= m.lim {
		return k, stepPass
	}
	for _, v := range vals {
		if a.lx.roleKinds[v] != rOffice {
			continue
		}
		if s.w.country == "" {
			s.w.country = m.code
		}
		for x := m.lim; x < lim; x++ { // the title without the state's name, as "Attorney" before a name
			s.words = append(s.words, x)
		}
		s.lastHead, s.w.head, s.w.hasHead, s.w.weak = len(s.words), a.d.toks[lim-1].lower, true, false
		return lim, stepTake
	}
	return k, stepPass
}
