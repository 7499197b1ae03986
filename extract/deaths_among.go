package extract

// countedDeadEnd returns the index after "the" (or no article), a
// number, the victims' noun if any and a word of death at j: "the four
// killed", "the 14 dead", "the 30 who died", "the 14 climbers who died",
// "at least 230 civilians killed"; j when there is none. After "among" they are the whole that the figure
// before is a part of: "Two brothers were among the four killed".
func (a *analysis) countedDeadEnd(j int) int {
	toks := a.d.toks
	if j+2 >= len(toks) {
		return j
	}
	at := j + 1
	if toks[j].lower != "the" {
		at = j // "among at least 230 civilians killed": the whole with no article
	}
	n, ok := a.countAt(at)
	if !ok || n.hedge != at || n.lim >= len(toks) || at == j && (n.age || n.vague) {
		return j
	}
	k := n.lim
	if kinds, _ := a.deathKindsAt(k); kinds == 0 && toks[k].lower != "who" {
		k = a.victimNounEnd(k) // "the 14 climbers who died"
	}
	if k < len(toks) && toks[k].lower == "who" && k+1 < len(toks) {
		k++ // "the 30 who died"
		for k+1 < len(toks) && k < n.lim+6 && auxWords.hasToken(&toks[k]) {
			k++ // "who had died", "who were killed"
		}
	}
	if k >= len(toks) {
		return j
	}
	kinds, lim := a.deathKindsAt(k)
	if hasKind(kinds, dHurt) || !hasKind(kinds, dPassive) && !hasKind(kinds, dAdj) && !hasKind(kinds, dIntrans) {
		return j
	}
	return lim
}

// possessiveOrArticle reports an article or a possessive that opens an
// object noun phrase: "killed the engine", "killed his rival".
func possessiveOrArticle(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

// wholeAfter returns the number after "the" at j ("the 14 climbers"), or
// 0: a part "N of the M" is smaller than its whole.
func (a *analysis) wholeAfter(j int) int64 {
	if n, ok := a.countAt(j + 1); ok {
		return n.value
	}
	return 0
}
