package extract

// Bodies counted as the object of any verb: a mortuary that "received 14
// bodies", a hospital that "had taken in 22 bodies", a Red Cross that
// "could account for 23 bodies". A number right before "bodies" with a verb
// before it counts the dead whatever the verb; the verbs that find bodies
// (bodyFoundVerbs) need not be listed one by one.

// bodyParticles may stand between a verb and the bodies it takes: "taken
// in", "account for", "handed over".
var bodyParticles = closedSet("in", "for", "over", "back", "out", "up", "off")

// closedModals before the verb make the bodies a capacity or deny them:
// "can hold 200 bodies", "had not received 12 bodies".
var closedModals = closedSet("can", "cannot", "will", "not", "no", "never")

// foundingVerbs make or unmake bodies that are organisations: "set up
// two bodies", "merged three bodies into one".
var foundingVerbs = wordList("founding-verb")

// bodiesObjectOf reports a verb at v, the word right before the number of
// "N bodies", whose object the bodies are: a lower-case word that is no
// function word, preposition nor auxiliary, or a particle after such a
// word. "between two bodies", "of the 12 bodies", "the two bodies" are
// not objects, nor are organisations founded or merged; a capacity ("can hold 200 bodies") is no count of the dead,
// though "could account for" is a past ability.
func (a *analysis) bodiesObjectOf(v int) bool {
	toks := a.d.toks
	if v >= 0 && toks[v].lower == "and" {
		v = a.objectBeforeAnd(v) // "had taken in 15 wounded and four bodies"
	}
	if v >= 0 && bodyParticles.hasToken(&toks[v]) {
		v--
	}
	if v < 0 || !a.verbLikeWord(v) || foundingVerbs.hasToken(&toks[v]) {
		return false
	}
	s := a.d.sents[toks[v].sent]
	for k := max(s.first, v-3); k < v; k++ {
		if a.modalAt(k) && toks[k].lower != "could" || closedModals.hasToken(&toks[k]) {
			return false
		}
	}
	return true
}

// verbLikeWord reports a lower-case content word at k that may be a verb:
// no function word, preposition, auxiliary of being, number or hedge.
func (a *analysis) verbLikeWord(k int) bool {
	t := &a.d.toks[k]
	if t.kind != tWord || t.cap || npFunctionWords.hasToken(t) || prepositions.hasToken(t) || phraseStops.hasToken(t) {
		return false
	}
	return !mayBeNumber(t) && !hedgeWord(t.lower) && !a.figureClass(k, fcBeAux)
}

// bodiesToAct reports "bodies" before k that act as organisations do:
// "two bodies to oversee the vote", "two bodies that regulate banks".
// The dead are acted on: "bodies that were found", "bodies to be
// identified".
func bodiesToAct(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "to":
		return toks[k+1].lower != "be" && toks[k+1].kind == tWord && !toks[k+1].cap
	case "that", "which":
		return !beAux.hasToken(&toks[k+1]) && !haveAux.hasToken(&toks[k+1])
	}
	return false
}

// foundToBe reports a verb of finding after "bodies" at j that judges
// them rather than finds them: "three bodies were found to have been
// counted twice", "the bodies were found to be animal bones".
func foundToBe(toks []token, j int) bool {
	for k := j; k+2 < len(toks) && k < j+3; k++ {
		if bodyFoundVerbs.hasToken(&toks[k]) {
			// "found to have been", "found to be"; not "brought to the mortuary"
			return toks[k+1].lower == "to" && (toks[k+2].lower == "have" || toks[k+2].lower == "be")
		}
	}
	return false
}

// objectBeforeAnd returns the word before a counted object of the hurt
// or the dead ("15 wounded", "30 injured") that "and" at k joins the bodies to, for the verb of
// both to be read there; else -1.
func (a *analysis) objectBeforeAnd(k int) int {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].kind == tPunct || toks[j].sent != toks[k].sent {
			return -1
		}
		if n, ok := a.countAt(j); ok && n.first == j && n.lim < k {
			if kinds, _ := a.deathKindsAt(n.lim); kinds == 0 {
				return -1 // "12 states and four bodies": no hurt or dead beside them
			}
			return n.hedge - 1
		}
	}
	return -1
}
