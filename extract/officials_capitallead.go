package extract

// Round-ups of reactions open each section with the capital or state that
// speaks ("Paris: France condemns ...", "Dublin: Ireland's defence
// minister ..."): an official in that paragraph with no state of his own
// is that capital's state's, not the state the story is about.

// capitalLeadState returns the state of the place that opens token k's
// paragraph before a colon ("Paris:", "Washington:"), or "". The lead is
// one place alone, written in ordinary case, so "NOTE:" or a speaker's
// turn ("OBAMA:") is none.
func (a *analysis) capitalLeadState(k int) string {
	toks := a.d.toks
	if k < 0 || k >= len(toks) {
		return ""
	}
	first := a.d.paras[toks[k].para].first
	pi := a.placeAt[first]
	if pi < 0 {
		return ""
	}
	m := a.places[pi]
	if m.first != first || m.lim >= len(toks) || toks[m.lim].text != ":" || len(m.altCodes) > 0 || isUpperWord(toks[first].text) {
		return ""
	}
	return m.code
}

// sceneOpenerState returns the state of a place that opens role r's
// sentence before a comma, right before its definite title ("In Beijing,
// the foreign ministry's spokesman, NAME,"), or "": the reporter moved to
// that capital, so the bare title is its state's, not that of a ministry
// named in an earlier sentence.
func (a *analysis) sceneOpenerState(r *role) string {
	toks := a.d.toks
	if r.titleLo <= 0 || r.titleLo >= len(toks) {
		return ""
	}
	s := a.d.sents[toks[r.titleLo].sent]
	f := s.first
	if f+3 >= len(toks) || toks[f].lower != "in" || a.placeAt[f+1] < 0 {
		return a.frontedTownState(r) // "In the Czech town of Opava, ..."
	}
	m := a.places[a.placeAt[f+1]]
	if m.first != f+1 || m.lim+1 >= len(toks) || toks[m.lim].text != "," || toks[m.lim+1].lower != "the" || len(m.altCodes) > 0 {
		return ""
	}
	if r.titleLo > m.lim+5 {
		return ""
	}
	return m.code
}
