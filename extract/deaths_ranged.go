package extract

// A toll given as a range after the word that brings in a figure: "put
// the number of fatalities at between 30 and 35", "the toll stood at
// between 12 and 15". Both bounds are figures, as in "between 30 and 35
// people were killed".

// rangedToll reads either bound of "between A and B" when the rules of a
// toll read "between" as the figure's hedge: the range stands where one
// number would ("at 35").
func (a *analysis) rangedToll(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	upper := n
	b := n.hedge - 1
	if toks[n.hedge].lower == "between" {
		b = n.hedge // "between" read as the number's own hedge
	}
	if b >= 0 && toks[b].lower == "between" && n.hi > 0 {
		upper.value = n.hi // "between 30 and 35" read as one number
	} else if b >= 0 && toks[b].lower == "between" {
		m, ok := a.rangeUpperAfter(n)
		if !ok {
			return Deaths{}, false
		}
		upper = m
	} else if b = a.betweenOfUpper(n); b < 0 {
		return Deaths{}, false
	}
	if b < 1 {
		return Deaths{}, false
	}
	upper.hedge, upper.approx = b, true
	_, ok := a.tollBefore(upper, ruleDeathToll)
	if !ok {
		_, ok = a.figurePutAt(upper, ruleDeathToll)
	}
	if !ok {
		_, ok = a.theDeadPutAt(upper, ruleDeathToll) // "put the dead at between 5,000 and 6,000"
	}
	if !ok {
		_, ok = a.ownDeadPutAt(upper, ruleDeathToll) // "put their dead at between 40 and 60"
	}
	if !ok {
		_, ok = a.deathsRoseTo(upper, ruleDeathToll) // "Murders fell to between 2,100 and 2,200"
	}
	if !ok {
		return Deaths{}, false
	}
	return a.makeDeath(n, b, n.lim, rule), true
}

// rangeUpperAfter returns B of "between A and B" after A, the number n.
func (a *analysis) rangeUpperAfter(n number) (number, bool) {
	toks := a.d.toks
	if n.lim+1 >= len(toks) || toks[n.lim].lower != "and" || !mayBeNumber(&toks[n.lim+1]) {
		return number{}, false
	}
	m, ok := a.d.parseNumber(n.lim + 1)
	return m, ok && !m.age && m.value > n.value
}
