package extract

// spelledForceAt returns the state of a state's force whose acronym stands
// at k and that the story spelled out before ("the Guyana Defence Force
// ... the GDF's Chief of Staff"); "" for any other word, and for a force
// that is an armed group's ("the Syrian Democratic Forces (SDF)").
func (a *analysis) spelledForceAt(k int) string {
	t := a.d.toks[k]
	if t.kind != tWord || !acronymLike(t.text) || a.placeAt[k] >= 0 || a.orgAt[k] >= 0 || a.roleKind(k) != 0 {
		return ""
	}
	if c, rebel := a.spelledForce(t.text, k); !rebel {
		return c
	}
	return ""
}
