package extract

// partyMember reports a role that makes someone a member of a party, "a
// Polish member of the EPP", "a member of the SPD", and no seat of a
// legislature ("member of parliament", "a Labour member of the Senate"):
// the membership is the party's, with no state, whatever nationality the
// adjective gives (GUIDELINES: party officials have no country; the state
// is the role's, not the person's).
func (a *analysis) partyMember(r *role) bool {
	toks := a.d.toks
	if r.orgKind != "party" || r.head != "member" || a.memberSeat(r) || r.titleLo < 0 || r.titleHi > len(toks) {
		return false
	}
	k := r.titleHi - 1
	for k >= r.titleLo && toks[k].lower != "member" {
		k--
	}
	if k < r.titleLo || k+2 >= len(toks) || toks[k+1].lower != "of" {
		return false
	}
	j := k + 2
	if toks[j].lower == "the" {
		j++
	}
	o, ok := a.orgAtTok(j)
	return ok && a.lx.orgs[o.org].Kind == "party" && a.lx.orgs[o.org].Name == r.org
}

// partyChamberOffice reports a party's own office that "'s" gives the
// party and that is served "in" a legislature: "Sumar's spokeswoman in the
// Congress of Deputies, NAME," speaks for the party's group there, an
// office of the party and not a seat of the state (GUIDELINES: party
// officials have no country) that the chamber's name would otherwise
// give it.
func (a *analysis) partyChamberOffice(r *role) bool {
	toks := a.d.toks
	if r.orgKind != "party" || r.titleHi < 0 || r.titleHi+1 >= len(toks) || toks[r.titleHi].lower != "in" || !a.partyPossessive(r) || !a.partyOffice(r) {
		return false
	}
	j := r.titleHi + 1
	if toks[j].lower == "the" {
		j++
	}
	if j < len(toks) && toks[j].lower == "parliament" {
		return true
	}
	o, ok := a.orgAtTok(j)
	return ok && a.lx.orgs[o.org].Kind == "agency"
}
