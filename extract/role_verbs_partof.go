package extract

// ofBodyAfterPart reports a part of a body that "of" at k ties to a body
// a role verb's object then names: "who heads the local branch of the
// national miners' union", "who runs the field office of the agency". The
// noun before "of" must name a body's part (words_people.tsv
// body-part-office), so "who leads the march of the union" states no
// office.
func (a *analysis) ofBodyAfterPart(k int) bool {
	toks := a.d.toks
	if k < 1 || k+1 >= len(toks) || toks[k].lower != "of" || !bodyPartOffices.hasToken(&toks[k-1]) {
		return false
	}
	return a.bodyObject(k + 1)
}

// pluralApostropheAt reports the apostrophe of a plural possessive at k,
// touching its word: "the miners' union", "the Volunteers' Front".
func (a *analysis) pluralApostropheAt(k int) bool {
	toks := a.d.toks
	if k < 1 || k >= len(toks) || toks[k].text != "'" && toks[k].text != "’" || toks[k].start != toks[k-1].end {
		return false
	}
	w := toks[k-1].lower
	return len(w) > 1 && w[len(w)-1] == 's'
}
