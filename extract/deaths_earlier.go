package extract

// An earlier figure told after a revised toll in the same sentence, with
// a word that dates it before the toll: "cut the toll to 17, having
// earlier reported 23", "raised it to 31 after initially putting it at
// 23", "to 17, from an earlier figure of 23". The toll's revision makes
// the earlier number a toll of the same dead, whatever verb reported it.

// earlierDating date a figure before the toll it follows: "earlier",
// "initially", "an initial estimate".
var earlierDating = wordList("earlier-word")

// earlierFigures returns the earlier toll told after the toll d whose
// number is at i, in the rest of its sentence; none past the hurt or a
// figure that speaks for itself.
func (a *analysis) earlierFigures(i int, d Deaths) []Deaths {
	toks := a.d.toks
	if !d.Cumulative {
		return nil
	}
	s := a.d.sents[toks[i].sent]
	for k := i + 1; k < s.lim; k++ {
		if int(toks[k].start) < d.End {
			continue
		}
		if kinds, _ := a.deathKindsAt(k); hasKind(kinds, dHurt) {
			return nil
		}
		if !earlierDating.hasToken(&toks[k]) {
			continue
		}
		if at := a.earlierNumberAfter(k + 1); at > 0 {
			n, ok := a.countAt(at)
			if !ok || n.vague || n.age || a.isYear(n) || !a.figureEndsAt(n.lim) {
				return nil
			}
			e := a.makeDeath(n, k, n.lim, ruleDeathToll)
			e.Cumulative = true
			return []Deaths{e}
		}
	}
	return nil
}

// earlierNumberAfter returns the index of the number that follows the
// word of time at k-1 within the phrase that reports it: a verb ("earlier
// reported 23"), "put it at", "given as", or a noun of a count with "of"
// ("an earlier figure of 23"); else -1.
func (a *analysis) earlierNumberAfter(k int) int {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+5 && toks[j].sent == toks[k-1].sent; j++ {
		t := &toks[j]
		if t.kind == tNum || mayBeNumber(t) && a.countStarts(j) {
			if n, ok := a.countAt(j); ok && n.hedge == j {
				return j
			}
			return -1
		}
		switch {
		case t.kind == tPunct:
			return -1
		case raisedNoun(t.lower) || earlierNouns.hasToken(t) || t.lower == "it" || t.lower == "at" || t.lower == "as" || t.lower == "of" || t.lower == "to":
		case t.kind == tWord && !t.cap && a.verbLikeWord(j):
		default:
			return -1
		}
	}
	return -1
}

// figureEndsAt reports a number's phrase that ends at e: the sentence's
// end, punctuation, or a word of time or place after it; not "23
// wounded" nor "23 percent".
func (a *analysis) figureEndsAt(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || toks[e].sent != toks[e-1].sent || toks[e].kind == tPunct {
		return true
	}
	if kinds, _ := a.deathKindsAt(e); kinds != 0 && !hasKind(kinds, dHurt) {
		return true // "having earlier reported 23 dead"
	}
	return figureEnds.hasToken(&toks[e]) || whenWord(toks[e].lower)
}
