package extract

// quotedFigureOpen returns the opening quotation mark of a figure quoted
// on its own, past the hedge words the number parse left out: the first
// mark of `"no less than 80"`, `'more than 60'`; -1 if n is not quoted
// so. Rules that read the words before a figure read on from there: "put
// the number of rebels killed at 'more than 60'".
func (a *analysis) quotedFigureOpen(n number) int {
	if !a.quotedFigure(n) {
		return -1
	}
	toks := a.d.toks
	k := n.hedge - 1
	for k > 0 && toks[k].kind != tQuote {
		k--
	}
	return k
}
