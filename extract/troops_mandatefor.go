package extract

// licenceNouns give a state leave to deploy a number of personnel:
// "a parliamentary mandate for up to 300".
var licenceNouns = wordList("licence-noun")

// mandateForTroops reads a bare figure after a licence noun and "for"
// whose holder, a few words before, is a state, in a sentence that has
// just counted personnel: "France keeps roughly 600 soldiers in Iraq, and
// Germany has a parliamentary mandate for up to 300" counts 300 German
// soldiers. A licence of no state ("the council's mandate for 300") is
// none.
func (a *analysis) mandateForTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	last := a.lastFigure
	if k < 3 || toks[k].lower != "for" || !licenceNouns.hasToken(&toks[k-1]) || a.isYear(n) || n.value < 2 {
		return Troops{}, false
	}
	if last.unit == "" || last.sent != int(toks[n.first].sent) {
		return Troops{}, false
	}
	first := a.d.sents[toks[n.first].sent].first
	for j := k - 2; j >= first && j >= k-6 && toks[j].kind == tWord; j-- {
		if c, ok := a.stateAt(j); ok && c != "" {
			return a.makeTroops(n, n.lim, c, last.unit, rule), true // "Germany has a parliamentary mandate"
		}
	}
	return Troops{}, false
}
