package extract

// countNounAt reports "number" at k used as a noun, followed by "of": "an
// unknown number of rebels were killed" goes on to the predicate, while
// the verb ("the force will number 600") ends a figure's clause.
func countNounAt(toks []token, k int) bool {
	w := toks[k].lower
	return (w == "number" || w == "numbers") && k+1 < len(toks) && toks[k+1].lower == "of"
}
