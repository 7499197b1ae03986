package extract

// statedPartyOffice reports role r of p as a party's own office whose
// party a state's possessive or adjective qualifies ("The leader of
// Italy's opposition Democratic Party, NAME"): the state only says where
// the party is, so the office stays the party's (settled policy: party
// offices have no state). A seat the person holds keeps its state.
func (a *analysis) statedPartyOffice(p *person, r *role) bool {
	return r.country != "" && r.orgKind == "party" && r.org != "" && a.partyOffice(r) && !a.seatHeld(p, r)
}
