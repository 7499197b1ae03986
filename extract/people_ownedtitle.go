package extract

// stateOwnedTitleRun reports a run after a state's or a place's possessive
// that ends in a role's head noun and is set off by a comma: "Australia's Pacific
// Minister, NAME," names an office whose brief (a region, a portfolio) the
// role tables do not hold, as "the Sanitation Commissioner, NAME" does
// (theTitleRun), not a person called "Pacific Minister"; so does a
// region's ("Bihar's Water Resources Minister, NAME,"). "Ethiopia's
// Berihu Tesfaye" ends in no role noun.
func (a *analysis) stateOwnedTitleRun(first, lim int) bool {
	toks := a.d.toks
	if first < 2 || lim-first < 2 || lim >= len(toks) || toks[lim].text != "," || !toks[lim-1].cap || a.roleKind(lim-1) != rHead || a.isGivenName(first) {
		return false
	}
	if toks[first-1].lower != "'s" || a.placeAt[first-2] < 0 {
		return false
	}
	m := a.places[a.placeAt[first-2]]
	return m.lim == first-1
}
