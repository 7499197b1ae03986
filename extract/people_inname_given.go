package extract

// patronymicParticles join a given name to a father's name in Arabic
// names ("bin", "ibn", "bint"): only a name, never a title, stands before
// them.
var patronymicParticles = closedWords(func() map[string]bool {
	return map[string]bool{"bin": true, "ibn": true, "bint": true}
})

// inNameTitleGivenName returns where a name starts whose given name is a
// title that Arab names also carry ("Sultan bin Saad al-Kuwari"): such a
// word right before a patronymic particle is the given name, since a
// title stands before a given name, not before "bin". Else -1.
func (a *analysis) inNameTitleGivenName(first, lim int) int {
	toks := a.d.toks
	for j := first; j+2 < lim; j++ {
		if a.titleWordAt(j) && !a.lx.roleTaggedToken(tagInName, &toks[j]) {
			continue // "Foreign Minister Sultan bin Saad": past the office
		}
		if a.lx.roleTaggedToken(tagInName, &toks[j]) && patronymicParticles.hasToken(&toks[j+1]) && a.isNameWord(j+2) {
			return j
		}
		return -1
	}
	return a.inNameAfterOffice(first, lim)
}

// inNameAfterOffice returns where a name starts whose given name is a
// ruler's title that Arab names carry, written after an office and before
// one name word: "Marib Governor Sultan al-Arada". A ruler holds no office
// under another, so the word is the given name; a courtesy title (a
// prince may be a governor) is left as a title. Else -1.
func (a *analysis) inNameAfterOffice(first, lim int) int {
	toks := a.d.toks
	j := lim - 2
	if j <= first || !toks[j].cap || a.roleKind(j) != rHead || !a.lx.roleTaggedToken(tagInName, &toks[j]) || a.lx.roleTaggedToken(tagCourtesy, &toks[j]) {
		return -1
	}
	if k := a.roleKind(j - 1); k != rHead || !toks[j-1].cap || !a.isNameWord(j+1) || a.titleWordAt(j+1) {
		return -1
	}
	return j
}
