package extract

// replaceVerbs name a rotation's new personnel taking the place of the
// old: "replacing the 380 who leave".
var replaceVerbs = closedSet("replacing", "replace", "replaces", "relieving", "relieve", "relieves")

// replacedHeld reads the bare number of personnel a rotation replaces,
// "the" and a relative clause after it, when a troop figure of the same
// sentence gave their noun and state: "A further 400 Irish peacekeepers
// will rotate in May, replacing the 380 who leave" counts the 380 Irish
// peacekeepers leaving, and "will relieve the 70 now in Tonga" the 70
// posted there; "replacing the 40 that broke" with no troop figure before
// is none.
func (a *analysis) replacedHeld(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || n.value < 2 || a.isYear(n) || toks[k].lower != "the" || !replaceVerbs.hasToken(&toks[k-1]) {
		return Troops{}, false
	}
	if n.lim >= len(toks) || toks[n.lim].sent != toks[n.first].sent || !relativeStarts.hasToken(&toks[n.lim]) && !a.postedNowAt(n.lim) {
		return Troops{}, false
	}
	last := a.lastFigure
	if last.unit == "" || last.sent != int(toks[n.first].sent) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// postedNowAt reports "now" (or "still", "currently") and "in", "on" or
// "at" at k: where the personnel a rotation relieves serve ("the 70 now
// in Tonga").
func (a *analysis) postedNowAt(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "now" && toks[k].lower != "currently" && !stayWords.hasToken(&toks[k]) {
		return false
	}
	w := toks[k+1].lower
	return w == "in" || w == "on" || w == "at" || w == "there"
}
