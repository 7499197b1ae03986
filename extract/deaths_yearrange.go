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
	if !a.yearBoundsRange(n) || !allDigits(toks[n.first].text) || !allDigits(toks[n.lim-1].text) {
		return false
	}
	_, people := a.victimsNoun(n.lim)
	return !people || a.lx.death.startsLower(&toks[n.lim]) // "between 2008 and 2011 killed soldiers": the noun is the verb's object
}
