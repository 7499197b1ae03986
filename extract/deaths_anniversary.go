package extract

// The death a date commemorates is no news of a death: "Friday marks the
// tenth anniversary of the death of the former president", "on the
// centenary of the killing of ...". A death noun after "anniversary of"
// (words_deaths.tsv commemoration) is no figure.

// commemorationNouns name a date kept for a death long past.
var commemorationNouns = wordList("commemoration")

// commemoratedDeath reports a death noun at i after a commemoration noun
// and "of", past an article: "the anniversary of the death of", "the
// centenary of the killing of", "anniversary of his death".
func (a *analysis) commemoratedDeath(i int) bool {
	toks := a.d.toks
	k := i - 1
	if k >= 0 && possessiveOrArticle(toks[k].lower) {
		k--
	}
	return k >= 1 && toks[k].lower == "of" && commemorationNouns.hasToken(&toks[k-1])
}
