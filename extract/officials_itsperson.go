package extract

// itsTypedBodyAfterPerson reads "Its" opening a title's sentence after a
// sentence whose subject is a person, which names one body only by its
// type, a body that is no state's (or a party, for a party's own office): "Ana Ruiz said she would run the
// party's work. Its secretary general, NAME," is the party's, since "its"
// is no person's. A state, a named body or a state's body ("the
// ministry's work") in that sentence leaves the role alone.
func (a *analysis) itsTypedBodyAfterPerson(r *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	first := a.pastOpeningFrame(prev.first, prev.lim)
	if first >= prev.lim || a.personAt[first] < 0 && !reporterPronouns.hasToken(&toks[first]) {
		return itsAntecedent{}
	}
	found := false
	for k := first + 1; k < prev.lim; k++ {
		if found && toks[k].text == "," {
			break // "the party's work on security, the issue on which the government is weakest"
		}
		if a.orgAt[k] >= 0 || a.placeAt[k] >= 0 && a.places[a.placeAt[k]].state {
			return itsAntecedent{} // "its" may be theirs
		}
		if toks[k-1].lower != "the" || toks[k].cap || toks[k].kind != tWord {
			continue
		}
		switch a.bodyKindAt(k) {
		case "":
			found = found || toks[k].lower == "party" && a.partyTitleWord(r) // "the party's work ... Its secretary general"
		case "nonstate":
			found = true
		default:
			return itsAntecedent{} // "the ministry's work": a state's body
		}
	}
	if !found {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsNonState}
}

// partyTitleWord reports a word of a party's own offices in a role's
// title: "secretary general", "spokesman".
func (a *analysis) partyTitleWord(r *role) bool {
	for _, w := range a.lowerFields(r.title) {
		if partyOffices.has(w) {
			return true
		}
	}
	return false
}
