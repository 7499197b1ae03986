package extract

// missionPossessiveAt returns the token after "mission's" when k holds a
// mission's or force's noun followed by "'s", else k: "Italy provides
// roughly 600 of the mission's personnel" is a share of the mission, read
// as "600 of its personnel" is.
func (a *analysis) missionPossessiveAt(k int) int {
	toks := a.d.toks
	if k+2 < len(toks) && toks[k+1].lower == "'s" && (missionNouns.hasToken(&toks[k]) || forceNouns.hasToken(&toks[k])) {
		return k + 2
	}
	return k
}
