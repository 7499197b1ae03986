package extract

// holderOwnerBody returns the body that is no state's whose officer owns
// the title through "'s": "The AU Commission chairperson's special
// representative for Somalia, NAME," serves the chairperson of the AU
// Commission, so the Commission's, no state's (r29f). "" otherwise.
func (a *analysis) holderOwnerBody(r *role) (org, bool) {
	toks := a.d.toks
	k := r.owner
	if k < 1 || k >= len(toks) || k+1 >= len(toks) || toks[k+1].lower != "'s" || toks[k].cap || a.roleKind(k) != rHead {
		return org{}, false
	}
	o, ok := a.orgAtTok(k - 1)
	if !ok || o.lim != k {
		return org{}, false
	}
	if g := a.lx.orgs[o.org]; g.Kind == "intl" || g.Kind == "armed" {
		return g, true
	}
	return org{}, false
}
