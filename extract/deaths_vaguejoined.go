package extract

// vagueJoinedPart returns the counted group joined by "and" to a vague
// death figure n: "has killed tens of thousands of soldiers and more than
// 12,000 civilians" states the 12,000 though the first group has no number
// and so no sum. The vague figure is none; its counted partner shares its
// verb, as the second group of "killed six soldiers and two workers" does.
func (a *analysis) vagueJoinedPart(n number) []Deaths {
	toks := a.d.toks
	for k := n.lim; k < len(toks) && k < n.lim+5 && toks[k].sent == toks[n.first].sent; k++ {
		if toks[k].kind != tWord {
			return nil // "thousands of soldiers, and 12,000 ..." opens another clause
		}
		if kinds, _ := a.deathKindsAt(k); kinds != 0 || vagueJoinStops.hasToken(&toks[k]) {
			return nil // "Dozens were killed and 40 others wounded": the verb is behind
		}
		if toks[k].lower != "and" {
			continue
		}
		m, ok := a.numberOpeningAt(k + 1)
		if !ok || m.vague || a.moneyOrMeasure(m.first) || !a.victimsFollow(m) {
			return nil
		}
		return []Deaths{a.makeDeath(m, k+1, m.lim, ruleDeathSubset)}
	}
	return nil
}

// vagueJoinStops end the vague group's noun phrase before "and": a verb
// of its own is another clause.
var vagueJoinStops = closedSet("was", "were", "is", "are", "has", "have", "had", "been", "who", "which")

// killedVagueJoined is vagueJoinedPart where the vague group is the
// object of an active killing verb right before it, a shape deathFigure
// leaves to the numbered groups: "has killed tens of thousands of
// soldiers and more than 12,000 civilians".
func (a *analysis) killedVagueJoined(n number) []Deaths {
	k := n.hedge - 1
	if k < 0 {
		return nil
	}
	kinds, _ := a.deathKindsAt(k)
	if !hasKind(kinds, dActive) || a.hypotheticalBetween(k, n.first) || a.intendedKilling(k) {
		return nil
	}
	return a.vagueJoinedPart(n)
}

// numberOpeningAt returns the number whose hedge, or itself, opens at j:
// "more than 12,000".
func (a *analysis) numberOpeningAt(j int) (number, bool) {
	toks := a.d.toks
	for x := j; x < len(toks) && x < j+4 && toks[x].sent == toks[j].sent; x++ {
		if !mayBeNumber(&toks[x]) {
			continue
		}
		n, ok := a.d.parseNumber(x)
		return n, ok && n.hedge == j
	}
	return number{}, false
}
