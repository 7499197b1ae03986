package extract

// stateDeadPutAt reads the number after "at" when an estimating verb has
// a state's dead as its object, named by the state's adjective, perhaps
// with a phrase of when or where between: "U.S. officials put Panamanian
// deaths in the 1989 invasion at 314", "put Iraqi dead at 40 soldiers".
// The number ends its phrase or counts people.
func (a *analysis) stateDeadPutAt(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	at := n.hedge - 1
	if at < 3 || toks[at].lower != "at" {
		return Deaths{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !figureEnds.hasToken(&toks[e]) && !a.victimsFollow(n) {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	for d := at - 1; d > s.first+1 && d >= at-10; d-- {
		if w := toks[d].lower; w != "dead" && w != "deaths" {
			if toks[d].kind != tWord && !a.yearAt(d) {
				return Deaths{}, false // words and years only: "in the 1989 invasion"
			}
			continue
		}
		if d+1 != at && !deadPhraseOpeners.hasToken(&toks[d+1]) {
			return Deaths{}, false
		}
		m, ok := a.placeStartingAt(d - 1)
		if !ok && d > 1 {
			m, ok = a.placeStartingAt(d - 2) // a two-word adjective
		}
		if !ok || !m.state || m.kind != sAdjective || m.lim != d || m.first <= s.first || !estimateVerbs.hasToken(&toks[m.first-1]) {
			return Deaths{}, false
		}
		return a.makeDeath(n, m.first-1, n.lim, rule), true
	}
	return Deaths{}, false
}

// deadPhraseOpeners open a phrase of when or where after the dead: "deaths
// in the 1989 invasion", "dead from the clashes".
var deadPhraseOpeners = closedSet("in", "on", "of", "from", "during", "since", "across", "among", "near")

// yearAt reports a number at k that is a year.
func (a *analysis) yearAt(k int) bool {
	m, ok := a.d.parseNumber(k)
	return ok && m.first == k && a.isYear(m)
}

// putAtFigure reports "at" at k after an estimating verb earlier in its
// clause, whose figure the counted group after "at" is: "put Panamanian
// deaths ... at 314 soldiers and 202 civilians" (joinedTollPart reads the
// second group).
func (a *analysis) putAtFigure(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k].lower != "at" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12 && toks[j].sent == toks[k].sent; j-- {
		if estimateVerbs.hasToken(&toks[j]) {
			return true
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	return false
}
