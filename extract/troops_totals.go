package extract

// ruleTroopTotal names a bare number that a force's or a mission's
// headcount marker ends: "in all", "in total", "on its rolls".
const ruleTroopTotal = "force-total"

// forceTotal reads a bare number that a marker of a headcount follows
// ("in all", "in total", "all told", "on its rolls", "on the books"):
// the size of a force, a mission or a contingent told before it, either
// in an apposition right after its noun ("The troops, some 900 in all,
// are drawn from ...") or as the object of a verb of having or counting
// whose subject is such a force in the sentence ("the force now counts
// some 1,270 in all") or a pronoun right after a sentence that told one
// ("UNDOF may deploy 1,250 troops. It had 1,146 on its rolls"). A
// sentence of the dead or hurt is none.
func (a *analysis) forceTotal(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || a.isYear(n) || !a.headcountMarkerAt(n.lim, int(toks[n.first].sent)) || a.sentenceHas(n.first, casualtyWords.words()) {
		return Troops{}, false
	}
	unit, country := "", ""
	if h := a.appositionHead(k); h >= 0 && a.personnelFromBody(h) >= 0 {
		unit = toks[a.personnelFromBody(h)].text // "Guards from the Kyrgyz border service, 450 in all,"
	} else if h >= 0 && forceNouns.hasToken(&toks[h]) {
		unit = toks[h].text // "The troops, some 900 in all,", "Dutch troops in Lithuania, 270 in all,"
	} else if h >= 0 && a.strongPersonnelEndsAt(h) {
		// "A unit of Senegalese gendarmes, 140 in all,": strong personnel
		s := a.strongSizedStart(h)
		unit = a.d.text[toks[s].start:toks[h].end]
		if s > 0 {
			country, _ = a.stateAt(s - 1)
		}
	} else if h >= 0 && reliefNouns.hasToken(&toks[h]) && (a.figureBeforeInPara(n.first) || a.stateUnitBefore(h)) {
		// "600 Zambian peacekeepers left; their Rwandan replacements, 650
		// in all, landed": those who relieve personnel just counted
		unit = toks[h].text
		country, _ = a.stateAt(h - 1)
	} else {
		for k > 0 && (isAdverb(toks[k]) || toks[k].lower == "now" || toks[k].lower == "only") {
			k--
		}
		if !haveWords.hasToken(&toks[k]) && !numberingVerbs.hasToken(&toks[k]) && toks[k].lower != "number" {
			return Troops{}, false
		}
		unit = a.totalSubject(k)
	}
	if unit == "" {
		return Troops{}, false
	}
	if country == "" {
		country = a.troopCountry(n.first, n.lim, false)
	}
	if h := a.appositionHead(k); h >= 0 && toks[h].text == unit {
		if c, ok := a.forceNounState(h); ok {
			country = c // "The troops from Dhaka, some 1,200 in all,"
		}
	}
	return a.makeTroops(n, n.lim, country, unit, rule), true
}

// reliefNouns name those who take over from personnel: "replacements",
// "successors".
var reliefNouns = wordList("relief-noun")

// figureBeforeInPara reports a troop figure read before first in its
// paragraph.
func (a *analysis) figureBeforeInPara(first int) bool {
	return a.lastFigure.unit != "" && a.lastFigure.para == int(a.d.toks[first].para)
}

// stateUnitBefore reports a formation or a deployed unit that a state's
// adjective or possessive names, in the sentence of h before it or the
// sentence before: "The Malawian company left Goma; their Tanzanian
// successors, 180 in all," relieve personnel told without a figure.
func (a *analysis) stateUnitBefore(h int) bool {
	toks := a.d.toks
	for j := h - 1; j > 0 && j >= a.sentenceBeforeFirst(h); j-- {
		if !formationNouns.hasToken(&toks[j]) && !deployedUnits.hasToken(&toks[j]) {
			continue
		}
		if _, ok := a.stateAt(j - 1); ok {
			return true
		}
	}
	return false
}

// appositionHead returns the noun that an apposition after the comma at
// c describes, past a place it is in or from: "The troops, some 900 in
// all", "Dutch troops in Lithuania, 270 in all"; else -1.
func (a *analysis) appositionHead(c int) int {
	toks := a.d.toks
	if c < 1 || toks[c].text != "," {
		return -1
	}
	h := c - 1
	if p := a.placeAt[h]; p >= 0 && a.places[p].lim == c && a.places[p].first > 1 {
		if w := toks[a.places[p].first-1].lower; w == "in" || w == "from" || w == "at" {
			h = a.places[p].first - 2
		}
	}
	return h
}

// haveWords are the forms of "have" that give what a force holds.
var haveWords = closedSet("has", "had", "have")

// headcountMarkerAt reports a marker of a whole headcount at e, in the
// sentence sent: "in all", "in total", "all told", "on its rolls", "on
// the books".
func (a *analysis) headcountMarkerAt(e, sent int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || int(toks[e+1].sent) != sent {
		return false
	}
	w, x := toks[e].lower, toks[e+1].lower
	switch {
	case w == "in" && (x == "all" || x == "total"), w == "all" && x == "told":
		return true
	case w == "on" && e+2 < len(toks) && (x == "its" || x == "the" || x == "their"):
		y := toks[e+2].lower
		return y == "rolls" || y == "books" || y == "roster" || y == "payroll"
	}
	return false
}

// totalSubject returns the noun of the force, mission or personnel that
// is the subject of the verb at v, in the sentence before it, or for a
// pronoun subject right before the verb, the personnel of the sentence
// before; else "".
func (a *analysis) totalSubject(v int) string {
	toks := a.d.toks
	s := a.d.sents[toks[v].sent]
	for j := v - 1; j >= s.first && j >= v-8; j-- {
		if forceNouns.hasToken(&toks[j]) || missionNouns.hasToken(&toks[j]) {
			return toks[j].text
		}
		if toks[j].kind == tPunct {
			break
		}
	}
	if p := v - 1; p == s.first && (toks[p].lower == "it" || toks[p].lower == "they") && int(toks[v].sent) > 0 {
		if unit, at := a.personnelInSentenceBefore(s.first); unit != "" && !a.isCasualty(at, at+1) {
			return unit // "The attack killed 40 soldiers. It had 12 in all." is none
		}
	}
	return ""
}

// partOrdinals before a group's noun make it one part of a deployment:
// "a first group", "an advance party", "the final batch".
var partOrdinals = wordList("part-ordinal")

// partNouns name a part of a deployment besides the force nouns: "an
// advance party", "the next wave".
var partNouns = wordList("part-noun")

// allowanceVerbs before a mission's figure give its allowed strength: "was
// allowed 600 monitors".
var allowanceVerbs = wordList("allowance-verb")

// firstPartOf reads "a first group of 180", "an advance party of 90",
// "the final batch of 200": a part of a deployment whose personnel the
// sentence or the one before names ("Hanoi has offered to send
// peacekeepers to Abyei. A first group of 180 is expected in March"),
// when a verb, not a noun, follows the number ("a first batch of 200
// vaccines" is none). The state is the one the figure's sentence gives,
// else that of the deployment told before.
func (a *analysis) firstPartOf(n number, noun int, rule string) (Troops, bool) {
	toks := a.d.toks
	w := toks[noun].lower
	// "A first wave of 400 officers ..., followed by a second of 600": the
	// part's noun left out after an ordinal, told before in the sentence
	elided := noun > 0 && partOrdinals.has(w) && (toks[noun-1].lower == "a" || toks[noun-1].lower == "the") && a.partNamedBefore(noun)
	if noun < 1 || !elided && (!partOrdinals.hasToken(&toks[noun-1]) || !forceNouns.has(w) && !partNouns.has(w)) || !a.verbAfterPart(n) {
		return Troops{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	unit, at := "", -1
	for k := s.first; k < noun-1 && unit == ""; k++ {
		if u, ok := a.strongPersonnelAt(k); ok {
			unit, at = u, k
		}
	}
	if unit == "" {
		unit, at = a.personnelInSentenceBefore(n.first)
	}
	if unit == "" && a.lastFigure.sent == int(toks[n.first].sent) && a.lastFigure.unit != "" {
		// "flown in about 400 officers; a second group of 200": weak
		// personnel of a figure read in the sentence
		unit, at = a.lastFigure.unit, noun
	}
	if l := a.lastTroop; unit == "" && l.unit != "" && int(toks[n.first].sent)-l.sent <= 2 && int(toks[n.first].para)-l.para <= 1 {
		// "ordered 400 members of the National Guard to the border. ...
		// An initial group of 150 is expected by Friday": a part of the
		// deployment told two sentences before (ht1)
		unit, at = l.unit, noun
	}
	if unit == "" || a.isCasualty(at, at+1) || a.isCasualty(noun, n.lim) {
		return Troops{}, false
	}
	country := a.troopCountry(noun, n.lim, false)
	if country == "" && a.lastTroop.country != "" && a.lastTroop.sent >= int(toks[n.first].sent)-1 {
		country = a.lastTroop.country
	} else if country == "" && at < s.first {
		country, _ = a.deployerState(a.d.sents[toks[at].sent].first, at)
	}
	t := a.makeTroops(n, n.lim, country, unit, rule)
	t.Start = int(toks[noun-1].start)
	return t, true
}

// partNamedBefore reports an ordinal and a part's or a force's noun
// ("first wave", "initial contingent") before k in its sentence or the
// one before.
func (a *analysis) partNamedBefore(k int) bool {
	toks := a.d.toks
	for j := a.sentenceBeforeFirst(k); j+1 < k; j++ {
		if partOrdinals.hasToken(&toks[j]) && (partNouns.hasToken(&toks[j+1]) || forceNouns.hasToken(&toks[j+1])) {
			return true
		}
	}
	return false
}

// verbAfterPart reports the number n ending its phrase before a verb or
// the clause's end: "of 180 is expected", "of 200 leaves", "of 90
// arrived".
func (a *analysis) verbAfterPart(n number) bool {
	toks := a.d.toks
	e := n.lim
	if e >= len(toks) || toks[e].sent != toks[n.first].sent || toks[e].kind == tPunct {
		return true
	}
	x := toks[e].lower
	// "an advance party of 300 on Sunday", "a first group of 200 in
	// March": a preposition of place or time ends the part's phrase too
	return auxWords.has(x) || movedVerbs.has(x) || troopVerbs.has(x) || pastVerbAt(toks, e) || x == "leaves" || x == "arrives" || x == "lands" || movementWord(x)
}

// ceilingNouns give the size a force may reach: "an authorised strength
// of 3,000", "a ceiling of 2,500", "a cap of 1,400".
var ceilingNouns = closedSet("strength", "ceiling", "cap", "complement")

// strengthOfForce reads "an authorised strength of about 3,000", "a
// ceiling of 2,500 for the mission": the size a force or a mission of the
// sentence may reach, the number ending its phrase ("a strength of 12
// volts" is none).
func (a *analysis) strengthOfForce(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "of" || !ceilingNouns.hasToken(&toks[k-1]) || a.isYear(n) {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !afterNationals.hasToken(&toks[e]) && toks[e].lower != "by" && toks[e].lower != "men" && !plannedParticiples.hasToken(&toks[e]) {
		return Troops{}, false // "a strength of 2,800 men" counts the force's men (fx11t)
	}
	s := a.d.sents[toks[n.first].sent]
	for j := s.first; j < s.lim; j++ {
		_, strong := a.strongPersonnelAt(j)
		w := toks[j].lower
		if !(strong || forceNouns.has(w) || missionNouns.has(w)) || standingForces.has(w) || a.isCasualty(j, j+1) {
			continue // "The army has a strength of 12" is its size
		}
		country := a.unitOwner(j, s.first) // "Britain's battlegroup"; a multinational mission's is no one state's
		if !missionNouns.has(w) && a.lastTroop.sent == int(toks[n.first].sent) && a.lastTroop.country != "" && (k > 1 && toks[k-2].lower == "'s" || k > 2 && toks[k-3].lower == "'s") {
			country = a.lastTroop.country // "some 500 German troops ..., with the brigade's full strength of 4,800"
		} else if !missionNouns.has(w) {
			country = a.troopCountry(k-1, n.lim, false)
		}
		t := a.makeTroops(n, n.lim, country, "troops", rule)
		t.Start = int(toks[k-1].start)
		return t, true
	}
	return Troops{}, false
}

// plannedParticiples may follow a planned strength: "with the brigade's
// full strength of 4,800 expected by 2027".
var plannedParticiples = closedSet("expected", "planned", "envisaged", "due")

// moreToCome reads "N more" after a troop figure of the same sentence,
// before a verb or the clause's end: "Estonia has 110 soldiers in Iraq,
// and 40 more will join them next month", "Kenya has 400 officers in
// Haiti, and 200 more are due in May"; "N others" and "another N" too,
// and after "where" ("sent 40 marines to the shoal, where nine others are
// stationed"). They are more of the same personnel, of the same state.
func (a *analysis) moreToCome(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, e := n.hedge-1, n.lim
	last, ok := a.lastFigureOf(int(toks[n.first].sent))
	if k < 0 || e >= len(toks) || !ok || a.isYear(n) {
		return Troops{}, false
	}
	if k > 0 && toks[k].lower == "another" {
		k, e = k-1, e-1 // "and another 1,000 were waiting": "another" for "more"
	} else if w := toks[e].lower; w != "more" && w != "others" {
		return Troops{}, false // "and 40 more", "where nine others are stationed"
	}
	if toks[k].lower == "that" && k > 0 && toks[k-1].lower == "and" {
		k-- // "said some 4,800 troops had been sent ... and that 2,000 more were being held in reserve"
	}
	if w := toks[k].lower; w != "and" && w != "with" && w != "where" && toks[k].text != "," {
		return Troops{}, false
	}
	if x := e + 1; x < len(toks) && toks[x].sent == toks[n.first].sent && toks[x].kind == tWord && !auxWords.hasToken(&toks[x]) && !movedVerbs.hasToken(&toks[x]) && !troopVerbs.hasToken(&toks[x]) && !pastVerbAt(toks, x) && !a.heldReadyAt(x) {
		return Troops{}, false // "and 40 more tanks"; "with 500 more on standby" are held ready
	}
	if a.isCasualty(n.hedge, e+1) {
		return Troops{}, false // "and 40 more were killed"
	}
	return a.makeTroops(n, e+1, last.country, last.unit, rule), true
}

// forceBodyIn reports an armed or police body's noun after "the" from
// first to lim, heading its phrase (a preposition, an auxiliary or
// punctuation after it): "The force in Bougainville will shrink", not "the
// guard rota".
func (a *analysis) forceBodyIn(first, lim int) bool {
	toks := a.d.toks
	for j := first + 1; j+1 < lim; j++ {
		if !forceBodies.hasToken(&toks[j]) || toks[j-1].lower != "the" {
			continue
		}
		if n := &toks[j+1]; n.kind != tWord || n.lower == "in" || n.lower == "of" || n.lower == "on" || prepositions.hasToken(n) || auxWords.hasToken(n) {
			return true
		}
	}
	return false
}

// missionCounts reports a verb of having or counting right before the
// number n whose subject is a mission named before it in the sentence:
// "The European mission in Mozambique counts about 100 trainers", "The
// observer mission was allowed 600 monitors". Weak nouns ("trainers",
// "monitors") are its personnel.
func (a *analysis) missionCounts(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 {
		return false
	}
	w := toks[k].lower
	first := a.d.sents[toks[n.first].sent].first
	if a.fromBefore(n.hedge) {
		// the size a mission or force changes from: "the force will
		// shrink from 400 police to 150"
		return a.missionNounIn(first, k) || a.forceBodyIn(first, k)
	}
	if !haveWords.has(w) && !numberingVerbs.has(w) && !strengthVerbs.has(w) && !allowanceVerbs.has(w) {
		return false
	}
	return a.missionNounIn(first, k)
}
