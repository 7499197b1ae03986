package extract

// A toll raised "from" the figure it stood at, the verb before the toll's
// noun: "raising the toll from 12 after more bodies were recovered",
// "raised the toll to at least 23, from the 17 it gave on Friday". The
// figure after "from" is the earlier toll of the same dead, as "up from
// 17" is; "the toll from the flood" has no number after "from".

// tollRaisedFrom reports "from" at h-1 after the toll noun at k that a
// verb of raising or revising governs ("raising the toll", "revised the
// death toll"), with nothing between the noun and "from" but the new
// figure "to N" and a comma; and the number n ends its phrase there
// ("from 12 after", "from 17 announced a day earlier").
func (a *analysis) tollRaisedFrom(n number, k int) bool {
	toks := a.d.toks
	h := n.hedge
	if h < 1 || toks[h-1].lower != "from" || !a.raisedTollNoun(k) {
		return false
	}
	if e := h - 1; e > k+1 && !a.newFigureBetween(k+1, e) {
		return false
	}
	return a.figureEndsAt(n.lim) || reportedFigureVerbs.hasToken(&toks[n.lim]) || reporterClauseAt(toks, n.lim)
}

// raisedTollNoun reports a verb of raising or revising a count before the
// toll noun at k, past the noun's article, owner and modifiers: "raising
// the toll", "revised its death toll", "raised the official toll".
func (a *analysis) raisedTollNoun(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == toks[k].sent; j-- {
		t := &toks[j]
		switch {
		case tollRevise.hasToken(t) || countRaisers.hasToken(t):
			return true
		case t.kind != tWord || t.cap && !t.sentStart:
			return false
		}
	}
	return false
}

// newFigureBetween reports the tokens from f up to e as the toll's new
// figure before a comma: "to at least 23,", "to 23".
func (a *analysis) newFigureBetween(f, e int) bool {
	toks := a.d.toks
	f = a.tollEventEnd(f) // "raised the toll from the riot to 31"
	if f >= e || toks[f].lower != "to" {
		return false
	}
	m, ok := a.countAt(f + 1)
	if !ok {
		return false
	}
	return m.lim == e || m.lim+1 == e && toks[m.lim].text == ","
}

// tollEventEnd returns the index of "to" after the event a toll noun
// names with "from" at f, a few words and no number ("the toll from the
// riot to 31"); else f.
func (a *analysis) tollEventEnd(f int) int {
	toks := a.d.toks
	if toks[f].lower != "from" {
		return f
	}
	for j := f + 1; j < len(toks) && j <= f+5 && toks[j].kind == tWord; j++ {
		if toks[j].lower == "to" && j > f+1 {
			return j
		}
	}
	return f
}
