package extract

// yearRange reports a range of two years read as one number: "between
// 2008 and 2011", "2008 to 2011" (a span written as one token, "2008-11",
// is isYear's). The clashes "between 2008 and 2011 killed at least 28
// people" date the 28, and the years are no toll. Both bounds are bare
// four-digit years, the second the later, and no noun of people follows:
// "between 1800 and 2000 people died" (copy without thousands commas) is
// a toll; a noun after a death word ("between 2008 and 2011 killed
// soldiers") is the verb's object, not the range's.
func (a *analysis) yearRange(n number) bool {
	toks := a.d.toks
	lo, hi := toks[n.first], toks[n.lim-1]
	if n.hi == 0 || n.lim-1 == n.first || lo.kind != tNum || hi.kind != tNum || len(lo.text) != 4 || len(hi.text) != 4 {
		return false
	}
	if n.value < 1800 || n.hi > 2100 || n.hi <= n.value || !allDigits(lo.text) || !allDigits(hi.text) {
		return false
	}
	_, people := a.victimsNoun(n.lim)
	return !people || a.lx.death.startsLower(&toks[n.lim]) // "between 2008 and 2011 killed soldiers": the noun is the verb's object
}
