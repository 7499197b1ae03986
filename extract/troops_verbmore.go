package extract

// verbMoreTroops reads "N more" as the object of a verb of moving or
// sending in a clause joined by "and" to a troop figure of the same
// sentence: "Britain keeps some 1,000 personnel at Akrotiri and will fly
// 40 more to Cyprus". The verb's object is more of the personnel just
// counted, of the same state; "and will buy 40 more" (no verb of moving)
// and "and flew 40 more sorties" (a noun after "more") are none. A speech
// frame may stand between "and" and the verb, and a state that speaks in
// it sends the figure: "and Cambodia said it had airlifted 3,000 more
// overnight" (speechFrameStart).
func (a *analysis) verbMoreTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	v, e := n.hedge-1, n.lim
	if v < 1 || e >= len(toks) || toks[e].lower != "more" || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if a.lastTroop.sent != int(toks[n.first].sent) || a.lastTroop.unit == "" {
		return Troops{}, false
	}
	if !sendVerbs.hasToken(&toks[v]) && !movedVerbs.hasToken(&toks[v]) && !carryVerbs.hasToken(&toks[v]) {
		return Troops{}, false
	}
	from, state := a.speechFrameStart(v)
	joined := false
	for k := from - 1; k >= 0 && k >= from-3 && toks[k].sent == toks[n.first].sent; k-- {
		if toks[k].lower == "and" {
			joined = true
			break
		}
		if toks[k].kind != tWord || !auxWords.hasToken(&toks[k]) && !isAdverb(toks[k]) {
			break
		}
	}
	if !joined {
		return Troops{}, false
	}
	if x := e + 1; x < len(toks) && toks[x].sent == toks[n.first].sent && toks[x].kind == tWord && !prepositions.hasToken(&toks[x]) && !complementPreps.hasToken(&toks[x]) && toks[x].lower != "in" && !a.onStandbyAt(x) && !a.ellipsisTimeAt(x, n.first) {
		return Troops{}, false // "and will fly 40 more sorties"
	}
	if a.isCasualty(n.hedge, e+1) {
		return Troops{}, false
	}
	country := a.lastTroop.country
	if state != "" {
		country = state // "and Cambodia said it had airlifted 3,000 more": Cambodia's
	}
	return a.makeTroops(n, e+1, country, a.lastTroop.unit, rule), true
}

// carryVerbs carry personnel to a place, besides the verbs of sending:
// "fly", "airlift", "ship".
var carryVerbs = wordList("carry-verb")
