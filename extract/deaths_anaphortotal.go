package extract

// Figures that a sentence gives after a sentence of killing, the dead
// left unsaid: "That brought the total for the first nine months to
// 4,384", "That compared with about 760 in the whole of the previous
// year".

// broughtTotalTo reads "brought the total ... to N" when the sentence or
// the one before it tells of killing: the running toll. The phrase
// between may date the total ("for the first nine months of the year")
// but holds no word of the hurt.
func (a *analysis) broughtTotalTo(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || toks[k].lower != "to" || a.isYear(n) || !a.figureEndsAt(n.lim) {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	for e := k - 1; e > s.first && e >= k-12; e-- {
		if toks[e].lower != "total" || toks[e-1].lower != "the" || e < 2 || !countRaisers.hasToken(&toks[e-2]) {
			continue
		}
		if w := toks[e+1].lower; e+1 < k && !totalDatings.has(w) {
			return Deaths{}, false // "the total federal force in Michoacán": a total of something else
		}
		for j := e + 1; j < k; j++ {
			if kinds, _ := a.deathKindsAt(j); hasKind(kinds, dHurt) || nonDeathCounts.hasToken(&toks[j]) {
				return Deaths{}, false
			}
		}
		if !a.sentenceHas(n.first, killingWords.words()) && !a.killedInSentenceBefore(int(toks[n.first].sent)) {
			return Deaths{}, false
		}
		d := a.makeDeath(n, e-2, n.lim, rule)
		d.Cumulative = true
		return d, true
	}
	return Deaths{}, false
}

// totalDatings open the phrase that dates a running total: "the total
// for the first nine months", "the total this year".
var totalDatings = closedSet("for", "this", "so", "since", "in")

// thatComparedWith reads "That compared with N" opening a sentence right
// after a sentence of killing: the figure the toll is compared with, of
// the same dead. The number ends its phrase ("with 12 percent" is none).
func (a *analysis) thatComparedWith(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	s := int(toks[n.first].sent)
	f := a.d.sents[s].first
	if n.hedge != f+3 || toks[f].lower != "that" && toks[f].lower != "this" || toks[f+2].lower != "with" || a.isYear(n) {
		return Deaths{}, false
	}
	if w := toks[f+1].lower; w != "compared" && w != "compares" || !a.figureEndsAt(n.lim) || !a.killedInSentenceBefore(s) {
		return Deaths{}, false
	}
	return a.makeDeath(n, f, n.lim, rule), true
}

// killedInSentenceBefore reports a word of killing and a number in the
// sentence before sentence s, with no word of the hurt.
func (a *analysis) killedInSentenceBefore(s int) bool {
	if s == 0 {
		return false
	}
	toks := a.d.toks
	killed, counted := false, false
	for k := a.d.sents[s-1].first; k < a.d.sents[s-1].lim; k++ {
		if kinds, _ := a.deathKindsAt(k); hasKind(kinds, dHurt) {
			return false
		}
		killed = killed || killingWords.hasToken(&toks[k])
		counted = counted || toks[k].kind == tNum
	}
	return killed && counted
}

// spanAgoAt reports a span of time that dates a compared figure at e:
// "three weeks earlier", "two days ago".
func (a *analysis) spanAgoAt(e int) bool {
	toks := a.d.toks
	if e+2 >= len(toks) || !mayBeNumber(&toks[e]) || toks[e].sent != toks[e-1].sent {
		return false
	}
	m, ok := a.d.parseNumber(e)
	if !ok || m.first != e || m.lim+1 >= len(toks) || !spanUnits.hasToken(&toks[m.lim]) {
		return false
	}
	w := toks[m.lim+1].lower
	return w == "earlier" || w == "ago" || w == "before"
}

// theReportedClause reports that the compared figure n was read as "the
// N it reported" from j (theReportedFigure) after "up from" or "down
// from": the clause dates it. ("to 16 from the 11 it reported" is a
// revised toll's, read by its own rules.)
func (a *analysis) theReportedClause(j int, n number) bool {
	toks := a.d.toks
	if j < 2 || toks[j-1].lower != "from" || toks[j-2].lower != "up" && toks[j-2].lower != "down" {
		return false
	}
	m, ok := a.theReportedFigure(j)
	return ok && m.first == n.first && reporterClauseAt(a.d.toks, n.lim)
}
