package extract

// A state or body that "lost" some of its people: "Slovakia has lost nine
// of its people on an ordinary morning", "the army lost 12 of its
// soldiers in the ambush". Losing people of one's own is how a side
// tells its dead; "lost nine of its seats" counts no one.

// lostOwnPeople are the nouns of a side's own people after "lost N of
// its": "people", "citizens", "soldiers".
var lostOwnPeople = wordList("lost-own-people")

// lostOfItsPeople reads n after "lost" when "of its" or "of their" (with
// "own") and a noun of the side's people follow it.
func (a *analysis) lostOfItsPeople(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	h := n.hedge
	if h < 1 || toks[h-1].lower != "lost" || n.value < 1 || n.lim+2 >= len(toks) || toks[n.lim].lower != "of" {
		return Deaths{}, false
	}
	k := n.lim + 1
	if w := toks[k].lower; w != "its" && w != "their" {
		return Deaths{}, false
	}
	k++
	if toks[k].lower == "own" && k+1 < len(toks) {
		k++
	}
	if !lostOwnPeople.hasToken(&toks[k]) {
		return Deaths{}, false
	}
	return a.makeDeath(n, h-1, k+1, rule), true
}
