package extract

// serviceWords name a state of service after "on"/"in" and a strength
// modifier (words_troops.tsv service-status): "on active duty", "in
// active service" tell how many a force counts, not where they serve.
var serviceWords = wordList("service-status")

// serviceStatusEnd returns the end of "on active duty", "in active
// service" or "on regular service" at k, right after personnel; else k.
func (a *analysis) serviceStatusEnd(k int) int {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "on" && toks[k].lower != "in" {
		return k
	}
	if !strengthMods.hasToken(&toks[k+1]) || !serviceWords.hasToken(&toks[k+2]) || toks[k+2].sent != toks[k].sent {
		return k
	}
	return k + 3
}

// timeNotPlace reports "in 1968" or "in the 1960s" at k: a time after
// the personnel, no place where they serve ("had 1.5 million soldiers
// in 1968" is the army's whole at the time).
func (a *analysis) timeNotPlace(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "in" {
		return false
	}
	j := k + 1
	if toks[j].lower == "the" && j+1 < len(toks) {
		j++ // "in the 1960s"
	}
	w := toks[j].text
	return a.bareYear(j) || len(w) == 5 && w[4] == 's' && allDigits(w[:4])
}
