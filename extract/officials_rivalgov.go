package extract

// rivalGovernmentWords make the capitalised name after them a government
// that is no state's own (words_people.tsv rival-government).
var rivalGovernmentWords = wordList("rival-government")

// rivalGovernmentNouns name such a government in lower case after those
// words: "the rival administration" (words_people.tsv rival-government-noun).
var rivalGovernmentNouns = wordList("rival-government-noun")

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
	if !toks[k+1].cap && rivalGovernmentNouns.hasToken(&toks[k+1]) {
		// "The eastern-based government, which ..., blamed Tripoli. Its
		// interior minister, NAME," (fx54)
		return itsAntecedent{kind: itsRivalGov, body: stripInvisible(a.d.text[toks[k].start:toks[k+1].end])}
	}
	lo := k + 1
	e := a.capRunEnd(lo)
	if e <= lo || e > prev.lim || a.placeAt[lo] >= 0 && a.places[a.placeAt[lo]].lim >= e {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsRivalGov, body: stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])}
}
