package extract

// yearBoundsRange reports a number parsed as a range whose two bounds are
// years: "between 2003 and 2014", "from 2003 to 2014". It is a span of
// time, no count: in "Nine soldiers were killed in Afghanistan between
// 2003 and 2014, three of them from his company" it opens no other group
// that would end the parts of the toll.
func (a *analysis) yearBoundsRange(n number) bool {
	toks := a.d.toks
	t, u := toks[n.first], toks[n.lim-1]
	return n.hi > n.value && n.hi <= 2100 && n.value >= 1800 && t.kind == tNum && u.kind == tNum && len(t.text) == 4 && len(u.text) == 4 && n.lim > n.first+1
}
