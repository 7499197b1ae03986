package extract

// spanEnds close a span of years that "from" or "between" opens: "from
// 2021 to 2022", "between 2019 and 2021", "from 2015 until 2018".
var spanEnds = closedSet("to", "until", "till", "through", "and")

// yearOfSpan reports a year that opens or closes a span of two years
// ("commanded the contingent from 2021 to 2022"): a date, no count of
// personnel, whatever noun stands near it.
func (a *analysis) yearOfSpan(n number) bool {
	toks := a.d.toks
	if !a.isYear(n) || n.hedge != n.first {
		return false
	}
	if k := n.hedge - 1; k >= 0 && (toks[k].lower == "from" || toks[k].lower == "between") && n.lim+1 < len(toks) && spanEnds.hasToken(&toks[n.lim]) {
		m, ok := a.d.parseNumber(n.lim + 1)
		return ok && a.isYear(m) && m.value > n.value
	}
	if k := n.hedge - 1; k >= 2 && spanEnds.hasToken(&toks[k]) && (toks[k-2].lower == "from" || toks[k-2].lower == "between") {
		m, ok := a.d.parseNumber(k - 1)
		return ok && m.lim == k && a.isYear(m) && m.value < n.value
	}
	return false
}
