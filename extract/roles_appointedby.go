package extract

// appointerAfter reports the agent of an appointment after the title
// that an office-taken participle opens at lo ("appointed", "named",
// "elected"): "NAME, who was appointed governor of Aleppo province by
// Damascus in January," and "NAME, appointed envoy by the president,"
// state the office, the "by" phrase at k saying only who gave it.
func (a *analysis) appointerAfter(lo, k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "by" || lo >= k || toks[k+1].para != toks[k].para {
		return false
	}
	if !officeTaken.hasToken(&toks[lo]) && (lo == 0 || !officeTaken.hasToken(&toks[lo-1])) {
		return false
	}
	n := toks[k+1]
	return n.cap || n.lower == "the" || n.lower == "a" || n.lower == "an" || possessiveDeterminers.hasToken(&n)
}
