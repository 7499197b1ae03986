package extract

// placeInBodyName reports a place at k that ends the name of a body that
// is no state's, written before it with "in" or "for": "the UN Military
// Observer Group in India and Pakistan", "the Contact Group for Libya".
// A state's body keeps its place ("the Ministry of Defence in Kenya").
// Looking back for what "its" stands for, the place
// is part of the body's name, not a state the pronoun may stand for.
func (a *analysis) placeInBodyName(k int) bool {
	toks := a.d.toks
	for j := k - 1; j > 0 && j >= k-8 && toks[j].sent == toks[k].sent; j-- {
		t := &toks[j]
		switch {
		case t.lower == "in" || t.lower == "for":
			b := &toks[j-1]
			return b.cap && b.kind == tWord && a.lx.bodyWords[b.lower].kind == "body"
		case t.lower == "and" || t.text == "," || t.lower == "the" || t.kind == tWord && t.cap:
			continue
		}
		return false
	}
	return false
}

// bodyNameWithPlace returns the first token of the name of a body that is
// no state's and that the place ending at token k closes ("The UN
// Verification Mission in Colombia, whose chief"), or -1 (see
// placeInBodyName). A leading "the" is left out.
func (a *analysis) bodyNameWithPlace(k int) int {
	if !a.placeInBodyName(k) {
		return -1
	}
	toks := a.d.toks
	j := k - 1
	for toks[j].lower != "in" && toks[j].lower != "for" {
		j--
	}
	lo := j
	for lo > 0 && toks[lo-1].kind == tWord && toks[lo-1].cap && toks[lo-1].sent == toks[k].sent && a.personAt[lo-1] < 0 {
		lo--
	}
	if toks[lo].lower == "the" {
		lo++
	}
	if lo >= j {
		return -1
	}
	return lo
}
