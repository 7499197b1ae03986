package extract

// givenTitleBeforeSurname returns where a name starts whose first word is
// a title that is also a common given name ("given" in roles.tsv: Emir,
// Sultan, Prince) before one surname-shaped word that ends the run:
// "The Bosniak member, Emir Hodžić," names Emir Hodžić; a monarch's title
// stands before a given name instead ("Emir Tamim", "Prince Harry").
// Surname-shaped is an ending of a few states' naming customs
// (surname_origins.tsv) on a word no list gives as a given name. A state
// or a possessive before the title keeps it a title ("Qatar's Emir").
// Else -1.
func (a *analysis) givenTitleBeforeSurname(first, lim int) int {
	toks := a.d.toks
	j := lim - 2
	if j < first || !a.lx.roleTaggedToken(tagGiven, &toks[j]) || !toks[j].cap {
		return -1
	}
	s := j + 1
	if !a.isNameWord(s) || a.isGivenName(s) || a.titleWordAt(s) || a.lx.originStates(toks[s].lower) == nil {
		return -1
	}
	if p := j - 1; p >= 0 && (a.placeAt[p] >= 0 || toks[p].lower == "'s" || toks[p].lower == "the") {
		return -1
	}
	return j
}
