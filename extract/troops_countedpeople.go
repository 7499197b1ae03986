package extract

// countedPeopleState returns the state of the people a count of troops
// names by their plural ("peaked at about 100,000 Americans"), or, for a
// figure at cue k with no noun after it, that of an earlier such count in its
// sentence that was the last figure read ("Troop levels in Afghanistan,
// which had peaked at about 100,000 Americans, were down to 2,500"): the
// people counted are of their state, not of the host named beside the
// count. Else "".
func (a *analysis) countedPeopleState(n number, k, first int) string {
	toks := a.d.toks
	if m, ok := a.statePluralAt(n.lim); ok {
		return m.code
	}
	if a.lastFigure.sent != int(toks[n.first].sent) || a.lastFigure.country == "" {
		return ""
	}
	for j := first; j < k; j++ {
		if toks[j].kind != tNum {
			continue
		}
		if m, ok := a.statePluralAt(j + 1); ok && m.code == a.lastFigure.country {
			return m.code
		}
	}
	return ""
}
