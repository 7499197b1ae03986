package extract

// The state of a unit that a figure numbers in apposition: "China's police
// liaison team, now numbering 12 officers", "the Chinese team, numbering
// 12 officers". The unit's owner holds the personnel, whoever acts in the
// sentence ("The Australian drawdown leaves ...").

// numberedUnitState returns the state written in the phrase before ",
// (now) numbering" (or "totalling") that opens the figure n: a possessive
// state or a state's adjective within five words before the comma, no
// punctuation between but an owner's mark.
func (a *analysis) numberedUnitState(n number) string {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || toks[k].lower != "numbering" && toks[k].lower != "totalling" && toks[k].lower != "totaling" {
		return ""
	}
	c := k - 1
	if toks[c].lower == "now" || toks[c].lower == "still" {
		c--
	}
	if c < 2 || toks[c].text != "," {
		return ""
	}
	first := a.d.sents[toks[n.first].sent].first
	for j := c - 1; j >= first && j >= c-6; j-- {
		if toks[j].kind != tWord && !ownerMark(toks, j) {
			return ""
		}
		if m, ok := a.placeStartingAt(j); ok && m.state && m.lim < c {
			if m.kind == sAdjective || m.lim < len(toks) && ownerMark(toks, m.lim) {
				return m.code
			}
			return ""
		}
	}
	return ""
}
