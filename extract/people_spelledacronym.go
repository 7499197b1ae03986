package extract

// spelledAcronym reports a token of capitals that the article gave before
// in brackets after a capitalised name ("the Union for Peace in Central
// Africa (UPC)"): a body, though a lone capitalised word may have been
// taken for a person's name.
func (a *analysis) spelledAcronym(k int) bool {
	toks := a.d.toks
	if !isAcronym(toks[k].text) {
		return false
	}
	for j := k - 1; j >= max(2, k-3000); j-- {
		if toks[j].text == toks[k].text && toks[j-1].text == "(" && toks[j-2].cap && toks[j-2].kind == tWord && a.personAt[j-2] < 0 {
			return true
		}
	}
	return false
}
