package extract

// sincePeriodAt reports "since" at k that opens a phrase of time after a
// participle, a preposition rather than the adverb of "has since died":
// "A man held in a Russian prison since 2022 died", "a prisoner held
// since May died", "detained since the summer".
func (a *analysis) sincePeriodAt(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "since" || toks[k+1].sent != toks[k].sent {
		return false
	}
	nx := toks[k+1]
	if nx.kind == tNum || monthWords.hasToken(&nx) || weekdays.hasToken(&nx) {
		return true
	}
	switch nx.lower {
	case "the", "last", "early", "late", "spring", "summer", "autumn", "winter":
		return true
	}
	return false
}
