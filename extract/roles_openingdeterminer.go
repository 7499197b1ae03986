package extract

// openingDeterminer reports a possessive determiner at p ("its", "his",
// "her", "their") that opens its sentence or follows a comma: it opens a
// title's compound of plain nouns as a body's or a state's "'s" does ("Its
// human rights minister, NAME,", "His integration and regional
// development minister, NAME,", "Its joint secretary general, NAME,").
// Inside a clause it more often opens a phrase of its own before the
// title ("members of his family and former chief financial officer NAME",
// "her grandson Prince NAME"), which is no part of it.
func (a *analysis) openingDeterminer(p int) bool {
	toks := a.d.toks
	if p < 0 || !possessiveDeterminers.hasToken(&toks[p]) {
		return false
	}
	return p == 0 || toks[p-1].sent != toks[p].sent || toks[p-1].text == ","
}
