package extract

// A ranked death with a word of its kind between the rank and the noun:
// "the 11th traffic death in Spokane this year", "a second drowning
// fatality", "the city's 40th gun homicide". The word says what kind of
// death is counted; the rank still counts the dead so far.

// rankModifiers name a kind of death between a rank and its noun.
var rankModifiers = wordList("rank-modifier")

// rankedNounAt returns the index of the noun that a rank before h ranks:
// h itself when heads holds it, or h+1 after a word of rankModifiers; -1
// when there is none.
func (a *analysis) rankedNounAt(h int, heads *wordSet) int {
	toks := a.d.toks
	if heads.hasToken(&toks[h]) {
		return h
	}
	if n := h + 1; n < len(toks) && toks[n].sent == toks[h].sent && rankModifiers.hasToken(&toks[h]) && heads.hasToken(&toks[n]) {
		return n
	}
	return -1
}

// rankedToDie reads a person ranked by the ordinal at i as the latest of
// the dead: "the seventh person to die in the floods", "the third child
// to be killed this week", "a fourth soldier to have died". The rank is
// the number dead so far; "the first person to be arrested" is none.
func (a *analysis) rankedToDie(i int) (Deaths, bool) {
	toks := a.d.toks
	if toks[i].kind == tWord && !a.figureClass(i, fcOrdinal) {
		return Deaths{}, false
	}
	v := ordinalValue(toks[i])
	b, h := i-1, i+1
	if v < 2 || b < 0 || h+2 >= len(toks) || toks[h+1].lower != "to" {
		return Deaths{}, false
	}
	switch toks[b].lower {
	case "the", "a", "an", "'s", "its":
	default:
		return Deaths{}, false
	}
	if a.victimKindOf(toks[h].lower)&(vSingle|vKin) == 0 {
		return Deaths{}, false
	}
	e := h + 2
	switch {
	case toks[e].lower == "die":
		e++
	case toks[e].lower == "be" || toks[e].lower == "have":
		kinds, lim := a.deathKindsAt(e + 1)
		if e+1 >= len(toks) || !hasKind(kinds, dPassive) && !hasKind(kinds, dIntrans) || hasKind(kinds, dHurt) {
			return Deaths{}, false
		}
		e = lim
	default:
		return Deaths{}, false
	}
	d := a.makeDeath(number{first: i, hedge: i, lim: i + 1, value: v}, b, e, ruleDeathRunning)
	d.Cumulative = true
	return d, true
}
