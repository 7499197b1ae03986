package extract

// askedPersonnelBefore returns the personnel noun, or the noun of a force
// ("rotation", "contingent"), in the sentence right before the one of
// token first in its paragraph: "Seoul asked Tokyo for additional
// engineers. Tokyo pledged 250 more" gives "engineers".
func (a *analysis) askedPersonnelBefore(first int) string {
	toks := a.d.toks
	prev, ok := a.sentenceBefore(first)
	if !ok {
		return ""
	}
	for k := prev.first; k < prev.lim; k++ {
		if _, lim := a.lx.personnel.match(toks, k, true); lim > k {
			return a.d.text[toks[k].start:toks[lim-1].end]
		}
		if forceNouns.hasToken(&toks[k]) || deployedUnits.hasToken(&toks[k]) {
			return "troops"
		}
	}
	return ""
}

// moreOfAsked reads a bare number and "more" that a state sends when the
// sentence before asked for personnel, or a force, without a number:
// "Manila asked for a larger American rotation. Washington offered 600
// more". The subject of the deploying verb is the sender; with no state
// as the subject ("The club offered 600 more") nothing is read.
func (a *analysis) moreOfAsked(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	if n.lim >= len(toks) || toks[n.lim].lower != "more" || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if e := n.lim + 1; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !ellipsisEnds.hasToken(&toks[e]) {
		return Troops{}, false // "600 more tanks"
	}
	c, ok := a.deployerState(a.d.sents[toks[n.first].sent].first, n.first)
	if !ok || c == "" {
		return Troops{}, false
	}
	unit := a.askedPersonnelBefore(n.first)
	if unit == "" {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim+1, c, unit, rule), true
}
