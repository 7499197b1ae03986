package extract

// figureRevisers and figureCountNouns read a death figure revised after
// it was told (words_deaths.tsv figure-revise, figure-count-noun).
var figureRevisers, figureCountNouns = wordList("figure-revise"), wordList("figure-count-noun")

// revisedFigure reads the number a death figure told just before is
// revised or has come to, its noun a bare "the figure" or "the number":
// "The service first reported five people dead there. By midday it had
// raised the figure to eight", "first reported three dead; by the
// afternoon the number had reached seven", "Officials said four people
// had died. They later revised the count to six". The figure told before
// is in the same sentence before the noun or in the sentence before it,
// in one paragraph; a figure of injured people told there is not one of
// the dead, and the revised number is not read ("said 12 people were
// hurt. Later it raised the figure to 15").
func (a *analysis) revisedFigure(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	if j, ok := a.notAsReported(n); ok {
		return a.makeDeath(n, j, n.lim, rule), true // "nine were killed, not eleven as first reported"
	}
	if j, ok := a.revisedOfEarlier(n); ok {
		return a.revisedDeath(n, j, rule), true // "corrected its earlier figure of 21 dead to 19"
	}
	j, ok := a.revisedFigureNoun(n)
	if !ok {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	if a.deathFigureBetween(s.first, j-1, n.value) {
		return a.revisedDeath(n, j, rule), true
	}
	if prev, ok := a.sentenceBefore(n.first); ok && a.deathFigureBetween(prev.first, prev.lim, n.value) {
		return a.revisedDeath(n, j, rule), true
	}
	return Deaths{}, false
}

// revisedFigureNoun returns the figure noun that the words before the
// number n revise: "raised the figure to", "revised the number to",
// "the number had reached", "that figure had climbed to".
func (a *analysis) revisedFigureNoun(n number) (int, bool) {
	toks := a.d.toks
	k := a.revisedAnchor(n)
	if k < 3 {
		return 0, false
	}
	figureAt := func(j int) bool {
		if j < 1 || !figureNouns.hasToken(&toks[j]) && !figureCountNouns.hasToken(&toks[j]) {
			return false
		}
		w := toks[j-1].lower
		return w == "the" || w == "that" || w == "this" || w == "its" || w == "their"
	}
	// "raised the figure to eight"
	if toks[k].lower == "to" && figureAt(k-1) && k >= 3 && figureRevisers.hasToken(&toks[k-3]) {
		return k - 1, true
	}
	// "revised that to at least 41", "raised it to 12": the pronoun
	// stands for the figure just told
	if toks[k].lower == "to" && revisedPronounAt(toks, k-1) && figureRevisers.hasToken(&toks[k-2]) {
		return k - 1, true
	}
	// "the number had reached seven", "that figure had risen to 19"
	v := k
	if toks[v].lower == "to" && v > 0 && tollRise.hasToken(&toks[v-1]) || toks[v].lower == "to" && v > 0 && tollReach.hasToken(&toks[v-1]) {
		v--
	} else if !tollReach.hasToken(&toks[v]) {
		return 0, false
	}
	j := v - 1
	for j > 0 && (toks[j].lower == "had" || toks[j].lower == "has" || toks[j].lower == "later" || toks[j].lower == "then") {
		j--
	}
	return j, figureAt(j) && figureNouns.hasToken(&toks[j])
}

// deathFigureBetween reports a figure of the dead from first to lim, of
// another value than the revised one: "five people dead", "three dead".
func (a *analysis) deathFigureBetween(first, lim int, value int64) bool {
	toks := a.d.toks
	for x := first; x < lim; x++ {
		if toks[x].kind != tNum && (toks[x].kind != tWord || !mayBeNumber(&toks[x])) {
			continue
		}
		m, ok := a.d.parseNumber(x)
		if !ok || m.age || m.vague || m.value <= 0 || m.value == value || m.lim > lim || a.isYear(m) {
			continue
		}
		if a.deathAfterOrListed(m) {
			return true
		}
		x = m.lim - 1
	}
	return false
}

// revisedDeath makes the figure n that revises the figure noun at j.
func (a *analysis) revisedDeath(n number, j int, rule string) Deaths {
	d := a.makeDeath(n, j, n.lim, rule)
	d.Cumulative = true
	return d
}

// revisedEarlierOpener returns where the number should be after a verb
// that revises a toll and its earlier figure named "of" it at k:
// "revising its earlier figure of 84", "updating the previous toll of
// 12", "correcting an initial count of 40". Without them, k.
func revisedEarlierOpener(toks []token, k int) int {
	if k+4 >= len(toks) || !figureRevisers.hasToken(&toks[k]) {
		return k
	}
	switch toks[k+1].lower {
	case "its", "their", "the", "an", "a", "his", "her":
	default:
		return k
	}
	if !earlierWords.hasToken(&toks[k+2]) || !earlierNouns.hasToken(&toks[k+3]) || toks[k+4].lower != "of" {
		return k
	}
	return k + 5
}
