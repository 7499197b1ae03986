package extract

// capRunInnerMark reports a mark at e that a capitalised name runs on
// past: the apostrophe of a plural possessive inside a body's name ("the
// Kuki-Zo Volunteers' Front", "the Miners' Federation"), or the period of
// a one-letter initial ("the S. Rajaratnam School of International
// Studies"). Either must touch the word before it and have a capitalised
// word after it; a run that ends at a quote mark or a sentence's period
// ends there.
func (a *analysis) capRunInnerMark(j, e int) bool {
	toks := a.d.toks
	if e <= j || e+1 >= len(toks) || toks[e].start != toks[e-1].end || !toks[e+1].cap || toks[e+1].kind != tWord || toks[e+1].sentStart {
		return false
	}
	prev := toks[e-1].text
	switch toks[e].text {
	case "'", "’":
		// the plural's apostrophe, then a space: "Volunteers' Front"
		return len(prev) > 1 && prev[len(prev)-1] == 's' && toks[e+1].start > toks[e].end
	case ".":
		// an initial: one capital letter
		return len(prev) == 1 && prev[0] >= 'A' && prev[0] <= 'Z' && toks[e+1].start > toks[e].end
	}
	return false
}
