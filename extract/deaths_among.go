package extract

// countedDeadEnd returns the index after "the", a number and a word of
// death at j: "the four killed", "the 14 dead", "the 30 who died"; j
// when there is none. After "among" they are the whole that the figure
// before is a part of: "Two brothers were among the four killed".
func (a *analysis) countedDeadEnd(j int) int {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j].lower != "the" {
		return j
	}
	n, ok := a.countAt(j + 1)
	if !ok || n.hedge != j+1 || n.lim >= len(toks) {
		return j
	}
	k := n.lim
	if toks[k].lower == "who" && k+1 < len(toks) {
		k++ // "the 30 who died"
	}
	kinds, lim := a.deathKindsAt(k)
	if hasKind(kinds, dHurt) || !hasKind(kinds, dPassive) && !hasKind(kinds, dAdj) && !hasKind(kinds, dIntrans) {
		return j
	}
	return lim
}
