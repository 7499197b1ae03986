package extract

// mostApposedTroops reads n set off by commas right after "the most"
// personnel a state has (deployed), the share of a contributor in a
// ranking told as prose: "Italy had the most blue helmets deployed,
// 1,020, nearly all in southern Lebanon". The state is the one before the
// superlative; "the most soldiers killed, 40," is a loss, and a noun after
// the figure ("1,020 vehicles") counts something else.
func (a *analysis) mostApposedTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	k := n.hedge - 1
	if k < s.first+4 || toks[k].text != "," || n.lim < s.lim && toks[n.lim].kind != tPunct {
		return Troops{}, false
	}
	end := k // the personnel phrase ends before the comma, or before its participle
	for p := k - 1; p >= k-3 && p > s.first; p-- {
		if prepositions.hasToken(&toks[p]) {
			end = p // "deployed among Europeans, 1,020"
			break
		}
	}
	if sentParticiples.hasToken(&toks[end-1]) {
		end--
	}
	for j := end - 1; j >= s.first+2 && j >= end-3; j-- {
		_, lim := a.lx.personnel.match(toks, j, true)
		if lim != end {
			continue
		}
		m := j - 1
		if !mostWords.hasToken(&toks[m]) || toks[m-1].lower != "the" || a.isCasualty(j, k) {
			return Troops{}, false
		}
		c := a.stateBeforeMost(m-2, s.first)
		if c == "" {
			return Troops{}, false
		}
		return a.makeTroops(n, n.lim, c, a.d.text[toks[j].start:toks[lim-1].end], rule), true
	}
	return Troops{}, false
}
