package extract

// A number of people whose fate the next clause gives with "all": "The
// avalanche buried a group of 11 herders; all were found dead", "trapped
// 14 miners. All of them died". The verb that took the number (buried,
// trapped) says nothing of death; the "all" clause says every one of them
// died, so the number is the toll.

// allFoundDead reads the number at i when its people close their clause
// and "all" ("all of them", ", all of whom") opens the next with a
// predicate of death.
func (a *analysis) allFoundDead(i int) (Deaths, bool) {
	toks := a.d.toks
	n, ok := a.d.parseNumber(i)
	if !ok || n.first != i || n.age || n.vague || n.value < 2 {
		return Deaths{}, false
	}
	lim, ok := a.victimTail(n.lim)
	if !ok || lim+2 >= len(toks) || toks[lim].para != toks[i].para {
		return Deaths{}, false
	}
	j := lim + 1
	switch toks[lim].text {
	case ";", ".":
		if toks[j].lower != "all" {
			return Deaths{}, false
		}
		j++
		if j+1 < len(toks) && toks[j].lower == "of" && toks[j+1].lower == "them" {
			j += 2 // "All of them died"
		}
	case ",":
		if j+2 >= len(toks) || toks[j].lower != "all" || toks[j+1].lower != "of" || toks[j+2].lower != "whom" {
			return Deaths{}, false
		}
		j += 3 // ", all of whom were found dead"
	default:
		return Deaths{}, false
	}
	end, ok := a.deathPredicate(j)
	if !ok {
		return Deaths{}, false
	}
	return a.makeDeath(n, n.hedge, end, ruleDeathList), true
}
