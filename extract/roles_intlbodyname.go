package extract

// insideIntlBodyName reports a state's name at j that is part of the name
// of an international body or mission: "the Kosovo Force", "the UN
// Mission in South Sudan". A role of that body is the body's, not the
// state's where it serves.
func (a *analysis) insideIntlBodyName(j int) bool {
	g, ok := a.orgAtTok(j)
	if !ok || a.lx.orgs[g.org].Kind != "intl" || a.placeAt[j] < 0 {
		return false
	}
	return a.places[a.placeAt[j]].lim < g.lim || g.first < j
}
