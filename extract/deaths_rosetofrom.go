package extract

// A toll that rose "to N", a time phrase, then "from M": "The death toll
// rose to 142 on Friday from 97 a day earlier". M is the figure the same
// toll stood at before, as in "up from 97"; the time phrase between the
// two figures kept "from" away from the verb that every other reading of
// "from M" looks for.

// risenToTimes are the words of a time phrase between "to N" and "from
// M" besides weekdays and words of time: "on Friday", "by Sunday
// evening", "overnight".
var risenToTimes = closedSet("on", "by", "overnight", "late", "early", "last", "this", "the", "night", ",")

// tollRoseToFrom reports "from" before n that follows the new figure of a
// toll raised or risen "to N" with only a time phrase between, n ending
// its phrase ("from 97 a day earlier", "from 97.").
func (a *analysis) tollRoseToFrom(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || toks[k].lower != "from" || !a.figureEndsAt(n.lim) && !a.dayEarlierAt(n.lim) && !a.reportedEarlierAt(n.lim) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == toks[k].sent; j-- {
		if m, ok := a.numberEndingAt(j + 1); ok && m.hedge >= 2 && toks[m.hedge-1].lower == "to" {
			v := &toks[m.hedge-2]
			return j < k-1 && (countChanges.hasToken(v) || tollRevise.hasToken(v) || v.lower == "up" || v.lower == "down")
		}
		if w := toks[j].lower; !risenToTimes.has(w) && !whenWord(w) {
			return false
		}
	}
	return false
}

// dayEarlierAt reports a time before now at e: "a day earlier", "the day
// before", "a week ago", "the previous day".
func (a *analysis) dayEarlierAt(e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || toks[e].lower != "a" && toks[e].lower != "the" {
		return false
	}
	return comparedTimes.hasToken(&toks[e+1]) || whenWord(toks[e+1].lower)
}

// earlierReports tell how the earlier figure of a revised toll was given:
// "from 25 initially reported", "from 25 announced earlier".
var earlierReports = wordList("earlier-report")

// reportedEarlierAt reports the words from e that tell a figure as the
// one reported before, a word of time on either side of the participle:
// "rose to 41, from 25 initially reported", "from 25 reported earlier",
// "from 25 first announced by the army"; not "from 25 reported injured".
func (a *analysis) reportedEarlierAt(e int) bool {
	toks := a.d.toks
	j := e
	if j < len(toks) && (earlierDating.hasToken(&toks[j]) || toks[j].lower == "first") {
		j++
	}
	if j >= len(toks) || toks[j].sent != toks[e-1].sent || !earlierReports.hasToken(&toks[j]) {
		return false
	}
	j++
	if j < len(toks) && earlierDating.hasToken(&toks[j]) {
		j++
	}
	return a.figureEndsAt(j) || toks[j].lower == "by"
}
