package extract

// A deployed unit's size told by "be": "the contingent in Bosnia is about
// 250", "Lithuania's contribution to the mission will be no more than 80",
// "the battalion rotates out in May; the next one will be no more than
// 300".

// ruleTroopUnitIs names the size of a unit given by a verb of being.
const ruleTroopUnitIs = "unit-is-number"

// beVerbs give a subject's size after them: "is", "will be", "remains".
var beVerbs = closedSet("is", "was", "are", "were", "be", "remains", "remain", "remained", "stays", "stay")

// unitIsNumber reads a bare number after a verb of being whose subject
// is a deployed unit ("the contingent", "the battalion"), a state's share
// ("Lithuania's contribution") in a sentence of a mission or personnel, or
// "the next one" after a unit: the unit's size. The number ends its
// phrase ("the contingent is 40 km away" is a distance, read before).
func (a *analysis) unitIsNumber(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	v := n.hedge - 1
	for v > 0 && (toks[v].lower == "now" || toks[v].lower == "still" || toks[v].lower == "currently") {
		v-- // "is now about 300"
	}
	if v < 1 || !beVerbs.hasToken(&toks[v]) || n.value < 2 || a.isYear(n) || !a.bareNumberEnds(n) {
		return Troops{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	h := v - 1
	for h > s.first && (modalVerbs.hasToken(&toks[h]) || isAdverb(toks[h]) || toks[h].lower == "now" || toks[h].lower == "still") {
		h--
	}
	head := -1 // the leftmost unit noun of the subject
	for j := h; j >= s.first && j > h-8; j-- {
		if toks[j].kind != tWord || toks[j].lower != "to" && auxWords.hasToken(&toks[j]) || relativeStarts.hasToken(&toks[j]) || a.lx.speech[toks[j].lower] != "" {
			break // the subject's phrase, past "to the mission", "in Mali"
		}
		// not "the mission", whose "is now 60" may be its age
		if deployedUnits.hasToken(&toks[j]) && toks[j].lower != "mission" || shareNouns.hasToken(&toks[j]) || toks[j].lower == "one" {
			head = j
		}
	}
	if head < 0 || a.isCasualty(head, n.lim) {
		return Troops{}, false
	}
	country, ok := a.unitIsOwner(n, head, s.first)
	if !ok {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, country, "troops", rule), true
}

// unitIsOwner returns the state of the unit at head whose size n is, and
// whether the unit is one of personnel: a deployed unit's owner, a
// share's state when personnel or a mission are told near it, or for
// "the next one" the state of the unit told just before in its sentence
// or the one before.
func (a *analysis) unitIsOwner(n number, head, first int) (string, bool) {
	toks := a.d.toks
	switch {
	case toks[head].lower == "one":
		if head < 2 || !continuationWords.hasToken(&toks[head-1]) || toks[head-2].lower != "the" {
			return "", false
		}
		for j := head - 2; j >= a.sentenceBeforeFirst(head); j-- {
			if formationNouns.hasToken(&toks[j]) || deployedUnits.hasToken(&toks[j]) {
				if a.lastTroop.country != "" && a.lastTroop.sent >= int(toks[j].sent) {
					return a.lastTroop.country, true // "The Irish battalion, about 330 soldiers, ...; the next one"
				}
				return a.unitOwner(j, a.d.sents[toks[j].sent].first), true
			}
		}
		return "", false
	case shareNouns.hasToken(&toks[head]) && !deployedUnits.hasToken(&toks[head]):
		c := a.unitOwner(head, first)
		if c == "" {
			return "", false // "the contribution will be 80": whose, of what
		}
		personnel, _ := a.nearbyPersonnel(n.first, n.lim)
		return c, personnel != "" || a.missionNounIn(first, n.hedge)
	case !a.unitHead(head):
		return "", false
	}
	if c := a.unitOwner(head, first); c != "" {
		return c, true
	}
	// a state's unit by "its" ("Budapest says its contingent will be
	// 250"), or personnel told near it: the unit is one of personnel ("The
	// mission is 20" may be its age)
	c := a.troopCountry(n.first, n.lim, false)
	personnel, _ := a.nearbyPersonnel(n.first, n.lim)
	// "the battalion counted 650 men; the current contingent is about
	// 340": the unit of a figure just read
	last := a.lastFigure.unit != "" && a.lastFigure.sent == int(toks[n.first].sent)
	if last && c == "" {
		c = a.lastFigure.country
	}
	return c, personnel != "" || last || c != "" && head > 0 && ownerPronouns[toks[head-1].lower]
}

// bareNumberEnds reports the number n ending its phrase: punctuation, the
// sentence's end, or a word that opens a place or a time after it.
func (a *analysis) bareNumberEnds(n number) bool {
	toks := a.d.toks
	e := n.lim
	return e >= len(toks) || toks[e].sent != toks[n.first].sent || toks[e].kind == tPunct || ellipsisEnds.hasToken(&toks[e])
}
