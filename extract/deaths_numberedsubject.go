package extract

// A count of the dead given by a verb of numbering whose subject opens the
// sentence without "the dead" or "those killed": a noun of death
// ("Fatalities from the eruption numbered 32", "Fatal casualties ...
// numbered 32") or people with a participle of death ("Militiamen killed
// in the raid numbered about 30"). deadNumbered reads only "the dead" and
// "those killed" before the verb.

// deadSubjectNumbered reads the figure after "number(ed)" or "totalled"
// whose subject, at the head of the sentence, names the dead; a phrase
// that a preposition opens may stand between them (deadQualifier).
func (a *analysis) deadSubjectNumbered(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := a.wordBeforeNumber(n)
	if k < 2 || toks[k].lower != "number" && !numberingVerbs.hasToken(&toks[k]) || toks[k].lower == "counted" || toks[k].lower == "counts" {
		return Deaths{}, false
	}
	x := a.d.sents[toks[n.first].sent].first
	if toks[x].lower == "the" {
		x++
	}
	lim := a.bareDeadSubjectEnd(x)
	if lim <= x || lim > k || lim < k && !a.deadQualifier(lim, k) {
		return Deaths{}, false
	}
	return a.makeDeath(n, x, n.lim, rule), true
}

// bareDeadSubjectEnd returns the index after a subject at x that names the
// dead: "fatal casualties" (bare "casualties" holds the wounded), a noun of
// death ("deaths", "fatalities"), or a noun for people and a participle of
// death ("militiamen killed", "civilians slain"); x when there is none.
func (a *analysis) bareDeadSubjectEnd(x int) int {
	toks := a.d.toks
	if x+1 >= len(toks) {
		return x
	}
	if toks[x].lower == "fatal" && toks[x+1].lower == "casualties" {
		return x + 2
	}
	if kinds, lim := a.deathKindsAt(x); lim == x+1 && hasKind(kinds, dNoun) && amongDead.hasToken(&toks[x]) {
		return lim
	}
	if a.victimWord(toks[x].lower) || a.pluralPeopleNoun(x) {
		if kinds, lim := a.deathKindsAt(x + 1); hasKind(kinds, dPassive) && !hasKind(kinds, dHurt) {
			return lim
		}
	}
	return x
}
