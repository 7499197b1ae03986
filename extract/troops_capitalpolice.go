package extract

// capitalPoliceState returns the state of a capital named right before
// its own police in the sentence of the figure at first, before it, past
// one capitalised word of its area: "Kathmandu Valley police said 6,500
// officers would be on duty" (NP), "Dhaka Metropolitan Police said". A
// city's police serve its state. Read only for a troop figure whose
// sentence and story give no state: a capital's name elsewhere ("Paris
// Police Chief NAME" of a Texas town) is left as it is.
func (a *analysis) capitalPoliceState(first int) string {
	s := a.d.sents[a.d.toks[first].sent]
	for k := s.first; k < first; k++ {
		if c := a.capitalPoliceAt(k, 1, first); c != "" {
			return c
		}
	}
	return ""
}

// capitalPoliceAfter returns the state of a capital that opens, after
// "the" at k, the name of its own police, past up to two capitalised
// words of its area: "officers from the Tokyo Metropolitan Police
// Department" serve Japan, as "Kathmandu Valley police" serve Nepal. A
// capital's other bodies ("from the Tokyo Stock Exchange") give none.
func (a *analysis) capitalPoliceAfter(k int) string {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "the" {
		return ""
	}
	return a.capitalPoliceAt(k+1, 2, len(toks)) // "the Paris police" too
}

// capitalPoliceAt returns the state of a capital whose name starts at k
// and is followed, before lim, by a police noun, past up to area
// capitalised words of its area that name no place; else "".
func (a *analysis) capitalPoliceAt(k, area, lim int) string {
	toks := a.d.toks
	m, ok := a.placeStartingAt(k)
	if !ok || m.kind != sCapital || m.possessive || m.code == "" {
		return ""
	}
	for e := m.lim; e < lim && e <= m.lim+area; e++ {
		if policeNouns.hasToken(&toks[e]) {
			return m.code
		}
		if toks[e].kind != tWord || !toks[e].cap || a.placeAt[e] >= 0 {
			return ""
		}
	}
	return ""
}
