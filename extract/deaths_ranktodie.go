package extract

// rankToDie returns the rank that an apposition ", the fourth to die" (or
// ", the third person to die", ", the fifth to be killed") after the
// comma at c gives a single victim's death: the running toll, as ", the
// fourth death" is (rankAfter); else 0. "the first to arrive" ranks
// nothing dead, and "the fourth to be injured" counts the hurt.
func (a *analysis) rankToDie(c int) int64 {
	toks := a.d.toks
	if c+4 >= len(toks) || toks[c].text != "," || toks[c+1].lower != "the" {
		return 0
	}
	v := ordinalValue(toks[c+2])
	if v < 2 {
		return 0
	}
	k := c + 3
	if a.victimKindOf(toks[k].lower)&vSingle != 0 || toks[k].lower == "one" {
		k++ // "the third person to die"
	}
	if k+1 >= len(toks) || toks[k].lower != "to" {
		return 0
	}
	k++
	if toks[k].lower == "be" || toks[k].lower == "have" {
		k++ // "the fifth to be killed", "the fourth to have died"
	}
	kinds, lim := a.deathKindsAt(k)
	if lim == k || hasKind(kinds, dHurt) || !hasKind(kinds, dIntrans) && !hasKind(kinds, dPassive) {
		return 0
	}
	return v
}
