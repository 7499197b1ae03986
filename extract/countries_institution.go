package extract

// institutionNamed reports a title-cased name of a state's institution
// starting at k: one word of stateInstitutions ("the Indian Navy") or up
// to two title-cased words before one ("the Georgian Interior Ministry",
// "the Jordanian Foreign Ministry"). After an ambiguous state adjective
// it names that state's own body, as a lower-case noun does.
func (a *analysis) institutionNamed(k int) bool {
	toks := a.d.toks
	for e := k; e < len(toks) && e <= k+2; e++ {
		t := &toks[e]
		if t.kind != tWord || !t.cap || t.para != toks[k].para {
			return false
		}
		if stateInstitutions.hasToken(t) {
			return true
		}
	}
	return false
}
