package extract

// reportedFigureVerbs after an earlier figure say who gave it, which
// makes "the" before it no article of a noun: "up from the 29 announced
// overnight", "revised up from the 12 reported on Saturday".
var reportedFigureVerbs = closedSet("announced", "reported", "given", "recorded", "confirmed", "counted", "cited", "published", "released")

// theReportedFigure returns the number of an earlier figure told as "the
// N announced" from j at "the", with ok; "the 12 victims" is a noun's
// count and none.
func (a *analysis) theReportedFigure(j int) (number, bool) {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j].lower != "the" {
		return number{}, false
	}
	n, ok := a.countAt(j + 1)
	if !ok || n.lim+1 >= len(toks) {
		return number{}, false
	}
	v := n.lim
	if earlierDating.hasToken(&toks[v]) || toks[v].lower == "first" {
		v++ // "the nine first reported", "the 12 initially announced"
	}
	if !reportedFigureVerbs.hasToken(&toks[v]) && !reporterClauseAt(toks, n.lim) {
		return number{}, false
	}
	return n, true
}

// figureReporters are the pronouns that give a figure in a relative
// clause without "that": "the 17 it gave on Friday".
var figureReporters = closedSet("it", "they", "he", "she", "we")

// reporterClauseAt reports a pronoun and its verb of giving a figure at
// j, with "had" between or not: "the 17 it gave", "the 12 they had
// reported"; "the 12 they wounded" is none.
func reporterClauseAt(toks []token, j int) bool {
	if j+1 >= len(toks) || !figureReporters.hasToken(&toks[j]) {
		return false
	}
	v := j + 1
	if toks[v].lower == "had" && v+1 < len(toks) {
		v++
	}
	if firstTimeAdverbs.hasToken(&toks[v]) && v+1 < len(toks) {
		v++ // "the 14 it first reported"
	}
	return toks[v].lower == "gave" || reportedFigureVerbs.hasToken(&toks[v])
}

// firstTimeAdverbs place a reported figure first in time: "it first reported".
var firstTimeAdverbs = closedSet("first", "initially", "originally", "earlier")

// fromTheReported reports the number n as "from the N announced": the
// figure a toll stood at, as "from N" is.
func (a *analysis) fromTheReported(n number) bool {
	toks := a.d.toks
	h := n.hedge
	if h < 2 || toks[h-1].lower != "the" || toks[h-2].lower != "from" {
		return false
	}
	m, ok := a.theReportedFigure(h - 1)
	return ok && m.first == n.first
}

// revisedFromAt reports "from" at k after a verb that revises or raises
// a toll, with "up" or "down" and a time word between: "was revised up
// overnight from 12", "was raised sharply from 40"; the number after it
// is the figure the toll stood at.
func (a *analysis) revisedFromAt(k int) bool {
	toks := a.d.toks
	if k < 1 || toks[k].lower != "from" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if tollRevise.hasToken(&toks[j]) || tollRise.hasToken(&toks[j]) {
			return j < k-1 // "raised from" is read already
		}
		if w := toks[j].lower; w != "up" && w != "down" && !isAdverb(toks[j]) && !comparedTimes.has(w) && w != "overnight" {
			return false
		}
	}
	return false
}

// tollOnPlace reports "the toll on" and a place at k, the toll "toll":
// "The toll on Dominica was revised up", a count of the dead there; not
// "took their toll on Latino support".
func (a *analysis) tollOnPlace(k int) bool {
	toks := a.d.toks
	if k < 1 || k+2 >= len(toks) || toks[k-1].lower != "the" {
		return false
	}
	_, ok := a.placeStartingAt(k + 2)
	return ok
}
