package extract

// rivalGovernmentWords make the capitalised name after them a government
// that is no state's own (words_people.tsv rival-government).
var rivalGovernmentWords = wordList("rival-government")

// itsRivalGovernment returns the name of a shadow or exiled government
// that opens the sentence before "Its": "The shadow National Unity
// Government, set up by ousted lawmakers, said ... Its acting president,
// NAME," is that body's president, not the state's (r29c). "" otherwise.
func (a *analysis) itsRivalGovernment(r *role) string {
	toks := a.d.toks
	prev, k, ok := a.itsSubjectFirst(r)
	if !ok {
		return ""
	}
	if k+1 >= prev.lim || toks[k].cap && !toks[k].sentStart || !rivalGovernmentWords.hasToken(&toks[k]) {
		return ""
	}
	lo := k + 1
	e := a.capRunEnd(lo)
	if e <= lo || e > prev.lim || a.placeAt[lo] >= 0 && a.places[a.placeAt[lo]].lim >= e {
		return ""
	}
	return stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])
}
