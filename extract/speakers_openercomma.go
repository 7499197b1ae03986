package extract

// openerComma reports a name at token k that follows a sentence opener
// and its comma: one word ("However, Paul Brenner, the director, said")
// or a short phrase of place or time that a preposition opens and no
// person is named in ("In Amman, Foreign Minister NAME, speaking with
// NAME2, repeated"). The name still opens the clause, as its subject.
func (a *analysis) openerComma(k, first int) bool {
	toks := a.d.toks
	if k-2 < first || toks[k-1].text != "," {
		return false
	}
	w := toks[first].lower
	if k-2 == first {
		return openerWords.has(w) || isAdverbForm(w) || w == "but" || w == "and" || w == "so"
	}
	if k-1-first > 5 || !prepositions.has(w) && !objectOfPreposition(w) {
		return false
	}
	for j := first + 1; j < k-1; j++ {
		if a.personAt[j] >= 0 || a.quoteAt[j] >= 0 || toks[j].kind == tPunct {
			return false
		}
	}
	return true
}
