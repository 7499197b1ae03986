package extract

import "strings"

// A force's total strength is no deployment: "Peru's armed forces have
// about 81,000 soldiers in total", "the rebel group, which has about 4,000
// fighters", "Finland can mobilise 280,000 personnel in wartime". A state
// that has or keeps personnel somewhere ("Uganda has 1,500 soldiers in
// South Sudan", "Nepal, which has 5,800 peacekeepers in UN missions")
// stations them, and that is a figure.

// ruleTroopStrength names the filter, for the tests.
const ruleTroopStrength = "total-strength"

// isStrength reports a figure that gives the size of a force rather than
// personnel deployed: the number follows a verb of having ("has", "have",
// "numbers", "can mobilise") and no place where they serve follows the
// noun, or the noun is followed by "in total", "in wartime" and the like.
func (a *analysis) isStrength(n number, lim int) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if a.strengthAfter(lim) {
		// "The battlegroup, which numbers some 1,600 troops in all": a
		// mission's whole is deployed, and so is the whole a state sends:
		// "Amman has sent two battalions, about 1,600 men in all"
		if w := toks[lim+1].lower; toks[lim].lower == "in" && (w == "all" || w == "total") && (a.clauseHas(n.first, deployVerbs.words()) || k >= 0 && participationVerbs.hasToken(&toks[k])) {
			return false // "Organisers expect more than 3,000 personnel in total": those taking part
		}
		// "Two battalions of Ugandan troops, about 1,500 soldiers in all,
		// crossed": an apposition that counts the deployed units before it
		if h := a.appositionHead(k); h >= 0 && !standingForces.hasToken(&toks[h]) && (formationNouns.hasToken(&toks[h]) || a.strongPersonnelEndsAt(h) || a.formationOfForcesEndsAt(h)) {
			return false
		}
		return k < 0 || !a.subjectIsMission(k)
	}
	if k < 0 || toks[k].sent != toks[n.first].sent {
		return false
	}
	if a.estimatedSpread(n, lim) {
		return true // "is believed to number 5,000 fighters across Mali and Niger": the group's size
	}
	switch w := toks[k].lower; {
	case w == "has" || w == "have" || w == "had" || w == "having" || strengthVerbs.has(w):
	case w == "to" && a.standingForceResized(k):
		// "The regular Army has shrunk to about 70,000 soldiers"
	case a.standingForcePassed(k):
		// "the regular army had fallen below 73,000 soldiers"
	case a.standingArmyTarget(k):
		// "wants the army to reach 300,000 soldiers by 2035"
	case w == "numbering" && a.standingForceApposed(k) && !a.movesAfterApposition(lim):
		// "The GDF, numbering about 3,500 soldiers, has spent months": the
		// army's whole
	case w == "with" && a.withAfterHolder(k) && !movingAfter(toks, lim) && !a.contributorPredicate(lim):
		// "Egypt, with some 650,000 active soldiers, is among the largest"
	case w == "number" || w == "total":
		// "Haitian police, who number about 9,000 officers", "Lithuania's
		// armed forces number about 23,000 personnel"
		if k == 0 || !a.sizesForce(k) {
			return false
		}
	default:
		return false
	}
	if a.homeSpread(lim) && !a.onDutyAfter(lim) {
		return true // "has about 325,000 soldiers across the 50 states": the whole force
	}
	// a modal of ability is capacity: "can mobilise" is read by strengthAfter
	if inherentlyDeployed(toks, n.lim, lim) || a.subjectIsMission(k) || a.missionHasTroops(k, n.lim, lim) || a.shareSubjectBefore(k) || a.baseHolds(k) || a.stateShareOfMission(k, n) {
		return false
	}
	return !a.servesSomewhere(lim) && !a.onDutyAfter(lim) && !a.forceHasOfficersAt(n, lim) && !a.drawnFromStates(lim)
}

// formationOfForcesEndsAt reports units of one or two forces named by
// their names that end at h: "35 more companies of the CRPF and BSF,
// about 3,500 personnel in all" counts the units sent, no force's whole.
func (a *analysis) formationOfForcesEndsAt(h int) bool {
	toks := a.d.toks
	if h < 0 || a.orgAt[h] < 0 {
		return false
	}
	f := a.orgs[a.orgAt[h]].first
	if f > 2 && toks[f-1].lower == "and" && a.orgAt[f-2] >= 0 {
		f = a.orgs[a.orgAt[f-2]].first // "the CRPF and BSF"
	}
	if f > 0 && toks[f-1].lower == "the" {
		f--
	}
	return f > 1 && toks[f-1].lower == "of" && formationNouns.hasToken(&toks[f-2])
}

// standingForceResized reports "to" at k after a verb that changes a
// size, whose subject is a standing force: "The regular Army has shrunk
// to", "the armed forces will grow to". What a state's army numbers is
// its strength, not a deployment.
func (a *analysis) standingForceResized(k int) bool {
	toks := a.d.toks
	v := k - 1
	if v < 1 || !sizeVerbs.hasToken(&toks[v]) {
		return false
	}
	first := a.d.sents[toks[k].sent].first
	j := v - 1
	for j > first && (verbChain.hasToken(&toks[j]) || isAdverb(toks[j])) {
		j--
	}
	return j >= first && standingForces.hasToken(&toks[j])
}

// strongPersonnelEndsAt reports a strong personnel noun that ends at h.
func (a *analysis) strongPersonnelEndsAt(h int) bool {
	for s := max(0, h-2); s <= h; s++ {
		if vals, lim := a.lx.personnel.match(a.d.toks, s, true); lim == h+1 && !a.lx.personnelWeak[vals[0]] {
			return true
		}
	}
	return false
}

// participationVerbs before a figure count those taking part in an
// exercise or operation: "expect 3,000 personnel in total".
var participationVerbs = wordList("participation-verb")

// withAfterHolder reports "with" at k in an apposition right after a state
// or a standing force ("Egypt, with", "The army, with"): what it is with
// is what it has.
func (a *analysis) withAfterHolder(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k-1].text != "," {
		return false
	}
	if _, ok := a.stateAt(k - 2); ok {
		return true
	}
	return standingForces.hasToken(&toks[k-2]) || namedWholeForceEndsAt(toks, k-2)
}

// namedWholeForceEndsAt reports a force's capitalised name ending at h
// in a body's word that is no formation or mission: "India's Central
// Reserve Police Force, with more than 300,000 personnel, is the largest"
// gives the whole force's size, as "Egypt, with ..." gives an army's; "The
// 3rd Battalion, with 800 soldiers," is a unit sent.
func namedWholeForceEndsAt(toks []token, h int) bool {
	t := &toks[h]
	return t.cap && !t.sentStart && h > 0 && toks[h-1].cap && forceBodies.hasToken(t) && !formationNouns.hasToken(t) && !missionNouns.hasToken(t)
}

// strengthAfter reports words after the noun that make the figure a total:
// "in total", "in all", "in wartime", "at full strength", "on paper", "in
// its ranks", "in reserve".
func (a *analysis) strengthAfter(lim int) bool {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].sent != toks[lim-1].sent {
		return false
	}
	w, x := toks[lim].lower, toks[lim+1].lower
	switch w {
	case "in":
		switch x {
		case "total", "all", "wartime", "reserve", "reserves":
			return true
		case "its", "their", "the", "his":
			// "in its ranks", "in its armed forces", "in the army"; "in the
			// mission" and "in the force" (a force told of before) are
			// where they serve
			if x == "the" && lim+2 < len(toks) && toks[lim+2].lower == "force" {
				return false
			}
			for k := lim + 2; k < len(toks) && k < lim+5; k++ {
				if w := toks[k].lower; w == "ranks" || forceBodies.has(w) && !missionNouns.has(w) {
					return true
				}
				if !troopMods.hasToken(&toks[k]) {
					break
				}
			}
		}
	case "at":
		return x == "full"
	case "on":
		return x == "paper"
	case "under":
		return x == "arms"
	}
	return false
}

// strengthVerbs before a figure give a body's strength: "the army numbers
// 20,000 soldiers", "fields 5,000 troops".
var strengthVerbs = wordList("strength-verb")

// postedWords after personnel say they serve somewhere: "there",
// "abroad", "stationed".
var postedWords = wordList("posted")

// servesSomewhere reports a place or a posting after the noun: "in South
// Sudan", "in UN missions", "there", "abroad", "stationed in", "on the
// island", "along the border".
func (a *analysis) servesSomewhere(lim int) bool {
	toks := a.d.toks
	if e := a.serviceStatusEnd(lim); e > lim {
		return a.servesSomewhere(e) // "on active duty in Vietnam", not "on active duty in 1968" (troops_servicestatus.go)
	}
	for k := lim; k < len(toks) && k < lim+3 && toks[k].sent == toks[lim-1].sent; k++ {
		if a.timeNotPlace(k) {
			return false // "had 1.5 million soldiers in 1968": the force's whole at a time
		}
		if postedWords.hasToken(&toks[k]) || foreignWork.hasToken(&toks[k]) && a.othersForcesAt(k+1) {
			return true
		}
		if givenTo.hasToken(&toks[k]) {
			return a.toForce(k + 1) // "3,000 soldiers assigned to the force", not "to desk jobs"
		}
		switch toks[k].lower {
		case "in", "on", "at", "across", "inside", "along", "near", "within", "around", "aboard":
			return true // "aboard": "has some 4,500 sailors and Marines aboard ships off Venezuela" (fx47)
		case "north", "south", "east", "west":
			// "10,000 soldiers south of the Litani": a place by its bearing
			if k+1 < len(toks) && toks[k+1].lower == "of" {
				return true
			}
		case "from":
			return a.fromStates(k + 1)
		case "with":
			return a.withMission(k + 1)
		case "of":
			// "2,300 soldiers of the brigade in Latvia": the men of a
			// deployed unit, where it serves
			return a.servesInUnit(k + 1)
		case "and":
			// "4,000 soldiers and police in the province": the personnel
			// joined to them serve where they do, counted or not ("2,100
			// soldiers and 460 police officers with MINUSCA")
			j := k + 1
			for j < len(toks) && j < k+4 && (hedgeWord(toks[j].lower) || toks[j].kind == tNum) {
				j++
			}
			if j < len(toks) && toks[j].kind == tWord && mayBeNumber(&toks[j]) {
				if m, ok := a.d.parseNumber(j); ok && m.first == j {
					j = m.lim // "46 soldiers and four police officers serving with the mission"
				}
			}
			if _, e := a.lx.personnel.match(toks, j, true); e > 0 {
				return !a.strengthAfter(e) && a.servesSomewhere(e)
			}
		}
		if toks[k].kind == tPunct || !troopMods.hasToken(&toks[k]) && !hedgeWord(toks[k].lower) && !stayWords.hasToken(&toks[k]) {
			return false
		}
	}
	return false
}

// servesInUnit reports a deployed unit or a mission at k, after a
// determiner, that serves somewhere: "(of) the brigade in Latvia", "(of)
// its contingent in Mali"; not "(of) the regular army".
func (a *analysis) servesInUnit(k int) bool {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "the" && !ownerPronouns[toks[k].lower] {
		return false
	}
	u := &toks[k+1]
	return u.sent == toks[k].sent && (deployedUnits.hasToken(u) || missionNouns.hasToken(u)) && a.servesSomewhere(k+2)
}

// givenTo after personnel give them to what follows "to": "assigned to".
var givenTo = wordList("given-to")

// toForce reports "to" at k and a force's or a mission's noun within the
// three words after it: "to the force", "to the UN mission".
func (a *analysis) toForce(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].lower != "to" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].sent == toks[k].sent; j++ {
		if forceNouns.hasToken(&toks[j]) || missionNouns.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// stayWords between personnel and where they serve say they remain
// there: "10,000 soldiers still inside Tigray", "ten personnel left in
// the Sinai".
var stayWords = wordList("stay-word")

// foreignWork after personnel say they serve with the forces of another
// state named after them: "training Lebanese police".
var foreignWork = wordList("foreign-work")

// othersForcesAt reports a state's forces named from k: an adjective or a
// possessive state, then a force's body or personnel ("Lebanese police",
// "Iraq's army", "the Iraqi commandos"), or after an adjective a plural of
// people ("Ukrainian recruits").
func (a *analysis) othersForcesAt(k int) bool {
	toks := a.d.toks
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	m, ok := a.placeStartingAt(k)
	if !ok || !m.state || m.kind != sAdjective && !m.possessive {
		return false
	}
	e := m.lim
	if e < len(toks) && toks[e].lower == "'s" {
		e++
	}
	if e >= len(toks) {
		return false
	}
	_, plim := a.lx.personnel.match(toks, e, true)
	// "training Ukrainian recruits", "advising Iraqi commanders"
	return plim > 0 || forceBodies.hasToken(&toks[e]) || m.kind == sAdjective && toks[e].kind == tWord && !toks[e].cap && strings.HasSuffix(toks[e].lower, "s")
}

// withMission reports a mission after "with" at k: personnel a state has
// "with MINUSCA", "with the UN mission in Mali" or "with the coalition"
// serve in it ("Rwanda had about 2,100 soldiers with MINUSCA"), not
// "officers with rifles".
func (a *analysis) withMission(k int) bool {
	toks := a.d.toks
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if o := a.orgAt[k]; o >= 0 && a.lx.orgs[a.orgs[o].org].Kind == "intl" {
		return true // "with the UN", "with UNIFIL"
	}
	// "Rwanda had 2,100 soldiers with MINUSCA before the vote", not "with
	// the SWAT team" nor "The city has 300 officers with the NYPD": an
	// acronym that ends its phrase, in a sentence that names a state
	if a.missionAcronym(k) && a.stateInSentence(k) && (k+1 >= len(toks) || toks[k+1].kind == tPunct || toks[k+1].sent != toks[k].sent || forceOfFollowers.hasToken(&toks[k+1]) || toks[k+1].lower == "before") {
		return true
	}
	for j := k; j < len(toks) && j < k+4 && toks[j].kind == tWord; j++ {
		if missionNouns.hasToken(&toks[j]) {
			return true // "with the multinational force", "with the African Union mission"
		}
	}
	return false
}

// fromStates reports states after "from" at k: personnel a body has from
// other states are contingents it has received ("has 1,000 police officers
// from Kenya", "has 4,500 soldiers from 28 countries"), not its strength.
func (a *analysis) fromStates(k int) bool {
	toks := a.d.toks
	if k >= len(toks) {
		return false
	}
	if _, ok := a.stateAt(k); ok {
		return true
	}
	if toks[k].kind != tNum && !mayBeNumber(&toks[k]) || k+1 >= len(toks) {
		return false
	}
	w := toks[k+1].lower
	if w == "member" && k+2 < len(toks) {
		w = toks[k+2].lower // "from eight member states"
	}
	return w == "countries" || w == "nations" || w == "states"
}

// inherentlyDeployed reports personnel that serve away by their nature:
// peacekeepers.
func inherentlyDeployed(toks []token, from, lim int) bool {
	for k := from; k < lim; k++ {
		if strings.HasPrefix(toks[k].lower, "peacekeep") {
			return true
		}
	}
	return false
}

// missionNouns name a mission or a multinational force.
var missionNouns = wordList("mission-noun")

// missionForceMods before "force" make it a mission's: "peacekeeping
// force", "task force".
var missionForceMods = wordList("mission-force-mod")

// missionForceBefore reports a mission's force named before token j in
// the article ("the European Union's peacekeeping force"), which "the
// force" at j refers back to.
func (a *analysis) missionForceBefore(j int) bool {
	toks := a.d.toks
	for k := j - 1; k > 0; k-- {
		if toks[k].lower == "force" && missionForceMods.hasToken(&toks[k-1]) {
			return true
		}
	}
	return false
}

// subjectIsMission reports a mission or a multinational force as the
// subject of the verb of having at k: "the UN mission has 12,000
// peacekeepers" tells the personnel it has deployed.
func (a *analysis) subjectIsMission(k int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[k].sent]
	k = a.pastParenthetical(k, s.first)
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		// "Sweden's new battalion in Latvia will have around 550 soldiers":
		// a deployed unit's size, as a mission's
		if missionNouns.hasToken(&toks[j]) || deployedUnits.hasToken(&toks[j]) {
			return true
		}
		if toks[j].text == "Fleet" {
			return true // "Russia's Baltic Fleet has about 25,000 personnel": a named fleet is stationed at its bases
		}
		if a.missionForceNamed(j) {
			return true // "expected the forward land force in Finland to reach about 4,000 troops at full strength"
		}
		if toks[j].lower == "force" && j > 0 && toks[j-1].lower == "the" && a.missionForceBefore(j) {
			return true // "NATO handed duties to the EU in 2004, when the force had 7,000 soldiers"
		}
		if a.intlBodyForceAt(j) {
			return true // "the EU's own force, EUFOR Althea, has about 1,100 personnel"
		}
	}
	return a.coordinatedMissionSubject(k, s.first)
}

// intlBodyForceAt reports "force" at j owned by an international body a
// few words before it: "the EU force", "the EU's own force", "the UN's
// force". A state's force ("Britain's force") is none.
func (a *analysis) intlBodyForceAt(j int) bool {
	toks := a.d.toks
	if toks[j].lower != "force" {
		return false
	}
	for o := j - 1; o >= 0 && o >= j-3 && toks[o].sent == toks[j].sent; o-- {
		if a.orgAt[o] >= 0 {
			return a.lx.orgs[a.orgs[a.orgAt[o]].org].Kind == "intl"
		}
	}
	return false
}

// coordinatedMissionSubject reports a verb of having at k that a second
// predicate opens ("and numbers") in a sentence whose subject, in its first
// few words, is a mission or deployed unit: "The battlegroup, set up in
// 2022, also includes Belgian and Dutch units and numbers around 2,500
// troops in all".
func (a *analysis) coordinatedMissionSubject(k, first int) bool {
	toks := a.d.toks
	if k < 1 || toks[k-1].lower != "and" {
		return false
	}
	for j := first; j < k-1 && j <= first+3; j++ {
		if toks[j].kind != tWord || toks[j].cap && j > first {
			return false
		}
		if missionNouns.hasToken(&toks[j]) || deployedUnits.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// missionHasTroops reports the verb of having at k right after a mission's
// acronym ("KFOR has about 4,600 troops"), or after a parenthetical that
// follows it ("UNFICYP, which was set up in 1964, has about 800 troops"),
// or in a relative clause on it ("MINUSCA, which has about 14,000 troops"),
// with strong personnel from first to lim: "AEFA has 12,000 advisers" are
// a company's.
func (a *analysis) missionHasTroops(k, first, lim int) bool {
	if k < 1 || int(a.d.toks[k-1].sent) != int(a.d.toks[k].sent) {
		return false
	}
	v, h := a.subjectEndBefore(k, 1) // "UNMISS currently has about 14,000 military personnel" (ht1)
	if w := a.d.toks[h-1].lower; h == v && h >= 3 && (w == "which" || w == "that") && a.d.toks[h-2].text == "," {
		h -= 2 // "MINUSCA, which has about 14,000 uniformed personnel"
	}
	if !a.missionAcronym(h - 1) {
		return false
	}
	for j := first; j < lim; j++ {
		if _, ok := a.strongPersonnelAt(j); ok {
			return true
		}
	}
	return false
}

// missionAcronym reports at j an international body ("UNIFIL", "the
// UN") or an acronym of capitals that names no state or known body
// ("KFOR", "EUFOR"): a subject of that kind having personnel is a
// mission that has them deployed. A state's agency ("the IDF") is none.
func (a *analysis) missionAcronym(j int) bool {
	if o := a.orgAt[j]; o >= 0 {
		return a.lx.orgs[a.orgs[o].org].Kind == "intl"
	}
	t := a.d.toks[j]
	return t.kind == tWord && len(t.text) >= 3 && a.placeAt[j] < 0 && a.personAt[j] < 0 && capitalLetters(t.text)
}

// subjectEndBefore steps back from the verb at k over the adverbs before
// it, not below floor, to v ("UNMISS currently has"), and from v past a
// parenthetical closed right before it to h, the end of the subject
// ("MINURSO, set up in 1991, currently has").
func (a *analysis) subjectEndBefore(k, floor int) (v, h int) {
	toks := a.d.toks
	v = k
	for v > floor && parallelAdverbAt(toks, v-1) {
		v--
	}
	return v, a.pastParenthetical(v, a.d.sents[toks[k].sent].first)
}

// pastParenthetical returns the comma that opens a parenthetical closed
// right before the verb at k, so that the subject before it is read: "The
// ECOWAS mission in Guinea-Bissau, deployed after a coup attempt in 2022,
// has about 630 troops". Without one, k.
func (a *analysis) pastParenthetical(k, first int) int {
	toks := a.d.toks
	if k-1 <= first || toks[k-1].text != "," {
		return k
	}
	for j := k - 2; j > first && j >= k-16; j-- {
		switch toks[j].text {
		case ",":
			return j
		case ";", ":", ".":
			return k
		}
	}
	return k
}

// strengthEstimates raise a subject's size before "to number":
// "estimated by military intelligence to number some 6,000 fighters".
var strengthEstimates = wordList("strength-estimate")

// estimatedToNumber reports "to number" at k-1..k after a verb of
// estimating in its clause: "The guerrillas, estimated by military
// intelligence to number some 6,000 fighters," sizes a force, as "is
// estimated to have" does; "expected to number 5,000" plans one.
func (a *analysis) estimatedToNumber(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k-1].lower != "to" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7 && toks[j].sent == toks[k].sent && toks[j].text != ","; j-- {
		if strengthEstimates.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// strengthAdverbs may stand between a force and the verb that gives its
// size: "now number", "currently total".
var strengthAdverbs = closedSet("now", "currently", "still", "today", "together", "already")

// sizesForce reports whether "number" or "total" at k sizes a standing
// force: after a relative pronoun, a word of standing forces, a state's
// police, forces told together or a verb of estimate.
func (a *analysis) sizesForce(k int) bool {
	p := k - 1
	for p > 0 && strengthAdverbs.hasToken(&a.d.toks[p]) {
		p-- // "Russia's armed forces now number 1.5 million personnel"
	}
	prev := &a.d.toks[p]
	switch prev.lower {
	case "who", "which", "that":
		return true
	}
	return standingForces.hasToken(prev) || a.statePoliceAt(p) || a.jointForcesNumber(k) || a.estimatedToNumber(k)
}

// standingForceAcronymEnds end the acronym of a state's standing force:
// "GDF" (Guyana Defence Force), "KDF" (words_troops.tsv
// standing-acronym-end).
var standingForceAcronymEnds = wordList("standing-acronym-end")

// standingForceApposed reports a state's standing force before the comma
// that opens the apposition at k ("numbering"): "Guyana's army,", "The
// GDF,". A contingent or a mission there is a deployment.
func (a *analysis) standingForceApposed(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k-1].text != "," {
		return false
	}
	h := &toks[k-2]
	if standingForces.hasToken(h) {
		return true
	}
	t := h.text
	if len(t) < 3 || strings.ToUpper(t) != t || h.kind != tWord {
		return false
	}
	for e := range standingForceAcronymEnds.words() {
		if strings.HasSuffix(t, strings.ToUpper(e)) {
			return true
		}
	}
	return false
}

// movesAfterApposition reports a verb of moving or deploying right after
// the comma that closes the apposition ending near lim: "The KDF,
// numbering 850 soldiers, crossed into Somalia" is a deployment, not the
// force's whole ("The GDF, numbering 3,500 soldiers, has spent months").
func (a *analysis) movesAfterApposition(lim int) bool {
	toks := a.d.toks
	for c := lim; c < len(toks) && c <= lim+4 && toks[c].sent == toks[lim-1].sent; c++ {
		if toks[c].text != "," {
			continue
		}
		v := c + 1
		if v+1 >= len(toks) || toks[v+1].sent != toks[c].sent {
			return false
		}
		if passiveAux.hasToken(&toks[v]) || haveAux.hasToken(&toks[v]) {
			v++ // "was deployed", "has moved"
		}
		return deployVerbs.hasToken(&toks[v]) || toks[v].kind == tWord && strings.HasSuffix(toks[v].lower, "ed") && v+1 < len(toks) && movementWord(toks[v+1].lower)
	}
	return false
}
