package extract

// A family named in one list is one group of the dead, counted whole:
// "a shepherd and his two sons died" is 3, "the dead included a
// grandmother, her daughter and four grandchildren" is 6. Writers give
// such a list its sum only, never its numbered part (15 of 15 rows of the
// passages with "a X and his/her N Ys"), while a list of strangers after
// "the dead included" ("11 children and a nurse") gives its numbered
// parts (session 29, fd12).

// kinOwnerEnds reports a lower-case singular noun at j, of no kind the
// lists hold, that "and his"/"and her" or a comma and the possessive
// before kin make a person: "a shepherd and his two sons", "a trader, her
// husband and ...". The kin after the possessive are the noun's own, so
// the noun names someone who has them; "its" (a thing's) is none.
func (a *analysis) kinOwnerEnds(j int) bool {
	toks := a.d.toks
	if j+3 >= len(toks) {
		return false
	}
	t := &toks[j]
	if t.kind != tWord || t.cap || plural(t.lower) || phraseStops.hasToken(t) || npFunctionWords.hasToken(t) || a.lx.death.startsLower(t) {
		return false
	}
	if w := toks[j+1].text; w != "and" && w != "," {
		return false
	}
	if o := toks[j+2].lower; o != "his" && o != "her" {
		return false
	}
	return a.kinNounAt(j + 3)
}

// kinNounAt reports a relation noun at k, past a count and one modifier:
// "two sons", "daughter", "young son", "three grandchildren".
func (a *analysis) kinNounAt(k int) bool {
	toks := a.d.toks
	if n, ok := a.d.parseNumber(k); ok && !n.age && !n.vague && n.value > 1 {
		k = n.lim
	}
	for e := k; e < len(toks) && e < k+2; e++ {
		if a.victimKindOf(toks[e].lower)&(vKin|vKinPlural|vPair) != 0 {
			return true
		}
		if toks[e].kind != tWord || toks[e].cap {
			return false
		}
	}
	return false
}

// familyIncludedAt reports a family list at i that "the dead included"
// opens: "the dead included a grandmother, her daughter and four
// grandchildren". The list is read whole by namedDead, as a list after
// "Among the dead were" is; a list with no possessive kin in it is left to
// deadIncluded, which counts its numbered items.
func (a *analysis) familyIncludedAt(i int) bool {
	toks := a.d.toks
	if i < 3 || !inclusionVerbs.hasToken(&toks[i-1]) {
		return false
	}
	dead := false
	for x := i - 3; x >= 0 && x >= i-5 && toks[x].sent == toks[i].sent; x-- {
		if lim, ok := a.theDeadAt(x); ok && lim == i-1 {
			dead = true
			break
		}
	}
	if !dead {
		return false
	}
	l, ok := a.readVictims(i, asObject)
	if !ok || l.count < 2 {
		return false
	}
	for k := i + 1; k+1 < l.lim; k++ {
		if possessiveWords()[toks[k].lower] && (toks[k-1].text == "," || toks[k-1].lower == "and") && a.kinNounAt(k+1) {
			return true
		}
	}
	return false
}
