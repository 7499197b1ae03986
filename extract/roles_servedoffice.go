package extract

// servedOfficeAfter returns the office a relative clause after an
// apposition's title at e names, when a body that is no state's holds it:
// "NAME, a veteran Ghanaian diplomat who serves as the bloc's special
// envoy," holds the bloc's office, and the adjective says only where the
// diplomat comes from. Else w as it is.
func (a *analysis) servedOfficeAfter(w titleWalk, e int) titleWalk {
	toks := a.d.toks
	if w.country == "" || e+3 >= len(toks) || toks[e].lower != "who" {
		return w
	}
	j := e + 2
	switch toks[e+1].lower {
	case "is", "was":
	case "serves", "served", "works", "worked", "acts":
		if toks[j].lower != "as" {
			return w
		}
		j++
	default:
		return w
	}
	if w2, ok := a.secretariatServedTitle(j); ok {
		return w2 // "who serves as the secretary-general's special envoy": the UN's
	}
	if w2, _, ok := a.titleAfter(j); ok && w2.country == "" && (w2.org != "" || w2.nonState) {
		return w2
	}
	return w
}
