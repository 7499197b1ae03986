package extract

// A force's size changed to a figure: "The mission, which once numbered
// 22,000 troops, is being cut to 12,000", "it is to be cut to roughly
// 7,500", "Indonesia will reduce its battalion from 1,230 to 850
// soldiers", "reduce its troops from 1,200 to 900".

// sizeVerbs change the size of a force: its figure follows "to" or "from".
var sizeVerbs = wordList("size-verb")

// sizeVerbAux may stand between a force and its size verb: "is to be
// cut", "will gradually shrink", "has been reduced".
var sizeVerbAux = wordList("size-verb-aux")

// forceResizedNoun reports the "to" or "from" at k before a figure as the new
// or old size of a force: a size verb whose object is a force or its
// personnel ("reduce its battalion from 1,230", "cut its troops to
// 900"), or a size verb right before it whose subject is a force or a
// mission named earlier in the clause, or "it" after a sentence about a
// force's personnel ("The force has 10,200 peacekeepers ... it is to be
// cut to roughly 7,500"). The "to" of "from N to M" is read as its "from".
// The noun is the force's when the size verb's object names it ("trim
// its battalion to 700": "battalion").
func (a *analysis) forceResizedNoun(k, first int) (bool, string) {
	toks := a.d.toks
	if toks[k].lower == "to" && k-1 > first && toks[k-1].kind == tNum {
		if m, ok := a.d.parseNumber(k - 1); ok && m.lim == k && m.hedge-1 > first && toks[m.hedge-1].lower == "from" {
			k = m.hedge - 1
		}
	}
	if w := toks[k].lower; w != "to" && w != "from" {
		return false, ""
	}
	j, object := a.resizedObject(k-1, first)
	if j > first && (toks[j].lower == "down" || toks[j].lower == "back") {
		j-- // "drawn down to", "scaled back to"
	}
	if j < first || !sizeVerbs.hasToken(&toks[j]) {
		return false, ""
	}
	if object {
		return true, a.resizedNoun(k - 1)
	}
	s := j - 1
	for s >= first && (sizeVerbAux.hasToken(&toks[s]) || isAdverb(toks[s])) {
		s--
	}
	if s < first {
		return false, ""
	}
	if toks[s].lower == "it" {
		return a.forceSentenceBefore(first), ""
	}
	if a.figureSubjectBefore(s, first) {
		return true, "" // "the 2,500 troops still in Iraq will be cut to 2,000"
	}
	for i := s; i >= first; i-- {
		w := toks[i].lower
		if (sizeNouns.has(w) || missionNouns.has(w)) && (i+1 >= len(toks) || toks[i+1].lower != "'s") {
			return true, ""
		}
		if f := a.missionsForceAt(i+2, s); missionNouns.has(w) && f > 0 {
			return true, toks[f].text // "The mission's observer corps has shrunk to 45"
		}
	}
	return false, ""
}

// missionsForceAt returns a force's noun at i or right after it, not
// past s, that a mission's possessive owns: "the mission's (observer)
// corps"; else -1. A mission's force is deployed, where "the Marine
// Corps" is a standing force.
func (a *analysis) missionsForceAt(i, s int) int {
	toks := a.d.toks
	if i < 2 || i >= len(toks) || toks[i-1].lower != "'s" {
		return -1
	}
	for j := i; j <= s && j <= i+1; j++ {
		if forceNouns.hasToken(&toks[j]) {
			return j
		}
	}
	return -1
}

// resizedNoun returns the force's noun that ends at j or before the place
// it serves in, as resizedObject reads it: "its battalion", "its troops in
// Mali"; a standing force's noun with no place is its whole strength ("cut
// its army to 72,500"), none.
func (a *analysis) resizedNoun(j int) string {
	toks := a.d.toks
	if h, placed := a.beforePlaceIn(j, 0); placed {
		return toks[h].text
	}
	if standingForces.hasToken(&toks[j]) {
		return ""
	}
	return toks[j].text
}

// resizedObject steps back from j over a force or its personnel after a
// determiner and modifiers ("its battalion", "the Indonesian troops"),
// perhaps with the place they serve in ("its troops in Mali"), and
// returns the index before it and whether it read one.
func (a *analysis) resizedObject(j, first int) (int, bool) {
	toks := a.d.toks
	if j < first {
		return j, false
	}
	j, placed := a.beforePlaceIn(j, first)
	if h := a.sizedForceBefore(j, first); h > 0 {
		j = h // "cut its battalion of roughly 1,000 troops to 700"
	}
	w := toks[j].lower
	_, strong := a.strongPersonnelAt(j)
	// "its presence in Mali" is its force's; "its contribution" may be money
	if !forceNouns.has(w) && !strong && !(placed && bodySizeNouns.has(w)) {
		return j, false
	}
	for i := j - 1; i >= first && i >= j-4; i-- {
		if a.statePossessiveBefore(i + 1) {
			return a.places[a.placeAt[i-1]].first - 1, true // "bring Nairobi's deployment to roughly 990"
		}
		if determiners.hasToken(&toks[i]) {
			return i - 1, true
		}
		if _, ok := a.stateAt(i); ok && i > first && sizeVerbs.hasToken(&toks[i-1]) {
			return i - 1, true // "cut US forces in Iraq from 2,500", "shrink British forces"
		}
		if toks[i].kind != tWord || sizeVerbs.hasToken(&toks[i]) {
			break
		}
	}
	return j, false
}

// sizedForceBefore returns the force's noun before "of" and a figure of
// personnel that ends at j: "battalion" in "its battalion of roughly
// 1,000 troops"; else 0.
func (a *analysis) sizedForceBefore(j, first int) int {
	toks := a.d.toks
	if _, ok := a.strongPersonnelAt(j); !ok {
		return 0
	}
	p := j - 1
	for p > first && (troopMods.hasToken(&toks[p]) || a.placeAt[p] >= 0) {
		p-- // "of 800 Portuguese troops"
	}
	if p <= first || toks[p].kind != tNum {
		return 0
	}
	for p > first && toks[p-1].kind == tNum {
		p--
	}
	m, ok := a.d.parseNumber(p)
	if !ok || m.hedge < first+2 || toks[m.hedge-1].lower != "of" || !forceNouns.hasToken(&toks[m.hedge-2]) {
		return 0
	}
	return m.hedge - 2
}

// beforePlaceIn steps back from j, the end of "in" and a place after
// first ("in Mali", "in the Central African Republic", or a town the
// gazetteer does not know: "in Tapa"), to the word before "in"; else it
// returns j and false.
func (a *analysis) beforePlaceIn(j, first int) (int, bool) {
	toks := a.d.toks
	if j-2 > first && placeUnits.hasToken(&toks[j]) && toks[j-1].cap {
		i := j - 1
		for i > first && toks[i].cap && toks[i].kind == tWord {
			i--
		}
		if toks[i].lower == "'s" && i-1 > first && a.placeAt[i-1] >= 0 {
			i = a.places[a.placeAt[i-1]].first // "in Iraq's Kurdistan region"
		}
		if (toks[i].lower == "the" || a.placeAt[i] >= 0) && i-1 > first && toks[i-1].lower == "in" {
			return i - 2, true // "its troops in the Kurdistan region": a named region's unit
		}
	}
	if a.placeAt[j] >= 0 {
		f := a.places[a.placeAt[j]].first - 1
		if f > first && compassWords.hasToken(&toks[f]) {
			f-- // "in northern Iraq"
		}
		if f > first && toks[f].lower == "the" {
			f--
		}
		if f > first && toks[f].lower == "in" {
			return f - 1, true
		}
		return j, false
	}
	for i := j; i > first+1 && i > j-3 && toks[i].cap; i-- {
		if toks[i-1].lower == "in" {
			return i - 2, true
		}
	}
	return j, false
}

// beforeUnitAnaphor returns the token before "in the state" (or "the
// region", "the province") that ends at j: a unit of a place named
// before it, where personnel serve ("federal forces in the state now
// numbered close to 11,000").
func (a *analysis) beforeUnitAnaphor(j, first int) (int, bool) {
	toks := a.d.toks
	if j-3 < first || !placeUnits.hasToken(&toks[j]) || toks[j].cap || toks[j-1].lower != "the" || toks[j-2].lower != "in" {
		return j, false
	}
	return j - 3, true
}

// forceSentenceBefore reports a sentence before the one starting at
// first, in its paragraph, that counts a force's personnel and names
// the force: "The force has about 10,200 peacekeepers".
func (a *analysis) forceSentenceBefore(first int) bool {
	toks := a.d.toks
	if !a.troopsBefore(first) {
		return false
	}
	s := a.d.sents[toks[first-1].sent]
	for k := s.first; k < s.lim; k++ {
		if w := toks[k].lower; sizeNouns.has(w) || missionNouns.has(w) {
			return true
		}
	}
	return false
}

// forceMen reports "men" at j counted by a state's force (or a listed
// hired force) that has, numbers or sends them, or by a state that
// deploys them ("Ethiopia will station 1,800 men"; "The Ugandan army has sent a
// further 1,000 men", "The Wagner group once had some 5,000 men"): "Russia's Africa Corps has some 2,000 men at bases", "the
// Turkish contingent numbers 1,200 men", past a clause set off by commas
// and a chain of auxiliaries or belief ("is believed to have 2,000 men");
// not "the rebels have 2,000 men"
// nor a state's company ("Russia's Gazprom has 2,000 men").
func (a *analysis) forceMen(n number, j int) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if j >= len(toks) || toks[j].lower != "men" || k < 2 {
		return false
	}
	first := a.d.sents[toks[n.first].sent].first
	if k > first+1 && furtherWords.hasToken(&toks[k]) && (toks[k-1].lower == "a" || toks[k-1].lower == "an") {
		k -= 2 // "has sent a further 1,000 men"
	}
	if w := toks[k].lower; (w == "back" || w == "out") && k-1 > first && deployVerbs.hasToken(&toks[k-1]) {
		k-- // "to pull back 3,000 of its men": the verb before its particle
	}
	f := k - 1
	if deployVerbs.hasToken(&toks[k]) {
		// "Ethiopia will station an additional 1,800 men": a state that
		// deploys men sends its personnel
		// "Chad has sent 600 of its men": the state's own men, whatever the verb
		owned := j > 1 && toks[j-2].lower == "of" && ownerPronouns[toks[j-1].lower]
		if menVerbs.hasToken(&toks[k]) || owned {
			if c, ok := a.deployerState(a.figureClauseStart(n.first), n.first); ok && c != "" {
				return true
			}
		}
		for f > first && verbChain.hasToken(&toks[f]) {
			f-- // "The Ugandan army has sent 1,000 men"
		}
		if a.theStateForceAt(f, first) {
			return true // "the army says it has moved 3,000 men"
		}
	} else if v := toks[k].lower; !haveAux.has(v) && !strengthVerbs.has(v) && v != "keeps" && v != "maintains" {
		return false
	}
	for f > first && (isAdverb(toks[f]) || toks[f].lower == "once" || verbChain.hasToken(&toks[f]) || a.beliefBeforeTo(f)) {
		f-- // "now has", "is believed to have"
	}
	if f >= first && toks[f].text == "," {
		f = a.subjectBefore(f + 1) // "Moscow's Africa Corps, which took over from Wagner, has"
	}
	if f > first && hiredNouns.hasToken(&toks[f]) && a.hiredForceNamed(f-1) != "" {
		return true // "The Wagner group once had some 5,000 men"
	}
	if f < first || !forceBodies.hasToken(&toks[f]) {
		return false
	}
	for i := f - 1; i >= first && i >= f-5; i-- {
		if _, ok := a.stateAt(i); ok {
			return true
		}
	}
	// "2,000 Frontier Corps troops to Chaman, where the paramilitary force
	// already keeps about 6,500 men": the force of a troop figure of the
	// sentence, taken up by "the"
	return a.lastFigure.unit != "" && a.lastFigure.sent == int(toks[n.first].sent) && a.lastFigure.para == int(toks[n.first].para) && f > first && (toks[f-1].lower == "the" || f > first+1 && toks[f-2].lower == "the" && troopMods.hasToken(&toks[f-1]))
}

// theStateForceAt reports a state's own force after "the" at f, the
// subject of a verb of deploying, or "it" or "they" at f after such a
// force and a verb of speech: "the army has moved", "the army says it has
// moved". The story's state commands it; "the club says it" is none.
func (a *analysis) theStateForceAt(f, first int) bool {
	toks := a.d.toks
	if f > first+2 && (toks[f].lower == "it" || toks[f].lower == "they") {
		s := f - 1
		if toks[s].lower == "that" {
			s--
		}
		if a.lx.speech[toks[s].lower] == "" {
			return false
		}
		f = s - 1
	}
	return f > first && toks[f-1].lower == "the" && forceBodies.hasToken(&toks[f]) && stateForces.hasToken(&toks[f])
}

// stateMenAbroad reports "men" at j that a state, by name or capital,
// has, keeps or sends in or to another state, or to a border or a front:
// "Turkey keeps about 300 men in Kosovo", "Kigali has about 2,000 men
// inside Congo", "Chad has moved 300 men to the border". A state's men
// abroad are its forces; "Kenya sent 30 men to the games" goes nowhere of
// the kind.
func (a *analysis) stateMenAbroad(n number, j int) bool {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j].lower != "men" {
		return false
	}
	c := a.holdingState(n)
	if c == "" {
		return false
	}
	e := j + 1
	ground := e+3 < len(toks) && toks[e].lower == "on" && toks[e+1].lower == "the" && toks[e+2].lower == "ground"
	if ground {
		e += 3 // "400 men on the ground in Haiti"
	}
	// `"We have 600 men on that ridge," the border commander said`: men a
	// soldier or a defence minister says "we" have somewhere, or ready to
	// move, are forces
	if a.quotedWeArmed(n) && (ground || toks[e].lower == "on" || toks[e].lower == "ready" || hostPrepositions[toks[e].lower]) {
		return true
	}
	// "Nepal has 400,000 men in Qatar" may be workers: having men abroad
	// counts only in a paragraph of forces or war, or "on the ground"
	if k := n.hedge - 1; k >= 0 && haveWords.hasToken(&toks[k]) && !ground && !a.warInParagraph(n.first) {
		return false
	}
	if e+2 >= len(toks) {
		return false
	}
	if w := toks[e].lower; (w == "to" || w == "along" || w == "near" || w == "on") && toks[e+1].lower == "the" && frontierWords.hasToken(&toks[e+2]) {
		return true // "to the border", "along the front"
	}
	if !hostPrepositions[toks[e].lower] && toks[e].lower != "to" && toks[e].lower != "into" {
		return false
	}
	m, ok := a.placeStartingAt(e + 1)
	if !ok || m.code == "" || m.code == c || m.kind == sAdjective {
		return false // "in Ghanaian jails"
	}
	// "in Mozambique's Cabo Delgado province", not "in Ghana's prisons"
	return !m.possessive || m.lim+1 < len(toks) && toks[m.lim+1].cap
}

// stateStaffAtMission reports a state, by name or capital, that has,
// keeps or sends the staff ending at lim to a mission named within six
// words after them: "Norway keeps some 60 staff at the mission
// headquarters in Juba"; "Norway keeps 60 staff at its embassy" is none.
func (a *analysis) stateStaffAtMission(n number, lim int) bool {
	toks := a.d.toks
	c := a.holdingState(n)
	if c == "" {
		return false
	}
	end := min(lim+6, a.d.sents[toks[n.first].sent].lim, len(toks)-1) // missionNounIn reads the token after
	return lim < end && a.missionNounIn(lim, end)
}

// frontierWords name where a state's forces face another's: "the border".
var frontierWords = wordList("frontier-word")

// menVerbs deploy "men" that a state counts: "Ethiopia will station 1,800
// men" ("send" also sends men to games).
var menVerbs = wordList("men-verb")

// sendVerbs send personnel to a mission.
var sendVerbs = wordList("send-verb")

// sentEarlier reports personnel of the noun ending at lim-1 that a
// deployment verb sent in the sentences before first, in its paragraph
// or the two before it, with no figure ("Kenya's cabinet approved a plan
// to send police officers to Haiti. ... The first 400 officers will
// fly to Port-au-Prince next month"); it returns the state of that
// sentence, or "".
func (a *analysis) sentEarlier(first, lim int) (string, bool) {
	toks := a.d.toks
	p := int(toks[first].para) - 2
	if p < 0 {
		p = 0
	}
	head := toks[lim-1].lower
	end := a.d.sents[toks[first].sent].first
	for k := a.d.paras[p].first; k < end; k++ {
		if !sendVerbs.hasToken(&toks[k]) {
			continue
		}
		reach := k + 4
		if k+2 < end && (toks[k+1].lower == "hundreds" || toks[k+1].lower == "thousands" || toks[k+1].lower == "dozens") && toks[k+2].lower == "of" {
			reach += 2 // "has sent hundreds of extra police officers"
		}
		for j := k + 1; j < end && j <= reach && toks[j].sent == toks[k].sent; j++ {
			if toks[j].lower != head {
				continue
			}
			s := a.d.sents[toks[k].sent]
			if c, ok := a.deployerState(s.first, j); ok {
				return c, true
			}
			return a.actingState(s.first, k, false), true
		}
	}
	return "", false
}

// holdingState returns the state that has, keeps or sends the personnel of
// n in its clause, by name or capital; "" when none.
func (a *analysis) holdingState(n number) string {
	if c := a.quotedWeState(n); c != "" {
		return c // `"We have 3,000 men in Mozambique," Rwanda's minister said`
	}
	start := a.figureClauseStart(n.first)
	c, ok := a.verbSubjectState(start, n.first, holdVerbs.words())
	if !ok || c == "" {
		c, ok = a.deployerState(start, n.first)
	}
	if !ok {
		return ""
	}
	return c
}
