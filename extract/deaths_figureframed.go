package extract

// framedFigureAfterToll reads "the figure is N" that opens a sentence,
// perhaps after a frame of place or time, right after a sentence of the
// same paragraph that tells people killed: "26 members of the security
// forces have been killed in Cauca this year. Across Colombia, the figure
// is more than 90" gives the dead a second, wider count.
func (a *analysis) framedFigureAfterToll(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 2 || !figureCopulas.hasToken(&toks[k]) || !figureNouns.hasToken(&toks[k-1]) || toks[k-2].lower != "the" || !a.phraseEnds(n) || a.isYear(n) {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	if k-2 != s.first && toks[k-3].text != "," || s.first == 0 || toks[s.first-1].para != toks[s.first].para {
		return Deaths{}, false // not a clause of its own opening the sentence
	}
	if k-2 != s.first && a.statesBefore(s.first, k-3) == 0 && a.placeAt[k-4] < 0 {
		return Deaths{}, false // the frame names a place: "Across Colombia,"
	}
	prev := toks[s.first-1]
	if !a.sentenceHasDeathKind(s.first-1, dPassive) && !a.sentenceHas(s.first-1, killingWords.words()) || prev.sent != toks[s.first].sent-1 {
		return Deaths{}, false
	}
	return a.makeDeath(n, k-2, n.lim, rule), true
}
