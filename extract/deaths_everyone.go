package extract

// everyoneWords stand for all the people a killing took, whose number an
// apposition after them gives: "killed everyone on board, 23 people".
var everyoneWords = closedSet("everyone", "everybody", "all")

// everyoneCounted reads a number at i set in apposition after the
// object of a killing that names all of a group: "The blast killed
// everyone on board, 23 people, officials said", "killing all aboard,
// 12 passengers and two crew". The number must be followed by people and
// close its aside.
func (a *analysis) everyoneCounted(i int) (Deaths, bool) {
	toks := a.d.toks
	n, ok := a.d.parseNumber(i)
	if !ok || n.first != i || n.age || n.vague || n.value < 2 || n.hedge < 3 || toks[n.hedge-1].text != "," {
		return Deaths{}, false
	}
	lim, ok := a.victimTail(n.lim)
	if !ok || lim < len(toks) && toks[lim].kind != tPunct {
		return Deaths{}, false
	}
	s := a.d.sents[toks[i].sent]
	for k := n.hedge - 2; k > s.first && k >= n.hedge-5; k-- {
		if toks[k].kind == tPunct {
			return Deaths{}, false
		}
		if !everyoneWords.hasToken(&toks[k]) {
			continue
		}
		kinds, _ := a.deathKindsAt(k - 1)
		if !hasKind(kinds, dActive) || hasKind(kinds, dHurt) || a.hypotheticalBetween(k-1, i) {
			return Deaths{}, false
		}
		return a.makeDeath(n, k-1, lim, ruleDeathActive), true
	}
	return Deaths{}, false
}
