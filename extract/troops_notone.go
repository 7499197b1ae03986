package extract

// notOneOf reports "not one" at the number n, before "of" and a whole:
// "not one of the 2,500 marines will move" denies any part of the whole
// a count, so the one is no figure (the whole may be).
func (a *analysis) notOneOf(n number) bool {
	toks := a.d.toks
	k := min(n.hedge, n.first) - 1
	return n.value == 1 && k >= 0 && toks[k].lower == "not"
}
