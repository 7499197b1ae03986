package extract

// describedApposition reports a name that a description opens inside an
// apposition set off by a comma before it: ", the Chilean lawyer Paula
// Ortúzar," in "Its representative, the Chilean lawyer Paula Ortúzar,
// said". The article after the comma, a few words and a lower-case noun
// for a person right before the name say the name is the one described;
// the words before the comma ("Its representative") only say what the
// person is.
func (a *analysis) describedApposition(first, start int) bool {
	toks := a.d.toks
	if first-1 <= start || !a.personNoun(first-1) {
		return false
	}
	for k := first - 2; k > start && first-k <= 5; k-- {
		t := &toks[k]
		switch {
		case t.lower == "the" || t.lower == "a" || t.lower == "an":
			return toks[k-1].text == ","
		case t.kind != tWord || prepositions.hasToken(t) || complementPreps.hasToken(t) || t.lower == "in":
			return false // "a research director at analyst Gartner,": the body of the role
		}
	}
	return false
}
