package extract

// Troop figures set beside personnel named in their own sentence, with no
// noun after the number: "the blue helmets it keeps in Congo, roughly 800
// in number,", "Numbering close to 3,000, the Egyptian force ...", "sent
// Carabineros to the border: 600 of them".

// ruleTroopApposed names the figures read by the rules of this file.
const ruleTroopApposed = "apposed-number"

// apposedPersonnel returns the last strong personnel noun of the sentence
// before token lim, and its token; -1 when there is none.
func (a *analysis) apposedPersonnel(lim int) (string, int) {
	toks := a.d.toks
	s := a.d.sents[toks[lim].sent]
	for k := lim - 1; k >= s.first; k-- {
		if u, ok := a.strongPersonnelAt(k); ok && (k == s.first || !a.casualtyBeforeAt(k-1)) {
			return u, k
		}
	}
	return "", -1
}

// casualtyBeforeAt reports a word at k that makes the personnel after it
// a toll: "killing soldiers".
func (a *analysis) casualtyBeforeAt(k int) bool {
	return casualtyBefore.hasToken(&a.d.toks[k])
}

// apposedState returns the state of personnel at p in the sentence of the
// figure at first: written before them ("Thai rangers"), the corps' own
// ("Carabineros"), or the state that acts in the sentence.
func (a *analysis) apposedState(p, first int) string {
	if c, ok := a.stateAt(p - 1); ok {
		return c
	}
	toks := a.d.toks
	if vals, lim := a.lx.personnel.match(toks, p, true); lim > 0 {
		if c := a.lx.personnelHome[vals[0]]; c != "" {
			return c
		}
	}
	return a.actingState(a.d.sents[toks[first].sent].first, first, false)
}

// inNumberTroops reads "N in number" in an aside after personnel: "the
// blue helmets it keeps in Congo, roughly 800 in number, will stay".
// Personnel killed or hurt in the sentence are a toll.
func (a *analysis) inNumberTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if e+1 >= len(toks) || toks[e].lower != "in" || toks[e+1].lower != "number" || n.hedge < 1 || toks[n.hedge-1].text != "," {
		return Troops{}, false
	}
	u, p := a.apposedPersonnel(n.hedge - 1)
	if p < 0 || a.isCasualty(n.hedge, e+2) {
		return Troops{}, false
	}
	return a.makeTroops(n, e+2, a.apposedState(p, n.first), u, ruleTroopApposed), true
}

// frontedNumbering reads "Numbering N," that opens a sentence whose
// subject is a force or personnel: "Numbering close to 3,000, the
// Egyptian force would be the largest Cairo has sent"; not "Numbering
// 3,000, the crowd filled the square".
func (a *analysis) frontedNumbering(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	s := a.d.sents[toks[n.first].sent]
	if k != s.first || toks[k].lower != "numbering" || n.lim >= s.lim || toks[n.lim].text != "," {
		return Troops{}, false
	}
	for p := n.lim + 1; p < s.lim && p <= n.lim+4; p++ {
		_, strong := a.strongPersonnelAt(p)
		if !strong && !forceNouns.hasToken(&toks[p]) {
			continue
		}
		if a.isCasualty(n.hedge, p+1) {
			return Troops{}, false
		}
		country := ""
		for j := n.lim + 1; j < p && country == ""; j++ {
			country, _ = a.stateAt(j)
		}
		return a.makeTroops(n, n.lim, country, toks[p].text, ruleTroopApposed), true
	}
	return Troops{}, false
}

// colonOfThem reads "N of them" after a colon that closes a clause
// sending personnel: "approved sending Carabineros to the border: 600 of
// them". The clause must send or deploy them.
func (a *analysis) colonOfThem(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	e := n.lim
	if k < 1 || toks[k].text != ":" || e+1 >= len(toks) || toks[e].lower != "of" || toks[e+1].lower != "them" {
		return Troops{}, false
	}
	u, p := a.apposedPersonnel(k)
	if p < 0 || a.isCasualty(n.hedge, e+2) {
		return Troops{}, false
	}
	sends := false
	for j := a.d.sents[toks[k].sent].first; j < k; j++ {
		w := toks[j].lower
		sends = sends || deployVerbs.has(w) || troopVerbs.has(w) && w != "has" && w != "have"
	}
	if !sends {
		return Troops{}, false
	}
	return a.makeTroops(n, e+2, a.apposedState(p, n.first), u, ruleTroopApposed), true
}

// eachFormationAt reports a singular formation or force noun at k that
// "each" before it in the sentence from first gives to every state of a
// pair: "The Netherlands and Norway each sent a battlegroup".
func (a *analysis) eachFormationAt(first, k int) bool {
	toks := a.d.toks
	if !formationNouns.hasToken(&toks[k]) && !forceNouns.hasToken(&toks[k]) && !deployedUnits.hasToken(&toks[k]) {
		return false
	}
	for j := k - 1; j >= first && j >= k-6; j-- {
		if toks[j].lower == "each" {
			return true
		}
	}
	return false
}

// modifiedArticle returns the index of the word before the noun at k
// past up to two lower-case modifiers: the "a" of "a coastal jaeger
// company"; k-1 when no article stands there.
func (a *analysis) modifiedArticle(k int) int {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := toks[j].lower; {
		case w == "a" || w == "an" || w == "one":
			return j
		case toks[j].kind != tWord || toks[j].cap || phraseStops.hasToken(&toks[j]):
			return k - 1
		}
	}
	return k - 1
}

// thatSender returns the state that sends a force in a relative clause
// with "that" or "which" at k after its size: "a company of 180 that
// Helsinki offered in December"; else "".
func (a *analysis) thatSender(k int) string {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "that" && toks[k].lower != "which" {
		return ""
	}
	return a.relativeSender(k + 1)
}
