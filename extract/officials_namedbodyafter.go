package extract

// namedBodyAfterTitle gives "NAME, general secretary of the train drivers'
// union SMAQ" the body whose acronym closes "of the ... union": a union's
// officer is no state's (GUIDELINES, Officials), whatever the dateline
// (r29e). Only a lower-case phrase of at most five words ending in
// "union" and then an acronym no state list knows count.
func (a *analysis) namedBodyAfterTitle(r *role) bool {
	toks := a.d.toks
	i := r.titleHi
	if r.org != "" || r.explicit || i < 0 || i+3 >= len(toks) || toks[i].lower != "of" || toks[i+1].lower != "the" {
		return false
	}
	for k := i + 2; k < len(toks) && k < i+8 && toks[k].sent == toks[i].sent; k++ {
		t := &toks[k]
		if t.lower == "union" && k+1 < len(toks) && isAcronym(toks[k+1].text) && a.placeAt[k+1] < 0 {
			r.org, r.orgKind, r.country, r.nonState = toks[k+1].text, "", "", true
			return true
		}
		if t.kind == tWord && t.cap || a.placeAt[k] >= 0 {
			return false
		}
	}
	return false
}
