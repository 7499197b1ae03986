package extract

// comparedAsideTroops reads the bare number of a comparison set off by a
// comma after a troop figure of the same sentence: "12,000 Burundian
// soldiers are deployed, far more than the 1,000 that Bujumbura
// acknowledges", "..., well above the 1,000 it admits to", "..., fewer
// than the 3,000 promised". The number is of the same personnel and state.
// "sold 12,000 tickets, far more than the 1,000 ..." has no troop figure.
func (a *analysis) comparedAsideTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	last := a.lastFigure
	if last.unit == "" || last.sent != int(toks[n.first].sent) || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	k := n.hedge - 1
	if k < 2 || toks[k].lower != "the" {
		return Troops{}, false
	}
	k--
	switch toks[k].lower {
	case "than":
		k--
		if w := toks[k].lower; w != "more" && w != "fewer" && w != "less" {
			return Troops{}, false
		}
	case "above", "below", "beyond":
	default:
		return Troops{}, false
	}
	if k > 0 && amountDegrees.hasToken(&toks[k-1]) {
		k-- // "far more than", "well above"
	}
	if k < 1 || toks[k-1].text != "," {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !ellipsisEnds.hasToken(&toks[e]) &&
		!relativeStarts.hasToken(&toks[e]) && !verbChain.hasToken(&toks[e]) && !a.sentByPronounAt(e) && !a.isStateAt(e) {
		return Troops{}, false // "..., far more than the 50 tanks"
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// isStateAt reports a state or its capital named at e: "the 1,000
// Bujumbura acknowledges".
func (a *analysis) isStateAt(e int) bool {
	_, ok := a.stateAt(e)
	return ok
}
