package extract

// A troop figure's future told in the same sentence by "there will be"
// and a bare number that closes its clause: "We have 2,800 members of the
// Guard in Tamaulipas today, and next week there will be 3,300", "by June
// there would be about 4,000". The noun and state are the figure's.

// futureModals open the existential future: "there will be".
var futureModals = closedSet("will", "would", "shall")

// thereWillBeTroops reads the bare number n after "there will be" when a
// troop figure was read earlier in its sentence and nothing follows n in
// its clause.
func (a *analysis) thereWillBeTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, e := n.hedge-1, n.lim
	last, ok := a.lastFigureOf(int(toks[n.first].sent))
	if k < 2 || !ok || a.isYear(n) || toks[k].lower != "be" || !futureModals.hasToken(&toks[k-1]) || toks[k-2].lower != "there" {
		return Troops{}, false
	}
	if e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind != tPunct && toks[e].kind != tQuote {
		return Troops{}, false // "there will be 3,300 ballots": a noun of its own
	}
	return a.makeTroops(n, e, last.country, last.unit, rule), true
}
