package extract

// dateAfterRegion reports a comma at k, after a dateline's region, that
// opens the date: "PHOENIX, Arizona, June 11 (AP) -" names its region as
// "PHOENIX, Ariz. (AP) -" does; "PHOENIX, Arizona, police said" is no
// dateline.
func (a *analysis) dateAfterRegion(k int) bool {
	toks := a.d.toks
	return k+1 < len(toks) && toks[k].text == "," && toks[k+1].para == toks[k].para && monthWords.hasToken(&toks[k+1])
}

// datedDatelineAt reports a comma at k that opens a date closing a
// dateline: ", Dec 4 (AFP) -", ", July 6 —". The month, at most two
// more words or numbers, then the bracket or dash, all in the paragraph.
func (a *analysis) datedDatelineAt(k int) bool {
	toks := a.d.toks
	if !a.dateAfterRegion(k) {
		return false
	}
	para := toks[k].para
	for j := k + 2; j < len(toks) && j <= k+4 && toks[j].para == para; j++ {
		if datelineCloser(toks[j].text) {
			return true
		}
	}
	return false
}
