package extract

// partyNoun reports a lower-case noun of a political grouping at i
// (words_people.tsv party-kind) that heads a body's phrase after a state:
// "a spokesman for the Jordanian ruling party" speaks for the party, no
// state's office, whether it governs or not.
func (a *analysis) partyNoun(i int) bool {
	t := &a.d.toks[i]
	return !t.cap && partyKinds.hasToken(t)
}
