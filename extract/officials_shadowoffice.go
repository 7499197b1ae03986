package extract

// A shadow minister's office is the opposition party's own, never a
// state's (GUIDELINES, Officials: party offices are null; fo23's policy),
// whether or not the text names the party: "The shadow foreign secretary,
// NAME, said the government's response was too little", "Shadow
// Treasurer NAME said Labor would examine ..." (bare "Labor" is no party
// of the gazetteer). partyOfficer gives the party where it finds one.

// shadowOffices drops the state any rule gave a shadow minister's role.
func (a *analysis) shadowOffices() {
	for _, p := range a.people {
		if r := p.role; r != nil && r.country != "" && a.shadowOffice(p, r) {
			r.country = ""
		}
	}
}

// shadowOffice reports a shadow minister's title of no written state and
// of no body but a party, and marks it as no state's (the party found
// stays: "Conservative Shadow chancellor"); a seat the person also holds ("the
// shadow home secretary, NAME, the MP for Hull") keeps the state's.
func (a *analysis) shadowOffice(p *person, r *role) bool {
	if !a.shadowTitle(r) || r.explicit || r.org != "" && r.orgKind != "party" && !a.listedParty(r.org) || a.seatHeld(p, r) {
		return false
	}
	r.nonState = true
	return true
}

// listedParty reports a party of the gazetteer by its name.
func (a *analysis) listedParty(name string) bool {
	for _, o := range a.lx.orgs {
		if o.Name == name && o.Kind == "party" {
			return true
		}
	}
	return false
}
