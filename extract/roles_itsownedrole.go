package extract

// itsOwnedRole reports a role whose title "its" or "their" opens, or a
// rank right after such a title: "Its head, Major General NAME, a
// Uruguayan officer," holds the office of the body "its" stands for, so
// chooseRole copies no state into it from another role's description
// ("a Uruguayan officer"); the body's owner decides (itsOwner).
func (a *analysis) itsOwnedRole(r role) bool {
	ir := a.rankAfterTitle(&r)
	k := ir.titleLo - 1
	if k < 0 || k >= len(a.d.toks) {
		return false
	}
	w := a.d.toks[k].lower
	return w == "its" || w == "their"
}
