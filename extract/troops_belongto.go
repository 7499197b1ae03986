package extract

// A bare number whose verb places it in an armed or police body: "Of the
// new arrivals, 400 belong to the National Guard and 200 to the army's
// special forces". The body makes the number personnel; a second number
// after "and" that repeats the place ("and 200 to the army's special
// forces") is read the same way.

// belongVerbs say which body a number of people is part of, before the
// preposition that names it (words_troops.tsv belong-verb).
var belongVerbs = wordList("belong-verb")

// belongToForce reads a bare number n that belongs to, is from or comes
// from an armed or police body, or that a second "and N to/from the
// body" adds to such a number in its clause.
func (a *analysis) belongToForce(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if e+2 >= len(toks) || n.value < 2 || a.isYear(n) || toks[e].sent != toks[n.first].sent {
		return Troops{}, false
	}
	if belongVerbs.hasToken(&toks[e]) && (toks[e+1].lower == "to" || toks[e+1].lower == "from") {
		e++
	} else if !a.belongGapped(n) || toks[e].lower != "to" && toks[e].lower != "from" {
		return Troops{}, false
	}
	lim, ok := a.forceBodyAfter(e + 1)
	if !ok || a.isCasualty(n.first, lim) || a.casualtyOpens(n.first) {
		return Troops{}, false
	}
	country := a.troopCountry(n.first, lim, false)
	return a.makeTroops(n, lim, country, a.d.text[toks[e+1].start:toks[lim-1].end], rule), true
}

// belongGapped reports "and" right before the number n after a number
// that a belong verb placed earlier in the clause: "400 belong to the
// National Guard and 200 ...".
func (a *analysis) belongGapped(n number) bool {
	toks := a.d.toks
	h := n.hedge - 1
	if h < 4 || toks[h].lower != "and" {
		return false
	}
	for k := h - 1; k > h-10 && k > 0 && toks[k].sent == toks[h].sent && toks[k].text != ";"; k-- {
		if belongVerbs.hasToken(&toks[k]) && toks[k-1].kind == tNum {
			return true
		}
	}
	return false
}

// forceBodyAfter returns the end of an armed or police body's name that
// starts at j ("the National Guard", "the army's special forces", "its
// police"), a few words long.
func (a *analysis) forceBodyAfter(j int) (int, bool) {
	toks := a.d.toks
	if j < len(toks) && (toks[j].lower == "the" || possessivePronoun(toks[j].lower)) {
		j++
	}
	for k := j; k < len(toks) && k < j+5 && toks[k].kind != tPunct || k < len(toks) && toks[k].lower == "'s"; k++ {
		if forceBodies.hasToken(&toks[k]) && (k+1 >= len(toks) || toks[k+1].kind != tWord || !forceBodies.hasToken(&toks[k+1]) && toks[k+1].lower != "'s") {
			return k + 1, true
		}
	}
	return 0, false
}

// casualtyOpens reports a word of casualty between the start of the
// sentence and first: "Of the 50 dead, 40 belonged to the army" counts
// the dead.
func (a *analysis) casualtyOpens(first int) bool {
	toks := a.d.toks
	for k := a.d.sents[toks[first].sent].first; k < first; k++ {
		if casualtyWords.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
