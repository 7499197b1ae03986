package extract

// unitNamedPlace reports a capitalised word at j that a unit of place
// follows ("Chickasaw County", "Lee County"): a place in a toll told
// place by place, even when the names pass read the two words as a
// person's name.
func (a *analysis) unitNamedPlace(j int) bool {
	toks := a.d.toks
	return j+1 < len(toks) && toks[j].cap && toks[j].kind == tWord && toks[j+1].cap && placeUnits.hasToken(&toks[j+1])
}
