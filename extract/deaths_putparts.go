package extract

// stateDeadPutAt reads the number after "at" when an estimating verb has
// a state's dead as its object, named by the state's adjective, perhaps
// with a phrase of when or where between: "U.S. officials put Panamanian
// deaths in the 1989 invasion at 314", "put Iraqi dead at 40 soldiers".
// The number ends its phrase or counts people.
func (a *analysis) stateDeadPutAt(n number, rule string) (Deaths, bool) {
	return a.deadPutAt(n, rule, func(w string) bool { return w == "dead" || w == "deaths" }, a.stateDeadObjectStart)
}

// stateDeadObjectStart returns the index of a state's adjective (one word
// or two) that opens "Panamanian deaths" ending at d, or -1.
func (a *analysis) stateDeadObjectStart(toks []token, d, first int) int {
	m, ok := a.placeStartingAt(d - 1)
	if !ok && d > 1 {
		m, ok = a.placeStartingAt(d - 2) // a two-word adjective
	}
	if !ok || !m.state || m.kind != sAdjective || m.lim != d {
		return -1
	}
	return m.first
}

// putAtFigure reports "at" at k after an estimating verb earlier in its
// clause, whose figure the counted group after "at" is: "put Panamanian
// deaths ... at 314 soldiers and 202 civilians" (joinedTollPart reads the
// second group).
func (a *analysis) putAtFigure(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k].lower != "at" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12 && toks[j].sent == toks[k].sent; j-- {
		if estimateVerbs.hasToken(&toks[j]) {
			return true
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	return false
}
