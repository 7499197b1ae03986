package extract

// openerComma reports a name at token k that follows a one-word sentence
// opener and its comma ("However, Paul Brenner, the director, said"): the
// name still opens the clause, as its subject.
func (a *analysis) openerComma(k, first int) bool {
	toks := a.d.toks
	if k-2 != first || toks[k-1].text != "," {
		return false
	}
	w := toks[first].lower
	return openerWords.has(w) || isAdverbForm(w) || w == "but" || w == "and" || w == "so"
}
