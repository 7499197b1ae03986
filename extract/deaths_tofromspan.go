package extract

// A toll changed "to N", a time phrase that may hold a year, then "from
// M": "lowered its death toll from the storm to 11 on Saturday from 13",
// "Overdose deaths fell to 1,186 in 2024 from 1,430 in 2023". M is the
// figure the same toll stood at before; tollRoseToFrom reads the shape
// when the verb of change stands right before "to N" and no year is told.

// tollToThenFrom reports "from" before n after a toll's new figure "to
// N" with only a time phrase between, the verb of change before "to N"
// or before the toll's noun at tk ("lowered its death toll from the
// storm to 11"), n ending its phrase, perhaps after its own year.
func (a *analysis) tollToThenFrom(n number, tk int) bool {
	m, ok := a.newFigureBeforeFrom(n)
	return ok && (a.changedBefore(m.hedge-2) || tk < m.first && a.changedBefore(tk-1))
}

// deathsToThenFrom reads the earlier figure M of a count of deaths "to
// N, time, from M": "Overdose deaths fell to 1,186 in 2024 from 1,430 in
// 2023", when N is itself a count of deaths that changed
// (deathsRoseTo).
func (a *analysis) deathsToThenFrom(n number, rule string) (Deaths, bool) {
	m, ok := a.newFigureBeforeFrom(n)
	if !ok || !a.changedBefore(m.hedge-2) {
		return Deaths{}, false
	}
	if _, ok := a.deathsRoseTo(m, rule); !ok {
		return Deaths{}, false
	}
	return a.makeDeath(n, n.hedge-1, n.lim, rule), true
}

// newFigureBeforeFrom returns the figure "to N" before the "from" that
// opens n, with only a time phrase between them (perhaps "in 2024"), n
// ending its phrase, perhaps after its own year: "to 11 on Saturday from
// 13", "to 1,186 in 2024 from 1,430 in 2023".
func (a *analysis) newFigureBeforeFrom(n number) (number, bool) {
	toks := a.d.toks
	k := fromBeforeFigure(toks, n.hedge)
	if k < 3 {
		return number{}, false
	}
	if e := a.yearPhraseEnd(n.lim); !a.figureEndsAt(e) && !a.dayEarlierAt(e) {
		return number{}, false
	}
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].sent == toks[k].sent; j-- {
		if m, ok := a.numberEndingAt(j + 1); ok && !a.isYear(m) {
			ok = m.hedge >= 2 && toks[m.hedge-1].lower == "to" && j < k-1
			return m, ok
		}
		if w := toks[j].lower; !risenToTimes.has(w) && !whenWord(w) && w != "in" && w != "during" && toks[j].kind != tNum && !fiscalWords.has(w) {
			return number{}, false
		}
	}
	return number{}, false
}

// yearPhraseEnd returns the index after "in YEAR" at e ("from 1,430 in
// 2023"), else e.
func (a *analysis) yearPhraseEnd(e int) int {
	toks := a.d.toks
	if e+1 < len(toks) && (toks[e].lower == "in" || toks[e].lower == "during") {
		y := a.fiscalYearAt(e + 1) // "from 149 in fiscal 2023"
		if m, ok := a.d.parseNumber(y); ok && m.first == y && a.isYear(m) {
			return m.lim
		}
	}
	return e
}

// changedBefore reports a verb of changing a count at v or, over a
// possessive and the toll's own words, up to three tokens before it:
// "fell", "lowered its death".
func (a *analysis) changedBefore(v int) bool {
	toks := a.d.toks
	for i := v; i >= 0 && i >= v-3; i-- {
		t := &toks[i]
		if countChanges.hasToken(t) || tollRevise.hasToken(t) || lowerVerbs.hasToken(t) || t.lower == "up" || t.lower == "down" {
			return true
		}
		if t.kind != tWord {
			return false
		}
	}
	return false
}

// lowerVerbs lower a count: "lowered its death toll".
var lowerVerbs = closedSet("lowered", "lowers", "lowering", "reduced", "reduces", "cut", "cuts")
