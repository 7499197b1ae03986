package extract

// formationMovedAt reports deployed formations at j, before the cue k of
// a count, that a verb of moving right after them (apposed-formation, then
// moved-verb) sends or brings home: "By the time the last combat units
// left in 1972, the number had fallen to about 24,000" counts the men of
// those units; not "the number of refugees", which countOfOthers keeps
// from counting.
func (a *analysis) formationMovedAt(j, k int) bool {
	toks := a.d.toks
	if !apposedFormations.hasToken(&toks[j]) || j+1 >= k {
		return false
	}
	e := pastAuxWords(toks, j+1, 2) // "the battalions had withdrawn"
	return e < k && movedVerbs.hasToken(&toks[e])
}
