package extract

// placeAfterName reports "in" or "at" at e right after the capitalised
// name of a known body, of two words or more, that ends a complement
// phrase's capitals at capEnd: the place where the body works, no part of
// its name ("a field hospital run by Médecins Sans Frontières in the
// town", "... by the Red Cross in Tawila").
func (a *analysis) placeAfterName(e, capEnd int) bool {
	toks := a.d.toks
	if e >= len(toks) || capEnd != e || e < 2 || !toks[e-1].cap || !toks[e-2].cap {
		return false
	}
	if x := toks[e].lower; x != "in" && x != "at" {
		return false
	}
	return a.orgAt[e-1] >= 0
}
