package extract

import "strings"

// A troop figure's part or whole told by a bare number beside it: the
// whole as a target after "of the" ("Wabag had seen 90 police officers
// of the 500 promised by Port Moresby"), of the same personnel, pledged
// or planned, its state the one "by" names, else the part's; a share of
// it glossed in apposition ("roughly half of them, about 1,000,").

// partOfTarget reads the number n after "of the" right behind the
// personnel noun of the troop figure just read in its sentence, with a
// word of target after it ("promised", "pledged", "envisaged"): "90
// officers of the 500 promised", "of the 1,000 it pledged". "90
// officers of the 500 who applied"
// names no target.
func (a *analysis) partOfTarget(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	last := a.lastFigure
	if k < 2 || toks[k].lower != "the" || toks[k-1].lower != "of" || last.unit == "" || last.sent != int(toks[n.first].sent) {
		return Troops{}, false
	}
	if u := strings.Fields(strings.ToLower(last.unit)); toks[k-2].lower != u[len(u)-1] {
		return Troops{}, false // the part's noun right before "of the"
	}
	e := n.lim
	if e+1 < len(toks) && pronounSubject(toks[e].lower) {
		e++ // "of the 1,000 it pledged"
	}
	if e >= len(toks) || !shortTargets.hasToken(&toks[e]) || toks[e].lower == "needs" || toks[e].lower == "wants" || a.isYear(n) {
		return Troops{}, false
	}
	country := last.country
	if e+2 < len(toks) && toks[e+1].lower == "by" {
		if c, ok := a.stateAt(e + 2); ok {
			country = c // "promised by Port Moresby"
		}
	}
	return a.makeTroops(n, n.lim, country, last.unit, rule), true
}

// glossedShares name a share of personnel told before, which a figure in
// apposition then counts: "roughly half of them, about 1,000,".
var glossedShares = closedSet("half", "third", "thirds", "quarter", "quarters", "most", "majority", "bulk", "some", "many")

// shareGlossTroops reads the number n that glosses a share of the troop
// figure just read in its sentence, after a comma: "sending a further
// 2,000 troops; roughly half of them, about 1,000, will be aboard ships".
// The part is of that figure's personnel and state, and smaller than it.
func (a *analysis) shareGlossTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	last := a.lastFigure
	if k < 3 || toks[k].text != "," || toks[k-1].lower != "them" && toks[k-1].lower != "those" || toks[k-2].lower != "of" || !glossedShares.hasToken(&toks[k-3]) {
		return Troops{}, false
	}
	if last.unit == "" || last.sent != int(toks[n.first].sent) || n.value >= last.count || a.isYear(n) {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord {
		return Troops{}, false // "half of them, 1,000 reservists": a noun of its own
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}
