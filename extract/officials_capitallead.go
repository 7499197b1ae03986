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
