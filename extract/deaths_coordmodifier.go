package extract

// coordinatedModifierEnd returns the index after "W and" at j when the two
// words W and the next modify one victim noun after them: "more than 200
// Taliban and allied fighters had died", "40 local and foreign fighters".
// The figure counts the one group; it returns j when there is none. A
// counted noun at j ("12 soldiers and civilians") is a victim of its own.
func (a *analysis) coordinatedModifierEnd(j int) int {
	toks := a.d.toks
	if j+3 >= len(toks) || toks[j].kind != tWord || a.victimWord(toks[j].lower) || toks[j+1].lower != "and" {
		return j
	}
	if toks[j].sent != toks[j+3].sent || toks[j+2].kind != tWord || a.victimWord(toks[j+2].lower) {
		return j
	}
	if a.victimKindOf(toks[j+3].lower)&vPlural != 0 || combatants.hasToken(&toks[j+3]) {
		return j + 2
	}
	return j
}

// combatantsEliminated reads fighters counted by n that a verb killing
// fighters only ("eliminated") takes in the passive: "four militants had
// been eliminated"; "four officials were eliminated from the race" names
// no fighters.
func (a *analysis) combatantsEliminated(n number, rule string) (Deaths, bool) {
	if a.deathWordsNear(n)&lossNear == 0 {
		return Deaths{}, false // no word of death or loss in reach (deaths_near.go)
	}
	toks := a.d.toks
	fighters := false
	for j := n.lim; j < len(toks) && j < n.lim+7 && toks[j].kind == tWord; j++ {
		switch {
		case combatants.hasToken(&toks[j]):
			fighters = true
		case combatantKills.hasToken(&toks[j]) && fighters && beAux.hasToken(&toks[j-1]) && !a.hypotheticalBetween(n.hedge, j):
			return a.makeDeath(n, n.hedge, j+1, rule), true
		case beAux.hasToken(&toks[j]) || haveAux.hasToken(&toks[j]):
		case !fighters:
		default:
			return Deaths{}, false
		}
	}
	return Deaths{}, false
}
