package extract

// pluralPossessiveAfter reports a bare apostrophe at lim after a name
// ending in s: "the Philippines' coast guard", "the Netherlands' army".
func pluralPossessiveAfter(toks []token, lim int) bool {
	if lim < 1 || lim+1 >= len(toks) || toks[lim].text != "'" || toks[lim].start != toks[lim-1].end {
		return false
	}
	prev, next := toks[lim-1].lower, toks[lim+1]
	return len(prev) > 1 && prev[len(prev)-1] == 's' && next.kind == tWord && next.start > toks[lim].end
}
