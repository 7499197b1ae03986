package extract

import "strings"

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

// rivalGovernmentOwned reports a role of a government the gazetteer holds
// as no state's own (a party or armed group's body whose name says
// "Government"): "The NUG's defence minister, NAME" is that body's
// minister, with no state, as settled for rival governments.
func rivalGovernmentOwned(r *role) bool {
	if r.org == "" || r.orgKind != "party" && r.orgKind != "armed" {
		return false
	}
	for _, w := range strings.Fields(r.org) {
		if w == "Government" {
			return true
		}
	}
	return false
}
