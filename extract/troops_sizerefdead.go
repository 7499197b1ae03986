package extract

// A size reference ("put the figure at 13", "their number at five") after
// deaths told in its own sentence counts the dead, not personnel:
// "Cambodia's Defence Ministry said eight Cambodians had been killed,
// including five soldiers, but a provincial official put the figure at
// 13". The personnel killed are no antecedent of the reference, and the
// reference's own verb ("put") deploys no one.

// figureVerbStart returns the token of the verb that puts a size
// reference starting at at ("put" of "put the figure at"), or at when none
// stands right before it, no earlier than first.
func (a *analysis) figureVerbStart(at, first int) int {
	if at-1 > first && figureVerbs.hasToken(&a.d.toks[at-1]) {
		return at - 1
	}
	return at
}

// deadToldBefore reports deaths told from first to lim ("had been
// killed", "died") with no verb that deploys or holds personnel there: the
// size reference after them counts the dead.
func (a *analysis) deadToldBefore(first, lim int) bool {
	if a.deploysIn(first, lim) {
		return false
	}
	for j := first; j < lim; j++ {
		if tollWords.hasToken(&a.d.toks[j]) {
			return true
		}
	}
	return false
}

// livePersonnelIn is personnelIn past the personnel that are casualties:
// "six soldiers died", "eight people had been killed, including five
// soldiers" are no antecedent of a size reference.
func (a *analysis) livePersonnelIn(first, lim int) (int, string) {
	for from := first; from < lim; {
		p, unit := a.personnelIn(from, lim)
		if p < 0 {
			return -1, ""
		}
		e := p + 1
		if _, m := a.lx.personnel.match(a.d.toks, p, true); m > e {
			e = m
		}
		if !a.isCasualty(p, e) {
			return p, unit
		}
		from = e
	}
	return -1, ""
}
