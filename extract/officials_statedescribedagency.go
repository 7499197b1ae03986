package extract

// statePlainDescriptors open a description that makes a body a state's
// only when the description ends in an agency's head noun
// (words_people.tsv state-plain-descriptor): "the Czech Hydrometeorological
// Institute, the state weather agency," is the state's, while "the state
// oil company" or "the state broadcaster" may be a firm the state owns.
var statePlainDescriptors = wordList("state-plain-descriptor")

// describedStateAgency reports a body whose name is followed by an
// apposition describing it as a state's agency, "NAME, the state weather
// agency,", and gives the state its name opens with ("Czech"), "" when it
// opens with none (the context's state then holds the office).
func (a *analysis) describedStateAgency(org string) (state string, ok bool) {
	toks := a.d.toks
	for k := 1; k < len(toks); k++ {
		if !a.writtenAt(k, org) {
			continue
		}
		e := a.writtenLast(k, org)
		if e+3 >= len(toks) || toks[e+1].text != "," || toks[e+2].lower != "the" || !statePlainDescriptors.hasToken(&toks[e+3]) {
			continue
		}
		for j := e + 4; j < len(toks) && j <= e+7 && toks[j].kind == tWord && !toks[j].cap; j++ {
			if !stateAgencyHeads.hasToken(&toks[j]) && !bareAgencyHeads.hasToken(&toks[j]) {
				continue
			}
			if j+1 < len(toks) && toks[j+1].kind == tWord {
				break // the head must end the description: "the state agency's"
			}
			if m, isState := a.stateMentionAt(k); isState && !m.ambiguous && m.code != "" {
				return m.code, true
			}
			return "", true
		}
	}
	return "", false
}
