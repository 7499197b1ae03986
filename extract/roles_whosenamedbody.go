package extract

// namedCommonBodyBefore returns the first token of a body named by a
// proper name and one or two common nouns that ends at the comma before
// ", whose" ("The Aamin ambulance service, whose director, NAME,"), or
// -1. The name must be no place, person or role word: "the Kenya Red
// Cross" or "the Interior ministry" are read elsewhere. Such a body is
// no state's: a state's own is named after the state or its portfolio.
func (a *analysis) namedCommonBodyBefore(comma int) int {
	toks := a.d.toks
	j := comma - 1
	for n := 0; n < 2 && j > 0 && toks[j].kind == tWord && !toks[j].cap && a.roleKind(j) == 0 && !npFunctionWords.hasToken(&toks[j]); n++ {
		if kind := a.bodyKindAt(j); kind != "" && kind != "nonstate" {
			return -1 // "the Garissa county government": a state's
		}
		j--
	}
	if j == comma-1 || j < 1 || !toks[j].cap {
		return -1
	}
	lo := a.unknownBodyBefore(j + 1)
	if lo < 1 || toks[lo-1].lower != "the" {
		return -1
	}
	for k := lo; k <= j; k++ {
		if a.placeAt[k] >= 0 || a.orgAt[k] >= 0 {
			return -1
		}
	}
	return lo
}
