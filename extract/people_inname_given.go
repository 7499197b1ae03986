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
	return -1
}
