package extract

// earlierLevelLeads open the earlier level of a force told after its
// present figure: "down from", "up from", "against a peak of", "once
// topped".
var earlierLevelLeads = closedWords(func() map[string]bool {
	return map[string]bool{"from": true, "against": true, "topped": true, "numbered": true, "exceeded": true, "peaked": true}
})

// earlierLevelTroops reads a bare number that gives the earlier level of
// the personnel counted before it in the same sentence: "Fewer than 300
// French soldiers are still in Chad, down from a peak near 1,000",
// "Roughly 2,400 Turkish soldiers remain, against a peak of 5,000", "the
// last of a force that once topped 1,000". The number is of the same
// personnel and state; one followed by a noun of its own ("down from 40
// bases") counts something else.
func (a *analysis) earlierLevelTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	last := a.lastFigure
	if last.unit == "" || last.sent != int(toks[n.first].sent) || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !ellipsisEnds.hasToken(&toks[e]) && !a.sentByPronounAt(e) {
		return Troops{}, false
	}
	k := n.hedge - 1
	if k >= 2 && toks[k].lower == "the" && toks[k-1].lower == "from" {
		k-- // "up from the 1,000 it first sent"
	}
	if k >= 0 && (toks[k].lower == "of" || toks[k].lower == "near" || toks[k].lower == "at") {
		k-- // "a peak of", "a peak near", "peaked at"
	}
	if k >= 1 && peakNouns.hasToken(&toks[k]) {
		k-- // "a peak", "its high"
		if toks[k].lower == "a" || toks[k].lower == "its" || toks[k].lower == "the" {
			k--
		}
	}
	if k < 1 || !earlierLevelLeads.hasToken(&toks[k]) {
		return Troops{}, false
	}
	switch toks[k].lower {
	case "from":
		if p := toks[k-1].lower; p != "down" && p != "up" {
			return Troops{}, false // "1,000 soldiers from 300 villages"
		}
	case "topped", "numbered", "exceeded", "peaked":
		if toks[k-1].lower != "once" {
			return Troops{}, false // "the force numbered 1,000" is read as its size
		}
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// sentByPronounAt reports a relative clause at e whose subject pronoun
// sent or kept the number before it: "the 1,000 it first sent", "the 300
// they deployed"; "the 40 bases" has a noun of its own instead.
func (a *analysis) sentByPronounAt(e int) bool {
	toks := a.d.toks
	if w := toks[e].lower; w != "it" && w != "they" && w != "we" {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+3 && toks[k].kind == tWord; k++ {
		if deployVerbs.hasToken(&toks[k]) {
			return true
		}
		if !parallelAdverbAt(toks, k) && !auxAdverbs.hasToken(&toks[k]) && toks[k].lower != "first" {
			return false
		}
	}
	return false
}
