package extract

// patronGovernmentRole settles a title that places its holder in a
// government an armed group set up or runs: "health minister in the
// RSF-backed Government of Peace and Unity", "minister in the Houthi-run
// government". Such a cabinet is no state's own, as a shadow government
// is not (rivalGovernmentWords): the office is the government's, by its
// capitalised name, else the group's, with no state. A government an
// intergovernmental body or a state backs ("the UN-backed Government of
// National Accord", "the Saudi-backed government") is not one.
func (a *analysis) patronGovernmentRole(r *role) bool {
	toks := a.d.toks
	if r.titleLo < 0 || r.titleHi > len(toks) {
		return false
	}
	for k := r.titleLo; k+1 < len(toks) && k <= r.titleHi; k++ {
		group, ok := a.patronGroup(k)
		if !ok || toks[k+1].lower != "government" {
			continue
		}
		r.org, r.orgKind, r.country, r.nonState = group, "armed", "", true
		if oi := a.orgAt[k+1]; oi >= 0 && toks[k+1].cap {
			o := a.lx.orgs[a.orgs[oi].org]
			r.org, r.orgKind = o.Name, o.Kind // "the RSF-backed Government of Peace and Unity"
		}
		return true
	}
	return false
}

// patronGroup reads "GROUP-backed" at token k, one token or three, and
// returns the armed group the gazetteer knows by GROUP.
func (a *analysis) patronGroup(k int) (string, bool) {
	if o, ok := a.patronOrg(k); ok {
		return a.lx.orgs[o].Name, true
	}
	return "", false
}
