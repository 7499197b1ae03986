package extract

// framedFigureState returns the state of a sentence's opening frame ("In
// Austria, ...") for a troop figure written right after it, or right
// after "where" opening its aside: "In Austria, where 1,000 soldiers of
// the Bundesheer were helping to clear debris, ..." and "In Austria, about
// 1,200 soldiers were helping" are Austria's, not the state whose
// deployment the story told before. "" for any other figure.
func (a *analysis) framedFigureState(first int) string {
	toks := a.d.toks
	sent := a.d.sents[toks[first].sent]
	c, m, ok := a.stateFrame(sent.first, sent.lim)
	if !ok {
		return ""
	}
	k := m + 1 // after the frame's comma
	if k < first && toks[k].lower == "where" {
		k++
	}
	for k < first && hedgeWord(toks[k].lower) {
		k++
	}
	if k != first {
		return ""
	}
	return c
}
