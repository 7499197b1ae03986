package extract

// namedRivalGovernment returns the name of a government the gazetteer
// holds as no state's own (a party or armed group's body, not a state's
// agency such as the Kurdistan Regional Government) when it opens the
// subject at k: "The National Unity Government, the shadow
// administration formed by ousted lawmakers, said ... Its human rights
// minister, NAME," is that body's minister, with no state (fx42).
func (a *analysis) namedRivalGovernment(k int, prev sentence) string {
	toks := a.d.toks
	if k >= prev.lim || a.orgAt[k] < 0 {
		return ""
	}
	m := a.orgs[a.orgAt[k]]
	if m.first != k {
		return ""
	}
	o := a.lx.orgs[m.org]
	if o.Kind != "party" && o.Kind != "armed" {
		return ""
	}
	for j := m.first; j < m.lim; j++ {
		if toks[j].lower == "government" {
			return o.Name
		}
	}
	return ""
}
