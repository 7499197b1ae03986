package extract

// searchVerbs search open ground with the personnel before them
// (words_troops.tsv search-verb): "searched", "combed", "scoured".
var searchVerbs = wordList("search-verb")

// searchGrounds are the open ground a search party covers
// (words_troops.tsv search-ground): "the woods", "the hills", "the
// area"; a house or a car searched is a raid, no deployment.
var searchGrounds = wordList("search-ground")

// searchedGround reports weak personnel ending at lim whose clause has
// them search open ground, past a list of what searched with them: "32
// officers, a dog team and two helicopters had searched the woods
// overnight", "60 officers were combing the hills"; not "12 officers
// searched his home".
func (a *analysis) searchedGround(lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) {
		return false
	}
	s := toks[lim].sent
	k := lim
	for ; k < len(toks) && toks[k].sent == s && k < lim+10 && !searchVerbs.hasToken(&toks[k]); k++ {
		if t := toks[k].text; t == ";" || t == ":" || toks[k].kind == tQuote || relativeOpeners.hasToken(&toks[k]) || casualtyClauseEnds.hasToken(&toks[k]) {
			return false // another clause's verb
		}
	}
	if k >= len(toks) || toks[k].sent != s || !searchVerbs.hasToken(&toks[k]) {
		return false
	}
	for j := k + 1; j < len(toks) && toks[j].sent == s && j <= k+4; j++ {
		if searchGrounds.hasToken(&toks[j]) {
			return true
		}
		if toks[j].kind != tWord || toks[j].lower == "'s" {
			return false // "searched the suspect's home": a possessed place is a house
		}
	}
	return false
}
