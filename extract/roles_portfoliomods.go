package extract

// modifiersAnd reports an "and" at k between two lower-case portfolio
// modifiers of the title that follows: "water and energy minister",
// "health and social care secretary". Both sides are portfolios, so the
// "and" joins them inside one title; a plain noun before it ("Labour's
// record and party leader") is left to portfolioAnd, which refuses it.
func (a *analysis) modifiersAnd(k int) bool {
	toks := a.d.toks
	if k < 1 || k+2 >= len(toks) || toks[k].lower != "and" {
		return false
	}
	l, r := &toks[k-1], &toks[k+1]
	return l.kind == tWord && r.kind == tWord && !l.cap && !r.cap && a.roleKind(k-1) == rMod && a.roleKind(k+1) == rMod
}
