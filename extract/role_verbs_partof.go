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

// partOfNonStateNoun reports a role verb's object at j that names a part
// of a body that is no state's by its lower-case noun: "the local branch
// of the national miners' union" is the union's, whatever state the story
// is about.
func (a *analysis) partOfNonStateNoun(j int) bool {
	toks := a.d.toks
	if j >= len(toks) || toks[j].lower != "the" {
		return false
	}
	// a plural possessive may modify the part: "the cleaning workers'
	// section of the union"
	for k := j + 1; k+1 < len(toks) && k <= j+bodyPartReach && (toks[k].kind == tWord || a.pluralApostropheAt(k)); k++ {
		if toks[k].lower != "of" {
			continue
		}
		if !a.ofBodyAfterPart(k) {
			return false
		}
		for n := k + 1; n < len(toks) && n <= k+bodyPartReach && (toks[n].kind == tWord || a.pluralApostropheAt(n)); n++ {
			if a.nonStateNoun(n) {
				return true
			}
		}
		return false
	}
	return false
}
