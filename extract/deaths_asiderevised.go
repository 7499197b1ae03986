package extract

// A toll whose earlier figure stands in an aside and whose predicate
// revises it: "The toll from the cyclone, first given as 12, was revised
// down to nine". The toll rule reads the aside's 12; the nine the
// predicate gives is the toll now, which figureStandsFor missed with no
// "figure" or "it" before its verb.

// asideRevisedTo returns the index of the number that a predicate after
// the figure n's closing comma at k revises its toll to: ", was revised
// down to nine"; else -1. The figure must open its aside (", first given
// as 12,"), so a toll that ends its own clause is no earlier figure.
func (a *analysis) asideRevisedTo(n number, k int) int {
	toks := a.d.toks
	if k != n.lim || k+3 >= len(toks) || toks[k].text != "," || !a.figureOpensAside(n) {
		return -1
	}
	v := k + 1
	for v < len(toks) && v < k+4 && auxWords.hasToken(&toks[v]) && toks[v].lower != "to" {
		v++
	}
	if v == k+1 || v+2 >= len(toks) || !countChanges.hasToken(&toks[v]) && !tollRevise.hasToken(&toks[v]) {
		return -1 // "was revised": a revision needs its auxiliary
	}
	if w := toks[v+1].lower; w == "down" || w == "up" || w == "downward" || w == "upward" {
		v++
	}
	if toks[v+1].lower != "to" {
		return -1
	}
	return v + 2
}

// figureOpensAside reports a comma at most four words before the figure
// n, with none but words between: ", first given as 12", ", initially
// put at 12".
func (a *analysis) figureOpensAside(n number) bool {
	toks := a.d.toks
	for j := n.hedge - 1; j >= 0 && j >= n.hedge-5 && toks[j].sent == toks[n.first].sent; j-- {
		if toks[j].text == "," {
			return j < n.hedge-1
		}
		if toks[j].kind != tWord {
			return false
		}
	}
	return false
}
