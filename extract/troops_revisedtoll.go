package extract

// revisedTollFigure reports a number with personnel that revises a figure
// of the dead told before, which is no deployment: "The government first
// said 29 soldiers were killed. On Monday the ministry revised that figure
// to at least 41 soldiers". The deaths read it (revisedFigure); "raised
// the figure to 2,000 soldiers" after a deployment is still troops, as no
// dead were counted before.
func (a *analysis) revisedTollFigure(n number) bool {
	toks := a.d.toks
	j, ok := a.revisedFigureNoun(n)
	if !ok {
		return false
	}
	s := a.d.sents[toks[n.first].sent]
	if a.deathFigureBetween(s.first, j-1, n.value) {
		return true
	}
	prev, ok := a.sentenceBefore(n.first)
	return ok && a.deathFigureBetween(prev.first, prev.lim, n.value)
}
