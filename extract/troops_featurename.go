package extract

// featureNamedAt reports a lower-case noun of a place's feature at k,
// right after a state's name that it turns into the feature's name: "to
// the Senegal river valley", "the Congo basin", "the Niger delta". The
// troops go to a place, which may well be inside their own state.
func (a *analysis) featureNamedAt(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].cap || toks[k].kind != tWord {
		return false
	}
	return a.lx.bodyWords[toks[k].lower].kind == "place" || localities.hasToken(&toks[k])
}
