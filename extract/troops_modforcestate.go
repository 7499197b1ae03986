package extract

// stateOverPersonnelMod returns the state whose adjective stands before a
// personnel noun at k after a troop modifier (troop-mod): "Russian border guards,
// numbering more than 1,000" are Russia's, whoever speaks of them.
func (a *analysis) stateOverPersonnelMod(k int) (string, bool) {
	toks := a.d.toks
	if k < 2 || !troopMods.hasToken(&toks[k-1]) {
		return "", false
	}
	if _, lim := a.lx.personnel.match(toks, k, true); lim != k+1 {
		return "", false
	}
	if a.stateAdjectiveEnd(k-2) != k-1 {
		return "", false
	}
	return a.stateAt(k - 2)
}
