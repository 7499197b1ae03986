package extract

// ledGroupBody returns the armed group or party named right before ",
// led by" and a title the walk w found with no state or body of its own:
// "the Houthi delegation, led by chief negotiator NAME" holds the group's
// office, not the state the talks are held in (GUIDELINES: armed groups'
// and parties' officers have no country). A state's body or a body of
// another kind is left to the other rules ("the Emirati delegation"), and
// a party's only for a party's own office ("led by Foreign Minister NAME"
// holds a state's).
func (a *analysis) ledGroupBody(w titleWalk) (org, bool) {
	if w.org != "" || w.country != "" {
		return org{}, false
	}
	o, found := a.ledBodyBefore(w.lo)
	if !found {
		o, found = a.ledStandinBody(w.lo)
	}
	if !found || o.Kind != "armed" && (o.Kind != "party" || !partyOffices.has(w.head)) {
		return org{}, false
	}
	return o, true
}

// ledStandinBody reads "the movement's delegation, led by" before the
// title at first, where a noun standing for a body owns the group led: the
// body is the nearest the sentence names before that noun ("Hamas
// spokesman NAME said the movement's delegation, led by ...").
func (a *analysis) ledStandinBody(first int) (org, bool) {
	toks := a.d.toks
	if first < 6 || toks[first-1].lower != "by" || !leadVerb(toks[first-2].lower) || toks[first-3].text != "," {
		return org{}, false
	}
	n := first - 4 // the group's noun: "delegation"
	if toks[n-1].lower != "'s" && toks[n-1].lower != "’s" || !bodyNouns.hasToken(&toks[n-2]) || toks[n-3].lower != "the" {
		return org{}, false
	}
	for k := n - 4; k >= 0 && toks[k].sent == toks[first].sent; k-- {
		if oi := a.orgAt[k]; oi >= 0 {
			return a.lx.orgs[a.orgs[oi].org], true
		}
		if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].state {
			return org{}, false
		}
	}
	return org{}, false
}
