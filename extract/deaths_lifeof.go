package extract

// lifeOfDeath reads the one victim after "claimed the life of" at i (on
// "life"): "the crash claimed the life of a 34-year-old contractor" is a
// death of one, as "claimed the lives of two workers" is of two; "saved
// the life of a child" and "the life of a soldier" alone are none.
func (a *analysis) lifeOfDeath(i int) (Deaths, victimList, bool) {
	toks := a.d.toks
	if toks[i].lower != "life" || i < 2 || i+2 >= len(toks) || toks[i+1].lower != "of" {
		return Deaths{}, victimList{}, false
	}
	if toks[i-1].lower != "the" || !lifeTakers.hasToken(&toks[i-2]) || a.hypotheticalBetween(i-2, i) {
		return Deaths{}, victimList{}, false
	}
	l, ok := a.readVictims(i+2, asNominal)
	if !ok || l.count != 1 {
		return Deaths{}, victimList{}, false // one life is one death
	}
	return a.listFigure(l, i, l.lim, ruleDeathOf), l, true
}
