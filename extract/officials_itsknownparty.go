package extract

// itsKnownParty returns the gazetteer's party that opens the subject at
// k, before lim, that "its" or "their" refers back to: "The Socialists and
// Democrats, the second-largest group, voted against the motion, though
// its leader, NAME," is the party's leader, whatever its name holds
// ("and" ends a capitalised run, so the run alone does not read it).
func (a *analysis) itsKnownParty(k, lim int) string {
	o, ok := a.orgAtTok(k)
	if !ok || o.lim >= lim || a.lx.orgs[o.org].Kind != "party" {
		return ""
	}
	return a.lx.orgs[o.org].Name
}
