package extract

import "strings"

// A part of a whole sent, both bare, after personnel named earlier in the
// sentence: "the remaining National Guard troops ...; the Pentagon said
// 1,700 of the 4,000 sent in June were still in the city". The whole's
// participle of deployment makes it personnel, of the noun told before.

// partOfSentTroops reads n as the part ("1,700 of the 4,000 sent") or
// the whole ("the 4,000 sent") of such a pair, with the unit of the last
// strong personnel noun before the pair in its sentence.
func (a *analysis) partOfSentTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	part, whole := n, n
	if n.lim+2 < len(toks) && toks[n.lim].lower == "of" && toks[n.lim+1].lower == "the" {
		w, ok := a.d.parseNumber(n.lim + 2)
		if !ok || w.hedge != n.lim+2 {
			return Troops{}, false
		}
		whole = w
	} else if k := n.hedge - 2; k >= 1 && toks[k].lower == "of" && toks[k+1].lower == "the" {
		p, ok := a.numberEndingAt(k)
		if !ok {
			return Troops{}, false
		}
		part = p
	} else {
		return Troops{}, false
	}
	if part.value >= whole.value || part.age || whole.age || a.isYear(whole) || a.isYear(part) || !a.sentParticipleAt(whole.lim) {
		return Troops{}, false
	}
	unit := ""
	for j := part.hedge - 1; j >= a.d.sents[toks[n.first].sent].first && unit == ""; j-- {
		unit, _ = a.strongPersonnelAt(j) // the last one before the pair
	}
	if unit == "" || a.isCasualty(n.hedge, n.lim) || a.casualtyInClause(whole.lim) {
		return Troops{}, false // "40 of the 300 deployed were killed": the dead's count
	}
	return a.makeTroops(n, n.lim, a.troopCountry(n.first, n.lim, false), unit, rule), true
}

// sentParticipleAt reports a past participle of deployment at k: "sent",
// "deployed", "mobilized".
func (a *analysis) sentParticipleAt(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || !deployVerbs.hasToken(&toks[k]) {
		return false
	}
	return strings.HasSuffix(toks[k].lower, "ed") || irregularDeployed.hasToken(&toks[k])
}

// irregularDeployed are the past participles of deployment not in "-ed":
// "sent", "kept".
var irregularDeployed = wordList("irregular-deployed")

// casualtyInClause reports a word of casualty from k to the end of its
// clause.
func (a *analysis) casualtyInClause(k int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && toks[j].sent == toks[k].sent && toks[j].text != ";" && toks[j].text != "."; j++ {
		if casualtyWords.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}
