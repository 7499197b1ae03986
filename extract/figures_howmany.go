package extract

// A figure said first on its own and then glossed: "Two thousand. That is
// how many Marines Washington has ordered to stay", "Forty-one: that is
// how many people the fire killed." The gloss after "how many" is the
// number's phrase, as if the number stood in its place.

// howManyGloss returns the token after "how many" of the gloss that
// follows the number n, when n is the whole of its sentence (or of the
// part before a colon or a dash) and the gloss is "That is / That's /
// That was / This is how many".
func (a *analysis) howManyGloss(n number) (int, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	if n.hedge != s.first && !(n.hedge > s.first && toks[n.hedge-1].kind == tQuote) {
		return 0, false
	}
	k := n.lim
	if k < len(toks) && (toks[k].text == "." || toks[k].text == ":" || toks[k].text == "-" || toks[k].text == "—") {
		k++
	}
	if k+3 >= len(toks) || toks[k].para != toks[n.first].para {
		return 0, false
	}
	if w := toks[k].lower; w != "that" && w != "this" {
		return 0, false
	}
	k++
	if w := toks[k].lower; w == "'s" || w == "is" || w == "was" || w == "are" {
		k++
	}
	if toks[k].lower != "how" || toks[k+1].lower != "many" {
		return 0, false
	}
	return k + 2, true
}

// howManyTroops reads a bare number glossed by "That is how many" and
// personnel, of the state written with them or the state of the gloss:
// "Two thousand. That is how many US Marines Washington has ordered to
// stay aboard". Personnel hurt or killed in the gloss are a toll.
func (a *analysis) howManyTroops(n number, rule string) (Troops, bool) {
	j, ok := a.howManyGloss(n)
	if !ok {
		return Troops{}, false
	}
	toks := a.d.toks
	s := a.d.sents[toks[j].sent]
	for k := j; k < s.lim; k++ {
		if kinds, _ := a.deathKindsAt(k); kinds != 0 {
			return Troops{}, false // "That is how many soldiers died"
		}
	}
	p := j
	for p < s.lim && p < j+3 {
		if _, ok := a.strongPersonnelAt(p); ok {
			break
		}
		p++
	}
	if p == s.lim || p == j+3 {
		return Troops{}, false // "That is how many tickets were sold"
	}
	country := ""
	for k := j; k < s.lim && country == ""; k++ {
		country, _ = a.stateAt(k)
	}
	t := a.makeTroops(n, n.lim, country, toks[p].text, rule)
	return t, true
}

// howManyDeaths reads a bare number glossed by "That is how many" and a
// clause of death, or the answer to a question of how many died: "Forty-one.
// That is how many people the fire killed.", "Q: How many people have died
// in Sudan's war? A: At least 150,000". A gloss or a question of the hurt
// or the rescued is none.
func (a *analysis) howManyDeaths(n number) (Deaths, bool) {
	if j, ok := a.howManyGloss(n); ok && a.deathsNotHurt(j, a.d.sents[a.d.toks[j].sent].lim) {
		return a.makeDeath(n, n.hedge, n.lim, ruleDeathToll), true
	}
	if j, lim, ok := a.howManyAnswer(n); ok && a.deathsNotHurt(j, lim) {
		return a.makeDeath(n, n.hedge, n.lim, ruleDeathToll), true
	}
	return Deaths{}, false
}

// deathsNotHurt reports words from j to lim that tell of a death (more
// than a bare toll or death noun) and none of the hurt: the clause a "how
// many" question or gloss counts.
func (a *analysis) deathsNotHurt(j, lim int) bool {
	died := false
	for k := j; k < lim; k++ {
		kinds, _ := a.deathKindsAt(k)
		if hasKind(kinds, dHurt) {
			return false
		}
		died = died || kinds&^(1<<dToll|1<<dNoun) != 0
	}
	return died
}
