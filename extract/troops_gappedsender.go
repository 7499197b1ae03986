package extract

// gappedSender returns the state named right before "another" at k after
// "and" or a comma, its verb left out: "Helsinki offered 300 reservists,
// and Oslo another 250" gives the 250 to Oslo's state, not Helsinki's.
func (a *analysis) gappedSender(k int) string {
	toks := a.d.toks
	if k < 2 || toks[k].lower != "another" || a.placeAt[k-1] < 0 {
		return ""
	}
	m := a.places[a.placeAt[k-1]]
	// a state's name or its capital acting for it ("and Oslo another 250")
	if m.lim != k || m.first < 1 || m.kind == sAdjective || m.possessive || !m.state && m.kind != sCapital {
		return ""
	}
	if w := toks[m.first-1]; w.lower != "and" && w.text != "," {
		return ""
	}
	return m.code
}
