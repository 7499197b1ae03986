package extract

// secondShareOfDead reads a later share of the dead joined by "and" (or
// ", and") at k when the figure at i is itself a share that "of the dead"
// or "of the victims" follows before a verb of being or of death: "Twenty-two of the
// dead were women, it said, and 11 were children", "Nine of the victims
// were killed in the village and the other two were fishermen". A
// speaker's aside may come between. The later share says what its people
// were with a noun for people ("were children", "were Sudanese"); "and 11
// were wounded", "and 11 were arrested" are no part of the dead.
func (a *analysis) secondShareOfDead(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	j := itemAfter(toks, k)
	if j < 0 || j+3 >= len(toks) || toks[j].sent != toks[i].sent {
		return Deaths{}, 0, false
	}
	first, ok := a.countAt(i)
	if !ok || first.hedge != i {
		return Deaths{}, 0, false
	}
	be, ok := a.ofDeadShareEnd(first.lim)
	if !ok || be >= k || k > be+14 {
		return Deaths{}, 0, false
	}
	if kinds, _ := a.deathKindsAt(be); !beAux.hasToken(&toks[be]) && kinds == 0 {
		return Deaths{}, 0, false // "were women", "died at the market"
	}
	for m := be + 1; m < k; m++ {
		if toks[m].kind == tNum || toks[m].kind == tPunct && toks[m].text != "," || toks[m].lower == "and" {
			return Deaths{}, 0, false // one clause, with at most an aside, before "and"
		}
	}
	if toks[j].lower == "the" && toks[j+1].lower == "other" {
		j += 2 // "and the other two were fishermen"
	}
	j = pastAnother(toks, j)
	n, ok := a.countAt(j)
	if !ok || n.hedge != j || n.value < 2 || n.lim+1 >= len(toks) || !beAux.hasToken(&toks[n.lim]) {
		return Deaths{}, 0, false // "and one was a German woman": one person of the toll, no figure
	}
	p := n.lim + 1
	if a.victimNounEnd(p) == p && a.stateAdjectiveEnd(p) < 0 {
		return Deaths{}, 0, false
	}
	e := p
	for ; e < len(toks) && e < p+16 && toks[e].sent == toks[k].sent; e++ {
		if toks[e].kind == tPunct || toks[e].lower == "and" {
			break
		}
		if kinds, _ := a.deathKindsAt(e); toks[e].kind == tNum && !ageBounds.hasToken(&toks[e-1]) || hasKind(kinds, dHurt) {
			return Deaths{}, 0, false
		}
	}
	if e == p+16 {
		return Deaths{}, 0, false
	}
	return a.makeDeath(n, n.hedge, e, ruleDeathSubset), e, true
}

// ofDeadShareEnd reads "of the dead", "of those killed" or "of the
// victims" at j, after a share's number, and returns the index after it.
func (a *analysis) ofDeadShareEnd(j int) (int, bool) {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j].lower != "of" {
		return j, false
	}
	if e, ok := a.theDeadAt(j + 1); ok {
		return e, true
	}
	if toks[j+1].lower == "the" && passiveNouns.hasToken(&toks[j+2]) {
		return j + 3, true // "of the victims": the first share already a death figure
	}
	return a.partOfTheVictims(j)
}
