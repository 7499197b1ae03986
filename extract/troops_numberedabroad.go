package extract

// A state's personnel sized by a relative clause that places them in
// another state: "Russian border guards, who once numbered about 4,500
// in Armenia, have left". Their home state's adjective and the host
// named after the figure make it a posting abroad, not the force's
// strength at home ("Haitian police, who number about 9,000" stays
// none).

// ruleTroopAbroad names figures of personnel "who numbered N in"
// another state.
const ruleTroopAbroad = "who-numbered-abroad"

// relativeAdverbs may stand between "who" and the verb of numbering:
// "who once numbered".
var relativeAdverbs = closedSet("once", "still", "now", "then", "at", "one", "point")

// numberedAbroad reads a bare number after ", who (once) numbered" whose
// clause opens on personnel with a state's adjective and whose figure is
// followed by "in" and another state.
func (a *analysis) numberedAbroad(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || !numberingVerbs.hasToken(&toks[k]) || a.isYear(n) {
		return Troops{}, false
	}
	w := k - 1
	for w > 0 && w > k-4 && relativeAdverbs.hasToken(&toks[w]) {
		w--
	}
	if toks[w].lower != "who" || toks[w-1].text != "," || !a.personnelEndsAt(w-2) {
		return Troops{}, false
	}
	home := ""
	for j := w - 2; j >= 0 && j >= w-6 && toks[j].sent == toks[k].sent; j-- {
		if c, ok := a.stateAt(j); ok {
			home = c
			break
		}
	}
	if home == "" || n.lim+1 >= len(toks) || toks[n.lim].lower != "in" {
		return Troops{}, false
	}
	if host, ok := a.stateAt(n.lim + 1); !ok || host == home {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, home, toks[w-2].text, rule), true
}
