package extract

// Soldiers "who fell" in a war or a battle: "the 741 Turkish soldiers who
// fell in Korea were read aloud". "Fell" is a death only of personnel and
// only with a place or time after it; "shares that fell in value", "20
// climbers who fell ill" and "soldiers who fell behind" are none.

// fellPlaces open the war, place or time soldiers fell in.
var fellPlaces = closedSet("in", "at", "during", "on")

// fellIdioms after "fell in" make a phrase that is no death: "fell in
// love", "fell in line".
var fellIdioms = closedSet("love", "line", "with", "step", "value", "behind")

// fellAdjWords bounds the state's adjective between the number and the
// personnel noun: "741 Turkish soldiers", "255 British servicemen".
const fellAdjWords = 2

// fellInBattle reads n before a personnel noun (a state's adjective may
// stand between) and "who fell in".
func (a *analysis) fellInBattle(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	for j := n.lim; j < len(toks) && j <= n.lim+fellAdjWords && toks[j].kind == tWord; j++ {
		_, lim := a.lx.personnel.match(toks, j, true)
		if lim <= 0 {
			if !toks[j].cap {
				return Deaths{}, false
			}
			continue
		}
		if lim+2 < len(toks) && toks[lim].lower == "who" && toks[lim+1].lower == "fell" && fellPlaces.hasToken(&toks[lim+2]) && (lim+3 >= len(toks) || !fellIdioms.hasToken(&toks[lim+3])) {
			return a.makeDeath(n, n.hedge, lim+2, rule), true
		}
		return Deaths{}, false
	}
	return Deaths{}, false
}
