package extract

// bodyCountWords name the dead by what is found of them: "26 bodies",
// "the remains of 12 people".
var bodyCountWords = closedSet("bodies", "body", "remains", "corpses")

// numberFoundOfBodies reports "the number" at e followed by a verb of
// finding bodies, in a sentence that has told bodies found before it:
// "26 bodies had been recovered, bringing to 71 the number found there
// this year". The number counts the dead found; "the number found
// guilty" has no bodies before it.
func (a *analysis) numberFoundOfBodies(e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || !bodyFoundVerbs.hasToken(&toks[e+1]) {
		return false
	}
	for j := e - 1; j >= a.d.sents[toks[e].sent].first; j-- {
		if bodyCountWords.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}
