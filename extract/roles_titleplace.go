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

// placeOfTitle is the state of a place inside a state that a title's "in"
// names in [from, to) ("in Jammu"), for a title that names no owner of its
// own: "a defence spokesman in Jammu, NAME," speaks for the state Jammu is
// in, whatever state the story opened with. It gives "" for a state's own
// name ("country director in Nigeria" may be an aid group's), for a
// diplomat's post, which names the state he serves in ("the ambassador in
// Kabul"), for a role "its" or "their" gives an owner, and for a place
// whose name other states' places share.
func (a *analysis) placeOfTitle(w titleWalk, from, to int) string {
	if w.country != "" || w.org != "" || w.notState != "" || w.nonState || w.ownerAt >= 0 || diplomaticHeads.has(w.head) {
		return ""
	}
	if w.lo > 0 && w.lo <= len(a.d.toks) && possessiveDeterminers.hasToken(&a.d.toks[w.lo-1]) {
		return "" // "Its director in Antioquia": the body "its" stands for owns the role
	}
	for j := from; j < to; j++ {
		if pi := a.placeAt[j]; pi >= 0 {
			m := a.places[pi]
			if m.state || m.kind != sPlace || m.ambiguous || len(m.homonyms) > 0 || len(m.altCodes) > 0 || len(m.shared) > 0 {
				return ""
			}
			return m.code
		}
	}
	return ""
}
