package extract

// itsNamedTypedBody reads "Its" opening a title's sentence after one whose
// subject is a capitalised name the gazetteer lacks that a body's noun no
// state holds types, followed by a verb or a clause: "The Genel Maden-Sen
// union, which has members at the mine, said ... Its president, NAME,"
// is the union's president, no state's, whatever state the story is in.
func (a *analysis) itsNamedTypedBody(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	first := a.memberPhraseBody(a.reportedClauseStart(prev.first, prev.lim), prev.lim)
	if first+2 >= prev.lim || toks[first].lower != "the" || !toks[first+1].cap {
		return itsAntecedent{}
	}
	lo := first + 1
	e := a.capRunEnd(lo)
	if e <= lo || e+1 >= prev.lim || e-lo > 4 || a.orgAt[lo] >= 0 || a.personAt[lo] >= 0 {
		return itsAntecedent{}
	}
	for k := lo; k < e; k++ {
		if a.placeAt[k] >= 0 {
			return itsAntecedent{} // "The Lagos State union": a place's, left to the readings after
		}
	}
	n := e
	if !a.nonStateNoun(n) || partyKinds.hasToken(&toks[n]) {
		return itsAntecedent{} // "The Green-Labour alliance": a party, read by itsParty
	}
	if t := &toks[n+1]; t.text != "," && !a.peopleClass(n+1, pcSpeech) && !subjectVerbs.hasToken(t) {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsNonState, body: stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])}
}

// relativeClauseAt reports ", whose", ", which" or ", who" at e before
// lim: "The Socialists, whose abstention had saved the government, voted
// ... Their first secretary" (the clause is about the subject before it).
func (a *analysis) relativeClauseAt(e, lim int) bool {
	toks := a.d.toks
	if e+1 >= lim || toks[e].text != "," {
		return false
	}
	w := toks[e+1].lower
	return w == "whose" || w == "which" || w == "who"
}
