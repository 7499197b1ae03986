package extract

// comparedToUncounted reports a bare figure n that gives the earlier or
// other size of personnel counted just before it in its clause, where
// that head figure is an intake or a training, which no rule counts:
// "will draft 4,500 conscripts next year, up from 3,800", "call up 40,000
// reservists for exercises, compared with 25,000 this year", "trained
// 7,000 soldiers in 2025, against 5,000 a year earlier". The comparison
// is of the same kind as its head; "sent 600 troops, down from 900" still
// counts both, and so does a force's size compared with an earlier one
// ("numbers about 8,500 soldiers, down from nearly 11,000").
func (a *analysis) comparedToUncounted(n number) bool {
	c, ok := a.comparisonCue(n)
	if !ok {
		return false
	}
	toks := a.d.toks
	first := max(a.d.sents[toks[n.first].sent].first, c-14)
	var head number
	lim := -1
	for j := first; j < c; j++ {
		if toks[j].kind != tNum && (toks[j].kind != tWord || !mayBeNumber(&toks[j])) {
			continue
		}
		m, ok := a.d.parseNumber(j)
		if !ok || m.lim > c || m.age || m.vague {
			continue
		}
		if e := a.personnelAfterFigure(m); e > 0 {
			head, lim = m, e
		}
		j = m.lim - 1
	}
	if lim < 0 {
		return false
	}
	return a.trainedObject(head) || a.wasTrained(lim) || a.countedNotDeployed(head, lim)
}

// comparisonCue returns the first token of the words before the bare
// figure n that give it as a size compared with another: "up from",
// "down from", ", from", "compared with", "compared to", ", against",
// "versus".
func (a *analysis) comparisonCue(n number) (int, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || n.lim < len(toks) && a.startsPersonnel(n.lim) {
		return 0, false // "up from 3,800 conscripts" names its own personnel
	}
	switch w, p := toks[k].lower, toks[k-1].lower; {
	case w == "from" && (p == "up" || p == "down" || p == ","):
		return k - 1, true
	case (w == "with" || w == "to") && p == "compared":
		if k > 1 && toks[k-2].text == "," {
			return k - 2, true
		}
		return k - 1, true
	case w == "against" && p == ",", w == "versus" || w == "vs":
		return k - 1, true
	}
	return 0, false
}

// startsPersonnel reports a personnel noun right at k: "up from 3,800
// conscripts" names the personnel it counts.
func (a *analysis) startsPersonnel(k int) bool {
	_, lim := a.lx.personnel.match(a.d.toks, k, true)
	return lim > 0
}

// personnelAfterFigure returns the end of the personnel noun that the
// figure m names, right after it or past its states and modifiers
// ("4,500 conscripts", "40,000 Polish reservists"), or -1.
func (a *analysis) personnelAfterFigure(m number) int {
	s, ok := a.troopPhraseOf(&m)
	if !ok {
		return -1
	}
	_, lim, unitOK, _ := a.troopUnit(m, &s)
	if !unitOK {
		return -1
	}
	return lim
}
