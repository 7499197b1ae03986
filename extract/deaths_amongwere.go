package extract

// amongDeadWereAt reports a verb of being at k after "among the dead" (or
// "among those killed"): "Among the dead were a member of the regional
// parliament and two police officers" opens a list of the dead as "the
// dead included" does, so deadIncluded reads its counted items, not only
// a number right after the verb (amongDeadWere).
func (a *analysis) amongDeadWereAt(k int) bool {
	toks := a.d.toks
	if k < 3 || !beAux.hasToken(&toks[k]) {
		return false
	}
	if !amongDead.hasToken(&toks[k-1]) {
		return a.amongDeadOpensAt(k)
	}
	if w := toks[k-2].lower; w != "the" && w != "those" {
		return false
	}
	return toks[k-3].lower == "among" || a.amongDeadOpensAt(k)
}

// amongDeadOpensAt reports the verb of being at k of a sentence that
// opens "Among" the dead when a place or an aside of speech stands
// before the verb, or when the dead are "them" after a sentence of
// killing: "Among the dead in the old town were a family of six",
// "Among those killed on Tuesday were two nurses", "Among them, it
// said, were 40 children". After a sentence that also tells of the
// hurt, "them" may be the wounded, and is not read.
func (a *analysis) amongDeadOpensAt(k int) bool {
	toks := a.d.toks
	o := a.amongClauseOpen(k)
	if o < 0 {
		return false
	}
	e := k
	if toks[e-1].text == "," {
		e = a.saidAsideBefore(e - 1) // ", it said,"
		if e < 0 {
			return false
		}
	}
	g := a.deadGroupEnd(o + 1)
	if g == o+1 {
		if toks[o+1].lower != "them" || !a.killedBeforeClause(o) {
			return false
		}
		g = o + 2
	}
	return g == e || g < e && a.placeOrTimeTo(g, e)
}

// amongClauseOpen returns the index of "Among" that opens the sentence
// of the verb at k, or the clause after a semicolon ("...; among them
// were 40 children"); -1 if none.
func (a *analysis) amongClauseOpen(k int) int {
	toks := a.d.toks
	first := a.d.sents[toks[k].sent].first
	for o := k - 2; o >= first && o >= k-16; o-- {
		if toks[o].lower != "among" {
			continue
		}
		if o == first || toks[o-1].text == ";" {
			return o
		}
		return -1
	}
	return -1
}

// killedBeforeClause reports killing told before the clause that opens
// at o: the clause before a semicolon of its sentence, else the sentence
// before (killedInSentenceBefore), with a number and no word of hurt.
func (a *analysis) killedBeforeClause(o int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[o].sent]
	if o == s.first {
		return a.killedInSentenceBefore(int(toks[o].sent))
	}
	killed, counted := false, false
	for k := s.first; k < o; k++ {
		if kinds, _ := a.deathKindsAt(k); hasKind(kinds, dHurt) {
			return false
		}
		killed = killed || killingWords.hasToken(&toks[k])
		counted = counted || toks[k].kind == tNum
	}
	return killed && counted
}

// saidAsideBefore returns the index of the comma that opens an aside of
// speech closed by the comma at c (", the ministry said,"), or -1.
func (a *analysis) saidAsideBefore(c int) int {
	toks := a.d.toks
	for j := c - 2; j >= 0 && j >= c-6; j-- {
		if toks[j].text == "," {
			if a.saidAsideTo(j, c) {
				return j
			}
			return -1
		}
	}
	return -1
}

// placeOrTimeTo reports a short phrase of place or time from g up to e,
// words only: "in the old town", "on Tuesday", "from the village".
func (a *analysis) placeOrTimeTo(g, e int) bool {
	toks := a.d.toks
	if e-g < 2 || e-g > 5 || !placeOrTimePreps.hasToken(&toks[g]) {
		return false
	}
	for j := g + 1; j < e; j++ {
		if toks[j].kind != tWord {
			return false
		}
		if kinds, _ := a.deathKindsAt(j); kinds != 0 {
			return false
		}
	}
	return true
}

// placeOrTimePreps open a phrase that places the dead before the verb.
var placeOrTimePreps = closedSet("in", "at", "on", "from", "near")
