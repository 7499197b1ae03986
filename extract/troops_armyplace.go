package extract

// ownArmyPlaceState returns, in a story that names no state, the state of
// the place "in" which "the army" (or "the military", "the navy")
// opening the sentence of the figure at first puts it: "The army
// deployed about 200 soldiers to help with the rescue in Old Dhaka" is
// Bangladesh's army at home. A capital there is read too, which the
// story's home state leaves out when it does not act. Soldiers sent "to"
// a place may be another state's: none.
func (a *analysis) ownArmyPlaceState(first, lim int) string {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	if first-s.first < 2 || toks[s.first].lower != "the" || !forceBodies.hasToken(&toks[s.first+1]) || a.namesAnyState() {
		return ""
	}
	if w := toks[s.first+1].lower; w != "army" && w != "military" && w != "navy" {
		return ""
	}
	for k := lim; k+1 < s.lim; k++ {
		if toks[k].lower != "in" {
			continue
		}
		for p := k + 1; p < s.lim && p <= k+3; p++ {
			if c, ok := a.placeCodeAt(p); ok && c != "" {
				return c
			}
			if toks[p].kind != tWord {
				break
			}
		}
	}
	return ""
}
