package extract

// amongDeadWereAt reports a verb of being at k after "among the dead" (or
// "among those killed"): "Among the dead were a member of the regional
// parliament and two police officers" opens a list of the dead as "the
// dead included" does, so deadIncluded reads its counted items, not only
// a number right after the verb (amongDeadWere).
func (a *analysis) amongDeadWereAt(k int) bool {
	toks := a.d.toks
	if k < 3 || !beAux.hasToken(&toks[k]) || !amongDead.hasToken(&toks[k-1]) {
		return false
	}
	if w := toks[k-2].lower; w != "the" && w != "those" {
		return false
	}
	return toks[k-3].lower == "among"
}
