package extract

// Two state words side by side may name a people of one state living in
// another: "the Greek Cypriot National Guard", "Bosnian Serb police",
// "Kosovo Serb officers". The troops are the state's where they live, the
// civic half of the pair (a state's name, or an adjective of residence:
// "Cypriot", "Bosnian"), not the kin state's that the ethnic half names.

// compoundCivicState returns the civic state of a pair of state words in
// the figure's clause whose other half names the state country, when
// country has no mention of its own there; else country.
func (a *analysis) compoundCivicState(first int, country string) string {
	toks := a.d.toks
	if country == "" {
		return country
	}
	s := a.d.sents[toks[first].sent]
	civic := ""
	for k := a.figureClauseStart(first); k < s.lim; k++ {
		m, ok := a.placeStartingAt(k)
		if !ok || !m.state || m.code != country {
			continue
		}
		c := a.civicBeside(m)
		if c == "" {
			return country // the state named alone
		}
		civic = c
		k = m.lim - 1
	}
	if civic == "" {
		return country
	}
	return civic
}
