package extract

// rankedInTally reports a single victim ranked after lim by an
// apposition that names a class of people and a verb of death, in a
// sentence with a period: "An Armenian conscript was shot dead near
// Sotk, the second soldier killed on the border this year". The rank
// counts a class over a period, no toll of the story, and the one victim
// is a member of it, counted 1 as any single victim. A rank of the deaths
// themselves stays the toll ("the sixth fatality in the county", "the
// fourth to die since the collapse": rankAfter).
func (a *analysis) rankedInTally(l victimList, lim int) bool {
	toks := a.d.toks
	if l.count != 1 || lim >= len(toks) {
		return false
	}
	s := a.d.sents[toks[lim-1].sent]
	for j := lim; j+4 < s.lim; j++ {
		if toks[j].text == "," && toks[j+1].lower == "the" && ordinalValue(toks[j+2]) >= 2 {
			return a.tallyRankAt(j)
		}
	}
	return false
}

// tallyRankAt reports the apposition of rankedInTally after the comma at
// c: "the", an ordinal, a singular noun for a person (after at most two
// words that modify it: "the second village headman") and a participle of
// death ("killed", not "wounded"), with a period in the sentence. The
// apposition read as a list of its own is none either.
func (a *analysis) tallyRankAt(c int) bool {
	toks := a.d.toks
	if c < 1 || c+4 >= len(toks) || toks[c].text != "," || toks[c+1].lower != "the" || ordinalValue(toks[c+2]) < 2 {
		return false
	}
	h := c + 3
	for h < c+5 && h+1 < len(toks) && a.victimKindOf(toks[h].lower)&vSingle == 0 && toks[h].kind == tWord && toks[h+1].kind == tWord {
		h++ // "the second village headman", "the third police officer"
	}
	if h+1 >= len(toks) || toks[h+1].sent != toks[c].sent || a.victimKindOf(toks[h].lower)&vSingle == 0 {
		return false
	}
	kinds, e := a.deathKindsAt(h + 1)
	return e > h+1 && hasKind(kinds, dPassive) && !hasKind(kinds, dHurt) && (a.periodInSentence(c) || a.periodAfter(e))
}

// periodAfter reports a period of a tally in the few words after e: "this
// month", "last week", "since January", "in a month".
func (a *analysis) periodAfter(e int) bool {
	toks := a.d.toks
	for k := e; k < len(toks) && k < e+6 && toks[k].sent == toks[e-1].sent; k++ {
		switch toks[k].lower {
		case "since":
			return true
		case "month", "week", "weeks", "months":
			return k > e && (toks[k-1].lower == "this" || toks[k-1].lower == "last" || toks[k-1].lower == "a" || toks[k-1].kind == tNum || ordinalValue(toks[k-1]) > 0 || a.figureClass(k-1, fcOrdinal))
		}
	}
	return false
}
