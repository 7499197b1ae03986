package extract

// A second state's losses gapped after a first's: "Armenia lost some
// 3,800 soldiers and Azerbaijan 2,900", "Ukraine lost 40 soldiers, Russia
// about 60". The verb and the noun are said once; the bare number after
// the second state is a toll of its own.

// gappedLoss reads the number n after a state joined by "and" or a comma
// (or "and STATE lost N"), in a sentence whose first clause has a state
// lose a number of personnel or people.
func (a *analysis) gappedLoss(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k > 0 && toks[k].lower == "lost" {
		k--
	}
	if k < 4 || a.placeAt[k] < 0 || n.value < 2 || a.isYear(n) {
		return Deaths{}, false
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.lim != k+1 || m.kind == sAdjective || m.first < 4 {
		return Deaths{}, false
	}
	if w := toks[m.first-1].lower; w != "and" && w != "," {
		return Deaths{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !figureEnds.hasToken(&toks[e]) {
		return Deaths{}, false // "and Azerbaijan 2,900 tanks"
	}
	for j := m.first - 2; j > a.d.sents[toks[n.first].sent].first; j-- {
		if toks[j].lower != "lost" {
			continue
		}
		if a.placeAt[j-1] < 0 || !a.places[a.placeAt[j-1]].state {
			return Deaths{}, false // "the team lost 3 matches"
		}
		p, ok := a.d.parseNumber(j + 1)
		if !ok {
			p, ok = a.d.parseNumber(j + 2) // "lost some 3,800 soldiers"
		}
		if !ok || p.lim >= m.first {
			return Deaths{}, false
		}
		if _, ok := a.strongPersonnelAt(p.lim); !ok && a.lx.victims[toks[p.lim].lower]&vPlural == 0 && !a.bareLostAfterDeaths(j, p) {
			return Deaths{}, false // "lost 3,800 square kilometres"
		}
		return a.makeDeath(n, m.first, n.lim, rule), true
	}
	return Deaths{}, false
}
