package extract

// A count of deaths that changed "from N to M": both figures are counts
// of the dead, the one it stood at and the one it reached. deathsRoseTo
// walks back from "to" to the noun of death and stops at the first
// figure, so "Deaths from the typhoon rose overnight from 14 to 22" gave
// neither; this reads past the "from" figure.

// deathsRoseFromTo reads either figure of "DEATHS ... VERB [ADVERB] from N
// to M": "Deaths from the typhoon in Vietnam rose overnight from 14 to
// 22", "Road deaths fell from 61 to 48".
func (a *analysis) deathsRoseFromTo(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 {
		return Deaths{}, false
	}
	from, newLim := -1, -1 // "from", and the end of the new figure
	switch toks[k].lower {
	case "from":
		// n is the figure it stood at: "to" and the new figure follow
		if !a.risesOnTo(n) {
			return Deaths{}, false
		}
		m, _ := a.d.parseNumber(n.lim + 1)
		from, newLim = k, m.lim
	case "to":
		// n is the new figure: the old one ends right before "to"
		m, ok := a.numberEndingAt(k)
		if !ok || m.hedge < 1 || toks[m.hedge-1].lower != "from" {
			return Deaths{}, false
		}
		from, newLim = m.hedge-1, n.lim
	default:
		return Deaths{}, false
	}
	// the new figure ends its phrase: "from 14 to 22 percent" is a share
	if e := newLim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !figureEnds.hasToken(&toks[e]) {
		return Deaths{}, false
	}
	verb := a.changeVerbBefore(from)
	if verb < 0 {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	for j := verb - 1; j >= s.first && j >= verb-8; j-- {
		w := toks[j].lower
		if countedDeaths.has(w) || countedDeaths.has(w+"s") && j+1 < verb && countNouns.hasToken(&toks[j+1]) {
			if j > 0 && deniedDeaths.hasToken(&toks[j-1]) {
				return Deaths{}, false
			}
			d := a.makeDeath(n, j, n.lim, rule)
			d.Cumulative = true
			return d, true
		}
		if kinds, _ := a.deathKindsAt(j); toks[j].kind == tNum || toks[j].kind == tPunct || hasKind(kinds, dHurt) {
			return Deaths{}, false
		}
	}
	return Deaths{}, false
}

// changeVerbBefore returns the verb by which a count changed right before
// "from" at k, past one adverb between ("rose overnight from"), or -1.
func (a *analysis) changeVerbBefore(k int) int {
	toks := a.d.toks
	for v := k - 1; v >= 0 && v >= k-2; v-- {
		if countChanges.hasToken(&toks[v]) {
			return v
		}
		if toks[v].kind != tWord || toks[v].cap {
			return -1
		}
	}
	return -1
}

// numberEndingAt returns the number whose last token is right before k:
// the "14" of "from 14 to 22" read from the "to".
func (a *analysis) numberEndingAt(k int) (number, bool) {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if m, ok := a.d.parseNumber(i); ok && m.lim == k {
			return m, true
		}
	}
	return number{}, false
}
