package extract

// possessedParty reads a party of the gazetteer owned through a person's
// "'s" after a complement's name ending at lim: "general secretary of
// Kronberger's Christian Democrats" is the party's office, not the
// leader's state's (GUIDELINES: party officials have no country). It sets
// the walk's body and returns the token after the party's name.
func (a *analysis) possessedParty(lim int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	if w.org != "" || lim+1 >= len(toks) || toks[lim].lower != "'s" && toks[lim].lower != "’s" {
		return 0, false
	}
	o, ok := a.orgAtTok(lim + 1)
	if !ok || a.lx.orgs[o.org].Kind != "party" {
		return 0, false
	}
	w.setOrg(a.lx.orgs[o.org])
	w.principal = 0
	return o.lim, true
}
