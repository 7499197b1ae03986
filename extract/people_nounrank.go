package extract

// nounAfterTitle reports a word at k ("General", "Premier") that a title
// word before it in the same run makes a noun: "Inspector General",
// "Major General", "Attorney General" are ranks, never the adjective of
// "General Electric", so one plain word after them is a one-name person
// ("Inspector General Patrige", as many Indonesians are known), unless
// it is a place, body, month or common word.
func (a *analysis) nounAfterTitle(k int) bool {
	toks := a.d.toks
	if k < 1 || k+1 >= len(toks) || !toks[k-1].cap || toks[k-1].kind != tWord || !toks[k-1].spaceBefore && k-1 > 0 {
		return false
	}
	if !toks[k+1].spaceBefore || toks[k].sent != toks[k-1].sent || !a.titleWordAt(k-1) || a.placeAt[k-1] >= 0 || a.orgAt[k-1] >= 0 {
		return false
	}
	if a.lx.adjTitles[toks[k-1].lower] {
		return false // "General Premier": two adjectives
	}
	if localAreaWords.hasToken(&toks[k-1]) {
		return false // "Berkeley County General Sessions": a local court, no rank
	}
	return a.middleNeighbour(k+1) && !monthSurnames.has(toks[k+1].text)
}
