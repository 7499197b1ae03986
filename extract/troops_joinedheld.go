package extract

// A deployment joins personnel already in place, counted by a bare
// number after a verb of joining: "2,000 soldiers had arrived in
// Culiacan, joining some 9,000 already in Sinaloa", "will join the 900
// already deployed", "reinforcing about 400 still on the ground",
// "to join 300 already there", "adding to some 4,000 already posted
// there". besidesHeld reads "on top of the 150
// already in the country"; the personnel and their state are the
// sentence's troop figure's.

// joinedHeld reads the bare number n after a verb of joining (and
// "the"), followed by "already" or "still" and a place, "there" or a
// participle of posting, after a troop figure of its sentence.
func (a *analysis) joinedHeld(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k > 0 && toks[k].lower == "the" {
		k--
	}
	if k > 1 && toks[k].lower == "to" && addedToVerbs.hasToken(&toks[k-1]) {
		k-- // "adding to some 4,000 already posted there": a verb of joining
	} else if k < 1 || !joinVerbs.hasToken(&toks[k]) {
		return Troops{}, false
	}
	if n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	e := n.lim
	if e+1 >= len(toks) || toks[e].sent != toks[n.first].sent || a.alreadyAt(e) == 0 {
		return Troops{}, false
	}
	switch p := toks[e+1].lower; {
	case p == "in" || p == "there" || p == "on" || p == "at" || p == "inside" || postedParticiples.has(p):
	default:
		return Troops{}, false
	}
	last := a.lastFigure
	if last.sent != int(toks[n.first].sent) || last.unit == "" || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, a.troopCountry(n.first, n.lim, false), last.unit, rule), true
}

// addedToVerbs join new personnel to those held with "to": "adding to
// some 4,000 already posted there".
var addedToVerbs = closedSet("adding", "added", "add", "adds")
