package extract

import "unicode"

// unknownAcronymInTitle reports a title word before its head that is an
// acronym neither the gazetteer nor the places know ("SoDMA commissioner",
// "KNCHR chairman"): the title names a body of its own, so a bare organ
// noun in it is that body's, not an international body's the story names
// elsewhere (organOfNamedBody).
func (a *analysis) unknownAcronymInTitle(r *role) bool {
	toks := a.d.toks
	if r.titleLo < 0 || r.titleHi > len(toks) {
		return false
	}
	for k := r.titleLo; k < r.titleHi-1; k++ {
		if mixedAcronym(toks[k].text) && a.orgAt[k] < 0 && a.placeAt[k] < 0 {
			return true
		}
	}
	return false
}

// mixedAcronym reports a short word that opens with a capital and has
// more capitals than small letters: "OCHA", "SoDMA", "UNHCR"; not
// "LeBlanc" or "Mr".
func mixedAcronym(w string) bool {
	upper, lower := 0, 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLower(c):
			lower++
		default:
			return false
		}
	}
	return upper >= 2 && upper > lower && upper+lower <= 7 && unicode.IsUpper([]rune(w)[0])
}
