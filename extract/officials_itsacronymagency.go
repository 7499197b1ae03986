package extract

// itsAcronymAgency reads the state's agency that "Its" opening a title's
// sentence stands for when the sentence before ends on an acronym that a
// description of a state's agency follows: "according to a report by the
// SNAI, the agency that runs the prisons. Its director, retired Col.
// NAME," is the agency's director, the state's (the story's home state
// where the description names none), not the director of a body named
// further back.
func (a *analysis) itsAcronymAgency(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	k := prev.lim - 1
	for k >= prev.first && (toks[k].kind != tWord || !toks[k].cap) {
		k--
	}
	if k < prev.first || !isAcronym(toks[k].text) || k+3 >= prev.lim || toks[k+1].text != "," || toks[k+2].lower != "the" {
		return itsAntecedent{}
	}
	for h := k + 3; h < prev.lim && h <= k+6 && toks[h].kind == tWord && !toks[h].cap; h++ {
		if !a.agencyHeadAt(h) {
			continue
		}
		c, ok := a.agencyPhraseBack(h)
		if !ok {
			return itsAntecedent{}
		}
		if c == "" {
			c = a.homeCountry()
		}
		if c == "" {
			return itsAntecedent{}
		}
		return itsAntecedent{kind: itsStateBody, state: c}
	}
	return itsAntecedent{}
}
