package extract

import "strings"

// An intake of conscripts is no deployment, however the figure is read:
// "will call up 10,000 conscripts next year, up from 8,000", "Finnish
// conscripts numbering 21,000 will be called up", "increase the number of
// conscripts it trains each year to 5,000". countedNotDeployed drops the
// figure written before its noun; draftIntake drops the ones read with
// the noun before them or further off, unless a verb deploys them
// ("300 conscripts and regulars arrive in Tapa next week").

// draftIntake reports a troop figure of the number n whose personnel are
// draftees and whose sentence has no verb of deployment.
func (a *analysis) draftIntake(fig Troops, n number) bool {
	u := fig.Unit
	if i := strings.LastIndexByte(u, ' '); i >= 0 {
		u = u[i+1:]
	}
	return draftNouns.has(strings.ToLower(u)) && !a.deploysDraftees(n)
}

// deploysDraftees reports a verb of deployment in the sentence of n, not
// one of having or numbering ("conscripts numbering 21,000"), which give
// a size.
func (a *analysis) deploysDraftees(n number) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	for k := s.first; k < s.lim; k++ {
		t := &toks[k]
		if (troopVerbs.hasToken(t) || deployVerbs.hasToken(t)) && !possessVerbs.hasToken(t) && !numberingVerbs.hasToken(t) && t.lower != "number" {
			return true
		}
	}
	return false
}
