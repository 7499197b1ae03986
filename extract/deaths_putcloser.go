package extract

// A second source's figure put near a number rather than at it: "the
// strike killed 38 people, though local medics put the figure closer to
// 50", "put the number close to 60". The figure is a bound, so it is
// approximate.

// putNearWords put a figure near its number: "closer to", "nearer to".
var putNearWords = closedSet("closer", "nearer")

// putFigureCloserAt returns the index of the "at" that "put the figure
// closer to" stands for before the number n (the word before the figure
// noun's verb, as putFigureAt reads it), or -1.
func (a *analysis) putFigureCloserAt(n number) int {
	toks := a.d.toks
	f := n.hedge - 1
	switch {
	case f >= 1 && toks[f].lower == "to" && putNearWords.hasToken(&toks[f-1]):
		f -= 2 // "put the figure closer to 50"
	case n.hedge < n.first && toks[n.hedge].lower == "close":
		// "put the figure close to 50": "close to" is the number's hedge
	default:
		return -1
	}
	if !putTheFigureBefore(toks, f+1) {
		return -1
	}
	return f + 1
}
