package extract

// bodyFoundAfter reports a verb of finding right after the noun "body" at
// h, or after a form of "be": "a 19th body was found", "a fourth body
// found in the river".
func (a *analysis) bodyFoundAfter(h int) bool {
	toks := a.d.toks
	if h+1 < len(toks) && bodyFoundVerbs.hasToken(&toks[h+1]) {
		return true
	}
	return h+2 < len(toks) && beAux.hasToken(&toks[h+1]) && bodyFoundVerbs.hasToken(&toks[h+2])
}

// foundBefore reports a verb of finding right before "a" at b, whose
// object the ranked body is: "divers recovered a sixth body from the
// hull", "rescuers found a third body in the rubble". "the" is left out:
// "found the second body" may be the second of two already told.
func foundBefore(toks []token, b int) bool {
	return b > 0 && toks[b].lower == "a" && bodyFoundVerbs.hasToken(&toks[b-1])
}

// bodyOfRanked reads "the body of a ninth climber" found (the ordinal at
// i, "a" at b): the ranked victim whose body a verb of finding takes, before
// ("police recovered the body of a ninth climber") or after ("the body of
// a second man was found"), tells that many dead so far.
func (a *analysis) bodyOfRanked(i, b int, v int64) (Deaths, bool) {
	toks := a.d.toks
	h := i + 1
	if b < 3 || toks[b].lower != "a" || toks[b-1].lower != "of" || toks[b-2].lower != "body" || toks[b-3].lower != "the" ||
		h >= len(toks) || !a.victimWord(toks[h].lower) {
		return Deaths{}, false
	}
	if !(b > 3 && bodyFoundVerbs.hasToken(&toks[b-4])) && !a.bodyFoundAfter(h) {
		return Deaths{}, false
	}
	d := a.makeDeath(number{first: i, hedge: i, lim: i + 1, value: v}, b-3, h+1, ruleDeathRunning)
	d.Cumulative = true
	return d, true
}
