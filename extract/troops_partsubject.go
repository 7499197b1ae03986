package extract

// partSubjectState returns the state written as the subject of the verb
// right before a part "N of them": "UNMISS has some 14,000 troops in the
// country; Rwanda contributes about 2,600 of them". The part is that
// state's, not the holder of the whole. Empty when no state stands there.
func (a *analysis) partSubjectState(n number) string {
	toks := a.d.toks
	v := n.hedge - 1
	if v < 2 || toks[v].kind != tWord || toks[v].cap || a.placeAt[v] >= 0 {
		return ""
	}
	c, ok := a.stateAt(v - 1)
	if !ok {
		return ""
	}
	s := v - 1
	for s > 0 && a.placeAt[s-1] == a.placeAt[v-1] {
		s-- // to the first word of the state's name
	}
	// the state opens its clause: "; Rwanda contributes", "and Ghana sends"
	if toks[s].sentStart || s > 0 && (toks[s-1].text == ";" || toks[s-1].text == "," || toks[s-1].lower == "and" || toks[s-1].lower == "while") {
		return c
	}
	return ""
}
