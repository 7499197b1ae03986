package extract

// dateAfterRegion reports a comma at k, after a dateline's region, that
// opens the date: "PHOENIX, Arizona, June 11 (AP) -" names its region as
// "PHOENIX, Ariz. (AP) -" does; "PHOENIX, Arizona, police said" is no
// dateline.
func (a *analysis) dateAfterRegion(k int) bool {
	toks := a.d.toks
	return k+1 < len(toks) && toks[k].text == "," && toks[k+1].para == toks[k].para && monthWords.hasToken(&toks[k+1])
}
