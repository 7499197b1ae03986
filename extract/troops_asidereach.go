package extract

// attributionAsideBefore returns the length of a short aside set off by
// commas that ends a few words before k and tells who says or how it is
// known, or 0: "The number of border guards on the frontier, it emerged,
// had been cut to 3,000" names its personnel before the aside, as
// relativeClauseBefore reads past "which ..." clauses.
func (a *analysis) attributionAsideBefore(k int) int {
	toks := a.d.toks
	first := a.d.sents[toks[k].sent].first
	for c := k - 1; c > first && c >= k-5; c-- {
		if toks[c].kind == tPunct && toks[c].text != "," {
			return 0
		}
		if toks[c].text != "," {
			continue
		}
		h := a.pastParenthetical(c+1, first)
		if h >= c || c-h > 5 {
			return 0 // an aside of at most four words: "it emerged", "officials said"
		}
		if toks[h+1].lower == "it" && c-h == 3 {
			return c - h + 1 // "it emerged", "it appears": the impersonal aside
		}
		for j := h + 1; j < c; j++ {
			if a.speechVerbAt(j) == j {
				return c - h + 1
			}
		}
		return 0
	}
	return 0
}
