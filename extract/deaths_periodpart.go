package extract

// A part of a toll told by the span of time it fell in: "Dengue deaths
// this year have reached 412, including 23 in the past 24 hours", "31
// people have died, 12 of them in the last week". The span names no
// place, attack or manner, which whereOfPart, attackOfPart and
// mannerOfPart read.

// periodOfPart reads the span after "in" from j: "the past 24 hours",
// "the last two days", "the previous week", "a single day". It returns
// the index after its noun.
func (a *analysis) periodOfPart(j int) (int, bool) {
	toks := a.d.toks
	e := j
	switch {
	case e+1 < len(toks) && toks[e].lower == "the" && recentSpanWords.hasToken(&toks[e+1]):
		e += 2 // "the past", "the last"
	case e+1 < len(toks) && toks[e].lower == "a" && toks[e+1].lower == "single":
		e += 2
	default:
		return j, false
	}
	if e < len(toks) && mayBeNumber(&toks[e]) {
		if n, ok := a.d.parseNumber(e); ok && !n.vague && n.value > 0 && n.hedge == e {
			e = n.lim // "the past 24 hours", "the last two days"
		}
	}
	if e < len(toks) && (spanUnits.hasToken(&toks[e]) || periodNouns.hasToken(&toks[e])) {
		return e + 1, true
	}
	return j, false
}

// recentSpanWords open a span of time that ends now or at the time told:
// "the past", "the last", "the previous".
var recentSpanWords = wordList("recent-span")

// spanUnits are the units of such a span: "hours", "days", "weeks".
var spanUnits = wordList("span-unit")
