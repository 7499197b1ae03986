package extract

// roleOpensAt reports a stop word that opens a multi-word role in a
// speaker phrase: "under" of "the under secretary said" is the office's
// first word, not a preposition that ends the phrase.
func (a *analysis) roleOpensAt(j int) bool {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].kind != tWord || toks[j+1].kind != tWord || a.roleKind(j+1) != rHead {
		return false
	}
	return a.lx.roles[toks[j].lower+"-"+toks[j+1].lower] == rHead // written open: "under secretary"
}
