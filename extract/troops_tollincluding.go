package extract

// tollIncludingAt reports ", including" at k in a sentence that tells a
// casualty before it with no deployment between: "22 people had been
// killed in three days of rioting in Luanda over a rise in fuel prices,
// including two police officers" counts two of the dead, however far the
// verb stands from the figure; "deployed 500 officers, including 40
// women" still counts a deployment.
func (a *analysis) tollIncludingAt(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k].lower != "including" || toks[k-1].text != "," {
		return false
	}
	for j := k - 2; j >= a.d.sents[toks[k].sent].first; j-- {
		w := toks[j].lower
		if troopVerbs.has(w) && w != "has" && w != "have" || deployVerbs.has(w) || toks[j].kind == tQuote {
			return false
		}
		if casualtyWords.has(w) && !takenPartAt(toks, j) || casualtyBefore.has(w) {
			return true
		}
	}
	return false
}
