package extract

// toldDeployments stand for a deployment told just before: "the
// deployment", "this operation".
var toldDeployments = wordList("told-deployment")

// toldDeploymentFrom reads a bare figure after ", up from" (or "down
// from") that follows a noun standing for the deployment told in the
// figure just read, in its sentence or the two before: "Victoria Police
// will put more than 1,100 officers on the streets ... the deployment, up
// from about 850 last year, reflected ..." counts 850 officers, the
// deployment's earlier size, of the same force.
func (a *analysis) toldDeploymentFrom(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	last := a.lastFigure
	cur := int(toks[n.first].sent)
	k := n.hedge - 1
	if last.unit == "" || last.sent > cur || cur-last.sent > 2 || k < 4 || a.isYear(n) || n.value < 2 {
		return Troops{}, false
	}
	if toks[k].lower != "from" || toks[k-1].lower != "up" && toks[k-1].lower != "down" || toks[k-2].text != "," {
		return Troops{}, false
	}
	if !toldDeployments.hasToken(&toks[k-3]) {
		return Troops{}, false
	}
	if d := toks[k-4].lower; d != "the" && d != "this" && d != "its" && d != "that" {
		return Troops{}, false // "a deployment, up from": no deployment told
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}
