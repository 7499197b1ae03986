package extract

// frontedPartNumber returns the token of the part's number that ends the
// figure d read from a fronted whole (its rule read at i): "Of the 10 people killed,
// seven" is the seven, whose parts joined after it ("and three in the
// parking lot") are read from it, not from the whole's "Of".
func (a *analysis) frontedPartNumber(i int, d Deaths) (int, bool) {
	toks := a.d.toks
	if f := a.figureFirst(d); d.Rule != ruleDeathPass || f >= len(toks) || toks[f].lower != "of" {
		return 0, false
	}
	e := a.figureFirst(Deaths{Start: d.End})
	if e < 1 || e > len(toks) {
		return 0, false
	}
	n, ok := a.countAt(e - 1)
	if !ok || n.lim != e || n.first <= i+1 {
		return 0, false
	}
	return n.first, true
}

// frontedPartHow reports a verb of hurt at k that tells how a part at i of
// a fronted whole of the dead died: "Of the 10 people killed, seven were
// shot inside": the seven are dead, and "shot" no wounded group.
func (a *analysis) frontedPartHow(i, k int) bool {
	toks := a.d.toks
	if i < 2 || k != i+2 || !beAux.hasToken(&toks[i+1]) || toks[i-1].text != "," {
		return false
	}
	f := a.d.sents[toks[i].sent].first
	return toks[f].lower == "of" && a.countedDeadEnd(f+1) > f+1
}
