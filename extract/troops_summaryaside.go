package extract

// clauseSummaries open an aside that sums up the clause before it
// (words_troops.tsv clause-summary).
var clauseSummaries = wordList("clause-summary")

// summaryAsideAt reports a comma at k that opens such an aside: ", a
// claim the army dismissed", ", a figure officials denied". What the aside
// says of the claim (dismissed, denied) is nothing done to the personnel.
func summaryAsideAt(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].sent != toks[k].sent {
		return false
	}
	d := toks[k+1].lower
	return (d == "a" || d == "an") && clauseSummaries.hasToken(&toks[k+2])
}
