package extract

// sinceDateEnds reports "since" at e opening a date that ends the
// sentence's clause: "35 people had been killed in landslides and 23 in
// floods since Thursday". The date dates the gapped part as it does the
// figure before; "since" opening a clause ("since the dam broke") is
// another matter and is not read.
func (a *analysis) sinceDateEnds(e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || toks[e].lower != "since" {
		return false
	}
	k := e + 1
	switch {
	case weekdays.hasToken(&toks[k]):
		k++ // "since Thursday"
	case monthWords.hasToken(&toks[k]):
		k++ // "since January", "since March 2022"
		if k < len(toks) && toks[k].kind == tNum {
			k++
		}
	case a.bareYear(k):
		k++ // "since 2021"
	default:
		return false
	}
	return k >= len(toks) || toks[k].sent != toks[e].sent || toks[k].kind == tPunct
}
