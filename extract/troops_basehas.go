package extract

// A state's base that "has" personnel holds them stationed: "Moscow's
// 201st base in Tajikistan, its largest abroad, has around 7,000
// servicemen". A state or an army that "has" troops tells its strength
// (isStrength); a base is a posting, whose men are deployed there.

// baseHolds reports a verb of having at k whose subject, opening the
// clause, is a base a state owns: its possessive or adjective within the
// three words before a base noun ("Moscow's 201st base", "the French
// camp"), among the first six words of the clause.
func (a *analysis) baseHolds(k int) bool {
	toks := a.d.toks
	start := a.figureClauseStart(k)
	for j := start; j < k && j < start+6; j++ {
		if !baseNouns.hasToken(&toks[j]) {
			continue
		}
		for o := j - 1; o >= start && o >= j-3; o-- {
			if _, ok := a.stateAt(o); ok {
				return true
			}
		}
		return false
	}
	return false
}
