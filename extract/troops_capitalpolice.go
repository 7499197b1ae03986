package extract

// capitalPoliceState returns the state of a capital named right before
// its own police in the sentence of the figure at first, before it, past
// one capitalised word of its area: "Kathmandu Valley police said 6,500
// officers would be on duty" (NP), "Dhaka Metropolitan Police said". A
// city's police serve its state. Read only for a troop figure whose
// sentence and story give no state: a capital's name elsewhere ("Paris
// Police Chief NAME" of a Texas town) is left as it is.
func (a *analysis) capitalPoliceState(first int) string {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	for k := s.first; k < first; k++ {
		m, ok := a.placeStartingAt(k)
		if !ok || m.kind != sCapital || m.possessive || m.code == "" {
			continue
		}
		e := m.lim
		if e+1 < first && toks[e].kind == tWord && toks[e].cap && !policeNouns.hasToken(&toks[e]) && a.placeAt[e] < 0 {
			e++ // "Kathmandu Valley police"
		}
		if e < first && policeNouns.hasToken(&toks[e]) {
			return m.code
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
	m, ok := a.placeStartingAt(k + 1)
	if !ok || m.kind != sCapital || m.possessive || m.code == "" {
		return ""
	}
	for e := m.lim; e < len(toks) && e <= m.lim+2 && toks[e].kind == tWord; e++ {
		if policeNouns.hasToken(&toks[e]) {
			return m.code // "the Paris police" too
		}
		if !toks[e].cap {
			break
		}
	}
	return ""
}
