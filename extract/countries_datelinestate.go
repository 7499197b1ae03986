package extract

// datelineCountry is the state of the dateline of a story that names no
// state at all ("RENO, Nevada (AP) —", "WINNIPEG, Manitoba (CP) -",
// "TORONTO —"): a place inside a state makes the state optional, and a
// story told wholly inside one state is about that state. nil when the
// story names a state or its dateline gives none.
func (a *analysis) datelineCountry() *Country {
	code := a.datelineState()
	if code == "" || a.namesAnyState() {
		return nil
	}
	info, ok := a.lx.countries[code]
	if !ok {
		return nil
	}
	first, lim := a.datelineTown()
	if lim <= first {
		return nil
	}
	toks := a.d.toks
	return &Country{Code: code, Name: info.Name, Mentions: 1,
		Spans: []Span{{Start: int(toks[first].start), End: int(toks[lim-1].end)}}}
}
