package extract

// closesBodyNameList reports one word at start that closes a list of
// capitalised words after "for" or "of" and a body's head word: in "the
// Research Centre for Astronomy, Astrophysics and Geophysics said" the
// last word ends the centre's name, and the centre, no "Geophysics",
// is the verb's subject.
func (a *analysis) closesBodyNameList(start int) bool {
	toks := a.d.toks
	if start < 4 || toks[start-1].lower != "and" {
		return false
	}
	j := start - 2
	for j > 0 && (toks[j].kind == tWord && toks[j].cap || toks[j].text == ",") && toks[j].para == toks[start].para {
		j--
	}
	if j < 1 || j == start-2 || toks[j].lower != "for" && toks[j].lower != "of" {
		return false
	}
	h := toks[j-1]
	return h.kind == tWord && h.cap && a.lx.bodyWords[h.lower].kind != ""
}
