package extract

// takenLivesCount reads the count after "claimed the lives of" (the
// caller has checked the taker) when the people it counts are in words
// the victim reader does not know: "claimed the lives of three fellow law
// enforcement officers", "of two sheriff's deputies". A taker of lives
// counts the dead whatever noun follows, so the count alone is the toll;
// an age ("the lives of 3-year-old twins") or a vague quantity ("the lives
// of thousands") is not a count. The third result tells the caller the
// count is read already, as a gapped count's is.
func (a *analysis) takenLivesCount(j int) (victimList, bool, bool) {
	c, ok := a.countAt(j)
	if !ok || c.hedge != j && c.first != j {
		return victimList{}, false, false
	}
	return victimList{count: c.value, first: j, lim: c.lim, approx: c.approx, items: 1}, true, true
}
