package extract

// townBodies open the names of bodies that many towns have, which the
// gazetteer gives to one ("Metropolitan Police": London's).
var townBodies = wordList("town-body")

// unknownTownBody reports a town's body named after a town the gazetteer
// does not know: "Narsingdi Metropolitan Police Commissioner NAME", "the
// Chattogram Metropolitan Police" are that town's force, not London's,
// as a known town's is (townOfOtherState). The word before the body is
// a capitalised name of no place, body or role, nor a word that names
// no one ("New Metropolitan Police Commissioner NAME"); "The Metropolitan
// Police" and "London's Metropolitan Police" stay London's.
func (a *analysis) unknownTownBody(i int) bool {
	toks := a.d.toks
	k := i - 1
	if k < 0 || !townBodies.hasToken(&toks[i]) || toks[k].kind != tWord || !toks[k].cap || toks[k].para != toks[i].para {
		return false
	}
	t := &toks[k]
	if a.placeAt[k] >= 0 || a.orgAt[k] >= 0 || npFunctionWords.hasToken(t) || prepositions.hasToken(t) || a.lx.roles[t.lower] != 0 || notNameWords.hasToken(t) {
		return false
	}
	return !isUpperWord(t.text) // a dateline's "LONDON" is no town's name
}
