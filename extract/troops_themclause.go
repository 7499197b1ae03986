package extract

// "N of them" in the sentence that names a state's personnel without a
// figure: "Eritrean troops remained in six districts, and some 4,000 of
// them were still stationed inside Tigray".

// themOfNamedTroops reads "N of them" opening a clause (after "that",
// "and" or a comma) whose verb keeps personnel somewhere, when a state's
// strong personnel noun stands earlier in the sentence with no number
// between: a part of them, of that state. "of them were killed" is a
// toll, and a noun of no stated state is left to the other rules.
func (a *analysis) themOfNamedTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if n.value < 2 || e+3 >= len(toks) || toks[e].lower != "of" || toks[e+1].lower != "them" || n.hedge < 1 || a.isYear(n) {
		return Troops{}, false
	}
	if w := toks[n.hedge-1].lower; w != "that" && w != "and" && w != "," {
		return Troops{}, false
	}
	at := -1
	for k := n.hedge - 1; k >= a.d.sents[toks[n.first].sent].first && at < 0; k-- {
		if toks[k].kind == tNum && !a.yearAt(k) {
			return Troops{}, false // another figure between; a year ("since 1999") is none
		}
		if _, ok := a.strongPersonnelAt(k); ok {
			at = k
		}
	}
	if at < 0 || a.isCasualty(n.hedge, e+2) || a.isCasualty(at, at+1) || !a.keptVerbAfter(e+2, int(toks[n.first].sent)) {
		return Troops{}, false
	}
	country := a.troopCountry(at, at+1, false)
	if country == "" {
		return Troops{}, false
	}
	u, _ := a.strongPersonnelAt(at)
	return a.makeTroops(n, e+2, country, u, rule), true
}

// keptVerbAfter reports, within four words from k in sentence sent, a
// verb that keeps personnel somewhere: "were still stationed", "remain",
// "are rotated every few weeks".
func (a *analysis) keptVerbAfter(k, sent int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+4 && int(toks[j].sent) == sent; j++ {
		if (troopVerbs.hasToken(&toks[j]) || deployVerbs.hasToken(&toks[j])) && toks[j].lower != "has" && toks[j].lower != "have" {
			return true
		}
	}
	return false
}

// peopledNouns name a place or a people whose size is a population.
var peopledNouns = wordList("peopled-noun")

// populationFigure reports n after "a country of", "a population of":
// "9,000 officers for a country of 11.7 million" counts the people, not
// personnel.
func (a *analysis) populationFigure(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	return k >= 2 && toks[k].lower == "of" && peopledNouns.hasToken(&toks[k-1]) && (toks[k-2].lower == "a" || toks[k-2].lower == "its" || toks[k-2].lower == "the")
}
