package extract

// acronymOwnerAt reports a token j that the name finder read as a person
// ("The FRC said ..." gives the acronym speech evidence) but that is one
// acronym the article spells out in brackets after a body's name: "the
// Cameroon Renewal Front (FRC) ... The FRC's spokesperson, NAME," is the
// body's spokesperson, no person's aide. A person's initials may be
// bracketed too ("Mohammed bin Salman (MBS)"), but a person's name ends
// in no body's head word.
func (a *analysis) acronymOwnerAt(j int) bool {
	mi := a.personAt[j]
	if mi < 0 {
		return false
	}
	p := a.people[a.mentions[mi].person]
	if len(p.words) != 1 || !isAcronym(p.words[0]) {
		return false
	}
	f, e, ok := a.bracketedName(p.words[0])
	if !ok {
		return false
	}
	_, named := a.bodyName(f, e)
	return named
}
