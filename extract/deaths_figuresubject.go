package extract

// The subject of a figure compared with an earlier one: "The figure, up
// from 606", "The ministry's figure was up from 26 a day earlier", "That
// toll is down from 45". figureUpFrom read only the first, with its
// toll in the sentence right before.

// figureSubjectOpens reports the words from first up to the comparison
// at j ("up from"): "the", "that" or "this", or an owner ("the
// ministry's", "its"), then "figure", "number" or "toll", then a comma or
// "was" or "is".
func (a *analysis) figureSubjectOpens(first, j int) bool {
	toks := a.d.toks
	h := j - 1
	if toks[h].text != "," && toks[h].lower != "was" && toks[h].lower != "is" {
		return false
	}
	h--
	if h <= first || !figureNouns.hasToken(&toks[h]) && toks[h].lower != "toll" {
		return false
	}
	switch d := h - 1; {
	case d == first && (toks[d].lower == "the" || toks[d].lower == "that" || toks[d].lower == "this" || toks[d].lower == "its"):
		return true
	case d > first && ownerMark(toks, d) && toks[first].lower == "the" && d-first <= 3:
		for k := first + 1; k < d; k++ {
			if toks[k].kind != tWord {
				return false
			}
		}
		return true // "The ministry's figure", "The health ministry's figure"
	}
	return false
}

// lastFigureBeforeIsDeath reports a death figure (deathToldAt) in the
// last of up to back sentences before sentence sent that tells any
// figure: "the figure" stands for the nearest one. One scan per sentence
// notes both whether it tells a figure and whether one is of deaths.
func (a *analysis) lastFigureBeforeIsDeath(sent, back int) bool {
	for x := sent - 1; x >= 0 && x >= sent-back; x-- {
		p := a.d.sents[x]
		told := false
		if a.plainFigureIn(p.first, p.lim, func(m number) bool { told = true; return a.deathToldAt(m) }) {
			return true
		}
		if told {
			return false
		}
	}
	return false
}
