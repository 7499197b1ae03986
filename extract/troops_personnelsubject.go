package extract

// personnelSubject reports a sentence from first whose subject, before
// the cue k, is personnel named by a definite noun: "The reinforcements,
// who were to land on Tuesday, will bring the federal deployment to about
// 11,000" counts the force they join, as a figure after "troops" in the
// sentence before would.
func (a *analysis) personnelSubject(first, k int) bool {
	toks := a.d.toks
	j := first
	if j >= k || toks[j].lower != "the" && toks[j].lower != "these" && toks[j].lower != "those" {
		return false
	}
	j++
	for j < k && j < first+3 && troopMods.hasToken(&toks[j]) {
		j++ // "the new reinforcements"
	}
	_, lim := a.lx.personnel.match(toks, j, true)
	if _, ok := a.strongPersonnelAt(j); !ok || lim <= j || lim >= k {
		return false
	}
	return toks[lim].text == "," || auxWords.hasToken(&toks[lim]) || pastVerbAt(toks, lim)
}
