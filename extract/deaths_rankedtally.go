package extract

// rankedInTally reports a single victim ranked after lim by an
// apposition that names a class of people and a verb of death, in a
// sentence with a period: "An Armenian conscript was shot dead near
// Sotk, the second soldier killed on the border this year". The rank
// counts a class over a period, no toll of the story, and the one victim
// is a member of it, no figure of its own either. A rank of the deaths
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
// c: "the", an ordinal, a singular noun for a person and a participle of
// death ("killed", not "wounded"), with a period in the sentence. The
// apposition read as a list of its own is none either.
func (a *analysis) tallyRankAt(c int) bool {
	toks := a.d.toks
	if c < 1 || c+4 >= len(toks) || toks[c].text != "," || toks[c+1].lower != "the" || ordinalValue(toks[c+2]) < 2 {
		return false
	}
	if toks[c+4].sent != toks[c].sent || a.victimKindOf(toks[c+3].lower)&vSingle == 0 {
		return false
	}
	kinds, e := a.deathKindsAt(c + 4)
	return e > c+4 && hasKind(kinds, dPassive) && !hasKind(kinds, dHurt) && a.periodInSentence(c)
}
