package extract

// toFigureJustBefore reports a figure that "to" opens ending right before
// "from" at k: "cut its troops ... to 1,200 from about 2,000". The figure
// after "from" is the force's earlier size, as after "down from".
func (a *analysis) toFigureJustBefore(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k].lower != "from" || toks[k-1].kind != tNum {
		return false
	}
	for j := k - 1; j > 0 && j >= k-3 && toks[j].sent == toks[k].sent; j-- {
		if n, ok := a.d.parseNumber(j); ok && n.lim == k {
			return n.hedge > 0 && toks[n.hedge-1].lower == "to"
		}
	}
	return false
}
