package extract

// elidedRunningHead reports a rank at i whose noun is left out, after
// the owner or "the" at b, in a sentence whose subject before a verb of
// being names the death: "The killings were Baltimore's 141st and 142nd
// of the year", "Ruiz's death was the city's 88th this year". The subject
// gives the noun the running count would have ranked; "The game was the
// team's 12th of the season" names none.
func (a *analysis) elidedRunningHead(i, b int) bool {
	toks := a.d.toks
	if i+1 >= len(toks) || b < 1 || !a.periodInSentence(i) {
		return false
	}
	switch toks[i+1].lower {
	case "of", "this", "so", "in":
	default:
		return false
	}
	first := a.d.sents[toks[i].sent].first
	c := b - 1 // the verb of being, at most four words before the owner
	for c >= first && c >= b-4 && !beAux.hasToken(&toks[c]) {
		c--
	}
	if c < first || c < b-4 {
		return false
	}
	for k := c - 1; k >= first && k >= c-4; k-- {
		if runningHeads.hasToken(&toks[k]) || rankedDeaths.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
