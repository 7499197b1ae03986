package extract

// peoplePartAfter reports a part of the figure n told as people right
// after it, a number and "of them" or "of whom" and a noun of people:
// "a toll of 23, 15 of them civilians", "a toll of 40, nine of whom were
// children". A toll whose parts are people counts the dead, as "death
// toll" does; "a toll of 23, 15 of them trucks" counts none.
func (a *analysis) peoplePartAfter(n number) bool {
	toks := a.d.toks
	e := n.lim
	if e+4 >= len(toks) || toks[e].text != "," || toks[e+1].sent != toks[n.first].sent {
		return false
	}
	m, ok := a.d.parseNumber(e + 1)
	if !ok || m.lim+2 >= len(toks) || m.value > n.value || toks[m.lim].lower != "of" {
		return false
	}
	k := m.lim + 2
	switch toks[m.lim+1].lower {
	case "them":
	case "whom":
		for k < len(toks) && k < m.lim+5 && (beAux.hasToken(&toks[k]) || isAdverb(toks[k])) {
			k++ // "of whom were children"
		}
	default:
		return false
	}
	_, people := a.victimsNoun(k)
	return people
}
