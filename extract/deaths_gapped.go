package extract

// gappedStatePart reads a second state's count joined by "and" at k to a
// death figure at i whose number a state's adjective ends, the victims'
// noun told once after the second: "claimed the lives of 207 Armenian
// and 80 Azerbaijani soldiers", "killed 12 Thai and nine Cambodian
// troops". Each side's count is a figure; it returns the second.
func (a *analysis) gappedStatePart(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	if toks[k].lower != "and" || k+3 >= len(toks) {
		return Deaths{}, 0, false
	}
	if toks[i].lower == "lives" && i+2 < len(toks) {
		i += 2 // "the lives of 207 Armenian and ...": the figure read from "lives"
	}
	first, ok := a.countAt(i)
	if !ok || a.stateAdjectiveEnd(first.lim) != k {
		return Deaths{}, 0, false // "207 Armenian and": the first count's state right before "and"
	}
	n, ok := a.countAt(k + 1)
	if !ok || n.hedge != k+1 || a.isYear(n) {
		return Deaths{}, 0, false
	}
	e := a.stateAdjectiveEnd(n.lim)
	if e < 0 || e >= len(toks) {
		return Deaths{}, 0, false
	}
	lim := a.victimNounEnd(e) // "soldiers", "civilians", "border guards"
	if lim == e || a.hurtAfter(lim) {
		return Deaths{}, 0, false
	}
	return a.makeDeath(n, n.hedge, lim, ruleDeathSubset), lim, true
}

// stateAdjectiveEnd returns the end of a state's adjective at j
// ("Armenian", "South Korean"), else -1.
func (a *analysis) stateAdjectiveEnd(j int) int {
	if j >= len(a.placeAt) || a.placeAt[j] < 0 {
		return -1
	}
	m := a.places[a.placeAt[j]]
	if !m.state || m.kind != sAdjective || m.first != j {
		return -1
	}
	return m.lim
}

// gappedFirstCount returns the count at j of a first side whose noun is
// told after the second's: "207 Armenian and 80 Azerbaijani soldiers".
func (a *analysis) gappedFirstCount(j int) (number, bool) {
	c, ok := a.countAt(j)
	if !ok || c.hedge != j {
		return number{}, false
	}
	k := a.stateAdjectiveEnd(c.lim)
	if k < 0 || k >= len(a.d.toks) {
		return number{}, false
	}
	if _, _, ok := a.gappedStatePart(j, k); !ok {
		return number{}, false
	}
	return c, true
}

// gappedSecondAt returns where the second side's count starts when a
// first side's count at j shares its noun ("207 Armenian and 80
// Azerbaijani soldiers": the 80), else -1.
func (a *analysis) gappedSecondAt(j int) int {
	c, ok := a.gappedFirstCount(j)
	if !ok {
		return -1
	}
	return a.stateAdjectiveEnd(c.lim) + 1
}

// gappedFirstSide reads the first side's count of a pair whose noun and
// death word follow the second: "Twelve Thai and nine Cambodian soldiers
// were killed" gives 12 (the nine is read on its own).
func (a *analysis) gappedFirstSide(n number) (Deaths, bool) {
	k := a.gappedSecondAt(n.hedge)
	if k < 0 {
		return Deaths{}, false
	}
	m, ok := a.countAt(k)
	if !ok {
		return Deaths{}, false
	}
	if _, ok := a.deathAfterNumber(m); !ok {
		return Deaths{}, false
	}
	return a.makeDeath(n, n.hedge, n.lim, ruleDeathPass), true
}

// stateSideEnds reports a count n of a part whose victims a state's
// adjective opens ("six Syrian soldiers") and whose phrase, ending at e,
// ends the clause: at a mark, the sentence's end or a clause of time.
func (a *analysis) stateSideEnds(n number, e int) bool {
	toks := a.d.toks
	if e == n.lim || a.stateAdjectiveEnd(n.lim) < 0 {
		return false
	}
	return e >= len(toks) || toks[e].sent != toks[n.first].sent || toks[e].kind == tPunct || timeClauseOpeners.hasToken(&toks[e])
}
