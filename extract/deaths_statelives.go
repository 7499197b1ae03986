package extract

// Lives a war cost counted by side, a state's adjective before "lives":
// "The Falklands war cost 255 British and 649 Argentine lives". The first
// number shares the noun of the second, as "1,500 French and 1,000
// American soldiers" share theirs.

// stateLivesAfter returns the index after "lives" when a state's
// adjective at j comes right before it, or the end of the adjective when
// "and N ADJ lives" follows it; else j.
func (a *analysis) stateLivesAfter(j int) int {
	toks := a.d.toks
	m, ok := a.placeStartingAt(j)
	if !ok || !m.state || m.kind != sAdjective || m.lim >= len(toks) {
		return j
	}
	if toks[m.lim].lower == "lives" {
		return m.lim + 1
	}
	if toks[m.lim].lower != "and" {
		return j
	}
	n, ok := a.d.parseNumber(m.lim + 1)
	if !ok || n.first != m.lim+1 {
		return j
	}
	if e := a.stateLivesAfter(n.lim); e <= n.lim || toks[e-1].lower != "lives" {
		return j
	}
	return m.lim
}

// secondStateLives reads the second side's number of "cost 255 British
// and 649 Argentine lives": after "and", a state's adjective and a number
// that a verb taking lives opens.
func (a *analysis) secondStateLives(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || toks[k].lower != "and" || n.first != n.hedge {
		return Deaths{}, false
	}
	e := a.stateLivesAfter(n.lim)
	if e <= n.lim || toks[e-1].lower != "lives" {
		return Deaths{}, false
	}
	for x := k - 1; x >= 1 && x >= k-3; x-- {
		m, ok := a.d.parseNumber(x)
		if !ok || m.first != x {
			continue
		}
		if a.stateLivesAfter(m.lim) == k && lifeTakers.hasToken(&toks[m.hedge-1]) {
			return a.makeDeath(n, n.first, e, rule), true
		}
		return Deaths{}, false
	}
	return Deaths{}, false
}
