package extract

// notTheFigure reads a figure set against a toll by "not the" or "far
// more than the": "lists 27 deaths, not the 29 the union had claimed",
// "300 people died, far more than the 112 reported by state media" give
// the 29 and the 112 as tolls someone stated, as "up from the 29" does. The words before the comma
// must end on a number and its noun of death ("27 deaths", "12 dead").
func (a *analysis) notTheFigure(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	c := contrastOpenerComma(toks, n.hedge)
	if c < 2 {
		return Deaths{}, false
	}
	kinds, lim := a.deathKindsAt(c - 1)
	if (lim != c || !hasKind(kinds, dNoun) && !hasKind(kinds, dAdj) || toks[c-2].kind != tNum) && !a.countedDeathClause(c) {
		return Deaths{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && toks[e].lower != "the" && !figureEnds.hasToken(&toks[e]) && !givenFigureVerbs.hasToken(&toks[e]) && !firstGivenAt(toks, e) {
		return Deaths{}, false // "not the 29 tons": a figure of something else
	}
	return a.makeDeath(n, c+1, n.lim, rule), true
}

// givenFigureVerbs may follow a figure another source gave: "not the 20
// reported on Sunday".
var givenFigureVerbs = closedSet("reported", "announced", "claimed", "given", "cited", "counted")
