package extract

// "18 people perished when the footbridge gave way, not the 21 first
// announced": the figure set against by "not the" follows a clause that
// counts the dead with a verb of dying rather than ending on a noun of
// death ("27 deaths, not the 29"); the earlier figure is a toll as well.

// countedDeathClause reports a clause before the comma at c, in c's
// sentence, with a number of people and then a verb of dying and no hurt:
// "18 people perished when the footbridge gave way".
func (a *analysis) countedDeathClause(c int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[c].sent]
	number := false
	for k := s.first; k < c; k++ {
		if toks[k].kind == tNum || mayBeNumber(&toks[k]) && a.countStarts(k) {
			number = true
			continue
		}
		kinds, _ := a.deathKindsAt(k)
		if hasKind(kinds, dHurt) {
			return false
		}
		if number && (hasKind(kinds, dIntrans) || hasKind(kinds, dPassive)) {
			return true
		}
	}
	return false
}

// firstGivenWords date a figure given before: "the 21 first announced".
var firstGivenWords = closedSet("first", "initially", "earlier", "originally", "previously")

// firstGivenAt reports an adverb of an earlier report and a verb of
// giving a figure at e: "first announced", "initially reported".
func firstGivenAt(toks []token, e int) bool {
	return e+1 < len(toks) && firstGivenWords.hasToken(&toks[e]) && givenFigureVerbs.hasToken(&toks[e+1])
}
