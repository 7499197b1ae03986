package extract

// rivalGovernmentWords make the capitalised name after them a government
// that is no state's own (words_people.tsv rival-government).
var rivalGovernmentWords = wordList("rival-government")

// itsRivalGovernment reads the name of a shadow or exiled government
// that opens the sentence before "Its": "The shadow National Unity
// Government, set up by ousted lawmakers, said ... Its acting president,
// NAME," is that body's president, not the state's (r29c).
func (a *analysis) itsRivalGovernment(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	k := a.subjectFirst(prev)
	if body := a.namedRivalGovernment(k, prev); body != "" {
		return itsAntecedent{kind: itsRivalGov, body: body} // "The National Unity Government, the shadow administration ..."
	}
	if k+1 >= prev.lim || toks[k].cap && !toks[k].sentStart || !rivalGovernmentWords.hasToken(&toks[k]) {
		return itsAntecedent{}
	}
	lo := k + 1
	e := a.capRunEnd(lo)
	if e <= lo || e > prev.lim || a.placeAt[lo] >= 0 && a.places[a.placeAt[lo]].lim >= e {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsRivalGov, body: stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])}
}
