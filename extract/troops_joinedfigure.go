package extract

// Weak personnel joined by "and" to a figure of troops: "about 600
// additional border guards and 150 interior ministry troops had been
// moved into the area". As "700 officers and sailors" makes the officers
// part of an armed deployment, so does a second count of a strong noun.

// strongFigureJoinedAt reports "and" at lim, then a number and up to three
// modifiers before a strong personnel noun.
func (a *analysis) strongFigureJoinedAt(lim int) bool {
	toks := a.d.toks
	if lim+2 >= len(toks) || toks[lim].lower != "and" || !mayBeNumber(&toks[lim+1]) {
		return false
	}
	m, ok := a.d.parseNumber(lim + 1)
	if !ok || m.first != lim+1 || m.age || m.vague {
		return false
	}
	for j := m.lim; j < len(toks) && j <= m.lim+3 && toks[j].kind == tWord && toks[j].sent == toks[lim].sent; j++ {
		if v, l := a.lx.personnel.match(toks, j, true); l > 0 {
			return !a.lx.personnelWeak[v[0]] && !a.isCasualty(m.hedge, l)
		}
	}
	return false
}
