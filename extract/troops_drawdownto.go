package extract

// A force's later size told after "to" when "from" opened its earlier
// size, just read as a figure, perhaps as its peak and with the personnel
// noun between: "MONUSCO has fallen from a peak of around 20,000
// uniformed personnel to some 11,000", "US forces fell from a surge high
// of about 170,000 to fewer than 50,000". The later size is a figure of
// the same kind and state, larger or smaller.

// drawdownNounWords bounds the words of the personnel noun between the
// earlier size and "to".
const drawdownNounWords = 2

// numberFromTo returns the number that starts at or after j (a hedge may
// open it) and ends at k.
func (a *analysis) numberFromTo(j, k int) (number, bool) {
	for x := j; x < k; x++ {
		if m, ok := a.d.parseNumber(x); ok && m.lim == k && m.hedge == j {
			return m, true
		}
		if a.d.toks[x].kind == tNum {
			break
		}
	}
	return number{}, false
}

// drawdownTo returns the figure of n after "to" whose "from" figure lower
// ended at lowerLim in the same sentence, with only lower-case words of
// its personnel noun after it.
func (a *analysis) drawdownTo(n number, lower Troops, lowerLim int) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || lowerLim < 0 || toks[k].lower != "to" || lowerLim > k || k-lowerLim > drawdownNounWords || a.isYear(n) || a.personnelRightAfter(n) {
		return Troops{}, false
	}
	for e := lowerLim; e < k; e++ {
		if toks[e].kind != tWord || toks[e].cap {
			return Troops{}, false
		}
	}
	if toks[lowerLim].sent != toks[k].sent {
		return Troops{}, false
	}
	m, ok := a.figureEndingAt(lowerLim, lower.Count)
	if !ok || m.hedge < 1 || !a.fromBefore(m.hedge) {
		return Troops{}, false
	}
	up := lower
	up.Count, up.Approximate, up.Rule = n.value, n.approx, ruleTroopNumber
	up.Start, up.End = int(toks[n.hedge].start), int(toks[n.lim-1].end)
	return up, true
}

// figureEndingAt returns the number of the value count whose figure's
// phrase ended at lim: the number itself or the number before its noun.
func (a *analysis) figureEndingAt(lim int, count int64) (number, bool) {
	for x := lim - 1; x >= 0 && x >= lim-4; x-- {
		if m, ok := a.d.parseNumber(x); ok && m.value == count && m.lim == lim {
			return m, true
		}
	}
	return number{}, false
}

// fromPeakOf reports "from a surge high of" ending before the hedge h: a
// peak noun with one modifier of it.
func (a *analysis) fromPeakOf(h int) bool {
	toks := a.d.toks
	if h < 5 || toks[h-1].lower != "of" || !peakNouns.hasToken(&toks[h-2]) || toks[h-3].kind != tWord {
		return false
	}
	d := toks[h-4].lower
	return (d == "a" || d == "its" || d == "the") && toks[h-5].lower == "from"
}

// personnelRightAfter reports a personnel noun right after n, whose figure the
// rules of a number with its noun read.
func (a *analysis) personnelRightAfter(n number) bool {
	_, lim := a.lx.personnel.match(a.d.toks, n.lim, true)
	return lim > 0
}

// fromOfPeak returns the "from" of "from a surge high of" when the cue k
// is its "of" and a figure "to" follows the number, else 0.
func (a *analysis) fromOfPeak(n number, k int) int {
	toks := a.d.toks
	if toks[k].lower != "of" || !a.fromPeakOf(n.hedge) && !(k >= 3 && peakNouns.hasToken(&toks[k-1]) && toks[k-3].lower == "from") {
		return 0
	}
	if n.lim >= len(toks) || toks[n.lim].lower != "to" && !a.personnelRightAfter(n) {
		return 0
	}
	for f := k - 2; f >= k-4; f-- {
		if toks[f].lower == "from" {
			return f
		}
	}
	return 0
}
