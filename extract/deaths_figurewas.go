package extract

// figureWasBare reads a second source's figure given by "the figure was"
// after an earlier figure in a sentence of killing: "Officials put the dead at
// around 40, but hospital workers said the figure was well over 50". The
// number ends its phrase ("the figure was 50 percent" is none).
func (a *analysis) figureWasBare(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || !figureCopulas.hasToken(&toks[k]) || !figureNouns.hasToken(&toks[k-1]) || toks[k-2].lower != "the" || !a.phraseEnds(n) || a.isYear(n) {
		return Deaths{}, false
	}
	// a second source says it, or a contrast opens it: "but the figure was"
	if w := toks[k-3].lower; a.lx.speech[w] == "" && w != "but" && w != "while" && w != "whereas" || !a.sentenceHas(n.first, killingWords.words()) {
		return Deaths{}, false
	}
	earlier := func(m number) bool { return m.lim <= k-2 && !a.moneyOrMeasure(m.first) }
	if a.plainFigureIn(a.d.sents[toks[n.first].sent].first, k-2, earlier) {
		return a.makeDeath(n, k-2, n.lim, rule), true // the earlier figure of the sentence's dead
	}
	return Deaths{}, false
}

// figureCopulas join "the figure" to its number: "the figure was 50".
var figureCopulas = closedSet("was", "is", "stood", "were")
