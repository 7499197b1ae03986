package extract

// leftoverTroops reads a bare number that a holder has "left" or
// "remaining", or "is down to", after a troop figure of the same
// sentence: "MONUSCO, which at its peak counted more than 20,000
// uniformed personnel, has some 11,000 left", "France had 5,000 troops in
// the Sahel and now has about 1,000 remaining", "..., is now down to some
// 900". The number is what is left of the same personnel, of their state.
// "The shop had 50 staff and has 10 left" has no troop figure before it.
func (a *analysis) leftoverTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	last := a.lastFigure
	if last.unit == "" || last.sent != int(toks[n.first].sent) || last.count <= n.value || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	k := n.hedge - 1
	if k < 2 {
		return Troops{}, false
	}
	e := n.lim
	left := e < len(toks) && toks[e].sent == toks[n.first].sent && (toks[e].lower == "left" || toks[e].lower == "remaining")
	switch {
	case haveWords.hasToken(&toks[k]) && left:
		// "has some 11,000 left"
	case toks[k].lower == "to" && toks[k-1].lower == "down" && a.downAfterPersonnel(k-1, a.d.sents[toks[k].sent].first):
		// "is down to some 900", "is now down to 900"
	default:
		return Troops{}, false
	}
	lim := n.lim
	if left {
		lim = e + 1
	}
	return a.makeTroops(n, lim, last.country, last.unit, rule), true
}

// downAfterPersonnel reports "is (now) down" ending at d whose verb
// follows, past "," or "and", a stretch holding personnel: "The mission,
// which once had 8,000 troops, is now down to", not "its helicopters are
// down to 12" nor "its fleet of lorries, once 900, is down to 200".
func (a *analysis) downAfterPersonnel(d, first int) bool {
	toks := a.d.toks
	v := d - 1
	if v > 0 && toks[v].lower == "now" {
		v--
	}
	if v < 2 || toks[v].lower != "is" && toks[v].lower != "are" || toks[v-1].text != "," && toks[v-1].lower != "and" {
		return false
	}
	for j := v - 2; j >= first && toks[j].text != ","; j-- {
		if _, ok := a.strongPersonnelAt(j); ok {
			return true
		}
	}
	return false
}
