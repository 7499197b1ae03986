package extract

// A shadow minister's office is the opposition party's own, never a
// state's (GUIDELINES, Officials: party offices are null; fo23's policy),
// whether or not the text names the party: "The shadow foreign secretary,
// NAME, said the government's response was too little", "Shadow
// Treasurer NAME said Labor would examine ..." (bare "Labor" is no party
// of the gazetteer). partyOfficer gives the party where it finds one.

// shadowOffice marks a shadow minister's title with no party found as no
// state's and reports whether it did; a seat the person also holds ("the
// shadow home secretary, NAME, the MP for Hull") keeps the state's.
func (a *analysis) shadowOffice(p *person, r *role) bool {
	if r.country != "" || r.org != "" || r.nonState || a.seatHeld(p, r) {
		return false
	}
	for _, w := range a.lowerFields(r.title) {
		if w == "shadow" {
			r.nonState = true
			return true
		}
	}
	return false
}
