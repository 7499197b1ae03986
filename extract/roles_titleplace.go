package extract

// placeAfterTitle steps back over "in" and a place's name between a title
// and the comma before a name at c-1: "A hospital spokesman in
// Montgomery, NAME, said" is titled as "A hospital spokesman, NAME," is.
// It returns the index after the title's last word (the "in"'s), or c
// when no such place stands there. Only a place the gazetteer knows
// qualifies: "a spokesman in the Foreign Ministry, NAME" stays as it is.
func (a *analysis) placeAfterTitle(c int) int {
	toks := a.d.toks
	j := c - 2
	for j > 0 && j > c-5 && toks[j].cap && toks[j].kind == tWord && a.placeAt[j] >= 0 && a.personAt[j] < 0 {
		j--
	}
	if j == c-2 || j < 2 || toks[j].lower != "in" || toks[j].sent != toks[c-1].sent {
		return c
	}
	if a.roleKind(j-1) != rHead {
		return c // the word before "in" must end a title: "spokesman", "mayor"
	}
	return j + 1
}
