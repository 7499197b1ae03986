package extract

// The figure a count fell or rose "from" may be named as a record or an
// earlier figure: "fell to 1,830 last year from a record 2,511 in 2023",
// "from an earlier 31", "from a peak of 5,400". It is the same toll's
// earlier figure as a bare "from 2,511".

// fromBeforeFigure returns the index of the "from" that opens the figure
// starting at hedge, over the words that name an earlier figure, else -1.
func fromBeforeFigure(toks []token, hedge int) int {
	for f := hedge - 1; f >= 0 && f >= hedge-5; f-- {
		if toks[f].lower == "from" {
			if earlierFigureStart(toks, f+1) == hedge {
				return f
			}
			return -1
		}
	}
	return -1
}
