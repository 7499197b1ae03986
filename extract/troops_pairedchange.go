package extract

// A change told of two things at once, personnel second: "has grown from
// six ships and 1,200 sailors to eleven ships and more than 2,500". The
// bare number after "to", the first thing's new count and "and" stands
// for the personnel's new count.

// pairedChangeTroops reads the bare number n that ends "to B things and
// n" when the sentence opened the change with "from A things and" the
// troop figure just read: the new count of the same personnel and state.
func (a *analysis) pairedChangeTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	last := a.lastFigure
	if k < 4 || toks[k].lower != "and" || last.unit == "" || last.sent != int(toks[n.first].sent) || a.isYear(n) {
		return Troops{}, false
	}
	thing := toks[k-1].lower
	b, ok := a.numberEndingAt(k - 1)
	if !ok || b.hedge < 1 || toks[b.hedge-1].lower != "to" {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !ellipsisEnds.hasToken(&toks[e]) {
		return Troops{}, false // "and 2,500 tanks": a noun of its own
	}
	first := a.d.sents[toks[n.first].sent].first
	for j := b.hedge - 2; j > first; j-- {
		if toks[j].lower != "from" {
			continue
		}
		m, ok := a.d.parseNumber(j + 1)
		if ok && m.first == j+1 && m.lim+1 < b.hedge && toks[m.lim].lower == thing && toks[m.lim+1].lower == "and" {
			return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
		}
		return Troops{}, false
	}
	return Troops{}, false
}
