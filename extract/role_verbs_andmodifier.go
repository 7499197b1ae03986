package extract

// andJoinedModifier reports an "and" at k inside a role verb's object that
// joins two lower-case modifiers of the body noun after them: "who heads
// the search and rescue office", "the disaster and emergency agency". It
// does not join two phrases ("the team and its coach") nor names.
func (a *analysis) andJoinedModifier(k, from int) bool {
	toks := a.d.toks
	if k <= from || k+2 >= len(toks) || toks[k].lower != "and" {
		return false
	}
	prev, next := &toks[k-1], &toks[k+1]
	if prev.kind != tWord || prev.cap || next.kind != tWord || next.cap || npFunctionWords.hasToken(next) || possessiveDeterminers.has(next.lower) {
		return false
	}
	// the word after must itself modify a noun that follows it
	return toks[k+2].kind == tWord && !toks[k+2].cap
}
