package extract

// partBodyName returns the acronym that names the body whose part a role
// verb's object at j heads, written right before the body's lower-case
// noun: "who heads the cleaning workers' section of the CCOO union" is
// the CCOO's. "" when no such acronym stands there, or it is a place's.
func (a *analysis) partBodyName(j int) string {
	toks := a.d.toks
	if !a.partOfNonStateNoun(j) {
		return ""
	}
	for k := j + 1; k+1 < len(toks) && k <= j+bodyPartReach && (toks[k].kind == tWord || a.pluralApostropheAt(k)); k++ {
		if toks[k].lower != "of" {
			continue
		}
		for n := k + 2; n < len(toks) && n <= k+bodyPartReach && toks[n].kind == tWord; n++ {
			if a.nonStateNoun(n) {
				b := n - 1
				if !isAcronym(toks[b].text) || a.placeAt[b] >= 0 || a.personAt[b] >= 0 {
					return ""
				}
				return toks[b].text
			}
		}
		return ""
	}
	return ""
}
