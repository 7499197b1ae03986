package extract

import (
	"strings"
)

// Rule names of troop figures.
const (
	ruleTroopNoun   = "number-personnel"    // "20,000 peacekeepers"
	ruleTroopOf     = "number-of-personnel" // "5,000 of its troops"
	ruleTroopForce  = "force-of-number"     // "a force of 5,000"
	ruleTroopNumber = "number-of-troops-to" // "troop numbers would fall to 4,000"
	ruleDeathPass   = "number-killed"       // "five people were killed"
	ruleDeathAdj    = "number-dead"         // "150,000 dead", "400 deaths"
	ruleDeathActive = "killing-number"      // "killing 12 people"
	ruleDeathToll   = "death-toll"          // "the death toll rose to 400"
	ruleDeathOne    = "a-person-killed"     // "a 22-year-old man died"
)

// troopVerbs mark a deployment in the sentence; they let weak personnel
// nouns ("advisers", "officers") count.
var troopVerbs = wordList("troop-verb")

// troopMods may stand between a number and a personnel noun.
var troopMods = wordList("troop-mod")

// serviceMods name an armed service before a personnel noun: "air force",
// "navy"; only after one does a service noun ("staff") count.
var serviceMods = wordList("service-mod")

// casualtyWords after personnel make the figure a toll, not a deployment.
var casualtyWords = wordList("casualty")

// casualtyBefore before personnel make the figure a toll: "killing 12 soldiers".
var casualtyBefore = wordList("casualty-before")

// casualtyClauseEnds open a clause of its own between a casualty word and
// the personnel after it: "were killed when 2,500 police officers
// stormed".
var casualtyClauseEnds = closedSet("when", "while", "after", "because")

// listingState returns the state of the figure n whose sender the reader
// gave as country, as a list of states around it settles it: a state of
// "respectively", one of a listed series, none for a joint unit of
// several, or the source the sentence names.
func (a *analysis) listingState(n number, country string) string {
	if c := a.respectiveState(n); c != "" {
		country = c // "Belgium and the Czech Republic ... 100 and 60 troops respectively"
	} else if c, ok := a.listedState(n); ok {
		country = c // "Ghana, Nigeria, Niger and Chad will send 100, 200, 300 and 400 soldiers"
	} else if a.jointOfStates(n) || a.jointOfBody(n) {
		country = "" // "the Indian and Sri Lankan navies ... a joint crew of 140", "GCC ministers ... a 5,000-strong joint force"
	}
	if c := a.statedSourceState(n); c != "" {
		country = c // "soldiers of the 1st Armored Brigade Combat Team", "asked Lima for 300 police officers"
	}
	if c := a.hostedContingentState(n); c != "" {
		country = c // "2,500 Russian personnel in Mali, while Burkina Faso hosts a smaller contingent of 300"
	}
	return a.hostAskerSender(n, country) // "Kuwait [hosting US troops] had asked for 150 soldiers"
}

// troops lists the personnel figures of the article.
//
// A figure is a number before a personnel noun ("20,000 peacekeepers",
// "13,000 US troops", "a 5,000-strong force"), a number of them ("5,000 of
// its troops") or a force of a number ("a force of 5,000"). Figures of
// personnel killed, wounded or captured are casualties and left out. Weak
// nouns ("advisers", "officers") count only beside a state, "military" or a
// deployment verb. The country is the state written in the phrase, else the
// state after "from", else the state that acts in the sentence.
func (a *analysis) troops() []Troops {
	toks := a.d.toks
	out := []Troops{}
	seen := map[[2]int64]bool{}
	add := func(f Troops) { // one figure per count and state
		if c, ok := a.lx.sovereigns[f.Country]; ok {
			f.Country = c // "60 personnel from Reunion": a territory sends none of its own
		}
		if key := [2]int64{f.Count, int64(codeKey(f.Country))}; !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	var lower Troops // the last figure read, which a range's upper bound may close
	lowerLim := -1
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tNum && toks[i].kind != tWord || !mayBeNumber(&toks[i]) {
			continue // most tokens: no call to return an empty number
		}
		n, ok := a.d.parseNumber(i)
		if !ok || a.notHeadcount(n) || a.plotSentence(i) {
			continue // plotSentence: a film's story (figures_fiction.go)
		}
		if m, ok := a.rangeUpperBound(n); ok {
			// "between 3,000 and 4,000 Rwandan troops": the upper bound is
			// a figure of the lower's kind and state, once ("between two
			// and 15 officers each" is no 15 for each state)
			if up, ok := a.rangeUpperFigure(n, m, lower, lowerLim); ok {
				add(up)
			}
			continue
		}
		if m, ok := a.fromToUpper(n); ok {
			// "range from 40,000 to 50,000": the upper end of a span whose
			// lower end was just read as a figure, of its kind and state
			if up, ok := a.rangeUpperFigure(n, m, lower, lowerLim); ok {
				add(up)
				continue
			}
		}
		fig, ok := a.troopFigure(n)
		if !ok {
			if up, ok := a.drawdownTo(n, lower, lowerLim); ok {
				add(up) // "from a peak of 20,000 personnel to some 11,000" (troops_drawdownto.go)
			}
			continue
		}
		if a.draftIntake(fig, n) || a.revisedTollFigure(n) || a.repeatedFigure(fig, n) {
			continue // draftIntake: "up from 8,000" after a call-up of conscripts (troops_draftintake.go); revisedTollFigure: a toll's revision; repeatedFigure: a count said again
		}
		lower, lowerLim = fig, n.lim
		fig.Country = a.figureFallbackState(n, fig)
		a.noteFigure(n, fig)
		figs := []Troops{fig}
		for _, c := range append(a.eachSenders(n, fig.Country), a.gappedEachSenders(n, fig.Country)...) {
			other := fig // "Benin and Togo offered 200 police officers each"
			other.Country = c
			figs = append(figs, other)
		}
		if n.hi > 0 {
			for _, f := range figs {
				f.Count = n.hi // "between 3,000 and 4,000 Rwandan troops", "1,100-1,300 soldiers": both bounds
				figs = append(figs, f)
			}
		}
		if m, ok := a.fromToLower(n); ok {
			low := fig // "from 2,101 to 1,800 officers": the lower end, of the same kind
			low.Count, low.Approximate, low.Start = m.value, m.approx, int(toks[m.hedge].start)
			add(low)
		}
		for _, f := range figs {
			add(f)
		}
		i = n.lim - 1
	}
	return out
}

// notHeadcount reports a number that is no count of people: an age, a
// vague or non-positive amount, money or a measure, a date, a vote tally,
// a modal question ("Could you send 1,000?") or "Not one soldier.".
func (a *analysis) notHeadcount(n number) bool {
	// yearOfSpan, yearRange: "from 2021 to 2022", "between 2017 and 2021"
	// are dates; voteTally: "by 82 votes to 5"
	return n.age || n.vague || n.value <= 0 || a.moneyOrMeasure(n.first) || a.yearOfSpan(n) || a.yearRange(n) || a.voteTally(n) || a.modalQuestion(n) || a.notOneAt(n)
}

// figureFallbackState returns the state of the figure fig read at n: the
// state of a listing, else, when no sender is told, the place at home
// (troops_hostplace.go) or the US state of a Guard deployment ("250 more
// Guard members ..., state officials said", troops_usguard.go).
func (a *analysis) figureFallbackState(n number, fig Troops) string {
	c := a.listingState(n, fig.Country)
	if c == "" {
		c = a.hostPlaceState(n, fig.End)
	}
	if c == "" {
		c = a.usGuardState(n)
	}
	return c
}

// noteFigure records the figure fig read at n as the last one (and the
// last troop of a state), for the figures and senders read after it.
func (a *analysis) noteFigure(n number, fig Troops) {
	toks := a.d.toks
	a.lastFigure = troopSoFar{country: fig.Country, unit: fig.Unit, para: int(toks[n.first].para), sent: int(toks[n.first].sent), count: fig.Count}
	a.figuresSoFar = append(a.figuresSoFar, a.lastFigure)
	if fig.Country != "" {
		a.lastTroop = a.lastFigure
	}
}

// standingForceBefore reports a state's standing force named in the
// clause before the figure n: "Mali's army numbers 40,000 soldiers",
// "Belgium's armed forces have 25,000"; not "The task force numbers 8,500
// soldiers", a deployed force whose earlier level is a deployment too.
func (a *analysis) standingForceBefore(n number) bool {
	toks := a.d.toks
	for k := a.figureClauseStart(n.first); k < n.hedge; k++ {
		if standingForces.hasToken(&toks[k]) || toks[k].lower == "military" {
			return true
		}
	}
	return false
}

// rangeUpperBound returns the lower number A of a range "between A and B"
// whose B is n and whose A is a bare number ("between 3,000 and 3,500
// troops"); "between 200 soldiers and 50 rebels" is no range.
func (a *analysis) rangeUpperBound(n number) (number, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if _, scale := scaleWords()[toks[max(k-1, 0)].lower]; k < 2 || toks[k].lower != "and" || toks[k-1].kind != tNum && !mayBeNumber(&toks[k-1]) && !scale {
		return number{}, false // "between two thousand and three thousand" ends in a scale word
	}
	_, m, ok := a.d.rangeOpener(n)
	return m, ok && m.lim == k
}

// fromToUpper returns the lower bare number A of a span "from A to B"
// whose B is n: "vary from 10,000 to 12,000". The caller keeps B only
// when A was read as a figure.
func (a *analysis) fromToUpper(n number) (number, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 2 || toks[k].lower != "to" || toks[k-1].kind != tNum {
		return number{}, false
	}
	for j := k - 1; j > 0 && j >= k-4; j-- {
		if toks[j].lower == "from" {
			return a.numberFromTo(j+1, k) // "from about 11,000 to 8,500": a hedge may open A
		}
	}
	return number{}, false
}

// rangeUpperFigure returns the figure of the number n that closes a range
// "between m and n" when m, ending at lowerLim, gave the figure lower:
// "between 3,000 and 4,000 Rwandan troops" counts 4,000 Rwandan troops too.
func (a *analysis) rangeUpperFigure(n, m number, lower Troops, lowerLim int) (Troops, bool) {
	if m.lim != lowerLim || lower.Count != m.value || n.value <= m.value {
		return Troops{}, false
	}
	up := lower
	up.Count = n.value
	up.End = max(up.End, int(a.d.toks[n.lim-1].end))
	return up, true
}

// eachSenders returns the other states of a subject of states joined by
// "and" when "each" follows the figure: "Benin and Togo offered two
// hundred police officers each" is a figure for Benin and one for Togo.
func (a *analysis) eachSenders(n number, country string) []string {
	toks := a.d.toks
	if country == "" {
		return nil
	}
	each := false
	for k := n.lim; k < len(toks) && k < n.lim+5 && toks[k].kind == tWord; k++ {
		each = each || toks[k].lower == "each"
	}
	// "Spain and Portugal will each send 100 soldiers": "each" before the verb
	for k := n.hedge - 1; k >= 0 && k >= n.hedge-4 && toks[k].kind == tWord && !each; k-- {
		each = toks[k].lower == "each" && k > 0 && toks[k-1].kind == tWord
	}
	if !each {
		return nil
	}
	for k := a.d.sents[toks[n.first].sent].first; k < n.first; k++ {
		if c, ok := a.stateAt(k); !ok || c != country {
			continue
		}
		var others []string
		for e := a.places[a.placeAt[k]].lim; e+1 < n.first && (toks[e].lower == "and" || toks[e].text == ","); {
			c2, ok := a.stateAt(e + 1)
			if !ok {
				break
			}
			others = append(others, c2)
			e = a.places[a.placeAt[e+1]].lim
		}
		return others
	}
	return nil
}

func codeKey(c string) int {
	if len(c) != 2 {
		return 0
	}
	return int(c[0])<<8 | int(c[1])
}

// troopFigure checks the words after a number for a personnel noun, with
// the states, bodies and modifiers between them ("1,500 French troops");
// without one, the figure rules of troopsWithoutNoun are tried in turn.
func (a *analysis) troopFigure(n number) (Troops, bool) {
	toks := a.d.toks
	if a.trainedObject(n) || a.populationFigure(n) || a.capacityFigure(n) {
		return Troops{}, false // populationFigure: "for a country of 11.7 million"
	}
	if !a.unitMayFollow(n) {
		return a.troopsWithoutNoun(a.nounlessFigure(n)) // no noun anywhere after it (troops_unitgate.go)
	}
	s, ok := a.troopPhraseOf(&n)
	if !ok {
		return Troops{}, false
	}
	j := s.j
	vals, lim, unitOK, weak := a.troopUnit(n, &s)
	if !unitOK {
		if a.comparedToUncounted(n) {
			return Troops{}, false // "4,500 conscripts next year, up from 3,800"
		}
		return a.troopsWithoutNoun(n)
	}
	unit := a.d.text[toks[j].start:toks[lim-1].end]
	// "Each will have 140 officers": the size of the units a state sends,
	// deployed with them
	eachState, each := a.eachFormationState(n)
	if a.isCasualty(n.hedge, lim) || a.metMishap(lim) || a.diedAfterPosting(lim) || a.contingentSending(n, lim) || a.wasTrained(lim) || a.heldPeople(n) {
		return Troops{}, false
	}
	if !each && a.isStrength(n, lim) {
		if a.standingForceBefore(n) {
			a.strengthSent = int(toks[n.first].sent) + 1 // "up from 10,000" after it is no deployment either
		}
		return Troops{}, false
	}
	if a.personnelSpeak(lim) || a.countedNotDeployed(n, lim) {
		return Troops{}, false
	}
	if a.notPersonnelCount(n, j, lim) || a.forcesCountedAsSources(n, lim) || a.deputiesWithoutSheriff(n, j, lim) || a.quotedAbility(n, lim) || a.rhetoricalAlternative(n, lim) {
		return Troops{}, false
	}
	earlier, sent := "", false
	recruiter, hired := a.recruiterState(n, lim)
	// "300 soldiers and 60 medics": weak personnel joined to a troop
	// figure of the same sentence
	joined := weak && a.lastFigure.sent == int(toks[n.first].sent) && a.lastFigure.unit != "" && a.joinedToStrong(n.hedge)
	// "Ghana's contribution, 870 infantry and a field hospital,": a
	// state's share in apposition
	share, shared := "", false
	if weak && !s.explicit {
		share, shared = a.stateShareApposition(n.hedge)
		joined = joined || shared
	}
	w := weakCtx{n: n, s: &s, lim: lim, hired: hired, each: each, joined: joined}
	if weak && !a.licensed(weakLicences[:], &w) {
		if earlier, sent = a.sentEarlier(n.first, lim); !sent {
			return Troops{}, false
		}
	}
	country := s.country
	if !s.explicit {
		country = a.unwrittenState(n, j, lim, s)
		if a.drawnFromStates(lim) {
			country = "" // "has some 400 sailors from the three countries": no one sender
		}
	}
	if country == "" && sent {
		country = earlier // the state that sent them, named paragraphs before
	}
	if country == "" && each {
		country = eachState // the state that pledged the units
	}
	if shared {
		country = share
	}
	if weak && a.lx.personnelArmed[vals[0]] && !a.licensed(armedLicences[:], &w) {
		return Troops{}, false // "the utility sent 300 engineers": no state's or army's
	}
	country = a.heldByState(n, lim, &s, country, recruiter, weak, vals)
	return a.makeTroops(n, lim, country, unit, s.rule), true
}

// heldByState settles the state of personnel ending at lim from what the
// sentence says of them beyond the phrase: who holds, accuses, serves,
// trains or asks for them (country is the phrase's reading so far).
func (a *analysis) heldByState(n number, lim int, s *troopPhrase, country, recruiter string, weak bool, vals []int) string {
	country = a.figureHolder(n, lim, s, country, recruiter)
	if c := a.accusedOfState(n); c != "" && !s.explicit {
		country = c // "Azerbaijan accused Armenia of massing 1,200 troops"
	}
	if c, ok := a.servedStateForce(lim); ok && country == "" && weak {
		country = c // "3,000 foreign fighters serve in Ukraine's International Legion"
	}
	if country != "" && !s.explicit && a.trainedOnlyState(n, country) {
		country = "" // "300 soldiers who were trained in France": the school sends none
	}
	if country == "" && len(vals) > 0 {
		country = a.lx.personnelHome[vals[0]] // "85 Mounties were flown in": the corps' own state
	}
	if country == "" {
		country = a.governorsGuard(n, lim) // "The governor ordered 400 Guard members to the border"
	}
	if country == "" {
		country = a.usLocalForce(n, lim) // "The Osage County Sheriff's Office sent 20 deputies"
	}
	if c := a.askedOwner(n); c != "" && !s.explicit {
		country = c // "Honiara asked Canberra to extend the stay of its 140 police officers"
	}
	if c := a.numberedUnitState(n); c != "" && !s.explicit {
		country = c // "China's police liaison team, now numbering 12 officers"
	}
	return country
}

// availVerbs before personnel and "available" pledge them: "make up to
// 300 officers available".
var availVerbs = wordList("avail-verb")

// madeAvailable reports weak personnel ending at lim that a verb of
// making puts "available", a pledge: "Member states will make up to 300
// officers available for the pool".
func (a *analysis) madeAvailable(n number, lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].lower != "available" {
		return false
	}
	k := n.hedge - 1
	if k < 0 || !availVerbs.hasToken(&toks[k]) {
		return false
	}
	// states make them available, not "the bank made 40 officers available"
	start := a.figureClauseStart(n.first)
	return a.actingState(start, n.first, false) != "" || a.clauseHas(n.first, groupOfStates.words())
}

// stateOwnPersonnel reports a figure "N of its (own)" weak personnel whose
// clause a state acts in: "Armenia replaced the guards with 150 of its own
// border police" counts the state's police, as its name before them would;
// "the firm sent 40 of its officers" has no state, nor has "the German
// bank".
func (a *analysis) stateOwnPersonnel(n number, s troopPhrase) bool {
	toks := a.d.toks
	if s.rule != ruleTroopOf || n.lim+1 >= len(toks) || toks[n.lim].lower != "of" || !ownerPronouns[toks[n.lim+1].lower] {
		return false
	}
	// the state's name opens the clause as its subject: not "The German
	// bank replaced the guards with 40 of its own officers"
	m, ok := a.placeStartingAt(a.figureClauseStart(n.first))
	return ok && m.state && m.kind != sAdjective && !m.possessive && m.lim < n.first
}

// troopPhraseOf returns the phrase after the number n up to its
// personnel noun: the owner written before it, "of its troops" and the
// modifiers read, n's end moved past a second figure; false for "one of
// the officers", a person rather than a figure.
func (a *analysis) troopPhraseOf(n *number) (troopPhrase, bool) {
	para := a.d.toks[n.first].para
	s := troopPhrase{j: n.lim, rule: ruleTroopNoun}
	if a.quotedFigure(*n) {
		s.j++ // "'no fewer than 3,000' gendarmes": the quote closes on the figure (deaths' test)
	}
	s.country, s.explicit = a.troopOwnerBefore(*n)
	s.j = a.betweenFigures(n, s.j)
	if k, ok := a.ofItsTroops(s.j); ok && !a.isYear(*n) {
		if n.value == 1 && !a.numberBetween(n.lim, k) || a.notOneOf(*n) {
			return s, false // "One of the officers pulled his weapon": a person, no figure; "not one of the 800 troops"
		}
		s.j, s.rule = k, ruleTroopOf
		if m, ok := a.placeStartingAt(n.lim + 1); ok && m.state && m.possessive && !s.explicit {
			s.country, s.explicit = m.code, true // "600 of Britain's 900 soldiers"
		}
	}
	a.troopModifiers(&s, para)
	if e := a.freeModifiers(*n, s.j); e > s.j {
		s.forceMod = a.forceNamedIn(n.lim, e)
		s.j = e // "200 Oregon National Guard troops": words no list names
		a.troopModifiers(&s, para)
	}
	return s, true
}

// figureHolder returns the state that holds the personnel of the figure
// n ending at lim, where that is other than the one read so far
// (country): the force "it" names, a hired group, the state sending or
// recruiting hired fighters; these override because they say who
// commands them.
func (a *analysis) figureHolder(n number, lim int, s *troopPhrase, country, recruiter string) string {
	toks := a.d.toks
	if c := a.itNumbersForce(n); c != "" && !s.explicit {
		country = c // "Lithuania hosts a German brigade. By 2027 it will number 4,800 soldiers"
	}
	if c := a.hiredHolder(n, lim); c != "" {
		country = c // "The Wagner group once had some 5,000 men in Libya"
	}
	if s.explicit && hiredFighters.hasToken(&toks[lim-1]) {
		if c, ok := a.deployerState(a.figureClauseStart(n.first), n.first); ok && c != "" {
			country = c // "Ankara had sent some 1,100 Syrian fighters": hired by the state that sends them
		}
	}
	if !s.explicit {
		// a force named outside the phrase holds it; asked only then, as each scans the clause
		if c := a.theForceState(n); c != "" {
			country = c // "France's forces sent a ship. The detachment, about 60 sailors,"
		}
		if c := a.expelledForceState(n); c != "" {
			country = c // "Niger expelled French forces, ending a deployment of 1,500 soldiers"
		}
		if c := a.carrierState(n); c != "" {
			country = c // "a Polish support ship with 120 sailors"
		}
		if c := a.forceHostNameState(n); c != "" {
			country = c // "United States Forces Korea, which stations 28,500 troops" (troops_forcehostname.go)
		}
	}
	if recruiter != "" {
		country = recruiter // "Tehran recruited 2,000 Afghan fighters": the state that hires them holds them
	}
	return country
}

// hedgeStart returns the first of the hedge words before the number
// token k, or k: "about" in "about 200".
func hedgeStart(toks []token, k int) int {
	for k > 0 && hedgeWord(toks[k-1].lower) {
		k--
	}
	return k
}

// stateShareApposition returns the state whose share ("Ghana's
// contribution", "the Ghanaian contingent") the comma before h closes:
// the figure after it counts that share.
func (a *analysis) stateShareApposition(h int) (string, bool) {
	toks := a.d.toks
	if h < 3 || toks[h-1].text != "," || !shareNouns.hasToken(&toks[h-2]) {
		return "", false
	}
	o := h - 3
	if toks[o].lower == "'s" && o > 0 {
		o--
	}
	c, ok := a.stateAt(o)
	return c, ok && c != ""
}

// joinedToStrong reports "and" or a comma right before h after a strong
// personnel noun: "300 soldiers and 60 medics", or a dash opening an aside.
func (a *analysis) joinedToStrong(h int) bool {
	toks := a.d.toks
	if h < 2 || toks[h-1].lower != "and" && toks[h-1].text != "," && toks[h-1].text != "—" && toks[h-1].text != "–" {
		return false // an aside opens with a comma or a dash: "1,800 personnel — 1,200 of them soldiers"
	}
	_, ok := a.strongPersonnelAt(h - 2)
	return ok
}

// eachFormationState reports a sentence opened by "Each" and a verb of
// having or numbering before the figure n, after a sentence in its
// paragraph in which a state sends formations: "Islamabad has promised
// two formed police units. Each will have 140 officers". It returns the
// state.
func (a *analysis) eachFormationState(n number) (string, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	v := n.hedge - 1
	if s.first == 0 || toks[s.first].lower != "each" || v <= s.first || v > s.first+3 || toks[s.first-1].para != toks[n.first].para {
		return "", false
	}
	if !haveAux.hasToken(&toks[v]) && toks[v].lower != "number" && !strengthVerbs.hasToken(&toks[v]) {
		return "", false
	}
	for k := s.first + 1; k < v; k++ {
		if !verbChain.hasToken(&toks[k]) {
			return "", false
		}
	}
	p := a.d.sents[toks[s.first-1].sent]
	for k := p.first; k < p.lim; k++ {
		if formationNouns.hasToken(&toks[k]) {
			if c, ok := a.deployerState(p.first, k); ok && c != "" {
				return c, true
			}
		}
	}
	return "", false
}

// advanceMods name the element sent ahead of a deployment: "an advance
// team", "a forward party".
var advanceMods = wordList("advance-mod")

// formationOf reports a force's or a formation's noun before "of" and the
// figure n: "a formed police unit of 160 officers", "the contingent of
// 250 officers" count the formation's personnel, as a state beside a
// weak noun does; so does the element sent ahead of a deployment ("an
// advance team of 14 officers"), not any part ("a first team of 12
// officers will audit the bank").
func (a *analysis) formationOf(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "of" {
		return false
	}
	if k > 1 && advanceMods.hasToken(&toks[k-2]) && (partNouns.hasToken(&toks[k-1]) || forceNouns.hasToken(&toks[k-1])) {
		return true // "an advance team of 14 officers": the first element of a deployment
	}
	if !forceNouns.hasToken(&toks[k-1]) && !formationNouns.hasToken(&toks[k-1]) {
		return false
	}
	// a state's or a force's word before the noun makes it one of personnel:
	// "The company of 40 officers and directors" is a firm's
	for j := k - 2; j >= 0 && j >= k-4 && toks[j].kind == tWord; j-- {
		if _, ok := a.stateAt(j); ok || policeNouns.hasToken(&toks[j]) || toks[j].lower == "military" || toks[j].lower == "army" {
			return true
		}
	}
	return false
}

// troopUnit reads the noun for personnel after the figure n, at s.j:
// the values the personnel table gives it, the end of the unit, whether
// there is one, and whether it is weak (officers, staff), so that it
// counts only where a state, an army or a mission acts.
func (a *analysis) troopUnit(n number, s *troopPhrase) (vals []int, lim int, unitOK, weak bool) {
	toks := a.d.toks
	para := toks[n.first].para
	j := s.j
	vals, lim = a.lx.personnel.match(toks, j, true)
	unitOK = lim > 0 && toks[j].para == para
	if unitOK {
		vals, lim = a.compoundUnit(j, vals, lim) // "2,000 infantry soldiers"
	}
	weak = unitOK && a.lx.personnelWeak[vals[0]]
	if unitOK && a.lx.personnelServ[vals[0]] {
		// "70 air force staff", not "the hospital's 300 staff"; a state's
		// staff at a mission: "Norway keeps 60 staff at the mission"
		unitOK = s.serviceMod || s.militaryMod || s.forceMod || a.stateStaffAtMission(n, lim) || a.personnelFromForce(lim) || a.composedForce(n) || a.serviceSentByForce(n) ||
			a.strongJoinedAt(lim) // "800 medical staff and sailors" (ht1)
		weak = !unitOK
	}
	if weak && a.strongJoinedAt(lim) {
		weak = false // "700 officers and sailors": a strong noun joined to the weak one
	}
	// "its 1,200-strong contingent", "the 13,000-strong mission", "a
	// 1,000-member contingent", "a 5,000-man force"
	if e := strongUnitAfter(toks, j); !unitOK && strengthSuffix(toks[n.first].lower) && e > j {
		lim, unitOK, weak = e, true, false
	}
	if !unitOK && a.ownedStrongUnit(n, j) {
		lim, unitOK, weak = j+1, true, false // "Malawi will keep its 200-strong company"
	}
	if !unitOK && strengthSuffix(toks[n.first].lower) && (a.unitOfPersonnel(j) || a.unitFromForce(j)) {
		lim, unitOK, weak = j+1, true, false // "A 60-strong team of Chilean army engineers", "a 150-member team from its armed forces"
	}
	if e := a.stateOwnMen(n, j); !unitOK && e > 0 {
		lim, unitOK, weak = e, true, false // "Bujumbura keeps 1,500 of its men in the plain"
	}
	if !unitOK && a.namedForceMembers(n, j) {
		lim, unitOK, weak = j+1, true, false // "250 Canadian Armed Forces members"
	}
	if !unitOK && j < len(toks) && toks[j].para == para && (a.formationMen(n, j) || a.glossedFormationMen(n, j) || a.forceMen(n, j) || a.stateMenAbroad(n, j) || a.menToFront(n, j)) {
		lim, unitOK, weak = j+1, true, false // "Two brigades, about 8,000 men,"
	}
	if !unitOK && j < len(toks) && toks[j].lower == "men" && n.hedge > 0 {
		// "thinned its presence in the region to roughly 2,000 men": the
		// men of a force resized to the figure
		if ok, _ := a.forceResizedNoun(n.hedge-1, a.d.sents[toks[n.first].sent].first); ok {
			lim, unitOK, weak = j+1, true, false
		}
	}
	if weak && lim == j+1 && a.warshipCrew(j) {
		weak = false // "a frigate and 160 crew": a warship's crew are sailors
	}
	return vals, lim, unitOK, weak
}

// armedBefore reports a state acting, an army or troops before the figure
// at first in its sentence, which make "armed" personnel nouns after it
// theirs: "Egypt will send 300 engineers", "The army has sent 500
// engineers", "Egypt will deploy 1,100 troops, and a further 300 engineers
// will follow"; not "The utility sent 200 engineers to Texas".
func (a *analysis) armedBefore(first int) bool {
	toks := a.d.toks
	start := a.d.sents[toks[first].sent].first
	if a.actingState(start, first, false) != "" {
		return true
	}
	for k := start; k < first; k++ {
		switch toks[k].lower {
		case "army", "military", "navy", "armed":
			return true
		case "defence", "defense":
			if defenceOffices.hasToken(&toks[k+1]) {
				return true // "Defence Minister NAME said 80 engineers were on standby", "the defence ministry sent 80 engineers"
			}
		}
		if vals, lim := a.lx.personnel.match(toks, k, true); lim > 0 && lim <= first && !a.lx.personnelWeak[vals[0]] {
			return true
		}
	}
	return false
}

// defenceOffices after "defence" name the state's military office that
// speaks for or sends armed personnel: "Defence Minister", "the defence
// ministry"; a "defence contractor" is none.
var defenceOffices = wordList("defence-office")

// itNumbersForce returns the state of the force that "it" stands for as
// the subject of "number" right before the figure n: "Lithuania hosts a
// German brigade. By 2027 it will number 4,800 soldiers" (the brigade's,
// not the host's); else "".
func (a *analysis) itNumbersForce(n number) string {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "number" && toks[k].lower != "numbers" && toks[k].lower != "numbered" {
		return ""
	}
	j := k - 1
	for j > 0 && j > k-4 && (modalVerbs.hasToken(&toks[j]) || auxWords.hasToken(&toks[j]) || expectWords.hasToken(&toks[j])) {
		j--
	}
	if toks[j].lower != "it" {
		return ""
	}
	if f := a.forceNounJustBefore(j); f >= 0 {
		return a.forceOwnerNear(f)
	}
	return ""
}

// numberBetween reports a number's token from j to lim.
func (a *analysis) numberBetween(j, lim int) bool {
	for k := j; k < lim; k++ {
		if a.d.toks[k].kind == tNum {
			return true
		}
	}
	return false
}

// unitOfPersonnel reports a unit's noun at j that needs a modifier
// ("team", "company") followed by "of" and strong personnel: "a
// 60-strong team of Chilean army engineers", not "a 46-strong team".
func (a *analysis) unitOfPersonnel(j int) bool {
	toks := a.d.toks
	if j+2 >= len(toks) || !strongUnitsAfterMod.hasToken(&toks[j]) || toks[j+1].lower != "of" {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+6; k++ {
		if vals, lim := a.lx.personnel.match(toks, k, true); lim > 0 {
			return !a.lx.personnelWeak[vals[0]]
		}
		if m, ok := a.placeStartingAt(k); ok && m.state && m.kind == sAdjective {
			k = m.lim - 1
			continue
		}
		if !troopMods.hasToken(&toks[k]) && !unitMods.hasToken(&toks[k]) {
			return false
		}
	}
	return false
}

// troopVerbBesides reports a troop verb in the sentence of n other than
// one of which the personnel ending at lim are the active subject, with
// an object that is no place: "The two officers had pulled over a
// vehicle", "Three officers deployed Tasers" tell what officers did, not
// a deployment of them; "300 officers were deployed" is one.
func (a *analysis) troopVerbBesides(n number, lim int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	for k := s.first; k < s.lim; k++ {
		if !troopVerbs.hasToken(&toks[k]) || possessVerbs.hasToken(&toks[k]) && !a.personnelHolderAt(k) || numberNounAt(toks, k) || a.capacityVerbAt(k) {
			continue // "the true number on board": a noun; "can mobilise": a capacity
		}
		if (k == lim || k == lim+1 && auxWords.hasToken(&toks[lim])) && !a.passiveBetween(lim, k) && k+1 < s.lim && toks[k+1].kind == tWord && !movementWord(toks[k+1].lower) {
			continue // the personnel's own act
		}
		return true
	}
	return false
}

// movementWord reports a word after a verb that says where personnel
// go or stay: "deployed to", "pulled out", "remained in", "stayed there".
func movementWord(w string) bool {
	switch w {
	case "in", "to", "into", "at", "across", "along", "near", "inside", "within", "there", "home", "back", "out", "from", "for", "on", "as":
		return true
	}
	return false
}

// passiveBetween reports a form of "be" from lim to k.
func (a *analysis) passiveBetween(lim, k int) bool {
	for j := lim; j < k; j++ {
		if beAux.hasToken(&a.d.toks[j]) {
			return true
		}
	}
	return false
}

// strongJoinedAt reports "and" at lim before a strong personnel noun.
func (a *analysis) strongJoinedAt(lim int) bool {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].lower != "and" {
		return a.strongBackingAt(lim)
	}
	if a.strongFigureJoinedAt(lim) {
		return true // "600 border guards and 150 interior ministry troops"
	}
	v, l := a.lx.personnel.match(toks, lim+1, true)
	return l > 0 && !a.lx.personnelWeak[v[0]]
}

// backingWords, before "by", join a counted strong personnel noun to weak
// personnel: "1,400 officers, backed by some 600 soldiers".
var backingWords = closedSet("backed", "supported", "assisted", "reinforced", "joined")

// strongBackingAt reports ", backed by" (or "supported by") and a count
// of a strong personnel noun at lim: the weak noun before it is of the
// same deployment.
func (a *analysis) strongBackingAt(lim int) bool {
	toks := a.d.toks
	i := lim
	if i < len(toks) && toks[i].text == "," {
		i++
	}
	if i+2 >= len(toks) || !backingWords.hasToken(&toks[i]) || toks[i+1].lower != "by" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		if toks[k].kind != tNum {
			continue
		}
		m, ok := a.d.parseNumber(k)
		if !ok || m.lim >= len(toks) {
			return false
		}
		v, l := a.lx.personnel.match(toks, m.lim, true)
		return l > 0 && !a.lx.personnelWeak[v[0]]
	}
	return false
}

// labelNouns, capitalised before a number, make it part of a name:
// "Zone 2 Officers", "Precinct 7 deputies".
var labelNouns = wordList("label-noun")

// notPersonnelCount reports a number n before the personnel noun j..lim
// that counts no deployed people: units ("two infantry battalions";
// "a 600-member police unit" counts its people), things ("250 armoured
// personnel carriers", "40 police cars"), police at their daily work
// ("two Salem Police officers were typing reports"), a rate ("about 10
// officers per week"), civilians ("two Girl Scout troops", "three North
// Lake Fire personnel"), a unit's name ("Zone 2 Officers").
func (a *analysis) notPersonnelCount(n number, j, lim int) bool {
	toks := a.d.toks
	if lim < len(toks) && (formationNouns.hasToken(&toks[lim]) || formationAfterPersonnel(toks, lim)) && !strengthSuffix(toks[n.first].lower) {
		return true
	}
	if lim < len(toks) && personnelThings.hasToken(&toks[lim]) && !toks[lim].cap {
		return true
	}
	if a.fewPoliceAtWork(n, lim) || involvedInIncident(toks, lim) || a.aircraftFighters(j, lim) {
		return true
	}
	if k := n.first - 1; n.hedge == n.first && k > 0 && toks[k].cap && !toks[k].sentStart && labelNouns.hasToken(&toks[k]) {
		return true // "Zone 2 Officers were dispatched": a unit's name, no count
	}
	if lim+1 < len(toks) && toks[lim].lower == "per" && toks[lim].sent == toks[lim-1].sent && toks[lim+1].kind == tWord && !toks[lim+1].cap && !determiners.hasToken(&toks[lim+1]) {
		return true
	}
	return j > n.lim && civilMods.hasToken(&toks[j-1])
}

// unwrittenState returns the state of personnel j..lim whose phrase
// writes none: capitalised "Marines" alone, or sailors joined to them,
// are the United States' (news style capitalises the word for the US
// Marine Corps only, other marines being "Royal Marines" or lower case;
// usMarinesAt); else the state the sentence gives
// (troopCountry); else the state of the place they are based in. Where
// the article gives Marines to another state ("British Marines") the
// word alone names none.
func (a *analysis) unwrittenState(n number, j, lim int, s troopPhrase) string {
	toks := a.d.toks
	if k := n.hedge - 1; k > 0 && hostVerbs.hasToken(&toks[k]) {
		return "" // "Cyprus hosts about 800 UN peacekeepers": the host sends none
	}
	if lim+1 < len(toks) && toks[lim].lower == "between" && toks[lim+1].lower == "them" && a.statesBefore(a.figureClauseStart(n.first), n.first) > 1 {
		return "" // "Belgium and the Netherlands will send 200 paratroopers between them": no one state
	}
	if a.usMarinesAt(j, lim) {
		if c := a.subjectForceState(n); c != "" {
			return c // "The Philippine Navy deployed 300 Marines": its own
		}
		return "US"
	}
	if c := a.quotedWeState(n); c != "" {
		return c // "We have 3,000 men in Mozambique," the Rwandan minister said
	}
	if c, ok := a.theCountryState(n); ok {
		return c
	}
	if c := a.troopCountry(n.first, lim, s.rule == ruleTroopOf); c != "" {
		return c
	}
	if c := a.dutySubsetState(n, lim); c != "" {
		return c // "30,000 police ..., 10,000 of them in Paris"
	}
	return s.base
}

// theCountryState returns the state that "The country" (or "The
// nation"), the subject opening the sentence of the figure n, takes up
// from the sentence before: "... Chad's own commitments. The country has
// some 2,000 soldiers with the task force, and it sent 1,400 troops".
func (a *analysis) theCountryState(n number) (string, bool) {
	toks := a.d.toks
	f := a.d.sents[toks[n.first].sent].first
	if f+3 > n.first || toks[f].lower != "the" || toks[f+1].lower != "country" && toks[f+1].lower != "nation" || toks[f+2].lower == "'s" {
		return "", false
	}
	from := f + 2
	if c := a.figureClauseStart(n.first); c > from && toks[c].lower == "it" {
		from = c // "..., and it sent 1,400 troops": "it" takes up the subject
	}
	for k := from; k < n.first; k++ {
		if _, ok := a.stateAt(k); ok {
			return "", false // a state of its own in the clause
		}
	}
	return a.nearestStateBefore(f)
}

// statesBefore counts the states named (not by adjective) from start to
// lim.
func (a *analysis) statesBefore(start, lim int) int {
	count := 0
	for k := start; k < lim; k++ {
		if m, ok := a.placeStartingAt(k); ok && m.state && m.kind != sAdjective {
			count++
		}
	}
	return count
}

// otherStatesMarines reports "Marines" that the article gives to a
// state other than the United States ("British Marines"): there the word
// alone names no one state.
func (a *analysis) otherStatesMarines() bool {
	toks := a.d.toks
	for k := 1; k < len(toks); k++ {
		if toks[k].text == "Marines" {
			if c, ok := a.stateAt(k - 1); ok && c != "US" && !basedCompound(toks[k-1]) {
				return true
			}
		}
	}
	return false
}

// personnelThings after a personnel word make it name a thing for them:
// "armoured personnel carriers", "troop ships", "police cars".
var personnelThings = wordList("personnel-thing")

// fewPoliceAtWork reports fewer than ten police ending at lim in a
// sentence with no verb of deployment, standby or posting and no state
// named, before any troop figure of the article: officers at their daily
// work in local news ("two police officers driving north heard
// gunshots"), not a deployment.
func (a *analysis) fewPoliceAtWork(n number, lim int) bool {
	toks := a.d.toks
	if n.value >= 10 || a.lastTroop.country != "" || !policeNouns.hasToken(&toks[lim-1]) || a.sentenceHas(n.first, troopVerbs.words()) || a.putOnStandby(lim) || a.stateInSentence(n.first) {
		return false
	}
	for k := lim; k < len(toks) && k < lim+4 && toks[k].sent == toks[lim-1].sent; k++ {
		if postedWords.hasToken(&toks[k]) || standbyVerbs.hasToken(&toks[k]) {
			return false
		}
	}
	return true
}

// civilMods right before a personnel noun make its people civilians:
// "Girl Scout troops", "fire personnel".
var civilMods = wordList("civil-mod")

// hiredHolder returns the state behind a listed hired force ("the Wagner
// group") that holds the "men" ending at lim a few words before the
// number n, else "".
func (a *analysis) hiredHolder(n number, lim int) string {
	toks := a.d.toks
	if toks[lim-1].lower != "men" {
		return ""
	}
	first := a.d.sents[toks[n.first].sent].first
	for f := n.hedge - 1; f > first && f >= n.hedge-5; f-- {
		if hiredNouns.hasToken(&toks[f]) {
			return a.hiredForceNamed(f - 1)
		}
	}
	return ""
}

// recruiterState returns the state that is the subject of a verb of
// hiring right before the number n of hired fighters ending at lim
// ("Russia has recruited some 600 fighters from Cuba", "Tehran enlisted
// 2,000 Afghan fighters"), and whether such a verb hires them at all: a
// state hires them into its forces, whoever they are.
func (a *analysis) recruiterState(n number, lim int) (string, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if lim > 0 && hiredFighters.hasToken(&toks[lim-1]) && a.hiredByPronoun(lim) {
		// "an estimated 3,000 Syrian fighters it recruited and pays": the
		// state the pronoun stands for (troops_clauseholder.go)
		c := a.actingState(a.d.sents[toks[n.first].sent].first, n.first, false)
		return c, c != ""
	}
	if k < 0 || !hiringVerbs.hasToken(&toks[k]) || !hiredFighters.hasToken(&toks[lim-1]) {
		return "", false
	}
	c, ok := a.verbSubjectState(a.figureClauseStart(n.first), n.first, hiringVerbs.words())
	return c, ok && c != ""
}

// hiredFighters name fighters a state may hire from another: their
// nationality is not their sender.
var hiredFighters = wordList("hired-fighter")

// hiringVerbs grow a force by hiring: the people hired are no deployment.
var hiringVerbs = wordList("hire-verb")

// hiringNouns name a hiring before "of" and its number: "approved the
// recruitment of 4,500 new soldiers" is an intake, as "recruit" is.
var hiringNouns = wordList("hire-noun")

// countedNotDeployed reports personnel ending at lim counted as
// formations or as hires, no deployment: "The two forces train together"
// (a small number in words between "the" and "forces" counts forces, not
// people), "The ministry plans to recruit 5,000 new police officers", "The
// province is short of about 4,000 police officers" (a shortfall). Hired
// fighters that a state recruits are its own ("recruited 1,500 fighters"),
// and so are personnel hired to deploy.
func (a *analysis) countedNotDeployed(n number, lim int) bool {
	toks := a.d.toks
	if a.calledUpForTraining(n, lim) {
		return true // "called up 10,000 reservists for refresher exercises"
	}
	// "About 300 conscripts failed to report": draftees whom no verb
	// deploys are an intake, no force
	if draftNouns.hasToken(&toks[lim-1]) && !a.troopVerbBesides(n, lim) && !a.draftOnStandby(n, lim) {
		return true
	}
	// "2,000 Haitian police recruits graduated": the personnel noun only
	// says what the recruits will be
	if lim < len(toks) && draftNouns.hasToken(&toks[lim]) && !a.troopVerbBesides(n, lim+1) {
		return true
	}
	k := n.hedge - 1
	if k < 0 {
		return false
	}
	if w := toks[k].lower; (w == "the" || w == "both") && lim == n.lim+1 && toks[n.lim].lower == "forces" && toks[n.first].kind == tWord && n.value < 10 {
		return true
	}
	// "The Western Cape is short of about 4,000 police officers": a
	// shortfall of the personnel a place lacks
	if k > 1 && toks[k].lower == "of" && toks[k-1].lower == "short" && beAux.hasToken(&toks[k-2]) {
		return true
	}
	// "missed their target by about 800 conscripts": the size of a
	// shortfall after "by"
	if toks[k].lower == "by" && a.shortfallBefore(k) {
		return true
	}
	if k > 0 && toks[k].kind == tQuote {
		k-- // "needs to hire “300-400 more officers”": a quoted figure after the verb
	}
	hiring := hiringVerbs.hasToken(&toks[k]) || k > 0 && toks[k].lower == "of" && hiringNouns.hasToken(&toks[k-1])
	if !hiring && !a.callUpOfRecruits(k, lim) || hiredFighters.hasToken(&toks[lim-1]) {
		return false
	}
	// "will recruit 4,500 more soldiers to deploy in the south": hired to
	// deploy; "to replace those who have retired" has only "have"
	for j := lim; j < a.d.sents[toks[lim-1].sent].lim && toks[j].text != ";"; j++ {
		if toks[j].text == "," && j+1 < len(toks) && toks[j+1].lower != "who" && toks[j+1].lower != "which" {
			break
		}
		if troopVerbs.hasToken(&toks[j]) && !possessVerbs.hasToken(&toks[j]) {
			return false // a verb of the next clause deploys no one: "recruit 20,000 soldiers this year, and X has promised"
		}
	}
	return true
}

// shortfallWords before "by" and a figure make it the size of a
// shortfall: "missed the target by", "fell short by".
var shortfallWords = wordList("shortfall-word")

// shortfallBefore reports a shortfall word in the six words before "by"
// at k, in its sentence.
func (a *analysis) shortfallBefore(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-6 && toks[j].sent == toks[k].sent; j-- {
		if shortfallWords.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// draftNouns name people drafted into an army: "conscripts".
var draftNouns = wordList("draft-noun")

// callUpOfRecruits reports "called up" (or "drafted") at k before a
// figure of draftNouns ending at lim: "has called up about 60,000
// conscripts" is an intake into the army, as hiring is, where "called up
// 300,000 reservists" mobilises soldiers.
func (a *analysis) callUpOfRecruits(k, lim int) bool {
	toks := a.d.toks
	if !draftNouns.hasToken(&toks[lim-1]) {
		return false
	}
	if toks[k].lower == "up" && k > 0 {
		k--
	}
	return draftVerbs.hasToken(&toks[k])
}

// draftVerbs call people into an army: "called (up)", "drafted".
var draftVerbs = wordList("draft-verb")

// trainVerbs train people: those trained are no deployment.
var trainVerbs = wordList("train-verb")

// trainedObject reports a number that a verb of training takes as its
// object: "Britain has trained 30,000 Ukrainian soldiers", "to train 5,000
// more police". GUIDELINES count personnel deployed, pledged, offered,
// requested, withdrawn or stationed; people trained are none of these, and
// the trainers' own figure ("300 instructors to train ...") is untouched.
func (a *analysis) trainedObject(n number) bool {
	k := a.verbBeforeFigure(n) // "could train a further 3,000 soldiers"
	if k >= 0 && trainVerbs.hasToken(&a.d.toks[k]) {
		return !a.deployedAfterTraining(n) // "to train 1,500 soldiers, whom the army plans to deploy"
	}
	return a.trainingEventFor(n) || a.trainedAlongside(n)
}

// standbyVerbs and standbyWords put personnel on standby: "were put on
// standby", "placed on alert".
var standbyVerbs, standbyWords = wordList("standby-verb"), wordList("standby-word")

// putOnStandby reports personnel ending at lim that are put on standby
// ("1,500 officers were put on standby"), held ready to deploy, as a
// deployment verb would: "Two officers were on standby outside the
// courthouse" says where they waited, no deployment. An "of" phrase may
// follow the personnel: "300 officers of the Presidential Guard were placed
// on standby".
func (a *analysis) putOnStandby(lim int) bool {
	toks := a.d.toks
	k := lim
	if k < len(toks) && toks[k].lower == "of" {
		// "1,500 officers of the Public Order Policing unit had been put on standby"
		for k++; k < len(toks) && k < lim+8 && toks[k].kind == tWord && !auxWords.hasToken(&toks[k]); k++ {
		}
	}
	k = pastAuxWords(toks, k, 4)
	return k+1 < len(toks) && standbyVerbs.hasToken(&toks[k]) && a.onStandbyAt(k+1)
}

// beOnStandby reports personnel ending at lim that are "on standby" or
// "on alert" after a verb of being, with no verb that puts them there:
// "a further 80 engineers were on standby in Piacenza". A handful ("two
// officers were on standby outside the courthouse") is a routine post,
// no force on standby.
func (a *analysis) beOnStandby(n number, lim int) bool {
	toks := a.d.toks
	k := pastAuxWords(toks, lim, 3)
	if n.value < 10 || k == lim || k+1 >= len(toks) || toks[k].lower != "on" {
		return false
	}
	if toks[k+1].lower == "the" || toks[k+1].lower == "high" {
		k++
	}
	return k+1 < len(toks) && readinessWords.hasToken(&toks[k+1]) // "on duty" is read by the rules of police on duty
}

// readinessWords after "on" hold personnel ready to move: "on standby",
// "on high alert".
var readinessWords = wordList("readiness-word")

// putOnStandbyActive reports personnel of the number n ending at lim
// after a verb that puts them on standby or on patrol: "will put 15 extra
// officers on patrol", "placed 300 officers on alert".
func (a *analysis) putOnStandbyActive(n number, lim int) bool {
	toks := a.d.toks
	return n.hedge > 0 && standbyVerbs.hasToken(&toks[n.hedge-1]) && (a.onStandbyAt(lim) || a.spreadOverAt(n, lim))
}

// spreadPreps spread personnel put there over a place.
var spreadPreps = wordList("spread-prep")

// spreadOverAt reports a hundred or more personnel spread by "along",
// "across" or "throughout" and "the" at lim over a place: "will put 3,500
// officers along the parade route", "placed 400 officers across the city
// centre"; not a few of them ("put 40 officers along the fence") nor
// "put 300 officers at risk".
func (a *analysis) spreadOverAt(n number, lim int) bool {
	toks := a.d.toks
	return n.value >= 100 && lim+1 < len(toks) && spreadPreps.hasToken(&toks[lim]) && toks[lim+1].lower == "the"
}

// onStandbyAt reports "on" at k and a state of readiness or duty after
// it, past "the": "on standby", "on patrol", "on the streets".
func (a *analysis) onStandbyAt(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "on" {
		return false
	}
	if toks[k+1].lower == "the" && k+2 < len(toks) {
		k++
	}
	return standbyWords.hasToken(&toks[k+1])
}

// namedForceMembers reports "members" (or a one-word personnel noun) at j
// right after a force's capitalised name that ends in a force's noun and
// follows the number: "250 Canadian Armed Forces members", "300 National
// Guard members", "60 Ground Self-Defense Force engineers", "700 ADF
// members", not "250 Labour Party members".
func (a *analysis) namedForceMembers(n number, j int) bool {
	toks := a.d.toks
	if j <= n.lim || j >= len(toks) || toks[j].para != toks[n.first].para {
		return false
	}
	if _, lim := a.lx.personnel.match(toks, j, true); toks[j].lower != "members" && lim != j+1 {
		return false
	}
	b := toks[j-1]
	if b.kind != tWord || !b.cap || !forceBodies.hasToken(&b) && !a.forceAcronymAt(j-1) {
		return false
	}
	return !a.isCasualty(n.hedge, j+1)
}

// forceAcronymAt reports a state's force at k written by the acronym of a
// name that ends in a force's noun: "700 ADF members" (the Australian
// Defence Force); not a party's or a company's acronym ("250 SNP members").
func (a *analysis) forceAcronymAt(k int) bool {
	g, ok := a.orgAtTok(k)
	if !ok || g.first != k || g.lim != k+1 {
		return false
	}
	org := a.lx.orgs[g.org]
	if org.Kind != "agency" || org.Country == "" {
		return false
	}
	w := strings.ToLower(lastWord(org.Name))
	return forceBodies.has(w)
}

// formationNouns after a personnel word make the number count formations:
// "two infantry battalions", "three police units".
var formationNouns = wordList("formation-noun")

// troopPhrase is what troopFigure has read between a number and its noun.
type troopPhrase struct {
	j           int    // the token read next
	country     string // the state written in the phrase
	explicit    bool   // the phrase writes the state
	militaryMod bool   // "military", "army" or "combat" stands before the noun
	serviceMod  bool   // an armed service's name stands before the noun: "air force", "navy"
	base        string // the state of a place the personnel are based in ("Kent-based")
	forceMod    bool   // a force's word stands among free modifiers: "Royal Navy mine clearance divers"
	rule        string
}

// respectiveState returns the state that "respectively" pairs with the
// figure n: "Belgium and the Czech Republic contribute units of about 100
// and 60 troops respectively" gives 100 to Belgium and 60 to the Czech
// Republic. The states stand before the first number, in the order of
// the numbers, as many as they; else "".
func (a *analysis) respectiveState(n number) string {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	resp := -1
	for k := n.lim; k < s.lim && k < n.lim+12; k++ {
		if toks[k].lower == "respectively" {
			resp = k
			break
		}
	}
	if resp < 0 {
		return ""
	}
	// the numbers of the list, from the first after the states to "respectively"
	var nums []int
	var states []string
	for k := s.first; k < resp; k++ {
		if toks[k].text == ";" {
			nums, states = nil, nil // "a ceiling of 860 personnel; Argentina and Britain ... 246 and 253 respectively"
			continue
		}
		if m, ok := a.placeStartingAt(k); ok && len(nums) == 0 {
			if m.state {
				states = append(states, m.code) // "Belgium", "Belgian", "Belgium's"
			}
			k = m.lim - 1
			continue
		}
		if toks[k].kind == tNum {
			m, ok := a.d.parseNumber(k)
			if !ok || a.isYear(m) {
				return ""
			}
			nums = append(nums, m.first)
			k = m.lim - 1
		}
	}
	if len(nums) < 2 || len(nums) != len(states) {
		return ""
	}
	for i, f := range nums {
		if f == n.first {
			return states[i]
		}
	}
	return ""
}

// troopOwnerBefore reads the owner written before the number: "France's
// 1,500 troops".
func (a *analysis) troopOwnerBefore(n number) (string, bool) {
	toks := a.d.toks
	if k := n.hedge - 1; k > 0 && toks[k].lower == "'s" {
		if c, ok := a.stateAt(k - 1); ok {
			return c, true
		}
		if k > 1 && toks[k-2].lower == "the" && (toks[k-1].lower == "country" || toks[k-1].lower == "nation") {
			return a.nearestStateBefore(k - 2)
		}
		if k > 1 && personalPossessives.hasToken(&toks[k-2]) && (toks[k-1].lower == "country" || toks[k-1].lower == "nation") {
			if c := a.officialBefore(k - 2); c != "" {
				return c, true // "Ruiz said, adding that her country's 650 soldiers"
			}
		}
	}
	if k := n.hedge - 1; k > 2 && toks[k].lower == "to" && toks[k-1].lower == "home" && toks[k-2].text == "," {
		return a.baseOwner(k - 2)
	}
	if k := n.hedge - 1; k > 1 && toks[k].lower == "with" && toks[k-1].text == "," {
		return a.baseOwner(k - 1) // "France's only large base on the continent, with about 1,500 personnel"
	}
	return "", false
}

// personalPossessives stand for a person before "country's".
var personalPossessives = closedSet("his", "her", "their")

// officialBefore returns the state of the role of the nearest person
// named before token k in its sentence: the official whose "his country"
// the pronoun at k is; "" for a person of no state's role.
func (a *analysis) officialBefore(k int) string {
	for j := k - 1; j >= a.d.sents[a.d.toks[k].sent].first; j-- {
		m := a.personAtTok(j)
		if m < 0 {
			continue
		}
		if r := a.people[a.mentions[m].person].role; r != nil && r.org == "" {
			return r.country
		}
		return ""
	}
	return ""
}

// baseOwner returns the state whose adjective names a base before the
// comma at c, whose troops it is home to: "the French camp in Abidjan,
// home to some 700 troops".
func (a *analysis) baseOwner(c int) (string, bool) {
	toks := a.d.toks
	for j := c - 1; j > 0 && j >= c-6 && toks[j].sent == toks[c].sent; j-- {
		if !baseNouns.hasToken(&toks[j]) {
			continue
		}
		if m, ok := a.placeStartingAt(j - 1); ok && m.state && m.kind == sAdjective {
			return m.code, true
		}
		if p := a.placeAt[j-1]; p >= 0 && a.places[p].state && a.places[p].kind == sAdjective {
			return a.places[p].code, true
		}
		// "France's only large base": a state's possessive before the
		// base's modifiers
		for p := j - 1; p > 0 && p >= j-4; p-- {
			if m := a.placeAt[p]; m >= 0 {
				if a.places[m].state && a.places[m].possessive {
					return a.places[m].code, true
				}
				break
			}
		}
	}
	return "", false
}

// baseNouns name a military base: "the French camp".
var baseNouns = wordList("base-noun")

// nearestStateBefore returns the state named last before k in its
// sentence or the one before, in the same paragraph: the state "the
// country's 1,300-strong contingent" stands for.
func (a *analysis) nearestStateBefore(k int) (string, bool) {
	for j, from := k-1, a.sentenceBeforeFirst(k); j >= from; j-- {
		if c, ok := a.stateAt(j); ok {
			return c, true
		}
	}
	return "", false
}

// betweenFigures lets the lower figure of "between 1,500 and 3,000 troops"
// take the noun of the upper: it returns the token after the upper figure,
// or j.
func (a *analysis) betweenFigures(n *number, j int) int {
	toks := a.d.toks
	if j+1 < len(toks) && (toks[j].lower == "and" || toks[j].lower == "to") && n.hedge > 0 && toks[n.hedge-1].lower == "between" {
		if n2, ok := a.d.parseNumber(j + 1); ok && !n2.age && n2.value > n.value {
			n.approx = true
			return n2.lim
		}
	}
	return j
}

// ofItsTroops reads "of its troops" at j ("5,000 of its troops", "6,000
// of its own troops", "5,000 of its elite troops") and returns where the
// personnel noun starts.
func (a *analysis) ofItsTroops(j int) (int, bool) {
	toks := a.d.toks
	if !(j+1 < len(toks) && toks[j].lower == "of") {
		return j, false
	}
	k := j + 1
	if w := toks[k].lower; w == "its" || w == "their" || w == "the" || w == "his" || w == "our" {
		k++
		if w == "the" {
			k = a.missionPossessiveAt(k) // "600 of the mission's personnel"
		}
	} else if w == "them" && k+1 < len(toks) && a.joinedToStrong(hedgeStart(toks, j-1)) {
		// "Salvadoran troops, 300 of them soldiers": a part of the
		// personnel just named, by its own noun
		if _, lim := a.lx.personnel.match(toks, k+1, true); lim > 0 {
			return k + 1, true
		}
	} else if m, ok := a.placeStartingAt(k); ok && m.state && m.possessive && m.lim < len(toks) && toks[m.lim].lower == "'s" {
		k = m.lim + 1 // "About 2,000 of Italy's 3,400 troops"
	}
	if k < len(toks) && toks[k].lower == "own" {
		k++
	}
	h := k
	for h < len(toks) && h < k+3 && hedgeWord(toks[h].lower) {
		h++ // "300 of its roughly 1,050 troops"
	}
	if n, ok := a.d.parseNumber(h); ok && k > j+1 && toks[h].kind == tNum && n.hedge >= k {
		k = n.lim // "1,200 of its 2,000 peacekeepers": a part of the whole
		if m, ok := a.placeStartingAt(k); ok && m.state && (m.kind == sAdjective || a.personnelStartsAt(m.lim)) {
			k = m.lim // "Around 600 of the 2,500 Zambian soldiers", "6,000 of the 36,000 US troops"
		}
	}
	// "About 1,200 of the American marines": the state's adjective is read
	// with the noun
	if m, ok := a.placeStartingAt(k); ok && m.state && m.kind == sAdjective && k > j+1 && toks[k-1].kind == tWord {
		if _, lim := a.lx.personnel.match(toks, m.lim, true); lim > 0 {
			return k, true
		}
	}
	// "5,000 of its elite troops", "800 of its best-trained soldiers"
	for k < len(toks) && k < j+5 && (troopMods.hasToken(&toks[k]) || a.modifierBeforeTroops(k)) {
		if _, lim := a.lx.personnel.match(toks, k, true); lim > 0 {
			break
		}
		k++
	}
	if _, lim := a.lx.personnel.match(toks, k, true); lim > 0 {
		return k, true
	}
	if k == j+2 && k < len(toks) && toks[k].lower == "men" && ownerPronouns[toks[j+1].lower] {
		return k, true // "assigned 300 of its men": troopUnit asks whose men (forceMen)
	}
	return j, false
}

// personnelStartsAt reports a personnel noun starting at k.
func (a *analysis) personnelStartsAt(k int) bool {
	_, lim := a.lx.personnel.match(a.d.toks, k, true)
	return lim > 0
}

// objectFollows reports a determiner or a possessive at k that opens an
// object: the word before it was a verb ("Marines guards its embassy").
func (a *analysis) objectFollows(k int) bool {
	if k >= len(a.d.toks) {
		return false
	}
	switch a.d.toks[k].lower {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those":
		return true
	}
	return false
}

// troopModifiers steps over the states, bodies and adjectives between the
// number and the personnel noun: "1,500 French troops", "5,000 paramilitary
// troops".
func (a *analysis) troopModifiers(s *troopPhrase, para int32) {
	toks := a.d.toks
	for steps := 0; s.j < len(toks) && toks[s.j].para == para && steps < 4; steps++ {
		j := s.j
		if vals, lim := a.lx.personnel.match(toks, j, true); lim > 0 {
			a.bodyBeforePersonnel(s, j, vals, lim)
			return
		}
		if basedCompound(toks[j]) {
			// "2,400 Hawaii-based Marines", "1,800 Okinawa-based US
			// Marines": where they are based, not who sends them
			s.base, _ = a.stateAt(j)
			s.j++
			continue
		}
		if e, c := a.knownHiredForce(j); e > j {
			// "some 1,500 Wagner fighters": a hired force named bare makes
			// "fighters" its men, of the state behind it
			s.j, s.militaryMod = e, true
			if !s.explicit {
				s.country, s.explicit = c, true
			}
			continue
		}
		if c, ok := a.stateAt(j); ok {
			a.stateModifier(s, j, c)
			continue
		}
		if e, c := a.forcePlaceBefore(j); e > j {
			s.j = e // "200 Oregon National Guard troops": the place's state holds them
			if !s.explicit {
				s.country, s.explicit = c, true
			}
			continue
		}
		if a.orgAt[j] >= 0 {
			s.j = acronymAfter(toks, a.orgs[a.orgAt[j]].lim)
			if k := s.j; k+1 < len(toks) && toks[k].lower == "and" && a.orgAt[k+1] >= 0 && a.orgs[a.orgAt[k+1]].first == k+1 {
				s.j = acronymAfter(toks, a.orgs[a.orgAt[k+1]].lim) // "5,000 Nepal Army and Armed Police Force personnel"
			}
			continue
		}
		if e := a.namedUnitBefore(j); e > j && toks[j].cap {
			s.j = e // "120 New Zealand Defence Force (NZDF) personnel": the force's name, before its words are read as modifiers
			continue
		}
		if isAdverb(toks[j]) && j+1 < len(toks) && troopMods.hasToken(&toks[j+1]) {
			s.j++ // "3,000 newly trained soldiers", "400 heavily armed police": the adverb of the modifier
			continue
		}
		if troopMods.hasToken(&toks[j]) {
			s.serviceMod = s.serviceMod || serviceMods.hasToken(&toks[j])
			if toks[j].lower == "military" || toks[j].lower == "army" || toks[j].lower == "combat" {
				s.militaryMod = true
			}
			s.j = a.joinedModifierEnd(s.j + 1)
			continue
		}
		if a.modifierBeforeTroops(j) {
			s.j++ // "5,000 paramilitary troops", "800 battle-hardened soldiers"
			continue
		}
		if e := a.namedUnitBefore(j); e > j {
			s.j = e // "200 Self-Defense Force personnel"
			continue
		}
		if ok, c := a.hiredForceName(j); ok {
			// "some 1,500 Wagner fighters": a private force's name makes
			// "fighters" its men, of the state of its introduction
			s.j, s.militaryMod = j+1, true
			if c != "" && !s.explicit {
				s.country, s.explicit = c, true
			}
			continue
		}
		return
	}
}

// bodyBeforePersonnel moves s past a personnel word at j (vals, ending
// at lim) that names the force or corps of the personnel noun after it:
// "90 air force personnel", "30 Carabinieri officers"; not "20 Marines
// guards its embassy", a verb. It marks the phrase military so the
// figure counts as troops.
func (a *analysis) bodyBeforePersonnel(s *troopPhrase, j int, vals []int, lim int) {
	toks := a.d.toks
	if v2, l2 := a.lx.personnel.match(toks, lim, true); lim == j+1 && l2 > 0 && !a.objectFollows(l2) &&
		(a.lx.personnelWeak[vals[0]] && forceBodies.hasToken(&toks[j]) && (!a.lx.personnelWeak[v2[0]] || a.lx.personnelServ[v2[0]]) || !a.lx.personnelWeak[vals[0]] && toks[j].cap && !toks[j].sentStart) {
		s.j, s.militaryMod = lim, true
		s.serviceMod = forceBodies.hasToken(&toks[j]) // "70 air force staff"
	}
}

// stateModifier moves s past the state c named at j and records it as
// the phrase's owner; a second, different state joined by "and" leaves
// no one sender: "14,000 Filipino and American troops".
func (a *analysis) stateModifier(s *troopPhrase, j int, c string) {
	toks := a.d.toks
	s.country, s.explicit = c, true
	s.j = a.places[a.placeAt[j]].lim
	if e, mixed, ok := a.stateListEnd(s.j, c); ok && toks[s.j].text == "," {
		s.j = e // "2,500 Polish, Lithuanian and U.S. troops": a list of senders
		if mixed {
			s.country = ""
		}
		return
	}
	if k := s.j; k+1 < len(toks) && toks[k].lower == "and" {
		if c2, ok := a.stateAt(k + 1); ok && c2 != c {
			s.country = ""
			s.j = a.places[a.placeAt[k+1]].lim
		}
		if e := a.gappedStateUnit(k + 1); e > 0 {
			s.j = e // "40 Japanese and 35 Australian engineers": the noun after the second figure's state
		}
	}
}

// gappedStateUnit returns the start of the personnel noun after a second
// figure and its state at k, which the first figure's state shares: "40
// Japanese and 35 Australian engineers"; else 0.
func (a *analysis) gappedStateUnit(k int) int {
	m, ok := a.d.parseNumber(k)
	if !ok || m.vague || m.lim >= len(a.d.toks) {
		return 0
	}
	if _, ok := a.stateAt(m.lim); !ok {
		return 0
	}
	e := a.places[a.placeAt[m.lim]].lim
	if _, lim := a.lx.personnel.match(a.d.toks, e, true); lim > 0 {
		return e
	}
	return 0
}

// hiredForceName reports a capitalised word at j that the article
// introduces as a private armed force ("the Russian mercenary group
// Wagner", "the private military company Vega"), with the state of the
// adjective before the introduction, if any.
func (a *analysis) hiredForceName(j int) (bool, string) {
	toks := a.d.toks
	if toks[j].kind != tWord || !toks[j].cap || a.placeAt[j] >= 0 {
		return false, ""
	}
	for _, k32 := range a.hiredSites() { // the introductions, in text order
		k := int(k32)
		if k == j || toks[k].text != toks[j].text {
			continue
		}
		m := k - 2
		if m > 0 && toks[m-1].lower == "private" {
			m--
		}
		if m > 0 {
			if p := a.placeAt[m-1]; p >= 0 && a.places[p].state && a.places[p].kind == sAdjective {
				return true, a.places[p].code
			}
		}
		return true, ""
	}
	return false, ""
}

// knownHiredForce returns the index after the name of a force of hired
// fighters at j that hired_forces.tsv lists ("Wagner", "Africa Corps"),
// with the state behind it; else j. A personnel noun must follow it.
func (a *analysis) knownHiredForce(j int) (int, string) {
	toks := a.d.toks
	if toks[j].kind != tWord || !toks[j].cap || a.personAt[j] >= 0 {
		return j, ""
	}
	for e := j + 1; e <= j+2 && e < len(toks) && toks[e-1].para == toks[j].para; e++ {
		if _, lim := a.lx.personnel.match(toks, e, true); lim == 0 {
			continue
		}
		// the name is joined only before a personnel noun: this runs for
		// every capitalised word after a number
		name := toks[j].text
		if e == j+2 {
			name += " " + toks[j+1].text
		}
		if c, ok := a.lx.hiredForces[name]; ok {
			return e, c
		}
	}
	return j, ""
}

// hiredMods and hiredNouns introduce a private armed force by name.
var (
	hiredMods  = wordList("hired-mod")
	hiredNouns = wordList("hired-noun")
)

// namedUnitBefore returns the strong personnel noun after a force's
// capitalised name of up to three words at j ("200 Self-Defense Force
// personnel"), else j. A person's or a place's name is none.
func (a *analysis) namedUnitBefore(j int) int {
	toks := a.d.toks
	for k := j; k < len(toks) && k < j+3; k++ {
		if t := toks[k]; t.kind != tWord || !t.cap || a.personAt[k] >= 0 || a.placeAt[k] >= 0 && !a.placeOpensName(k) {
			return j
		}
		e := acronymAfter(toks, k+1) // "Australian Defence Force (ADF) personnel"
		if u, ok := a.strongPersonnelAt(e); ok && u != "forces" && u != "force" {
			return e
		}
		if e < len(toks) && forceBodies.hasToken(&toks[k]) {
			// "200 Self-Defense Force members", "60 Ground Self-Defense
			// Force engineers": namedForceMembers reads them
			if _, lim := a.lx.personnel.match(toks, e, true); toks[e].lower == "members" || lim == e+1 {
				return e
			}
		}
		if k == j && e == k+1 && e < len(toks) && hiredFighters.hasToken(&toks[e]) {
			return e // "1,000 Chechen fighters": a people's or a region's name before hired fighters
		}
	}
	return j
}

// placeOpensName reports a one-word place inside a state at k that opens
// a force's capitalised name: "2,000 Assam Rifles personnel". A state
// ("500 Kenya Defence Forces troops") is read as the sender elsewhere, and
// a city before its police ("10 Houston Police officers", often a caption's
// "Image 3 of 10") opens none.
func (a *analysis) placeOpensName(k int) bool {
	toks := a.d.toks
	m := a.places[a.placeAt[k]]
	if m.kind != sPlace || m.state || m.first != k || m.lim != k+1 || k+1 >= len(toks) || toks[k+1].kind != tWord || !toks[k+1].cap || a.placeAt[k+1] >= 0 {
		return false
	}
	// "Memphis Police officers" are a city's police, counted elsewhere if at all
	_, lim := a.lx.personnel.match(toks, k+1, true)
	return lim == 0
}

// acronymAfter returns the index after a bracketed capitalised acronym at
// k, "(ADF)" in "Australian Defence Force (ADF) personnel", else k.
func acronymAfter(toks []token, k int) int {
	if k+2 < len(toks) && toks[k].text == "(" && toks[k+2].text == ")" && toks[k+1].kind == tWord &&
		toks[k+1].cap && strings.ToUpper(toks[k+1].text) == toks[k+1].text && toks[k+1].para == toks[k].para {
		return k + 3
	}
	return k
}

// joinedModifier reports a modifier at k, or a personnel word used as one,
// that a personnel noun follows: "police" in "military and police
// personnel".
func (a *analysis) joinedModifier(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].kind != tWord || toks[k].cap {
		return false
	}
	if _, lim := a.lx.personnel.match(toks, k+1, true); lim == 0 {
		return false
	}
	_, lim := a.lx.personnel.match(toks, k, true)
	return troopMods.hasToken(&toks[k]) || lim > 0
}

// joinedModifierEnd steps from k, the token after a modifier, to a
// second modifier joined to the first ("4,000 military and police
// personnel") or to the last of a list a comma goes on ("20,000 army,
// navy and air force personnel": the token of "air"); else it returns k.
func (a *analysis) joinedModifierEnd(k int) int {
	toks := a.d.toks
	if k+1 < len(toks) && (toks[k].lower == "and" || toks[k].lower == "or") && a.joinedModifier(k+1) {
		return k + 1
	}
	if k+3 >= len(toks) || toks[k].text != "," || toks[k+1].cap || !troopMods.hasToken(&toks[k+1]) {
		return k
	}
	if w := toks[k+2].lower; (w == "and" || w == "or") && a.joinedModifier(k+3) && a.personnelClosesList(k+3) {
		return k + 3
	}
	return k
}

// personnelClosesList reports the personnel read from j, the last
// modifier of a list, or from the word after it, as the end of the
// figure's phrase: not "40 army, navy and air force bases", where the
// force's name modifies a thing.
func (a *analysis) personnelClosesList(j int) bool {
	toks := a.d.toks
	_, e := a.lx.personnel.match(toks, j, true)
	if _, f := a.lx.personnel.match(toks, j+1, true); f > e {
		e = f
	}
	// a lower-case plural after it is the thing the force's name modifies
	return e >= len(toks) || toks[e].kind != tWord || toks[e].cap || !strings.HasSuffix(toks[e].lower, "s") || verbChain.hasToken(&toks[e])
}

// troopsWithoutNoun tries, in order, the figure rules of
// troopRulesWithoutNoun for a number with no personnel noun right after
// it; the first that finds a figure wins, and the last always answers.
func (a *analysis) troopsWithoutNoun(n number) (Troops, bool) {
	for _, r := range troopRulesWithoutNoun[:len(troopRulesWithoutNoun)-1] {
		if t, ok := r.find(a, n, r.rule); ok {
			return t, true
		}
	}
	last := troopRulesWithoutNoun[len(troopRulesWithoutNoun)-1]
	return last.find(a, n, last.rule)
}

// troopRulesWithoutNoun are the figure rules for a number with no
// personnel noun after it, each with the rule name its figures carry.
var troopRulesWithoutNoun = []struct {
	rule string
	find func(a *analysis, n number, rule string) (Troops, bool)
}{
	{ruleTroopForce, (*analysis).forceOfNumber},           // "a force of 5,000"
	{ruleTroopAbroad, (*analysis).numberedAbroad},         // "Russian border guards, who once numbered about 4,500 in Armenia,"
	{ruleTroopForce, (*analysis).strengthOfForce},         // "an authorised strength of about 3,000"
	{ruleTroopTotal, (*analysis).tallyAfterTroops},        // "5,000 troops, but pledges so far total 3,100"
	{ruleTroopMembers, (*analysis).membersOfForce},        // "250 members of its armed forces"
	{ruleTroopMembers, (*analysis).belongToForce},         // "400 belong to the National Guard and 200 to the army"
	{ruleTroopApposed, (*analysis).apposedFormationMen},   // "30 platoons of the Border Guard, about 900 members in all,"
	{ruleTroopRespective, (*analysis).respectivePair},     // "1,100 and 850 strong respectively"
	{ruleTroopObservers, (*analysis).bareObservers},       // "28, 25 and 19 observers respectively"
	{ruleTroopTheirCount, (*analysis).theirCountFigure},   // "A report put the figure at 3,000"
	{ruleTroopNumber, (*analysis).broughtToTroops},        // "sent 50 more, bringing its personnel to 700"
	{ruleTroopNumber, (*analysis).numberOfTroops},         // "troop numbers would fall to 4,000"
	{ruleTroopTarget, (*analysis).targetTroops},           // "deployed 9,000 soldiers and aims to reach 10,000"
	{ruleTroopNumber, (*analysis).frontedTotalTroops},     // "bringing to about 850 the number of Guard soldiers"
	{ruleTroopGapped, (*analysis).gappedTroops},           // "34 troops and Fiji 50"
	{ruleTroopGapped, (*analysis).secondPlaceTroops},      // "2,500 troops in Iraq and 900 in Syria"
	{ruleTroopGapped, (*analysis).alongsideTroops},        // "2,500 troops in Iraq, alongside 900 in Syria"
	{ruleTroopGapped, (*analysis).gappedBodyTroops},       // "the army would send 3,000, the navy 1,200" (troops_gappedbody.go)
	{ruleTroopNoun, (*analysis).sharedUnitTroops},         // "1,500 French and 1,000 American soldiers"
	{ruleTroopForceOwn, (*analysis).forceSentMembers},     // "the National Guard has deployed 10,000 members"
	{ruleTroopForceOwn, (*analysis).forceHeldMembers},     // "the National Guard has 9,000 members assigned to"
	{ruleTroopForceOwn, (*analysis).resizedForceMembers},  // "tripled the size of the SDF deployment from around 1,200 members"
	{ruleTroopContinued, (*analysis).continuedNumber},     // a later part of a deployment told before
	{ruleTroopContinued, (*analysis).phaseTroops},         // "with 400 leaving by March"
	{ruleTroopContinued, (*analysis).moreToCome},          // "and 40 more will join them"
	{ruleTroopContinued, (*analysis).thereWillBeTroops},   // "we have 2,800 today, and next week there will be 3,300"
	{ruleTroopContinued, (*analysis).verbMoreTroops},      // "and will fly 40 more to Cyprus"
	{ruleTroopContinued, (*analysis).moreAccountedTroops}, // "58,200 personnel deployed. Non-UN operations accounted for 40,000 more"
	{ruleTroopContinued, (*analysis).partOfThemTroops},    // "About 3,000 of them serve under the AU"
	{ruleTroopContinued, (*analysis).shareGlossTroops},    // "2,000 troops; roughly half of them, about 1,000,"
	{ruleTroopCompared, (*analysis).pairedChangeTroops},   // "from six ships and 1,200 sailors to eleven ships and 2,500"
	{ruleTroopContinued, (*analysis).themOfNamedTroops},   // "Eritrean troops remained, and some 4,000 of them were stationed"
	{ruleTroopContinued, (*analysis).themGlossTroops},     // "would deploy its own border guards to the crossing — 120 of them,"
	{ruleTroopDashedSize, (*analysis).dashedForceSize},    // "The Turkmen contingent sent to the border — perhaps 900 —"
	{ruleTroopContinued, (*analysis).themOfStateTroops},   // "1,800 troops ..., 1,000 of them Italian"
	{ruleTroopContinued, (*analysis).ofWhomPartTroops},    // "10,000 officers, of whom 4,500 are on duty"
	{ruleTroopServingAs, (*analysis).servingAsTroops},     // "1,500 troops, including 400 who serve as peacekeepers"
	{ruleTroopServingAs, (*analysis).includedDutyTroops},  // "1,500 troops ..., including about 400 guarding a depot"
	{ruleTroopContinued, (*analysis).ofTheFronted},        // "Of the 4,000 troops pledged, only 900 have arrived"
	{ruleTroopContinued, (*analysis).partOfSentTroops},    // "National Guard troops ...; 1,700 of the 4,000 sent in June"
	{ruleTroopGapped, (*analysis).includedFromTroops},     // "including 1,200 from Canada"
	{ruleTroopGapped, (*analysis).regionPairTroops},       // "200 Guard members from Ohio and 150 from Indiana"
	{ruleTroopCompared, (*analysis).comparedTroops},       // "more troops than the 50 already there"
	{ruleTroopCompared, (*analysis).shortOfTroops},        // "630 troops, well short of the 1,000 envisaged"
	{ruleTroopCompared, (*analysis).partOfTarget},         // "90 police officers of the 500 promised"
	{ruleTroopCompared, (*analysis).earlierLevelTroops},   // "300 soldiers, down from a peak near 1,000"
	{ruleTroopCompared, (*analysis).leftoverTroops},       // "which counted 20,000 personnel, has some 11,000 left" (troops_leftover.go)
	{ruleTroopCompared, (*analysis).comparedAsideTroops},  // "12,000 soldiers ..., far more than the 1,000 Bujumbura admits" (troops_comparedaside.go)
	{ruleTroopCompared, (*analysis).toldDeploymentFrom},   // "1,100 officers ... the deployment, up from about 850"
	{ruleTroopElliptic, (*analysis).mandateForTroops},     // "600 soldiers, and Germany has a mandate for up to 300"
	{ruleTroopAddedTo, (*analysis).addedToHeld},           // "add 150 soldiers to the 75 it already has"
	{ruleTroopAddedTo, (*analysis).besidesHeld},           // "300 soldiers, on top of the 150 already there"
	{ruleTroopAddedTo, (*analysis).joinedHeld},            // "2,000 soldiers arrived, joining some 9,000 already in Sinaloa"
	{ruleTroopAddedTo, (*analysis).replacedHeld},          // "400 peacekeepers ..., replacing the 380 who leave"
	{ruleTroopMostWith, (*analysis).mostWithTroops},       // "Canada the most with 1,000"
	{ruleTroopMostWith, (*analysis).mostApposedTroops},    // "Italy had the most blue helmets deployed, 1,020,"
	{ruleTroopMostWith, (*analysis).stateAtFigureTroops},  // "Rwanda, with 5,100 personnel, ... China, at roughly 1,750, was"
	{ruleTroopShareOf, (*analysis).shareOfForce},          // "Senegal provides about 700 of the current contingent"
	{ruleTroopShareOf, (*analysis).frontedShareOfForce},   // "Of that force, Ouagadougou will provide 2,000"
	{ruleTroopElliptic, (*analysis).ellipticalTroops},     // "Spain offered 600"
	{ruleTroopElliptic, (*analysis).moreOfAsked},          // "Manila asked for a larger rotation. Washington offered 600 more"
	{ruleTroopDemonym, (*analysis).demonymTroops},         // "The Danish 60 arrived on Monday"
	{ruleTroopElliptic, (*analysis).itHoldsThere},         // "Ankara has kept troops in Iraq; it now has 4,000 there"
	{ruleTroopDemonym, (*analysis).colonDemonymPart},      // "5,000 troops for the brigade: 3,500 German and 1,500 Dutch"
	{ruleTroopSaidMoves, (*analysis).saidNumberMoves},     // "Vilnius said 40 would leave in May"
	{ruleTroopFromStates, (*analysis).fromStatesTroops},   // "it had 390 from 22 countries"
	{ruleTroopMovedSubject, (*analysis).movedSubject},     // "By Monday evening, 1,800 had left their positions"
	{ruleTroopStaySubject, (*analysis).staySubject},       // "Fewer than 1,500 will remain", "said 2,000 would be home"
	{ruleTroopContingent, (*analysis).contingentNumbers},  // "Kenya's contingent ... numbers 1,410"
	{ruleTroopUnitIs, (*analysis).unitIsNumber},           // "Lithuania's contribution will be no more than 80"
	{ruleTroopTotal, (*analysis).forceTotal},              // "the force now counts some 1,270 in all"
	{ruleTroopForce, (*analysis).forceStrong},             // "the brigade, some 5,000 strong,"
	{ruleTroopForce, (*analysis).estimatedTroops},         // "The Ethiopian troops in Somalia, estimated at 4,000,"
	{ruleTroopRecruited, (*analysis).recruitedNationals},  // "Russia has enlisted 1,500 Nepalis"
	{ruleTroopServing, (*analysis).nationalsServing},      // "the 4,500 Ugandans serving with the mission"
	{ruleTroopServing, (*analysis).nationalsWhoDeployed},  // "the 1,100 Swedes who deployed to Latvia"
	{ruleTroopServing, (*analysis).nationalsStaffing},     // "Around 100 Russians had staffed the checkpoint"
	{ruleTroopInlineList, (*analysis).inlineListTroops},   // "Contributions: Ghana, 870; India, 590"
	{ruleTroopInlineList, (*analysis).proseListTroops},    // "Its contributors are Uganda 4,500, Ethiopia 2,500"
	{ruleTroopInlineList, (*analysis).colonFigure},        // "Soldiers sent by Egypt so far: 1,091"
	{ruleTroopInlineList, (*analysis).labelledTroops},     // "Troops: 450. Helicopters: four." of an offer
	{ruleTroopInlineList, (*analysis).labelledFromState},  // "Troops: about 900, all from the Malawian army"
	{ruleTroopElliptic, (*analysis).howManyTroops},        // "Two thousand. That is how many Marines ..."
	{ruleTroopElliptic, (*analysis).howManyAnswerTroops},  // "How many troops ...? About 3,000"
	{ruleTroopApposed, (*analysis).inNumberTroops},        // "the blue helmets it keeps there, roughly 800 in number,"
	{ruleTroopApposed, (*analysis).frontedNumbering},      // "Numbering close to 3,000, the Egyptian force ..."
	{ruleTroopApposed, (*analysis).colonOfThem},           // "sending Carabineros to the border: 600 of them"
	{ruleTroopParallel, (*analysis).parallelTroops},       // "with 1,000 troops, while Spain commands the east with 650"
	{ruleTroopParallel, (*analysis).hostedElided},         // "hosts some 10,000 American personnel. Kuwait hosts about 13,500"
	{ruleTroopTable, (*analysis).tableRowTroops},          // "... made up as follows:" / "Ghana 829"
}

// modifierBeforeTroops reports a lower-case word of no known kind right
// before a strong personnel noun: "paramilitary troops", "well-trained
// soldiers". Function words, verbs of being and death words are none.
func (a *analysis) modifierBeforeTroops(j int) bool {
	toks := a.d.toks
	t := toks[j]
	if t.kind != tWord || t.cap || a.figureBits(j)&(fcPhraseStop|fcDeathAux|fcCasualty) != 0 ||
		a.lx.death.startsLower(&t) || j+1 >= len(toks) || freeModStops.hasToken(&t) {
		return false // "200 former soldiers" are no one's troops
	}
	// "task forces", "market forces" are no troops
	u, ok := a.strongPersonnelAt(j + 1)
	if !ok && a.weakBeforeStrong(j+1) {
		return true // "200 mountain infantry troops"
	}
	return ok && u != "forces" && u != "force"
}

// weakBeforeStrong reports a weak personnel noun of one word at j that
// qualifies a strong one right after it: "infantry troops", "ranger
// soldiers".
func (a *analysis) weakBeforeStrong(j int) bool {
	vals, lim := a.lx.personnel.match(a.d.toks, j, true)
	if lim != j+1 || !a.lx.personnelWeak[vals[0]] {
		return false
	}
	u, ok := a.strongPersonnelAt(j + 1)
	return ok && u != "forces" && u != "force"
}

// strengthSuffix reports a number written with the size of a unit:
// "5,000-strong", "1,000-member", "5,000-man", "2,000-troop".
func strengthSuffix(w string) bool {
	_, rest := leadingDigits(w)
	switch rest {
	case "-strong", "-member", "-man", "-person", "-troop", "-soldier":
		return true
	}
	return false
}

// strongUnits follow "N-strong": "a 5,000-strong force".
var strongUnits = wordList("strong-unit")

// strongUnitAfter returns the index after a unit of strongUnits at j, or
// after up to three unit modifiers before one ("a 5,000-strong joint rapid
// reaction force") or before a unit of strongUnitsAfterMod ("a 300-strong
// mechanised company"), else j.
func strongUnitAfter(toks []token, j int) int {
	named := false // a unit's name may stand before a strong unit noun: "its 300-strong Cheonghae unit"
	for e := j; e < len(toks) && e < j+4; e++ {
		t := toks[e]
		if strongUnits.hasToken(&t) || !named && strongUnitsAfterMod.hasToken(&t) && (e > j || e > 0 && unitMods.hasToken(&toks[e-1])) {
			return e + 1
		}
		if t.cap && t.kind == tWord && !troopMods.hasToken(&t) && !unitMods.hasToken(&t) && !t.sentStart {
			named = true
			continue
		}
		if !troopMods.hasToken(&t) && !unitMods.hasToken(&t) || t.cap || t.para != toks[j].para {
			break
		}
	}
	return j
}

// strongUnitsAfterMod follow "N-strong" only after a modifier of a unit
// ("mechanised company"); unitMods are such modifiers.
var (
	strongUnitsAfterMod = wordList("strong-unit-after-mod")
	unitMods            = wordList("unit-mod")
)

// personnelOfBody reports a body's noun right after a personnel word,
// which makes the word its modifier: "a tally kept by the police
// department", "the police academy"; a body that is itself personnel
// ("the police service") stays.
func (a *analysis) personnelOfBody(lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].kind != tWord {
		return false
	}
	w := toks[lim].lower
	if b, ok := a.lx.bodyWords[w]; !ok || b.kind != "state" && b.kind != "body" || w == "service" || w == "services" {
		return false
	}
	_, plim := a.lx.personnel.match(toks, lim, true)
	return plim == 0
}

// numberOfTroops reads a figure that follows its personnel in the clause:
// "troop numbers would fall from 8,600 to 4,000", "raise the number of US
// forces in the region to roughly 43,000", "the Kenyan presence now stands
// at around 800", "the number of US troops there, currently 900, would
// double".
func (a *analysis) numberOfTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, ok := a.troopNumberCue(n)
	if !ok {
		return Troops{}, false
	}
	sent := a.d.sents[toks[n.first].sent]
	if f := a.fromOfPeak(n, k); f > 0 {
		k = f // "fell from a surge high of about 170,000 to 50,000": as "from about 170,000"
	}
	if a.standingForceCut(k, sent.first) {
		return Troops{}, false // "cut its active-duty forces to 450,000": a strength target
	}
	if a.strengthSent == int(toks[n.first].sent)+1 && toks[k].lower == "from" && a.changedFigure(k) {
		return Troops{}, false // "the army numbers 40,000 soldiers, up from 10,000": the strength's past
	}
	back := troopNumberReach(toks, k) + a.attributionAsideBefore(k) // "..., it emerged, had been cut to 3,000"
	counted, unit, country, ok := a.troopNumberBefore(n, k, back, sent.first)
	if !ok {
		return Troops{}, false
	}
	number := counted || a.changedFigure(k) // "600 troops, down from 5,100", "from 3,250 troops to 2,250"
	// "the total number of UK Armed Forces personnel committed to ... to
	// approximately 1,100": the count noun further back than the unit
	number = number || unit != "" && a.numberOfUnitBefore(k-back, sent.first)
	// "double its troops in Somalia, currently 1,520,": the personnel
	// before the comma, counted in apposition
	number = number || unit != "" && a.currentlyOfPersonnel(k)
	if resized, noun := a.forceResizedNoun(k, sent.first); resized && !a.isYear(n) {
		number = true
		if unit == "" {
			unit = noun // "Italy will trim its battalion to 700"
		}
		if country == "" {
			// "Lisbon reduced its contingent in Mozambique from 1,200": the
			// state that resizes its force, not the host
			country, _ = a.verbSubjectState(sent.first, n.first, sizeVerbs.words())
		}
	}
	// "will grow from 2,500 to 4,000 troops": the unit after the figure it grows to
	if u := a.unitAfterTo(n, k); unit == "" && u != "" {
		unit, number = u, number || a.sizeNounBefore(k, sent.first)
	}
	fk := a.changedFromAt(n, k)
	if unit == "" && toks[fk].lower == "from" && a.changedFigure(fk) && a.lastFigure.sent == int(toks[n.first].sent) && a.lastFigure.unit != "" {
		// "By January it will number about 600, up from 550": the figure
		// just read, changed
		unit, country, number = a.lastFigure.unit, a.lastFigure.country, true
	}
	if a.risingFromFigure(k, n) {
		// "Ghana will send 500 soldiers at first, rising to as many as
		// 1,200": the figure just read, grown
		number = true
		if unit == "" {
			unit, country = a.lastFigure.unit, a.lastFigure.country
		}
	}
	// "estimate their number at some 400", "the figure had climbed to
	// more than 5,000", "Today it is closer to 2,500": a size reference
	if r, ok := a.clauseSizeRef(k, sent.first); ok && unit == "" && (r.kind == refStated || !number) {
		if u, c, ok := a.sizeAntecedent(r); ok {
			number, unit, country = true, u, c
		}
	}
	if unit == "" && (a.tollToldBefore(sent.first, k) || a.tollToldIn(sent.first, k)) {
		return Troops{}, false // "seven people have died. The FRC puts the number at 23": the dead's number
	}
	its := a.itsMissionSize(k, sent.first) // "a mission in Baghdad. Its strength reached about 1,000"
	number = number || its
	if !number || (unit == "" && !a.clauseHasUnitWord(k, sent.first) && !a.troopsBefore(sent.first) && !a.personnelSubject(sent.first, k) && !a.troopsEarlierIn(sent.first, k-back) && !(toks[k].lower == "to" && a.missionNounIn(sent.first, k)) && !its && !a.stateShareGoesOn(k, sent.first, country)) {
		return Troops{}, false
	}
	if c := a.countedPeopleState(n, k, sent.first); c != "" {
		country = c // "peaked at about 100,000 Americans", "..., were down to 2,500" (troops_countedpeople.go)
	}
	return a.troopsOfNumber(n, k, sent.first, unit, country, rule), true
}

// changedFromAt is the token numberOfTroops weighs as the "from" of a
// changed figure at cue k: k itself ("up from 550"), or the "from" before
// a peak ("down from a peak of 13,000", "from a surge high of").
func (a *analysis) changedFromAt(n number, k int) int {
	toks := a.d.toks
	if toks[k].lower != "of" || !a.fromBefore(n.hedge) {
		return k
	}
	if toks[k-3].lower == "from" {
		return k - 3
	}
	return k - 4
}

// troopsOfNumber makes numberOfTroops's figure n (cue k, sentence from
// first), with "troops" for a unit not named and the state of the
// sentence's force where none was read before it.
func (a *analysis) troopsOfNumber(n number, k, first int, unit, country, rule string) Troops {
	if unit == "" {
		unit = "troops"
	}
	if country == "" {
		country = a.troopCountry(n.first, n.lim, false)
	}
	if c := a.itsForceAbroadOwner(k, first); c != "" {
		country = c // "taking its mission in Tripoli to 120": the owner's, not the host's
	}
	return a.makeTroops(n, n.lim, country, unit, rule)
}

// warOwnerAt reports a state's adjective or possessive at j before a
// word of war: "the total Pyongyang has dispatched to support Moscow's
// war", "sent to the Russian invasion" name the side whose war it is,
// not the state whose personnel are counted.
func (a *analysis) warOwnerAt(j int) bool {
	toks := a.d.toks
	pi := a.placeAt[j]
	if pi < 0 {
		return false
	}
	e := a.places[pi].lim
	if e < len(toks) && toks[e].lower == "'s" {
		e++
	}
	return e < len(toks) && warWords.hasToken(&toks[e])
}

// troopNumberCue returns the token k before the figure n that
// numberOfTroops reads, past "by a further": a word a force's count
// follows ("to", "at", "from", "reached"), with the figure ending its
// phrase; a year after "by" or a time of year is a date, no count.
func (a *analysis) troopNumberCue(n number) (int, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k > 2 && furtherWords.hasToken(&toks[k]) && toks[k-1].lower == "a" && toks[k-2].lower == "by" {
		k -= 2 // "is due to shrink by a further 500"
	}
	if k < 1 {
		return 0, false
	}
	if !a.countWordBefore(k) || !a.figureEndsPhrase(n, k) {
		return 0, false
	}
	if toks[k].lower == "to" && toks[k-1].lower == "according" {
		return 0, false // "the garrison near the border, according to two US officials": a source, no size
	}
	if (toks[k].lower == "by" || toks[k].lower == "to" && toks[k-1].lower == "back" || toks[k].lower == "of" && (k > 0 && timeOfYear.hasToken(&toks[k-1]) || n.hedge == n.first)) && a.isYear(n) {
		// "a presence that dates back to 1992": a date
		// "will be reduced by 2026": a deadline, no change of size; "a
		// smaller presence would remain until the end of 2026": a date;
		// "not the army of 2021": a year (ht1)
		return 0, false
	}
	return k, true
}

// troopNumberReach is how many tokens before k numberOfTroops looks for
// the personnel a figure counts: "bringing the total to 1,000" names
// them further back than "troop numbers would fall to 4,000".
func troopNumberReach(toks []token, k int) int {
	if k > 1 && toks[k-1].lower == "total" && toks[k-2].lower == "the" {
		return 20
	}
	// "bringing the total in the province to some 4,500": the total of a
	// place
	for j := k - 2; j > 1 && j >= k-4 && toks[j].kind == tWord; j-- {
		if toks[j].lower == "in" && toks[j-1].lower == "total" && toks[j-2].lower == "the" {
			return 20 + k - j
		}
	}
	return 12 + relativeClauseBefore(toks, k)
}

// relativeClauseBefore returns the length of a relative clause set off by
// commas that ends a few words before k, or 0: "The Dutch contingent in
// Mali, which arrived with 450 soldiers in 2014, is now down to about 80"
// names its force before the clause.
func relativeClauseBefore(toks []token, k int) int {
	if r, c, ok := relativeSpanBefore(toks, k); ok {
		return c - r + 1
	}
	return 0
}

// relativeSpanBefore returns the commas that open and close the relative
// clause relativeClauseBefore measures.
func relativeSpanBefore(toks []token, k int) (r, c int, ok bool) {
	for c := k - 1; c >= 0 && c >= k-5; c-- {
		if toks[c].sent != toks[k].sent {
			return 0, 0, false
		}
		if toks[c].text != "," {
			continue
		}
		for r := c - 1; r > 0 && r >= c-20 && toks[r].sent == toks[k].sent; r-- {
			if toks[r].text == "," {
				if w := toks[r+1].lower; w == "which" || w == "who" {
					return r, c, true
				}
				return 0, 0, false
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// troopNumberBefore reads the clause before k, back to back tokens and
// not past the sentence's first token from, for what makes the figure n
// a force's count: a count noun ("the number of", "the Kenyan presence")
// or a noun of size after a determiner ("cut the force"), which sets
// counted, and the personnel and their state. A semicolon or a casualty
// word between them makes the figure no count of troops: ok is false.
func (a *analysis) troopNumberBefore(n number, k, back, from int) (counted bool, unit, country string, ok bool) {
	toks := a.d.toks
	formation := ""                               // a formation resized, the unit when no other is named
	rel, relEnd, _ := relativeSpanBefore(toks, k) // the relative clause's commas, or 0, 0
	for j := k - 1; j >= from && j >= k-back; j-- {
		w := toks[j].lower
		if (bodySizeNouns.has(w) || w == "estimates" || w == "tally" || w == "contingent" || w == "contribution" ||
			w == "total" && j > 0 && toks[j-1].lower == "the" || w == "share" && a.statePossessiveBefore(j)) && !a.countOfOthers(j) {
			counted = true
		}
		if w == "total" && j > 0 && toks[j-1].lower == "a" && j+1 == k && toks[k].lower == "of" {
			counted = true // "for a total of about 11,800": the figure is the total's own
		}
		// "cut the force from 8,000 to 2,500", "expand the mission to 4,000"
		if sizeNouns.has(w) && unit == "" && j > 1 && (determiners.hasToken(&toks[j-1]) || determiners.hasToken(&toks[j-2]) || a.strongFormBefore(j) || a.stateNounSizeBefore(j)) {
			counted = true
			if w == "contingent" || w == "garrison" || w == "force" || w == "forces" {
				unit = toks[j].text
			} else if w != "deployment" && w != "mission" && formation == "" {
				formation = toks[j].text // "its detachment in Romania would rise to about 400"
			}
		}
		if unit == "" && formation == "" && (a.stateSharePosted(j) || a.formationMovedAt(j, k)) {
			formation = toks[j].text // "cut the UK's contribution in Estonia from 1,000 to 900", "the last combat units left" (troops_formationmoved.go)
		}
		if u, c, ok := a.countedPersonnelAt(j, n); ok && unit == "" {
			unit, country = u, c
		}
		if c, ok := a.stateAt(j); ok && country == "" && j+1 < len(toks) && (a.places[a.placeAt[j]].kind == sAdjective || a.places[a.placeAt[j]].possessive) && !a.destinationAdjective(j) && !ledBy(toks, j) && !a.warOwnerAt(j) {
			country = c // "the Kenyan presence"
		}
		if toks[j].text == ";" && ((unit != "" || formation != "") && counted || a.sizeNounIsAt(k)) {
			break // "...; the remaining Russian detachment, estimated at 3,000", "...; today the figure is 28,500": its own clause
		}
		if (toks[j].text == ";" || casualtyWords.has(w)) && (j <= rel || j >= relEnd) {
			return false, "", "", false // a relative clause on the force tells its story: "which had shrunk as injured soldiers were flown home" (ht1)
		}
	}
	if unit == "" {
		unit = formation
	}
	return counted, unit, country, true
}

// itsMissionSize reports a sentence opened by "Its" and a noun of size
// ("strength", "size", "number") that goes on from a mission named in the
// sentence before, in the same paragraph, with k in that clause: "NATO
// runs a separate advisory mission in Baghdad. Its strength reached about
// 1,000 in 2023".
func (a *analysis) itsMissionSize(k, first int) bool {
	toks := a.d.toks
	if first == 0 || first+2 > k || toks[first].lower != "its" || toks[first-1].para != toks[first].para {
		return false
	}
	if w := toks[first+1].lower; w != "strength" && w != "size" && w != "number" || a.countOfOthers(first+1) {
		return false // not "Its number of clients"
	}
	prev := a.d.sents[toks[first-1].sent]
	return a.missionNounIn(prev.first, prev.lim-1)
}

// timeOfYear name a part of a year before "of" and the year: "the end of
// 2026", "the spring of 2025".
var timeOfYear = wordList("time-of-year")

// stateShareGoesOn reports a state's share of a force ("Kenya's
// contribution", "the Kenyan contingent") in the clause before k, told
// right after the troop figures of other states in the paragraph before:
// "Egypt has pledged 1,100 soldiers.\n\nKenya's contribution falls from
// 1,410 to 900". The paragraph goes on with the same personnel.
func (a *analysis) stateShareGoesOn(k, first int, country string) bool {
	toks := a.d.toks
	last := a.lastTroop
	if d := int(toks[first].para) - last.para; country == "" || last.unit == "" || d != 0 && d != 1 || !a.bareTo(k) {
		return false
	}
	for j := k - 1; j >= first; j-- {
		if shareNouns.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// bareTo reports the figure after "from" at k, or at k itself, as bare
// up to its clause's end: "from 1,410 to 900," not "from 1,410 to 900
// million shillings".
func (a *analysis) bareTo(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) {
		return true
	}
	n, ok := a.d.parseNumber(k + 1)
	if !ok {
		return false
	}
	e := n.lim
	if toks[k].lower == "from" && e+1 < len(toks) && toks[e].lower == "to" {
		if m, ok := a.d.parseNumber(e + 1); ok {
			e = m.lim
		}
	}
	return e >= len(toks) || toks[e].kind == tPunct || toks[e].lower == "while" || toks[e].lower == "and" || toks[e].lower == "but"
}

// shareNouns name a state's share of a force: "contribution", "contingent".
var shareNouns = wordList("share-noun")

// strongFormBefore reports a determiner before a size noun at j past its
// strength and its state: "cut the 1,000-strong US garrison in Niger to
// 200".
func (a *analysis) strongFormBefore(j int) bool {
	toks := a.d.toks
	k := j - 1
	if _, ok := a.stateAt(k); ok {
		k = a.places[a.placeAt[k]].first - 1
	}
	return k > 0 && strengthSuffix(toks[k].lower) && determiners.hasToken(&toks[k-1])
}

// statePossessiveBefore reports a state's or its capital's possessive
// right before the noun at j, which makes it the state's own: "bring
// Nairobi's deployment to roughly 990", as "its deployment" is.
func (a *analysis) statePossessiveBefore(j int) bool {
	if j < 2 || a.d.toks[j-1].lower != "'s" || a.placeAt[j-2] < 0 {
		return false
	}
	m := a.places[a.placeAt[j-2]]
	return m.state && m.possessive && m.kind != sAdjective
}

// countedPersonnelAt reads the personnel at j whose number a figure n
// after "the number of ... to" gives, with the state named before them: a
// strong noun, or a weak one after a state ("the number of Kenyan
// officers"), a hired force ("the number of Wagner fighters") or a troop
// figure of the sentence ("bringing the number of state officers ..."); a
// force's name before them gives its state.
func (a *analysis) countedPersonnelAt(j int, n number) (unit, country string, ok bool) {
	toks := a.d.toks
	vals, lim := a.lx.personnel.match(toks, j, true)
	if lim == 0 || a.personnelOfBody(lim) {
		return "", "", false
	}
	state, weakState := "", false
	hiredBy := ""
	if j > 0 {
		state, weakState = a.stateAt(j - 1)
		hiredBy = a.hiredForceNamed(j - 1)
	}
	if p := a.pastTroopMods(j); state == "" && p > 0 && p < j {
		state, weakState = a.stateAt(p - 1) // "the number of Russian border advisers"
	}
	if a.lx.personnelWeak[vals[0]] && !weakState && hiredBy == "" && (a.lastTroop.unit == "" || a.lastTroop.sent != int(toks[n.first].sent)) {
		return "", "", false
	}
	unit = a.d.text[toks[j].start:toks[lim-1].end]
	if toks[j].lower == "troop" {
		unit = "troops"
	}
	if state == "" {
		state = hiredBy
	}
	if state == "" && j > 0 && a.orgAt[j-1] >= 0 {
		state = a.troopOrgState(a.orgs[a.orgAt[j-1]]) // "the number of Assam Rifles personnel": the force's state, not a border's neighbour
	}
	return unit, state, true
}

// missionNounIn reports a mission's noun from first to lim, not a
// possessive: "leads the NATO mission in Kosovo, and has raised its
// contribution to some 800" counts personnel, "the mission's budget"
// money.
func (a *analysis) missionNounIn(first, lim int) bool {
	toks := a.d.toks
	for j := first; j < lim; j++ {
		if missionNouns.hasToken(&toks[j]) && toks[j+1].lower != "'s" {
			return true
		}
	}
	return false
}

// figureEndsPhrase reports a figure after k that ends its phrase, or that
// personnel follow: "to 4,000," and "to 4,000 troops", not "to 4,000
// tanks"; "men" only after a verb of standing ("stands at 800 men").
func (a *analysis) figureEndsPhrase(n number, k int) bool {
	toks := a.d.toks
	e := n.lim
	if e >= len(toks) || toks[e].kind != tWord || toks[e].cap {
		return true
	}
	if _, lim := a.lx.personnel.match(toks, e, true); lim > 0 {
		return true
	}
	if a.atSuperlativeAside(n, k) {
		return true // ", at 2,000 the largest contribution,"
	}
	// "down from nearly 11,000 two years ago": a phrase of when
	for j := e + 1; j <= e+2 && j < len(toks) && toks[j].sent == toks[e].sent; j++ {
		if toks[j].lower == "ago" {
			return true
		}
	}
	switch toks[e].lower {
	case "and", "by", "in", "this", "next", "last", "before", "after", "within", "over", "from", "to", "at", "up", "without", "unless",
		"under", "during", "throughout", // "down from about 4,000 under the earlier mission"
		"now", "today", "currently", "previously", "earlier", // "up from roughly 4,300 now"
		"since", "until", // "has doubled to about 6,000 since the spring"
		"once",  // "will be set at 750 once the budget is approved"
		"there": // "for a total of about 11,800 there" (fx47)
		return true
	case "men":
		// "stands at 800 men"; "never exceeded 8,000 men": a force's
		// ceiling; "which diplomats put at about 300 men": an estimate
		return standsAt(toks, k) || strings.HasPrefix(toks[k].lower, "exceed") || estimatedAt(toks, k)
	case "when":
		// "were down to 2,500 when Biden ordered the withdrawal": a
		// size; "had fallen by 1,132 when he was home secretary" is a
		// change over a term, no force's size
		return toks[k].lower != "by"
	}
	// a plural noun after it counts something else: "to 50 tanks"
	return (!strings.HasSuffix(toks[e].lower, "s") || predicateAux.hasToken(&toks[e])) && a.plannedResizeSubject(k)
}

// plannedNouns name a decision or a plan whose infinitive may resize a
// force inside a sentence's subject: "Canberra's decision to reduce its
// contingent ... to 50 drew criticism".
var plannedNouns = closedSet("decision", "plan", "plans", "move", "bid", "proposal", "pledge", "promise", "order")

// plannedResizeSubject reports the "to" at k that ends the infinitive of
// a size verb after a noun of decision in the sentence's subject, so the
// figure after k ends that subject whatever word follows it: "Canberra's
// decision to reduce its contingent in the Solomon Islands to 50 drew
// criticism from Honiara". Not "plans to cut its fleet to 50 tanks",
// whose noun follows at once and is read before this.
func (a *analysis) plannedResizeSubject(k int) bool {
	toks := a.d.toks
	first := a.d.sents[toks[k].sent].first
	for j := k - 1; j > first+1 && j >= k-12; j-- {
		if toks[j].kind != tWord && toks[j].lower != "'s" {
			return false
		}
		if sizeVerbs.hasToken(&toks[j]) && toks[j-1].lower == "to" {
			return plannedNouns.hasToken(&toks[j-2]) && toks[j-2].sent == toks[k].sent
		}
	}
	return false
}

// fromBefore reports "from" right before token h, or before "a peak of"
// or "its high of": "from 3,250 troops", "from a peak of nearly 17,000
// troops" open the figure a later "to" changes.
func (a *analysis) fromBefore(h int) bool {
	toks := a.d.toks
	if h >= 1 && toks[h-1].lower == "from" {
		return true
	}
	if h < 4 || toks[h-1].lower != "of" || !peakNouns.hasToken(&toks[h-2]) {
		return false
	}
	d := toks[h-3].lower
	return (d == "a" || d == "its" || d == "the") && toks[h-4].lower == "from" || a.fromPeakOf(h)
}

// peakNouns name the highest figure a force reached: "from a peak of".
var peakNouns = closedSet("peak", "high", "maximum", "height")

// standsAt reports "at" at k after a verb of standing: "the force
// stands at 800 men".
func standsAt(toks []token, k int) bool {
	if k < 1 || toks[k].lower != "at" {
		return false
	}
	switch toks[k-1].lower {
	case "stands", "stood", "standing", "stand":
		return true
	}
	return false
}

// estimatedAt reports "at" at k right after a verb of estimating a size:
// "which diplomats put at", "estimated at" (sizeEstimateVerbs,
// troops_whomput.go). "estimated by Moldovan officials at" leaves the
// figure to the rules that weigh the officials' state.
func estimatedAt(toks []token, k int) bool {
	return k > 0 && toks[k].lower == "at" && sizeEstimateVerbs.hasToken(&toks[k-1])
}

// changedFigure reports the word at k before a number as one that gives a
// count changed from another: "600 troops, down from 5,100", or "to" after
// a troop figure that "from" opens, "cut the force from 3,250 troops to
// 2,250".
func (a *analysis) changedFigure(k int) bool {
	toks := a.d.toks
	if toks[k].lower == "from" {
		return k > 0 && (toks[k-1].lower == "down" || toks[k-1].lower == "up" || toks[k-1].text == "," && a.toFigureBefore(k-1) || a.toFigureJustBefore(k))
	}
	if toks[k].lower != "to" {
		return false
	}
	for j := k - 1; j > 0 && j >= k-8; j-- {
		if _, lim := a.lx.personnel.match(toks, j, true); lim > 0 && lim <= k && j > 1 && toks[j-1].kind == tNum && a.timePhraseBetween(lim, k) {
			n, ok := a.d.parseNumber(j - 1)
			return ok && n.hedge > 0 && a.fromBefore(n.hedge)
		}
	}
	return false
}

// sizeChanges are participles by which a figure just told changes size:
// ", rising to 1,200", ", falling to 300".
var sizeChanges = wordList("size-change")

// risingFromFigure reports "to" at k after a participle of changing size
// that opens a clause after a comma, following a troop figure of the
// same sentence: "500 soldiers at first, rising to as many as 1,200".
func (a *analysis) risingFromFigure(k int, n number) bool {
	toks := a.d.toks
	return k > 1 && toks[k].lower == "to" && sizeChanges.hasToken(&toks[k-1]) && toks[k-2].text == "," &&
		a.lastFigure.sent == int(toks[n.first].sent) && a.lastFigure.unit != ""
}

// toFigureBefore reports a number that "to" opens ending the clause
// before the comma at c, at most a unit and a phrase of when after it:
// "cut to 1,200 officers this year, from 1,800", "had grown to about
// 15,000, from 11,500": the figure after the comma is the earlier size.
func (a *analysis) toFigureBefore(c int) bool {
	toks := a.d.toks
	for j := c - 1; j > 0 && j >= c-6 && toks[j].sent == toks[c].sent; j-- {
		if toks[j].kind != tNum {
			continue
		}
		n, ok := a.d.parseNumber(j)
		if !ok || n.hedge < 1 || toks[n.hedge-1].lower != "to" {
			return false
		}
		e := n.lim
		if _, lim := a.lx.personnel.match(toks, e, true); lim > 0 {
			e = lim
		}
		if w := toks[e].lower; e+2 == c && (w == "this" || w == "last" || w == "next") {
			return true // "this year"
		}
		return a.timePhraseBetween(e, c)
	}
	return false
}

// timePhraseBetween reports nothing, or a short phrase of when, from lim
// to k: "from about 350 troops at its height to 60", "from 900 soldiers
// in 2020 to 400".
func (a *analysis) timePhraseBetween(lim, k int) bool {
	toks := a.d.toks
	if lim == k {
		return true
	}
	if k-lim > 4 || toks[lim].lower != "at" && toks[lim].lower != "in" {
		return false
	}
	for j := lim + 1; j < k; j++ {
		if toks[j].kind != tWord && !a.bareYear(j) {
			return false
		}
	}
	return true
}

// sizeNouns are bodies of personnel whose size a figure after "to" or
// "from" gives.
var sizeNouns = wordList("size-noun")

// determiners make the next word a noun: "the force", not "to force".
var determiners = closedWords(func() map[string]bool {
	return map[string]bool{
		"the": true, "its": true, "their": true, "a": true, "this": true, "that": true, "our": true,
		"his": true, "her": true, "'s": true, "whole": true, "entire": true, "peacekeeping": true, "whose": true,
		"military": true, "international": true, "multinational": true, "regional": true, "total": true,
	}
})

// countWordBefore reports the word at k as one that may stand before the
// count of a force that numberOfTroops reads.
func (a *analysis) countWordBefore(k int) bool {
	switch a.d.toks[k].lower {
	case "to", "from", "at", "of", "about", "around", "reach", "reached", "reaches", "currently":
		// "whose joint force is meant to reach 5,500", "..., currently 900,"
		return true
	case "below", "under", "above":
		// "bars cutting the number of American troops in South Korea
		// below 28,500": a floor or a ceiling of a force's size
		return true
	case "exceed", "exceeds", "exceeded":
		// "the tally of Russian personnel is thought to exceed 2,000"
		return true
	case "between":
		// "put the number of Rwandan soldiers in North Kivu at between
		// 3,000 and 4,000": the range's lower bound
		return k > 0 && a.d.toks[k-1].lower == "at"
	case "by":
		// "will reduce the number of troops it keeps in Romania by about
		// 1,000": the change of a force's size
		return a.sizeVerbInClause(k)
	case "is", "was":
		// "today the figure is 28,500": a size's noun with its article
		// before the copula, perhaps with a word of time
		return a.sizeNounIsAt(k)
	}
	return false
}

// sizeNounIsAt reports a noun of size with its article before the
// copula at k, perhaps past "today" or "now": "the figure is", "the
// number today is", "its strength was".
func (a *analysis) sizeNounIsAt(k int) bool {
	toks := a.d.toks
	if w := toks[k].lower; w != "is" && w != "was" {
		return false
	}
	h := k - 1
	if h > 0 && (toks[h].lower == "today" || toks[h].lower == "now") {
		h--
	}
	if h < 1 || !determiners.hasToken(&toks[h-1]) {
		return false
	}
	w := toks[h].lower
	return w == "figure" || w == "total" || bodySizeNouns.hasToken(&toks[h])
}

// currentlyOfPersonnel reports "currently" at k after a comma that ends
// a strong personnel noun or a force's, perhaps with the place they serve
// in: "its troops in Somalia, currently", "the contingent, currently";
// not "its tanks, currently".
func (a *analysis) currentlyOfPersonnel(k int) bool {
	toks := a.d.toks
	j := k - 2
	if j < 1 || toks[k].lower != "currently" || toks[k-1].text != "," {
		return false
	}
	// past the place they serve in: "in Somalia", "in the Golan"
	for i := j; i > 1 && i >= j-3 && toks[i].kind == tWord; i-- {
		if w := toks[i].lower; w == "in" || w == "on" || w == "at" {
			j = i - 1
			break
		}
	}
	return a.strongPersonnelEndsAt(j) || forceNouns.hasToken(&toks[j]) && !standingForces.hasToken(&toks[j])
}

// sizeVerbInClause reports a verb that changes a size in the clause
// before "by" at k: "reduce the number of troops it keeps in Romania by".
func (a *analysis) sizeVerbInClause(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-14 && toks[j].sent == toks[k].sent; j-- {
		if sizeVerbs.hasToken(&toks[j]) {
			return true
		}
		if toks[j].kind == tPunct && toks[j].text != "'" {
			return false
		}
	}
	return false
}

// hiredForceNamed returns the state behind the force of hired fighters
// that hired_forces.tsv lists by the one or two words at j, else "".
func (a *analysis) hiredForceNamed(j int) string {
	toks := a.d.toks
	if !toks[j].cap {
		return ""
	}
	if c, ok := a.lx.hiredForces[toks[j].text]; ok {
		return c
	}
	if j+1 < len(toks) && toks[j+1].cap {
		return a.lx.hiredForces[toks[j].text+" "+toks[j+1].text]
	}
	return ""
}

// troopsBefore reports a strong personnel noun in the sentence before the
// one starting at first, in the same paragraph: it makes "boost its
// presence to 4,500" a troop figure.
func (a *analysis) troopsBefore(first int) bool {
	toks := a.d.toks
	if first == 0 || toks[first-1].para != toks[first].para {
		return false
	}
	s := a.d.sents[toks[first-1].sent]
	for k := s.first; k < s.lim; k++ {
		if _, ok := a.strongPersonnelAt(k); ok {
			return true
		}
	}
	return false
}

// unitAfterTo returns the strong personnel noun of "from N to M <noun>",
// for the N after "from" at k, else "".
func (a *analysis) unitAfterTo(n number, k int) string {
	toks := a.d.toks
	if toks[k].lower != "from" || n.lim+1 >= len(toks) || toks[n.lim].lower != "to" {
		return ""
	}
	j := n.lim + 1
	for j < len(toks) && j < n.lim+3 && hedgeWord(toks[j].lower) {
		j++ // "from 1,000 to about 2,200 soldiers"
	}
	m, ok := a.d.parseNumber(j)
	if !ok || m.lim >= len(toks) {
		return ""
	}
	u, _ := a.strongPersonnelAt(m.lim)
	return u
}

// sizeNounBefore reports a body of personnel, a "mission" or a "unit" a
// few words before k: "the UN mission will grow from", "the anti-piracy
// unit operating off the Horn of Africa would be reduced from".
func (a *analysis) sizeNounBefore(k, first int) bool {
	for j := k - 1; j >= first && j >= k-12; j-- {
		if w := a.d.toks[j].lower; sizeNouns.has(w) || w == "mission" || w == "force" || w == "unit" {
			return true
		}
	}
	return false
}

// numberOfUnitBefore reports "number of" and personnel a few tokens
// before k, at or after the sentence's first token.
func (a *analysis) numberOfUnitBefore(k, first int) bool {
	toks := a.d.toks
	for j := k; j >= first && j >= k-6; j-- {
		if toks[j].lower == "number" && j+1 < len(toks) && toks[j+1].lower == "of" {
			return !a.countOfOthers(j)
		}
	}
	return false
}

// countOfOthers reports a count noun at j whose "of" names something
// other than personnel: "the number of migrants", not "the number of UK
// Armed Forces personnel" nor "the number of troops", nor a figure of
// them ("its contribution of 24 soldiers would rise to 60").
func (a *analysis) countOfOthers(j int) bool {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j+1].lower != "of" {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+7; k++ {
		if _, lim := a.lx.personnel.match(toks, k, true); lim > k {
			return false
		}
		if t := toks[k]; t.kind == tNum && k == j+2 {
			continue
		}
		if t := toks[k]; t.kind != tWord || !t.cap && !determiners.hasToken(&t) && !troopMods.hasToken(&t) {
			return true
		}
	}
	return true
}

// troopsEarlierIn reports a troop figure, a number and a strong personnel
// noun, between first and lim, the start of a sentence and where the look
// back for a unit stopped:
// "send a further 2,000 soldiers to the border ..., raising the number
// deployed there to about 8,000".
func (a *analysis) troopsEarlierIn(first, lim int) bool {
	for k := first + 1; k < lim; k++ {
		if _, ok := a.strongPersonnelAt(k); ok && a.d.toks[k-1].kind == tNum {
			return true
		}
	}
	// a troop figure read in the sentence whose noun does not follow its
	// number: "1,100 Self-Defense Forces personnel"
	return first < lim && a.lastFigure.sent == int(a.d.toks[first].sent) && a.lastFigure.unit != ""
}

// forceBeforeComma reports a force's, a formation's or personnel's noun
// before the comma that ends at j-1, past the place it serves in: "the
// Bangladeshi battalion in Abyei, whose ...".
func (a *analysis) forceBeforeComma(j int) bool {
	toks := a.d.toks
	e := j - 2
	if e < 1 || toks[j-1].text != "," {
		return false
	}
	for i := e; i > 0 && i > e-3 && toks[i].cap; i-- {
		if toks[i-1].lower == "in" {
			e = i - 2 // a place, known or not: "in Abyei"
			break
		}
	}
	if e < 0 {
		return false
	}
	_, strong := a.strongPersonnelAt(e)
	return strong || forceNouns.hasToken(&toks[e]) || formationNouns.hasToken(&toks[e])
}

// clauseHasUnitWord reports "troop" or "presence" of a military force
// before k: "the Kenyan presence" in a sentence about police or troops.
func (a *analysis) clauseHasUnitWord(k, first int) bool {
	toks := a.d.toks
	for j := k - 1; j >= first && j >= k-12; j-- {
		if w := toks[j].lower; (w == "troop" || w == "military" || w == "forces" || w == "police") && !a.personnelOfBody(j+1) {
			return true // not "a tally kept by the police department"
		}
		if w := toks[j].lower; w == "whose" && j+1 < k && bodySizeNouns.hasToken(&toks[j+1]) && a.forceBeforeComma(j) {
			return true // "The Bangladeshi battalion in Abyei, whose strength Dhaka cut to 600"
		}
		// "the army's presence", "navy strength", "the coalition's strength":
		// an armed body or a mission owns the count
		if e := j + 1; (forceBodies.hasToken(&toks[j]) || missionNouns.hasToken(&toks[j]) && !partyCoalition(toks, j) || a.namedMissionEndsAt(j)) && e < k {
			if toks[e].lower == "'s" && e+1 < k {
				e++
			}
			if bodySizeNouns.hasToken(&toks[e]) {
				return true
			}
		}
	}
	return false
}

// namedMissionEndsAt reports the gazetteer's name of a mission ending at
// j: "MONUSCO's strength" is a mission's, as "the mission's strength" is.
func (a *analysis) namedMissionEndsAt(j int) bool {
	g, ok := a.orgAtTok(j)
	return ok && g.lim == j+1 && a.lx.missions[a.lx.orgs[g.org].Name]
}

// partyCoalition reports a coalition of parties at j: "the ruling
// coalition's strength" counts seats, not troops.
func partyCoalition(toks []token, j int) bool {
	if j < 1 || toks[j].lower != "coalition" {
		return false
	}
	switch toks[j-1].lower {
	case "ruling", "governing", "opposition", "electoral", "government", "party":
		return true
	}
	return false
}

// formationMen reports "men" at j after a figure that a military
// formation's noun opens, in apposition or with "of": "Two brigades, about
// eight thousand men, have returned", "a brigade of 4,000 men", "the
// division, with an estimated 5,000 men,"; not "two stations, 40 men" nor
// "a group of 40 men".
func (a *analysis) formationMen(n number, j int) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if j < len(toks) && toks[j].lower == "men" && a.menOfFormation(j+1) {
		return true // "a further 3,000 men of its rapid intervention brigades"
	}
	if k > 2 && (toks[k].lower == "with" || toks[k].lower == "numbering") && toks[k-1].text == "," {
		k-- // "The Sixth Infantry Division, with an estimated 5,000 men,"
	}
	if j >= len(toks) || toks[j].lower != "men" || k < 1 || toks[k].text != "," && toks[k].lower != "of" {
		return false
	}
	w := toks[k-1].lower
	if w == "each" && toks[k].lower == "of" && k > 3 && toks[k-2].text == "," {
		w = toks[k-3].lower // "the Ghanaian and Zambian battalions, each of some 650 men"
	}
	for i := k - 1; toks[k].text == "," && !formationNouns.has(w) && i > 1 && i >= k-6 && toks[i].kind == tWord; i-- {
		if p := toks[i].lower; p == "to" || p == "at" || p == "near" || p == "along" || p == "in" {
			w = toks[i-1].lower // "sent two battalions to the border, about 1,600 men in all"
			if h := a.contactClauseHead(i - 1); h >= 0 {
				w = toks[h].lower // "The regiment Islamabad rushed to the frontier, nearly 4,000 men,"
			}
			break
		}
	}
	return holdsMen(w) || a.menGlossPersonnel(k)
}

// holdsMen reports a formation's noun that men are counted in: not
// "stations" nor "vehicles", which the list holds for other rules, nor
// "squad", a team's too ("a squad of 25 men").
func holdsMen(w string) bool {
	return formationNouns.has(w) && w != "stations" && w != "vehicles" && w != "squad"
}

// contactClauseHead returns the noun before a relative clause with no
// "which" whose verb is at v and whose subject is a state, its capital or
// "it" right before the verb: "The regiment Islamabad rushed", "the
// battalion it sent"; else -1.
func (a *analysis) contactClauseHead(v int) int {
	toks := a.d.toks
	if v < 2 || toks[v].cap || toks[v].kind != tWord {
		return -1
	}
	h := v - 2
	if toks[v-1].lower != "it" && toks[v-1].lower != "they" {
		// a capital that does not act elsewhere still sends here
		m, ok := a.placeStartingAt(a.placeStart(v - 1))
		if !ok || !m.state && m.kind != sCapital || m.code == "" || m.kind == sAdjective || m.possessive || m.lim != v {
			return -1
		}
		h = m.first - 1
	}
	if h < 0 || toks[h].sent != toks[v].sent {
		return -1
	}
	return h
}

// placeStart returns the first token of the place mention covering j,
// else j.
func (a *analysis) placeStart(j int) int {
	if j >= 0 && j < len(a.placeAt) && a.placeAt[j] >= 0 {
		return a.places[a.placeAt[j]].first
	}
	return j
}

// menOfFormation reports "of its" (or "of their") at e and a military
// formation's noun past up to three modifiers: the men before it are that
// formation's, "3,000 men of its rapid intervention brigades"; "of the"
// and a named unit is membersOfForce's, "40 men of the village" none.
func (a *analysis) menOfFormation(e int) bool {
	toks := a.d.toks
	if e+2 >= len(toks) || toks[e].lower != "of" {
		return false
	}
	if w := toks[e+1].lower; w != "its" && w != "their" {
		return false
	}
	for k := e + 2; k < len(toks) && k < e+6 && toks[k].kind != tPunct; k++ {
		if w := toks[k].lower; holdsMen(w) && w != "company" && w != "companies" {
			return true
		}
	}
	return false
}

// changeOfTroops reports a noun of a change in a force's size at k ("The
// cut of about 4,500", "a reduction of 900") right after a troop figure
// with a state, in its paragraph or the one before: the change counts
// that force's personnel.
func (a *analysis) changeOfTroops(k int) bool {
	return changeNouns.hasToken(&a.d.toks[k]) && a.lastTroopNear(k) != ""
}

// changeNouns name a change in a force's size: "cut", "reduction".
var changeNouns = wordList("change-noun")

// warshipCrew reports "crew" at k after a warship named earlier in its
// sentence, or after "a second ship" when a warship was named in its
// paragraph or the one before: "the patrol ship HMS Trent, with a crew of
// 65", not "a film crew of 65" nor "the ferry, with a crew of 12"; or
// "ship's company" at k after a warship named in its paragraph or the one
// before.
func (a *analysis) warshipCrew(k int) bool {
	if a.shipsCompany(k) {
		return a.warshipBefore(k) // "her ship's company of about 190", the frigate named before
	}
	return crewNouns.hasToken(&a.d.toks[k]) && (a.warshipNear(k) || a.navyInSentence(k))
}

// crewNouns name a ship's crew: "a crew of 65", "a complement of 290".
var crewNouns = wordList("crew-noun")

// warshipNear reports a warship named within twelve words before k in its
// sentence, or "a second ship" there after a warship in the paragraph.
func (a *analysis) warshipNear(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-12 && toks[j].sent == toks[k].sent; j-- {
		if isWarshipWord(toks[j]) || coastGuardShip(toks, j) {
			return true
		}
		if w := toks[j].lower; (w == "ship" || w == "vessel") && j > 0 && anotherOfKind(toks[j-1].lower) {
			return a.warshipBefore(j) // "A second ship, with a crew of 120, will follow"
		}
	}
	return false
}

// coastGuardShip reports a ship's noun at j after "coast guard" (or
// "coastguard"): "the US Coast Guard cutter", not "a fishing cutter".
func coastGuardShip(toks []token, j int) bool {
	if !coastGuardShips.hasToken(&toks[j]) || j < 1 {
		return false
	}
	p := toks[j-1].lower
	return p == "coastguard" || p == "guard" && j >= 2 && toks[j-2].lower == "coast"
}

// coastGuardShips are a coast guard's ships, whose crews are personnel.
var coastGuardShips = wordList("coast-guard-ship")

// shipsCompany reports "company" at k after "ship's" or a warship's
// "'s": the navy's word for a ship's crew ("her ship's company of about
// 190"), not a business nor an infantry company.
func (a *analysis) shipsCompany(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k].lower != "company" || toks[k-1].lower != "'s" {
		return false
	}
	return toks[k-2].lower == "ship" || isWarshipWord(toks[k-2])
}

// isWarshipWord reports a navy's ship noun or, written in capitals, a
// prefix of a warship's name ("HMS").
func isWarshipWord(t token) bool {
	return warshipWords.hasToken(&t) || warshipWords.has(t.text)
}

// anotherOfKind reports a word that makes the noun after it one more of
// a kind told before: "a second ship", "another vessel".
func anotherOfKind(w string) bool {
	return w == "another" || w == "second" || w == "third" || w == "fourth"
}

// warshipBefore reports a warship named before k in its paragraph or the
// one before.
func (a *analysis) warshipBefore(k int) bool {
	toks := a.d.toks
	p := int(toks[k].para) - 1
	if p < 0 {
		p = 0
	}
	for j := a.d.paras[p].first; j < k; j++ {
		if isWarshipWord(toks[j]) {
			return true
		}
	}
	return false
}

// warshipWords name a navy's ship or its prefix: "frigate", "HMS".
var warshipWords = wordList("warship")

// bodySizeNouns give the size of a body after its name: "army presence",
// "police numbers".
var bodySizeNouns = wordList("body-size")

// estimatedTroops reads a count that an aside gives the personnel named
// just before it, by "estimated at" or "put at": "The Ethiopian troops in
// Somalia, estimated at 4,000, will stay". The state is the one written
// before the personnel noun, else the figure's as usual.
func (a *analysis) estimatedTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || toks[k].lower != "at" || toks[k-1].lower != "estimated" && toks[k-1].lower != "put" {
		return Troops{}, false
	}
	c := k - 2
	if c > 1 && isAdverb(toks[c]) {
		c-- // "variously put at 3,000 to 5,000"
	}
	if toks[c].text != "," {
		return Troops{}, false
	}
	for j := c - 1; j >= 0 && j > c-7 && toks[j].sent == toks[k].sent; j-- {
		u, ok := a.strongPersonnelAt(j)
		if !ok {
			continue
		}
		if j > 1 && toks[j-1].lower == "the" && toks[j-2].lower == "of" {
			return Troops{}, false // "the cost of the troops, put at 3,000": the cost's
		}
		if !a.placePhraseUntil(j+1, c) {
			return Troops{}, false // "the cost of the troops' deployment, estimated at 4,000"
		}
		country := ""
		if c, ok := a.stateAt(j - 1); ok {
			country = c
		} else {
			country = a.troopCountry(n.first, n.lim, false)
		}
		return a.makeTroops(n, n.lim, country, u, rule), true
	}
	return Troops{}, false
}

// placePhraseUntil reports nothing, or "in", "on" or "at" and a place,
// from j up to e: "troops in Somalia".
func (a *analysis) placePhraseUntil(j, e int) bool {
	toks := a.d.toks
	if j == e {
		return true
	}
	if w := toks[j].lower; w != "in" && w != "on" && w != "at" {
		return false
	}
	for k := j + 1; k < e; k++ {
		if a.placeAt[k] < 0 && !toks[k].cap && toks[k].lower != "the" {
			return false
		}
	}
	return e > j+1
}

// forceOfNumber reads "a force of 5,000" and "troops numbering 3,000" that
// end at the number.
func (a *analysis) forceOfNumber(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 {
		return Troops{}, false
	}
	w := toks[k].lower
	verb := w == "number" || w == "numbers" || w == "numbered"
	if w != "of" && w != "numbering" && w != "totalling" && w != "totaling" && !verb {
		return Troops{}, false
	}
	if w == "of" && n.hedge == n.first && a.isYear(n) {
		return Troops{}, false // "not the army of 2021": a year (ht1)
	}
	noun := a.forceOfHead(k, w, verb)
	if w == "of" {
		if t, ok := a.firstPartOf(n, noun, rule); ok {
			return t, true // "A first group of 180 is expected in March"
		}
	}
	counted := a.countedFormationHead(k)
	if counted >= 0 {
		noun = counted // "Two battalions of the Assam Rifles, totalling about 1,700 men"
	}
	unit := toks[noun].text
	f := -1
	if verb && toks[noun].lower == "it" {
		// "Its next contingent ... will be smaller. ... it will number
		// about 270": the force of the sentence before
		f = a.forceNounJustBefore(noun)
	}
	if f >= 0 {
		unit = toks[f].text
	} else if counted < 0 && !forceNouns.hasToken(&toks[noun]) && !a.armedFormationAt(noun) && !a.statesForceNoun(noun) && !a.warshipCrew(noun) && !(w == "of" && a.changeOfTroops(noun)) && !(w == "of" && a.deployedFormation(noun)) && !(w != "of" && !verb && a.personnelEndsAt(noun)) {
		return Troops{}, false
	}
	// "the army numbers 80,000" is a force's strength; a deployment's
	// size ("the contingent numbers 850") is a figure
	if verb && standingForces.hasToken(&toks[noun]) {
		return Troops{}, false
	}
	if verb && noun > 0 && forceNouns.hasToken(&toks[noun]) && strengthMods.hasToken(&toks[noun-1]) {
		return Troops{}, false // "New Zealand's regular force numbers roughly 4,500": its whole strength
	}
	// "Riot police numbering 3,500 ringed the ...": the force's own verb;
	// after "of" the word may be the verb of a unit of no force ("A unit
	// of 400 acquired the shares")
	if !a.forceOfEndsAt(n.lim) && (w == "of" || !pastVerbWithObject(toks, n.lim)) {
		return Troops{}, false
	}
	if toks[noun].lower == "group" && !a.servesAsPersonnel(n.lim) && !a.deployedFormation(noun) {
		return Troops{}, false // "a group of 40" is troops only when it serves as them
	}
	if a.isCasualty(noun, n.lim) {
		return Troops{}, false
	}
	country := a.forceOfCountry(n, noun, f)
	t := a.makeTroops(n, n.lim, country, unit, rule)
	t.Start = int(toks[noun].start)
	return t, true
}

// forceOfCountry returns the state of the force of a number whose head
// noun is at noun; f is the force that "it" stands for, or -1.
func (a *analysis) forceOfCountry(n number, noun, f int) string {
	toks := a.d.toks
	country := a.troopCountry(noun, n.lim, false)
	if a.composedAfterForce(n.lim) {
		country = a.composedWholeState(noun) // "The MINUSCA force of 14,000 includes 1,300 Bangladeshi ...": the parts' states are not the whole's
	}
	if c := a.lastTroop.country; c != "" && a.lastTroop.sent == int(toks[n.first].sent)-1 && !a.stateInSentence(n.first) {
		country = c // "A separate group of about 400 serves as peacekeepers": the force told just before
	}
	if f >= 0 {
		if c := a.forceOwnerNear(f); c != "" {
			country = c // "the Italian soldiers ... The next rotation ... It is expected to number some 800"
		} else if c, ok := a.deployerState(a.d.sents[toks[f].sent].first, f); ok && c != "" {
			country = c // "Benin has promised a battalion, and ... it would number about 700"
		}
	}
	if c := a.thatSender(n.lim); c != "" {
		country = c // "a jaeger company of 180 that Helsinki offered"
	}
	if c, ok := a.forceNounState(noun); ok {
		country = c
	}
	if country == "" && a.initialUSMarines(noun, noun+1) {
		country = "US" // "Marines numbering 2,200 have been aboard ..."
	}
	return country
}

// forceOfHead returns the token of the force noun that the number's
// lead word at k ("of", "numbering", "will number") belongs to, stepping
// back over commas, auxiliaries, relative pronouns and a body's name, so
// the callers can test that one token for being a force.
func (a *analysis) forceOfHead(k int, w string, verb bool) int {
	toks := a.d.toks
	noun := k - 1
	if verb {
		noun = a.placedForceBefore(noun) // "a naval force off Venezuela that already numbers"
	}
	if toks[noun].text == "," && w != "of" && noun > 0 {
		noun-- // "the contingent, numbering 850,"
		if p := a.placeAt[noun]; p >= 0 && a.places[p].first > 1 && (toks[a.places[p].first-1].lower == "in" || toks[a.places[p].first-1].lower == "from") {
			noun = a.places[p].first - 2 // "Greek troops in Kosovo, numbering about 110,"
		}
	}
	if verb && noun > 2 && toks[noun].lower == "to" && expectWords.hasToken(&toks[noun-1]) {
		noun -= 2 // "It is expected to number some 800"
		if beAux.hasToken(&toks[noun]) {
			noun--
		}
	} else if verb && noun > 0 && modalVerbs.hasToken(&toks[noun]) {
		noun-- // "the next rotation will number 600"
	} else if verb && noun > 1 && (toks[noun].lower == "which" || toks[noun].lower == "that") && toks[noun-1].text == "," {
		noun -= 2 // "France's Barkhane force, which numbered 5,100 at its peak,"
	}
	if h := a.forceBeforeIn(noun); verb && h >= 0 {
		noun = h // "Tanzania's contingent in the eastern Congo brigade numbers": the contingent's
	}
	if verb && toks[noun].cap {
		// "The joint force of the Alliance of Sahel States will number
		// 5,000": back over the body's name to the force it owns
		for i := noun; i > 0 && i > noun-7; i-- {
			if toks[i].lower == "of" && forceNouns.hasToken(&toks[i-1]) {
				noun = i - 1
				break
			}
			if !toks[i].cap && toks[i].lower != "of" && toks[i].lower != "the" {
				break
			}
		}
	}
	return noun
}

// forceOfEndsAt reports whether the phrase ends at the number, whose
// end is e: "a force of 5,000 was", "a force of 1,200 from Kenya", not
// "a force of 5,000 tanks", so counts of things are not read as troops.
func (a *analysis) forceOfEndsAt(e int) bool {
	toks := a.d.toks
	if e < len(toks) && toks[e].kind == tWord && toks[e].lower != "men" && !troopVerbs.hasToken(&toks[e]) && !casualtyWords.hasToken(&toks[e]) && !forceOfFollowers.hasToken(&toks[e]) && !ellipsisEnds.hasToken(&toks[e]) && !a.servesAsPersonnel(e) && !a.letForceMove(e) && !pastVerbAt(toks, e) && !forcePastVerbs.hasToken(&toks[e]) && !forceMoveVerbs.hasToken(&toks[e]) && !joinsAfterForce(toks, e) && !a.composedAfterForce(e) {
		if _, lim := a.lx.personnel.match(toks, e, true); lim == 0 {
			return false
		}
	}
	return true
}

// armedFormationAt reports a formation's noun at k after a modifier of
// an armed unit: "a commando company", "an infantry company"; not "a
// trading company"; or bare after a count of troops earlier in its
// sentence: "asked for 400 soldiers but received a company of about 120".
func (a *analysis) armedFormationAt(k int) bool {
	toks := a.d.toks
	if k < 1 || !formationNouns.hasToken(&toks[k]) {
		return false
	}
	if unitMods.hasToken(&toks[k-1]) {
		return true
	}
	// bare after its article: "a logistics company" is a business
	w := toks[a.modifiedArticle(k)].lower
	return (w == "a" || w == "an" || w == "one") && a.troopsEarlierIn(a.d.sents[toks[k].sent].first, k)
}

// forceNounState returns the state written with the force noun at k:
// its adjective ("the Chadian contingent"), its possessive ("Chad's
// contingent") or "from" after it ("the contingent from Dhaka").
func (a *analysis) forceNounState(k int) (string, bool) {
	if c, ok := a.stateAt(k - 1); ok {
		return c, true
	}
	if c, ok := a.senderAfterFromAt(k + 1); ok {
		return c, true
	}
	if c, ok := a.stateOverPersonnelMod(k); ok {
		return c, true // "Russian border guards, numbering 1,000"
	}
	if k > 1 && a.d.toks[k-1].lower == "'s" {
		return a.stateAt(k - 2)
	}
	return "", false
}

// personnelEndsAt reports a personnel noun that ends at token k, one word
// or the last of several: "mercenaries numbering around 1,200", "Wagner
// fighters numbering 800".
func (a *analysis) personnelEndsAt(k int) bool {
	toks := a.d.toks
	for s := max(0, k-2); s <= k; s++ {
		if _, lim := a.lx.personnel.match(toks, s, true); lim == k+1 {
			return true
		}
	}
	return false
}

// forceNounJustBefore returns the last noun of a force or a mission
// before k in its sentence or the sentence before, in the same paragraph:
// the body that "it" at k stands for ("Its next contingent ... will be
// smaller. ... it will number about 270"); else -1.
func (a *analysis) forceNounJustBefore(k int) int {
	toks := a.d.toks
	for j, from := k-1, a.sentenceBeforeFirst(k); j >= from; j-- {
		if w := toks[j].lower; (forceNouns.has(w) || missionNouns.has(w)) && !a.roleAfter(j) {
			return j
		}
	}
	return -1
}

// roleAfter reports a role's head noun right after token j, which makes
// the word at j its modifier: "its army chief", "the mission head".
func (a *analysis) roleAfter(j int) bool {
	if j+1 >= len(a.d.toks) || a.d.toks[j+1].kind != tWord {
		return false
	}
	k := a.lx.roleOf(a.d.toks[j+1].lower)
	return k == rHead || k == rWeak
}

// statesForceNouns are a force's only after a state's adjective or a
// unit's modifier: "a Czech company of 180", "an infantry company of 150",
// not "a software company of 180".
var statesForceNouns = wordList("state-force-noun")

// statesForceNoun reports such a noun at j after a state's adjective or a
// unit's modifier.
func (a *analysis) statesForceNoun(j int) bool {
	toks := a.d.toks
	if j < 1 || !statesForceNouns.hasToken(&toks[j]) {
		return false
	}
	if unitMods.hasToken(&toks[j-1]) {
		return true
	}
	m, ok := a.placeStartingAt(j - 1)
	return ok && m.state && m.kind == sAdjective && m.lim == j
}

// forceOwnerNear returns the state of the force noun at f: its adjective
// ("the Dutch contingent"), else that of the nearest personnel a state's
// adjective names in its sentence or the one before ("Ferraris said the
// Italian soldiers would spend the winter ... The next rotation ... is due
// in the spring").
func (a *analysis) forceOwnerNear(f int) string {
	if m, ok := a.placeStartingAt(f - 1); ok && m.state && m.kind == sAdjective {
		return m.code
	}
	for k, from := f-1, a.sentenceBeforeFirst(f); k > from; k-- {
		if _, ok := a.strongPersonnelAt(k); !ok {
			continue
		}
		if m, ok := a.placeStartingAt(k - 1); ok && m.state && m.kind == sAdjective {
			return m.code
		}
	}
	return ""
}

// stateInSentence reports a state named in the sentence of token i.
func (a *analysis) stateInSentence(i int) bool {
	s := a.d.sents[a.d.toks[i].sent]
	for k := s.first; k < s.lim; k++ {
		if _, ok := a.stateAt(k); ok {
			return true
		}
	}
	return false
}

// servesAsPersonnel reports "serves as peacekeepers" (or "serve", "served",
// "serving") at e.
func (a *analysis) servesAsPersonnel(e int) bool {
	toks := a.d.toks
	if e+2 >= len(toks) || !strings.HasPrefix(toks[e].lower, "serv") || toks[e+1].lower != "as" {
		return false
	}
	_, ok := a.strongPersonnelAt(e + 2)
	return ok
}

// modalVerbs may stand between a force and "number": "will number 600".
var modalVerbs = closedWords(func() map[string]bool {
	return map[string]bool{"will": true, "would": true, "could": true, "should": true, "may": true, "might": true, "to": true}
})

// standingForces are force nouns whose number is a strength, not a
// deployment: "the army numbers 80,000".
var standingForces = wordList("standing-force")

// forceNouns name a body of personnel whose size follows "of" or
// "numbering": "a force of 5,000", "the contingent, numbering 850".
var forceNouns = wordList("force-noun")

// pastVerbAt reports a lower-case word in "-ed" at e that a mark, "its",
// "their" or a word that may follow a force's number follows: a verb
// whose subject the force is, "a contingent of about 650 arrived by rail",
// "a brigade of 2,500 raised its flag"; not "a force of 5,000 armed men"
// nor "a unit of 400 acquired the shares".
func pastVerbAt(toks []token, e int) bool {
	t := toks[e]
	if t.cap || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ed") || e+1 >= len(toks) {
		return false
	}
	switch w := toks[e+1].lower; {
	case toks[e+1].kind == tPunct, forceOfFollowers.has(w):
		return true
	case w == "its" || w == "their":
		return true
	}
	return false
}

// forceOfFollowers may follow the number that ends "a force of N".
var forceOfFollowers = closedWords(func() map[string]bool {
	return map[string]bool{
		"to": true, "in": true, "and": true, "from": true, "for": true, "at": true, "on": true, "by": true,
		"under": true, "into": true, "as": true, "will": true, "would": true, "is": true, "was": true,
		"are": true, "were": true, "has": true, "had": true, "have": true, "that": true, "which": true,
		"drawn": true, "led": true, "made": true, "based": true, "already": true, "with": true, "there": true,
		"but": true, "or": true, "who": true, "while": true, "when": true, "since": true, "across": true,
		"along": true, "near": true, "including": true, "through": true,
	}
})

// isCasualty reports casualty words around a figure: "nine French
// peacekeepers were killed", "killing 12 soldiers", "the deaths of three soldiers".
func (a *analysis) isCasualty(first, lim int) bool {
	toks := a.d.toks
	if first >= len(toks) {
		return false // an empty range at the text's end: "Of those, 450" closing it
	}
	// after the noun, up to the end of the clause: "Thirteen South African
	// soldiers serving with the force were also killed"; a relative clause
	// that holds the figure ends at its comma ("The US, which has 450
	// troops there, carried out a strike that killed 12 militants")
	relative := a.inRelative(first)
	for k := lim; k < len(toks) && k < lim+20 && toks[k].sent == toks[lim-1].sent; k++ {
		if e := a.ageAsideEnd(k); e > k {
			k = e // "Four sailors, aged 23 to 41, were injured": the ages are no other figure
			continue
		}
		if e := a.quotedGroupAfterAnd(k); e > k {
			k = e - 1 // "17 fighters and 'foreign-backed terrorists' were killed": the label shares the predicate
			continue
		}
		if e := statesCountAfter(toks, k); e > k {
			k = e - 1 // "2,300 servicemen from 11 countries are buried": a count of states, no other figure
			continue
		}
		w := toks[k].lower
		if casualtyWords.has(w) && !takenPartAt(toks, k) && !soughtCasualtyAt(toks, k) && !negatedCasualtyAt(toks, k) && !careForCasualtiesAt(toks, k) || casualtyModAt(toks, k) || a.triedInCourt(k) || captivePassiveAt(toks, k) {
			if a.ownCountedObject(k) || a.subjectClauseObject(k) || a.otherRelativeObject(k, lim) {
				break // "deployed 400 soldiers to the area and arrested six suspects", "and police detained 14 suspects"
			}
			return true
		}
		if relative && w == "," || summaryAsideAt(toks, k) {
			break // "sent 5,000 fighters towards El Obeid, a claim the army dismissed"
		}
		if w == ";" || w == ":" || toks[k].kind == tQuote || troopVerbs.has(w) && w != "has" && w != "have" && w != "remaining" && !countNounAt(toks, k) {
			break
		}
		if w == "," && a.listedDeadAfter(k) {
			return true // "300 policemen, over 600 soldiers, more than 3,000 civilians dead"
		}
		// another clause or another figure: "…, as a gang attack killed 19";
		// a figure joined by "and" shares the predicate: "left 12 soldiers
		// and 30 militants dead"
		if subordinators.has(w) || w == "but" || concessives.has(w) || (toks[k].kind == tNum || a.spelledFigureAt(k)) && !a.joinedFigure(k) && !amongTheAt(toks, k) {
			break
		}
	}
	if a.tollRoseTo(first) || a.lostAt(first) {
		return true
	}
	// before the number in its clause: "killed some 170 Afghans and 13
	// American service members", "among them three soldiers"
	for k := first - 1; k >= 0 && k >= first-12 && toks[k].sent == toks[first].sent; k-- {
		w := toks[k].lower
		if casualtyBefore.has(w) && !(lossVerbs.has(w) && a.lostToCuts(lim)) || w == "among" && !a.amongContributors(k) && !a.amongDeployedPart(k) || a.deadIncludedAt(k) || a.deadIncludingAt(k) || a.tollIncludingAt(k) || a.ownDeadAt(k) {
			return true
		}
		if w == "lives" && toks[k+1].lower == "of" && (k+2 == first || a.gappedSecondAt(k+2) == first) {
			return true // "had taken the lives of 47 soldiers", "cost the lives of nine soldiers", "of 207 Armenian and 80 Azerbaijani soldiers"
		}
		if w == ":" && a.deadListedAfterColon(k+1) {
			return true // "Killed in the ambush, according to the army: 17 soldiers and a driver"
		}
		// "has lost 40 towns and is now massing 2,000 troops": a verb of
		// deploying has the figure for its object
		if w == ";" || w == ":" || troopVerbs.has(w) && w != "has" && w != "have" || deployVerbs.has(w) || a.commaClauseAt(k) {
			break
		}
		if casualtyClauseEnds.has(w) && hedgeStart(toks, first) <= k+1 {
			break // "22 people were killed when some 2,500 police officers stormed": the dead are others
		}
		if (w == "has" || w == "have") && a.ownPredicateAt(k) {
			break // "is among the largest contributors and has about 1,400 troops"
		}
	}
	return false
}

// costVerbs before personnel make them a loss: "cost".
var costVerbs = wordList("cost-verb")

// lostAt reports personnel at first that a loss verb takes for its
// object, right before them or before the state that lost them, or in a
// second pair joined to such an object: "the war cost Chad 400 soldiers
// (and Niger 150 troops)", "the raid cost 30 soldiers their lives"; not
// "will cost $40 million and need 400 soldiers".
func (a *analysis) lostAt(first int) bool {
	toks := a.d.toks
	for k := first - 1; k >= 0 && k >= first-12 && toks[k].sent == toks[first].sent; k-- {
		if costVerbs.hasToken(&toks[k]) {
			_, state := a.stateAt(k + 1)
			return k+1 == first || state
		}
		if w := toks[k].lower; w == ";" || troopVerbs.has(w) || deployVerbs.has(w) {
			return false
		}
	}
	return false
}

// amongTheAt reports a number at k after "among the" or "among": the
// whole that the figure before it is part of, whose predicate is the
// figure's too: "Nine soldiers were among the 34 people killed", "six
// soldiers were among eight peacekeepers killed".
func amongTheAt(toks []token, k int) bool {
	return k >= 2 && toks[k-1].lower == "the" && toks[k-2].lower == "among" || k >= 1 && toks[k-1].lower == "among"
}

// amongContributors reports "among" at k opening a phrase of the states
// that give personnel, up to its comma: "Among the European contributors,
// Italy has some 1,000" ranks a contributor, where "among them three
// soldiers" counts the dead.
func (a *analysis) amongContributors(k int) bool {
	toks := a.d.toks
	if a.amongStatesFronted(k) {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+5 && toks[j].kind == tWord; j++ {
		if contributorNouns.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// ownPredicateAt reports the verb at k after "and" or after a relative
// clause on its subject: what comes before it ("Bangladesh is among the
// largest contributors and has", "Bangladesh, which is among the largest
// contributors, has") says nothing of the figure after it. An adverb may
// stand before the verb, and the aside may be any: "Chad, after an ambush
// that killed 40 of them, still has".
func (a *analysis) ownPredicateAt(k int) bool {
	toks := a.d.toks
	for k > 1 && parallelAdverbAt(toks, k-1) {
		k--
	}
	if k < 1 {
		return false
	}
	if toks[k-1].lower == "and" {
		return true
	}
	// a comma right before the verb closes an aside on its subject,
	// however long: nothing after "has" can be the aside's object
	return toks[k-1].text == ","
}

// ownCountedObject reports a casualty verb at k after "and" (and an
// auxiliary: "and had killed") that counts its own object: "and arrested
// six suspects", "and killed 12 militants" say nothing of the personnel
// before them; "and killed 12 of them" does.
func (a *analysis) ownCountedObject(k int) bool {
	toks := a.d.toks
	j := k - 1
	for j > 0 && (copulas.hasToken(&toks[j]) || toks[j].lower == "also") {
		j-- // "and had killed more than 400 militants"
	}
	if j < 1 || toks[j].lower != "and" {
		return false
	}
	n, ok := a.countAt(k + 1)
	o := n.lim
	if ok && o+1 < len(toks) && toks[o].kind == tQuote {
		o++ // 'and had killed more than 400 "extremists"'
	}
	return ok && o < len(toks) && toks[o].kind == tWord && toks[o].lower != "of" && !measureUnits.hasToken(&toks[o])
}

// tollRoseTo reports a figure after "to" in a clause whose subject is a
// toll, however long: "the toll from a jihadist attack on an army post
// near the border climbed to 38 soldiers".
func (a *analysis) tollRoseTo(first int) bool {
	toks := a.d.toks
	if first < 2 || toks[first-1].lower != "to" {
		return false
	}
	for k := first - 2; k >= 0 && k >= first-30 && toks[k].sent == toks[first].sent; k-- {
		w := toks[k].lower
		if w == "toll" || w == "tolls" {
			return true
		}
		if w == ";" || w == ":" || toks[k].kind == tQuote || troopVerbs.has(w) {
			return false
		}
	}
	return false
}

// deadIncludedAt reports "the dead included" ending at k: the personnel
// listed after it were killed ("the dead included 427 fighters ... and 354
// members of the security forces").
func (a *analysis) deadIncludedAt(k int) bool {
	toks := a.d.toks
	if w := toks[k].lower; k < 2 || w != "included" && w != "include" && w != "includes" {
		return false
	}
	if k >= 4 && toks[k-1].lower == "who" && toks[k-2].text == "," {
		k -= 2 // "referring to the dead, who included two gendarmes"
	}
	return amongDead.hasToken(&toks[k-1]) && (toks[k-2].lower == "the" || toks[k-2].lower == "those") || a.countedKilledBefore(k)
}

// deadIncludingAt reports "including" at k right after a toll's noun and
// its comma: "The unrest left 14 dead, including two gendarmes".
func (a *analysis) deadIncludingAt(k int) bool {
	toks := a.d.toks
	return k >= 2 && toks[k].lower == "including" && toks[k-1].text == "," && amongDead.hasToken(&toks[k-2])
}

// joinedFigure reports a number at k joined to the figure before by a
// bare "and", perhaps with a hedge between, and followed by its noun: "12
// soldiers and 30 militants", "17 soldiers and at least 30 assailants",
// not "400 officers, and 12" nor "400 officers and 12 were".
func (a *analysis) joinedFigure(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) {
		return false
	}
	h := hedgeBefore(toks, k)
	if h < 2 || toks[h-1].lower != "and" || toks[h-2].text == "," {
		return false
	}
	nx := toks[k+1]
	return nx.kind == tWord && !deathAux.hasToken(&nx) && !beAux.hasToken(&nx) && !casualtyWords.hasToken(&nx)
}

// listedDeadAfter reports a list of counted people after the comma at c
// whose last noun a casualty word follows: "..., over 600 soldiers, more
// than 3,000 civilians dead", ", 3 police and 40 civilians dead": the
// figures before the comma are among the dead too.
func (a *analysis) listedDeadAfter(c int) bool {
	toks := a.d.toks
	k := c + 1
	for k < len(toks) && k < c+4 && hedgeWord(toks[k].lower) {
		k++
	}
	if k >= len(toks) || toks[k].kind != tNum {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+12 && toks[e].sent == toks[k].sent; e++ {
		t := toks[e]
		if casualtyWords.hasToken(&t) {
			return toks[e-1].kind == tWord && !hedgeWord(toks[e-1].lower)
		}
		if t.kind == tNum || t.lower == "and" || t.text == "," {
			continue
		}
		if t.kind != tWord || auxWords.hasToken(&t) || relativeStarts.hasToken(&t) || subordinators.hasToken(&t) || t.lower == "of" || troopVerbs.hasToken(&t) {
			return false
		}
	}
	return false
}

// hedgeBefore returns the first of up to three hedging words that stand
// right before the number at k ("at least 30", "up to 200"), or k.
func hedgeBefore(toks []token, k int) int {
	h := k
	for h > 0 && h > k-3 && hedgeWord(toks[h-1].lower) {
		h--
	}
	return h
}

// inRelative reports a figure at token first inside a relative clause
// opened before it: ", which has about 450 troops", ", where a coup led to
// the withdrawal of 1,500 French soldiers".
func (a *analysis) inRelative(first int) bool {
	toks := a.d.toks
	for k := first - 1; k > 0 && k >= first-14 && toks[k].sent == toks[first].sent; k-- {
		if (toks[k].lower == "which" || toks[k].lower == "who" || toks[k].lower == "where") && toks[k-1].text == "," {
			return true
		}
		if toks[k].kind == tPunct {
			return false
		}
	}
	return false
}

// troopCountry finds the state that sends or holds a figure without one in
// its phrase: "troops from Pakistan", else the state acting in the sentence.
// Foreign or allied personnel, a mission's whole and the whole of an
// opening "Of the N troops," have none; a figure in apposition to a
// state's personnel is theirs; a state is never the sender of the troops
// it receives.
func (a *analysis) troopCountry(first, lim int, owned bool) string {
	if a.foreignPersonnel(first, lim) || a.missionForceHas(first) || a.inOpeningWhole(first) || a.intlBodyHas(first) {
		return "" // "Some 500 foreign troops are stationed in Romania": no one state's
	}
	c := a.appositionState(first) // "Polish officials said Russian troops, some 500 soldiers, had left"
	if c == "" {
		c = a.stateFormationOf(first) // "a Fijian contingent of 60 officers"
	}
	if c == "" {
		c = a.appositionSender(first) // "The battalion from Kathmandu, 850 soldiers,"
	}
	if c == "" {
		c = a.troopSender(first, lim, owned)
	}
	if c != "" && c == a.destinationState(a.pastJoinedUnit(lim)) {
		return "" // "the government would send 300 soldiers to Romania": not Romania's
	}
	if c == "" {
		c = a.includedForceState(lim)
	}
	return c
}

// stateFormationOf returns the state whose adjective stands right before
// a force's or a formation's noun and "of" before the figure at first: "a
// Fijian contingent of 60 officers" are Fiji's whoever reports them (a
// Solomon Islands commissioner), as are "the Kenyan contingent of 400"
// that others join.
func (a *analysis) stateFormationOf(first int) string {
	toks := a.d.toks
	k := first - 1
	for k > 0 && hedgeWord(toks[k].lower) {
		k--
	}
	if k < 2 || toks[k].lower != "of" || !forceNouns.hasToken(&toks[k-1]) && !formationNouns.hasToken(&toks[k-1]) {
		return ""
	}
	pi := a.placeAt[k-2]
	if pi < 0 || a.places[pi].kind != sAdjective || a.places[pi].lim != k-1 {
		return ""
	}
	return a.places[pi].code
}

// includedForceState returns the state of a force named by its name in
// an "including" phrase right after the personnel ending at lim, when
// nothing else gives theirs: "more than 58,000 personnel, including 580
// companies of central forces" (IN). A state named there ("including 500
// from Ghana") gives only a part's, and is not read.
func (a *analysis) includedForceState(lim int) string {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].text != "," || toks[lim+1].lower != "including" {
		return ""
	}
	for j := lim + 2; j < len(toks) && j <= lim+8 && toks[j].sent == toks[lim].sent && toks[j].text != ","; j++ {
		if a.orgAt[j] >= 0 {
			return a.troopOrgState(a.orgs[a.orgAt[j]])
		}
	}
	return ""
}

// missionForceHas reports "the force" that a mission's force told before
// stands for as the subject of "has" or "had" right before the figure at
// first: "when the force had 7,000 soldiers" counts the mission's whole,
// no one state's.
func (a *analysis) missionForceHas(first int) bool {
	toks := a.d.toks
	k := first - 1
	for k > 0 && hedgeWord(toks[k].lower) {
		k--
	}
	return k > 2 && haveWords.hasToken(&toks[k]) && toks[k-1].lower == "force" && toks[k-2].lower == "the" && a.missionForceBefore(k-1)
}

// foreignMods before personnel say they are other states' or several
// states': "foreign troops", "allied soldiers".
var foreignMods = wordList("foreign-mod")

// foreignPersonnel reports a modifier between the figure at first and
// the end of its personnel at lim that makes them several states' or
// no state's: "500 foreign troops", "5,000 allied troops", "5,000 NATO
// troops" (a body of no state).
func (a *analysis) foreignPersonnel(first, lim int) bool {
	toks := a.d.toks
	for k := first + 1; k < lim && k < len(toks); k++ {
		if foreignMods.hasToken(&toks[k]) || a.noStateBody(k) && !a.ownShareOfBody(first) {
			return true
		}
	}
	return false
}

// pledgerState returns the subject of a verb that deploys the figure at
// first, or makes it available: "Britain will send", "member states would
// make up to 200 officers available" (no one state).
func (a *analysis) pledgerState(start, first int) (string, bool) {
	if c, ok := a.deployerState(start, first); ok {
		return c, true
	}
	return a.verbSubjectState(start, first, availVerbs.words())
}

// troopSender returns troopCountry's state before the destination check.
func (a *analysis) troopSender(first, lim int, owned bool) string {
	toks := a.d.toks
	// "5,000 of its troops" belong to the subject, whatever "from" says
	lim = a.pastJoinedUnit(lim) // "troops and police officers from Ghana"
	if c, ok := a.senderAfterFrom(first, lim, owned); ok {
		return c
	}
	if c := a.objectForItsState(first); c != "" {
		return c // "thanked Kenya for its 1,000 troops"
	}
	if c := a.gappedListSender(first); c != "" {
		return c // "Trinidad and Tobago sent 120 soldiers, Barbados 60 soldiers"
	}
	if c := a.relativeSender(lim); c != "" {
		return c // "the three military advisers Spain had lent"
	}
	if c := a.ofStatesForce(lim); c != "" {
		return c // "2,000 personnel of the Kremlin-controlled Africa Corps"
	}
	sent := a.d.sents[toks[first].sent]
	start := a.figureClauseStart(first)
	if c := a.federalSenderState(start, first); c != "" {
		return c // "The federal government ... sent about 20,000 soldiers"
	}
	// "Britain will send": the subject of the deploying verb, else the
	// state acting in the clause; "NATO will send" names no state
	if c, ok := a.pledgerState(start, first); ok {
		return c
	}
	if c := a.leadCapitalActor(first); c != "" {
		return c // "Bamako began thinning its garrisons, with some 900 soldiers heading south"
	}
	if s := a.forceSpeakerEnd(start, first); s != start {
		// "The force's commander, NAME, a Kenyan officer, said about 350
		// officers took part": the force's figure, a state's only where
		// the words reported name one
		return a.actingState(s, first, false)
	}
	if c := a.framedGovernmentState(first); c != "" {
		return c // "In Chad, where ..., the government said it had deployed 500 soldiers" (troops_clauseholder.go)
	}
	if c := a.clauseHolderState(first); c != "" {
		return c // "..., followed by Guatemala with 150 soldiers", "..., Jamaica's defence force has 24 soldiers" (troops_clauseholder.go)
	}
	if best := a.actingState(start, first, false); best != "" {
		return best
	}
	if c := a.sharedSubjectState(start); c != "" {
		return c // "Germany is building up a brigade ..., and expects some 4,800 soldiers" (troops_clauseholder.go)
	}
	if c := a.speakerOfGovernment(start, first); c != "" {
		return c // "Defence Minister NAME of Belgium told lawmakers the government would send"
	}
	// "40,000 reservists were called up by Israel": the passive's agent
	if c, ok := a.passiveAgentState(lim, sent.lim); ok {
		return c
	}
	// "His defence minister, NAME, announced that 200,000 troops would
	// ...": the state of the official who reports the figure
	if c := a.reporterState(start, first); c != "" {
		return c
	}
	return a.senderFromContext(first, lim, start, owned)
}

// senderFromContext is troopSender's second half: the state of a figure
// whose own clause names none, from the sentences around it (an owner
// told before, a frame, the deployment being told, the reporting state).
func (a *analysis) senderFromContext(first, lim, start int, owned bool) string {
	sent := a.d.sents[a.d.toks[first].sent]
	// "Germany has committed a brigade. Around 4,800 of its soldiers ...":
	// "its" is the state acting in the sentences before
	// "Burundi ... withdrew its last soldiers. Its 2,000-strong
	// contingent ...": a possessive opening the sentence is the state
	// acting before too
	if owned && a.ownerPronounBefore(first) || a.possessiveOpens(first) || a.itsCountOpens(first) {
		if c := a.previousActor(sent.first); c != "" {
			return c
		}
	}
	// "In Austria, where 1,000 soldiers were helping ...": the frame's
	// state over the deployment told before
	if c := a.framedFigureState(first); c != "" {
		return c
	}
	// "The first group of about 60 service members left ...": the
	// deployment told before
	if c := a.continuedState(first); c != "" {
		return c
	}
	// "the army deployed", "it will send": a state's own force, or a state
	// named in the sentences before
	if start < first && a.stateSubject(start, first) {
		if c := a.ownForceSubjectState(start, first, sent.first); c != "" {
			return c
		}
	}
	// "..., the German defence ministry said": the state that reports the figure
	if c := a.reportingStateAfter(lim, sent.lim); c != "" {
		return c
	}
	// "Russia has begun withdrawing its peacekeeping contingent. ... A
	// first column carrying about 120 servicemen left": the state told
	// before as moving its own force
	if c := a.ownForceMover(first); c != "" {
		return c
	}
	return a.stateUntold(first, lim)
}

// ownForceSubjectState returns the state of a figure whose clause's
// subject is a state's own force or a pronoun: the state framing the
// paragraph, the home government opening it, the state acting in the
// sentences before, else the deployment being told or the home state.
func (a *analysis) ownForceSubjectState(start, first, sentFirst int) string {
	if c := a.paragraphFrameState(first); c != "" {
		return c // "In Greece, ... The army put 200 soldiers on standby"
	}
	if c := a.homeGovernmentOpens(start); c != "" {
		return c // a paragraph opening "The government will pull its last 80 instructors"
	}
	if c := a.previousActor(sentFirst); c != "" {
		return c
	}
	// "The Air Force's two fighter wings, with some 8,000 airmen": the
	// deployment being told, else the home state
	return a.lastTroopOrHome(first)
}

// stateUntold returns the state of a figure whose sentence names none: the
// state that the article gives the same personnel noun, else the
// deployment being told, else the state the article is about, which holds
// the soldiers and police it reports without naming them, else the state
// where police are deployed.
func (a *analysis) stateUntold(first, lim int) string {
	if c := a.pairedNounState(first, lim); c != "" {
		return c
	}
	if c := a.actorJustBefore(first); c != "" && a.lastTroop.para != int(a.d.toks[first].para) {
		return c // "The US Air Force will rotate bombers through Tindal. About 150 airmen will go"
	}
	if c := a.armyAnaphorState(first); c != "" {
		return c // "A Myanmar military air strike ... as the army moved 1,500 soldiers"
	}
	if c := a.lastTroopOrHome(first); c != "" {
		return c
	}
	if c := a.ownArmyPlaceState(first, lim); c != "" {
		return c // "The army deployed about 200 soldiers ... in Old Dhaka"
	}
	if c := a.capitalPoliceState(first); c != "" {
		return c // "Kathmandu Valley police said 6,500 officers would be on duty" (troops_capitalpolice.go)
	}
	return a.policedPlaceState(lim)
}

// actorJustBefore returns the state that opens the sentence right before
// the one of token first, in the same paragraph, as its subject ("The US
// Air Force will", "Rwanda's contingent is"); else "". A state named
// later ("Mr Marles said ... troops training Iraqi forces") is none.
func (a *analysis) actorJustBefore(first int) string {
	toks := a.d.toks
	prev, ok := a.sentenceBefore(first)
	if !ok {
		return ""
	}
	k := a.firstStateFrom(prev.first, prev.lim)
	if k == prev.lim || k > prev.first+1 || k == prev.first+1 && toks[prev.first].lower != "the" {
		return ""
	}
	m := a.places[a.placeAt[k]]
	if m.lim < prev.lim && (toks[m.lim].text == "," || toks[m.lim].lower == "and") {
		return "" // "Rwanda, India and Nepal remain the largest contributors": no one state
	}
	return m.code
}

// policeNouns end the name of police, who serve their own state.
var policeNouns = wordList("police-noun")

// policedPlaceState returns, for police ending at lim with no state told
// anywhere, the state of the place they are deployed in: "Some 600 riot
// police were placed on standby in central Nairobi" (Kenya's), "2,000
// gendarmes were deployed across Paris". Police sent "to" a place may be
// another state's, and soldiers too: none, unless they come from the
// state's own parts ("brought to Buenos Aires from the provinces").
func (a *analysis) policedPlaceState(lim int) string {
	toks := a.d.toks
	if lim < 1 || !policeNouns.hasToken(&toks[lim-1]) {
		return ""
	}
	for k := lim; k+1 < len(toks) && k < lim+10 && toks[k].sent == toks[lim-1].sent; k++ {
		if w := toks[k].lower; w != "in" && w != "across" && w != "throughout" && w != "around" && !(w == "to" && a.domesticOriginIn(lim)) {
			continue
		}
		for p := k + 1; p < len(toks) && p <= k+3; p++ {
			if c, ok := a.placeCodeAt(p); ok {
				return c
			}
			if toks[p].kind != tWord || toks[p].cap {
				break
			}
		}
	}
	return ""
}

// reportingStateAfter returns the state that reports a figure ending at
// lim later in its sentence: "..., the German defence ministry said",
// "..., Paris said"; else "".
func (a *analysis) reportingStateAfter(lim, sentLim int) string {
	toks := a.d.toks
	for k := lim; k < sentLim; k++ {
		m, ok := a.placeStartingAt(k)
		if !ok || !m.state {
			continue
		}
		if m.kind == sAdjective && m.lim < len(toks) && frontierWords.hasToken(&toks[m.lim]) {
			continue // "troops along the Belarusian border": the other side, no reporter (ht1)
		}
		if a.placeFeatureAt(m) {
			continue // "to Kinmen, the islands just off the Chinese coast": a place, no reporter
		}
		if (m.kind == sAdjective || m.possessive) && m.lim < len(toks) &&
			(bodyNouns.hasToken(&toks[m.lim]) || a.roleKind(m.lim) == rMod) {
			return m.code
		}
		// "..., Paris said": a capital that reports the figure after a comma
		if m.kind == sCapital && m.first > 0 && toks[m.first-1].text == "," &&
			m.lim < sentLim && a.speechVerbAt(m.lim) == m.lim {
			return m.code
		}
	}
	return ""
}

// relativeSender returns the state that opens a relative clause, with or
// without "that", right after the personnel noun ending at lim, as the
// subject of a verb that deploys them: "the three military advisers Spain
// had lent", "the 500 troops France has sent", "the 200 engineers that
// Oslo pledged"; else "".
func (a *analysis) relativeSender(lim int) string {
	toks := a.d.toks
	if lim+1 < len(toks) && (toks[lim].lower == "that" || toks[lim].lower == "which") {
		lim++ // "the 200 engineers that Oslo pledged" (ht1)
	}
	m, ok := a.placeStartingAt(lim)
	if !ok || !m.state && (m.kind != sCapital || m.code == "") || m.kind == sAdjective || m.possessive {
		return ""
	}
	k := m.lim
	for k < len(toks) && k < m.lim+3 && verbChain.hasToken(&toks[k]) && !deployVerbs.hasToken(&toks[k]) {
		k++ // "had lent", "has sent"; not past "pledged", a verb of both lists
	}
	if k >= len(toks) || !deployVerbs.hasToken(&toks[k]) {
		return ""
	}
	return m.code
}

// ofStatesForce returns the state that an "of" phrase after the personnel
// noun ending at lim gives as the owner of their force, by its adjective,
// possessive or compound before the force's name or body: "personnel of
// the Kremlin-controlled Africa Corps", "soldiers of the Russian army",
// "members of Russia's Africa Corps"; else "".
func (a *analysis) ofStatesForce(lim int) string {
	toks := a.d.toks
	k := lim + 1
	if lim >= len(toks) || toks[lim].lower != "of" {
		return ""
	}
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	m, ok := a.placeStartingAt(k)
	if !ok || !m.state || m.kind != sAdjective && !m.possessive && !strings.Contains(toks[k].text, "-") {
		return ""
	}
	e := m.lim
	if m.possessive {
		e++ // "Russia 's"
	}
	if e >= len(toks) || !(toks[e].cap && toks[e].kind == tWord) && !forceBodies.hasToken(&toks[e]) {
		return ""
	}
	return m.code
}

// comingFrom returns the "from" after a verb of coming that follows the
// personnel ending at lim, past its auxiliaries: "300 soldiers would
// arrive from Belgium", "the troops will come from Ghana". Else lim.
func (a *analysis) comingFrom(lim int) int {
	toks := a.d.toks
	j := lim
	for j < len(toks) && j < lim+3 && verbChain.hasToken(&toks[j]) {
		j++
	}
	if j+1 < len(toks) && originVerbs.hasToken(&toks[j]) && toks[j+1].lower == "from" {
		return j + 1
	}
	return lim
}

// originVerbs say where personnel come from, named after "from".
var originVerbs = wordList("origin-verb")

// senderAfterFrom reads "from" after the personnel noun ending at lim:
// "troops from Pakistan" came from Pakistan ("", true for a list of states
// or "12 nations": no one sender); "withdraw troops from Iraq" leave it.
func (a *analysis) senderAfterFrom(first, lim int, owned bool) (string, bool) {
	toks := a.d.toks
	lim = a.comingFrom(lim) // "300 soldiers would arrive from Belgium"
	if lim+1 >= len(toks) || toks[lim].lower != "from" || owned || a.clauseHas(first, withdrawVerbs.words()) {
		return "", false
	}
	if a.stateListAt(lim + 1) {
		return "", true // "from Nigeria, Senegal and Ghana": no one sender
	}
	if c, ok := a.stateAt(lim + 1); ok {
		return c, true
	}
	if c, ok := a.senderAfterFromAt(lim); ok {
		return c, true // "600 gendarmes were sent from Abidjan": the capital's state
	}
	if c := a.capitalPoliceAfter(lim + 1); c != "" {
		return c, true // "900 officers from the Tokyo Metropolitan Police Department"
	}
	if a.manyStatesAt(lim + 1) {
		return "", true // "8,000 personnel from 12 nations": no one sender
	}
	return "", false
}

// figureClauseStart returns where the clause of the figure at first
// begins: "Chile sent rescue teams, and the army deployed 2,500 soldiers"
// says nothing of Chile's soldiers.
func (a *analysis) figureClauseStart(first int) int {
	toks := a.d.toks
	sent := a.d.sents[toks[first].sent]
	for k := first - 1; k > sent.first; k-- {
		w := toks[k].lower
		// "said China had sent rescue teams and that 100 soldiers": a
		// second reported clause
		if w == ";" || (w == "and" || w == "but" || w == "while" || w == "whereas") && toks[k-1].text == "," || a.whereClauseOpens(k, first) ||
			w == "that" && (toks[k-1].lower == "and" || toks[k-1].lower == "but") && !a.statelessReportBefore(k-1, sent.first) {
			return k + 1
		}
		if w == "and" && a.gappedStateAt(k+1, first) {
			return k + 1 // "Norway offered a company and Portugal up to 200 marines"
		}
		if j := a.reportedStateClause(k); j >= 0 && j < first {
			return j // "The Estonian government said Britain would double its 900 soldiers"
		}
		if w == "," && a.frontedPhraseSubject(k, sent.first) {
			return k + 1 // "Under the ceasefire, signed by Armenia, Azerbaijan and Russia, Moscow was allowed to station 1,960 troops"
		}
	}
	return sent.first
}

// frontedOpeners open a sentence with a phrase of time or terms set off
// by a comma before the subject: "Under the ceasefire, ...".
var frontedOpeners = closedSet("under", "after", "following", "since", "despite", "during", "before")

// frontedPhraseSubject reports the comma at k that closes a phrase
// opening the sentence at from with a fronted preposition, right before a
// state named as the subject of a verb: "Under the ceasefire that ended
// the war, signed by Armenia, Azerbaijan and Russia, Moscow was allowed to
// station ...". The states inside the phrase do not act.
func (a *analysis) frontedPhraseSubject(k, from int) bool {
	toks := a.d.toks
	if !frontedOpeners.hasToken(&toks[from]) || k+2 >= len(toks) {
		return false
	}
	c, ok := a.stateAt(k + 1)
	if !ok || c == "" {
		return false
	}
	m := a.places[a.placeAt[k+1]]
	return m.first == k+1 && m.kind != sAdjective && !m.possessive && m.lim < len(toks) && (auxWords.hasToken(&toks[m.lim]) || verbChain.hasToken(&toks[m.lim]))
}

// statelessReportBefore reports a first reported clause, from a speech
// verb to the "and" at c, that names no state: "The Cameroonian
// government said 12 people had drowned and that 250 soldiers had been
// assigned" reports both clauses for the speaker, whose state sends
// them; "said China had sent rescue teams and that 100 soldiers" does
// not.
func (a *analysis) statelessReportBefore(c, from int) bool {
	for v := c - 1; v > from; v-- {
		if a.speechVerbAt(v) == v {
			return a.statesBefore(v+1, c) == 0
		}
	}
	return false
}

// reportedStateClause returns, for a speech verb at k, the start of the
// clause it reports when that clause's subject is a state named by its
// name (perhaps after "that") before a verb's auxiliary: "said Britain
// would", "said that Germany has". The speaker's state ("The Estonian
// government said") is not the subject of that clause. Else -1.
func (a *analysis) reportedStateClause(k int) int {
	toks := a.d.toks
	if a.speechVerbAt(k) != k {
		return -1
	}
	j := k + 1
	if j < len(toks) && toks[j].lower == "that" {
		j++
	}
	if j >= len(a.placeAt) || a.placeAt[j] < 0 {
		return -1
	}
	m := a.places[a.placeAt[j]]
	if !m.state || m.first != j || m.kind == sAdjective || m.possessive || m.lim >= len(toks) || !verbChain.hasToken(&toks[m.lim]) {
		return -1
	}
	return j
}

// gappedStateAt reports a state's name at j that a figure at first follows
// with at most three hedging words between, in a clause whose verb is left
// out: "and Portugal up to 200 marines", not "and Portugal sent 200".
func (a *analysis) gappedStateAt(j, first int) bool {
	toks := a.d.toks
	p := a.placeAt[j]
	if p < 0 || !a.places[p].state || a.places[p].kind == sAdjective || a.places[p].possessive {
		return false
	}
	e := a.places[p].lim
	if e > first || first-e > 3 {
		return false
	}
	for k := e; k < first; k++ {
		if w := toks[k].lower; !hedgeWord(w) && !addedFigureWords.has(w) {
			return false
		}
	}
	return true
}

// addedFigureWords may stand, besides hedges, between a gapped clause's
// state and its figure: "and Portugal another 200".
var addedFigureWords = closedSet("another", "a", "further", "additional")

// ownForceMover returns the state that a sentence before the one of token
// first names as the subject of a deploying verb whose object is its own
// force with no figure ("Russia has begun withdrawing its peacekeeping
// contingent"), the last such state, or "". The subject is the one state
// named before the verb in its sentence.
func (a *analysis) ownForceMover(first int) string {
	toks := a.d.toks
	found := ""
	for v := 0; v+2 < len(toks) && int(toks[v].sent) < int(toks[first].sent); v++ {
		if !deployVerbs.hasToken(&toks[v]) && !troopVerbs.hasToken(&toks[v]) || toks[v+1].lower != "its" && toks[v+1].lower != "their" {
			continue
		}
		k := v + 2
		for k < len(toks) && k < v+5 && toks[k].kind == tWord && !toks[k].cap && !forceNouns.hasToken(&toks[k]) {
			k++ // "its peacekeeping contingent", "their remaining forces"
		}
		if k >= len(toks) || !forceNouns.hasToken(&toks[k]) {
			continue
		}
		subject := ""
		for j := a.d.sents[toks[v].sent].first; j < v; j++ {
			if c, ok := a.stateAt(j); ok && c != "" {
				if subject != "" && subject != c {
					subject = "-"
				} else {
					subject = c
				}
			}
		}
		if subject != "" && subject != "-" {
			found = subject
		}
	}
	return found
}

// pastJoinedUnit returns the index after a second personnel noun joined
// to the figure's by "and" at lim: "630 troops and police officers", else
// lim.
func (a *analysis) pastJoinedUnit(lim int) int {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].lower != "and" {
		return lim
	}
	if _, plim := a.lx.personnel.match(toks, lim+1, true); plim > lim+1 {
		return plim
	}
	return lim
}

// stateListAt reports two or more states joined by commas or "and" from
// j: "Nigeria, Senegal and Ghana".
func (a *analysis) stateListAt(j int) bool {
	toks := a.d.toks
	count := 0
	for {
		if _, ok := a.stateAt(j); !ok {
			return count > 1
		}
		count++
		e := a.places[a.placeAt[j]].lim
		if e+1 >= len(toks) || toks[e].text != "," && toks[e].lower != "and" {
			return count > 1
		}
		j = e + 1
		if toks[e].text == "," && toks[j].lower == "and" && j+1 < len(toks) {
			j++ // the serial comma: "Senegal, and Ghana"
		}
	}
}

// manyStatesAt reports a number of states at j: "12 nations", "several
// countries", "20 member states".
func (a *analysis) manyStatesAt(j int) bool {
	toks := a.d.toks
	if n, ok := a.d.parseNumber(j); ok && n.lim < len(toks) {
		j = n.lim
	} else if j < len(toks) && (toks[j].lower == "several" || toks[j].lower == "many") {
		j++
	}
	if j < len(toks) && toks[j].lower == "member" {
		j++
	}
	return j < len(toks) && (toks[j].lower == "nations" || toks[j].lower == "countries" || toks[j].lower == "states")
}

// ownerPronounBefore reports "of its" or "of their" within the few words
// after the figure at first: "4,800 of its soldiers".
func (a *analysis) ownerPronounBefore(first int) bool {
	toks := a.d.toks
	for k := first + 1; k < len(toks) && k < first+4; k++ {
		if toks[k].lower == "of" && k+1 < len(toks) && (toks[k+1].lower == "its" || toks[k+1].lower == "their") {
			return true
		}
	}
	return false
}

// possessiveOpens reports "Its" or "Their" opening the sentence right
// before the figure at first: "Its 2,000-strong contingent".
func (a *analysis) possessiveOpens(first int) bool {
	toks := a.d.toks
	k := first - 1
	if k >= 0 && hedgeWord(toks[k].lower) {
		k-- // "Its roughly 2,000 soldiers"
	}
	return k >= 0 && toks[k].sentStart && (toks[k].lower == "its" || toks[k].lower == "their")
}

// passiveAgentState returns the state after "by" that closes a passive
// verb of the figure's clause: "500 soldiers were sent by Chad", "40,000
// reservists have been called up by Israel", "troops deployed by the
// United States"; "" and true for states joined as the agent ("sent by
// Kenya and Jamaica"). The clause ends at a comma or a semicolon.
func (a *analysis) passiveAgentState(lim, sentLim int) (string, bool) {
	toks := a.d.toks
	for k := lim; k < sentLim && k < lim+16; k++ {
		w := toks[k].lower
		if w == "," || w == ";" {
			return "", false
		}
		if w != "by" || !(k < lim+8 && a.passiveVerbBefore(k)) && !a.passivePlaceBefore(lim, k) {
			continue
		}
		j := k + 1
		if j < sentLim && toks[j].lower == "the" {
			j++
		}
		m, ok := a.placeStartingAt(j)
		// a capital acts for its state: "were sent to Haiti by Nairobi"
		if !ok || !m.state && m.kind != sCapital || m.kind == sAdjective && (m.lim >= len(toks) || !bodyNouns.hasToken(&toks[m.lim])) {
			return "", false
		}
		if a.stateListAt(j) {
			return "", true // "sent by Kenya and Jamaica": their joint figure
		}
		return m.code, true
	}
	return "", false
}

// passiveVerbBefore reports a past participle right before token k, or
// before a particle that stands there: "sent by", "called up by".
func (a *analysis) passiveVerbBefore(k int) bool {
	toks := a.d.toks
	v := k - 1
	if v > 0 && (toks[v].lower == "up" || toks[v].lower == "out" || toks[v].lower == "in") {
		v--
	}
	if v < 0 {
		return false
	}
	w := toks[v].lower
	return strings.HasSuffix(w, "ed") || w == "sent" || w == "kept" || w == "brought"
}

// actingState returns the first state that acts between tokens start and
// lim: the subject of the clause, or a state that a relative clause
// follows ("Russia, which sent 100 instructors"); states after "in", "to"
// and other prepositions are places, not actors. Strict, a demonym counts
// only before a body ("the Kenyan army"): "five Indians" are people.
func (a *analysis) actingState(start, lim int, strict bool) string {
	toks := a.d.toks
	best := ""
	placeLim := -1 // the end of the last state read as a place
	// the mentions that start in [start, lim), read from the tokens so the
	// cost stays within the clause
	for k := start; k < lim; k++ {
		m, ok := a.placeStartingAt(k)
		if !ok || !m.state || a.inDateline(m.first) {
			continue
		}
		if strict && !a.subjectLike(m, start) {
			continue
		}
		relative := m.lim+1 < len(toks) && toks[m.lim].text == "," && (toks[m.lim+1].lower == "which" || toks[m.lim+1].lower == "who" || toks[m.lim+1].lower == "whose")
		if relative && best != "" && a.forceInPlace(m.first) {
			continue // "The Polish contingent in Romania, which peaked at 1,200": the host, not the sender
		}
		if m.first > 0 && !toks[m.first].sentStart && !relative {
			// "in northern Australia": a compass word may stand there too;
			// "in the Central African Republic": the article may stand
			// before a state's name, not before an adjective ("in the
			// Afghan province") nor after "of" ("of the US Army")
			if placeAfterPreposition(toks[m.first-1].lower) || m.first > 1 && compassWords.hasToken(&toks[m.first-1]) && placeAfterPreposition(toks[m.first-2].lower) || m.first > 1 && toks[m.first-1].lower == "the" && m.kind != sAdjective &&
				toks[m.first-2].lower != "of" && placeAfterPreposition(toks[m.first-2].lower) ||
				m.first-1 == placeLim && conjunctWord(toks[m.first-1].text) && !a.commaOpensSubject(m) || a.theCompassPlace(m.first) {
				placeLim = m.lim // "in Iraq and Afghanistan": both places
				continue
			}
		}
		if best == "" || relative {
			best = m.code
		}
	}
	// "the Bundeswehr will send": a state's own body acts for it, also
	// after a place framing the clause ("In Kabul, the Taliban's defence
	// ministry said it had sent")
	s := a.placeFrameEnd(start, lim)
	for k := s; k < lim && k <= s+1; k++ {
		if k >= len(a.orgAt) || a.orgAt[k] < 0 {
			continue
		}
		o := a.orgs[a.orgAt[k]]
		if c := a.troopOrgState(o); c != "" && o.first == k && (best == "" || o.first < a.firstStateFrom(start, lim)) {
			if o.first == s || toks[s].lower == "the" {
				return c
			}
		}
	}
	return best
}

// placeFrameEnd returns the token after a place that frames the clause
// opening at start ("In Kabul, ..."), or start.
func (a *analysis) placeFrameEnd(start, lim int) int {
	toks := a.d.toks
	if start+3 >= lim || toks[start].lower != "in" || a.placeAt[start+1] < 0 {
		return start
	}
	if m := a.places[a.placeAt[start+1]]; m.first == start+1 && m.lim < lim && toks[m.lim].text == "," {
		return m.lim + 1
	}
	return start
}

// sharedBodyNames name bodies that many states have under one name, which
// the organizations list gives to one state ("Ministry of Defence": GB).
var sharedBodyNames = wordList("shared-body-name")

// troopOrgState is orgState for a body acting in a troop figure's clause,
// or the state a ruling movement's fighters serve (hired_forces.tsv): a
// body whose name many states share, with no state after "of", is the
// home state's in an article about another ("The Ministry of Defence
// said nearly 20,000 personnel had been deployed" in a story from Colombo).
func (a *analysis) troopOrgState(o orgMention) string {
	c := a.orgState(o)
	if c == "" {
		return a.lx.hiredForces[a.lx.orgs[o.org].Name] // "the Taliban's defence ministry said it had sent" (hired_forces.tsv)
	}
	if o.lim < len(a.d.toks) && a.d.toks[o.lim].lower == "of" || !sharedBodyNames.has(strings.ToLower(a.lx.orgs[o.org].Name)) {
		return c
	}
	if h := a.homeCountry(); h != "" {
		return h
	}
	return c
}

// forceInPlace reports a force's or personnel's noun and "in" right
// before the place at first: "the Polish contingent in Romania", whose
// "which" after the place stands for the force, not the host.
func (a *analysis) forceInPlace(first int) bool {
	toks := a.d.toks
	if first < 2 || toks[first-1].lower != "in" {
		return false
	}
	f := &toks[first-2]
	if forceNouns.hasToken(f) || formationNouns.hasToken(f) || forceBodies.hasToken(f) {
		return true
	}
	_, ok := a.strongPersonnelAt(first - 2)
	return ok
}

// hostVerbs say that their subject hosts personnel: "Cyprus hosts 800
// peacekeepers".
var hostVerbs = wordList("host-verb")

// destinationAdjective reports a state's adjective at j in a phrase of
// where personnel go: "sent 5,000 troops to the Belarusian border,
// bringing the total there to 17,000" (Poland's, not Belarus's), or a
// base a state calls its own ("its Tajik base").
func (a *analysis) destinationAdjective(j int) bool {
	toks := a.d.toks
	if j > 0 && j+1 < len(toks) && (toks[j-1].lower == "its" || toks[j-1].lower == "their") && baseNouns.hasToken(&toks[j+1]) {
		return true // "Moscow has reinforced its Tajik base": the host, not the owner
	}
	p := j - 1
	if p > 0 && toks[p].lower == "the" {
		p--
	}
	if p < 0 {
		return false
	}
	switch toks[p].lower {
	case "to", "into", "toward", "towards", "at", "near", "along", "across":
		return p < j-1
	}
	return false
}

// placeAfterPreposition reports a preposition after which a state is a
// place, not an actor: "in", "to", "from", "against".
func placeAfterPreposition(w string) bool {
	switch w {
	case "in", "to", "into", "from", "across", "inside", "within", "at", "near", "toward",
		"towards", "on", "over", "of", "against", "out", "through", "throughout", "for", "with",
		"besides", "beyond", "unlike":
		return true
	}
	return false
}

// commaOpensSubject reports a state mention m after a comma that closes an
// opening phrase of place, as the clause's subject: "Besides Mali, Kigali
// has", "In the Central African Republic, Rwanda keeps"; a list of places
// goes on with a comma or "and" after the state ("in Iraq, Syria and
// Jordan").
func (a *analysis) commaOpensSubject(m placeMention) bool {
	toks := a.d.toks
	if toks[m.first-1].text != "," || m.lim >= len(toks) {
		return false
	}
	w := toks[m.lim].lower
	return w != "," && w != "and" && w != "or" && toks[m.lim].kind == tWord
}

// conjunctWord reports a word that joins a state to the one before: "and",
// "or", a comma.
func conjunctWord(w string) bool {
	return w == "and" || w == "or" || w == ","
}

// firstStateFrom returns the first token of the first state mention in
// [start, lim), or lim.
func (a *analysis) firstStateFrom(start, lim int) int {
	for k := start; k < lim; k++ {
		if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].state {
			return k
		}
	}
	return lim
}

// stateForces after "the" stand for a state: "the army", "the government".
var stateForces = wordList("state-force")

// stateSubject reports a clause whose subject stands for a state without
// naming it: "it", "they", "the army", "the government", "the ministry".
func (a *analysis) stateSubject(start, first int) bool {
	toks := a.d.toks
	switch toks[start].lower {
	case "it", "its", "they", "their", "we", "our":
		return true
	case "the":
		if start+1 < first && stateForces.hasToken(&toks[start+1]) {
			return true
		}
	}
	return false
}

// previousActor returns the state acting in the sentences before the one
// starting at first, nearest first, within its paragraph and the one before.
func (a *analysis) previousActor(first int) string {
	toks := a.d.toks
	if first == 0 {
		return ""
	}
	para := toks[first].para
	for s := toks[first-1].sent; s >= 0 && s >= toks[first-1].sent-3; s-- {
		sn := a.d.sents[s]
		if sn.para < int(para)-1 {
			break
		}
		if c := a.actingState(sn.first, sn.lim, true); c != "" {
			return c
		}
	}
	return ""
}

// paragraphFrameState returns the state that opens the paragraph of token
// k as its frame, "In Greece, where ...": a state's force named later in
// the paragraph without its state is that state's. Else "".
func (a *analysis) paragraphFrameState(k int) string {
	toks := a.d.toks
	s := toks[k].sent
	for s > 0 && a.d.sents[s-1].para == a.d.sents[s].para {
		s--
	}
	p0 := a.d.sents[s].first
	if p0+2 >= len(toks) || toks[p0].lower != "in" || a.placeAt[p0+1] < 0 {
		return ""
	}
	m := a.places[a.placeAt[p0+1]]
	if !m.state || m.kind == sAdjective || m.first != p0+1 || m.lim >= len(toks) || toks[m.lim].text != "," {
		return ""
	}
	return m.code
}

func (a *analysis) makeTroops(n number, lim int, country, unit, rule string) Troops {
	toks := a.d.toks
	sent := a.d.sents[toks[n.first].sent]
	return Troops{
		Count:       n.value,
		Approximate: n.approx,
		Country:     a.compoundCivicState(n.first, country), // "the Greek Cypriot National Guard": CY's
		Unit:        unit,
		Start:       int(toks[n.hedge].start),
		End:         int(toks[lim-1].end),
		Evidence:    a.d.text[sent.start:sent.end],
		Rule:        rule,
	}
}

// withdrawVerbs move troops out of a place named after "from".
var withdrawVerbs = wordList("withdraw-verb")

// clauseHas reports a word of set in the sentence before token i.
func (a *analysis) clauseHas(i int, set map[string]bool) bool {
	s := a.d.sents[a.d.toks[i].sent]
	for k := s.first; k < i; k++ {
		if set[a.d.toks[k].lower] {
			return true
		}
	}
	return false
}

// wordJustBefore reports a word of set among the n words before token k
// in its sentence.
func (a *analysis) wordJustBefore(k, n int, set map[string]bool) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-n && toks[j].sent == toks[k].sent; j-- {
		if set[toks[j].lower] {
			return true
		}
	}
	return false
}

// sentenceBefore returns the sentence before the one of token first when
// both are in one paragraph: where a figure's sender or noun told just
// before is looked for.
func (a *analysis) sentenceBefore(first int) (sentence, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	if s.first == 0 || toks[s.first-1].para != toks[first].para {
		return sentence{}, false
	}
	return a.d.sents[toks[s.first-1].sent], true
}

// sentenceBeforeFirst returns the first token of the sentence before the
// one of token k when both are in one paragraph, else that of k's own
// sentence: where a look back over "this sentence or the one before" starts.
func (a *analysis) sentenceBeforeFirst(k int) int {
	toks := a.d.toks
	from := a.d.sents[toks[k].sent].first
	if from > 0 && toks[from-1].para == toks[k].para {
		from = a.d.sents[toks[from-1].sent].first
	}
	return from
}

// sentenceHas reports a word of set in the sentence of token i.
func (a *analysis) sentenceHas(i int, set map[string]bool) bool {
	s := a.d.sents[a.d.toks[i].sent]
	for k := s.first; k < s.lim; k++ {
		if set[a.d.toks[k].lower] {
			return true
		}
	}
	return false
}

// measureUnits after a number make it money, a share, a time or a distance.
var measureUnits = wordList("measure-unit")

// moneyOrMeasure reports a number that is money, a share, a time or a
// distance: a currency sign right before it ("$3bn", "£50m") or a
// measureUnits word after it ("10%", "12 hours", "5 km").
func (a *analysis) moneyOrMeasure(i int) bool {
	toks := a.d.toks
	if i > 0 && toks[i-1].end == toks[i].start {
		switch toks[i-1].text {
		case "$", "£", "€", "¥", "#":
			return true
		}
	}
	// "01:42 Police have released", "04/07/17 Police": the last part of a
	// time or a date written in figures
	if i > 1 && (toks[i-1].text == ":" || toks[i-1].text == "/") && toks[i-2].kind == tNum && toks[i-1].end == toks[i].start && toks[i-2].end == toks[i-1].start {
		return true
	}
	if a.captionCounter(i) {
		return true // "Image 14 of 14 Police: ...": a gallery's counter
	}
	if phoneNumber(toks[i].text, a.d.text[toks[i].end:]) {
		return true // "the Force Investigation Section at 702-828-8452"
	}
	return i+1 < len(toks) && a.figureClass(i+1, fcMeasureUnit)
}

// captionCounter reports the number at i as the total of a gallery's
// counter, "Image 14 of 14", "Photo 3 of / 9".
func (a *analysis) captionCounter(i int) bool {
	toks := a.d.toks
	k := i - 1
	if k > 0 && toks[k].text == "/" {
		k--
	}
	if k < 2 || toks[k].lower != "of" || toks[k-1].kind != tNum {
		return false
	}
	return galleryWords.hasToken(&toks[k-2])
}

// galleryWords name the items a gallery counts: "Image 3 of 9".
var galleryWords = wordList("gallery-word")

// phoneNumber reports a token, or a token and the text after it, that
// write a telephone number in groups of figures: "702-828-8452".
func phoneNumber(tok, after string) bool {
	if k := strings.IndexFunc(tok, func(r rune) bool { return r < '0' || r > '9' }); k > 0 {
		// phoneAfter reads no further than the figures, hyphens and
		// periods that open after (and one byte, which fails it): only
		// these are joined to the token's rest, not the whole text after
		// the number (a copy of the rest of the body at each such token)
		return phoneAfter(tok[k:] + after[:phoneRun(after)])
	}
	return phoneAfter(after)
}

// phoneRun is the length of the figures, hyphens and periods that open s.
func phoneRun(s string) int {
	n := 0
	for n < len(s) && (isDigitByte(s[n]) || s[n] == '-' || s[n] == '.') {
		n++
	}
	return n
}

// phoneAfter reports the rest of a telephone number written in figures
// right after a number's token: "-828-8452" after "702".
func phoneAfter(rest string) bool {
	groups := 0
	for len(rest) > 1 && (rest[0] == '-' || rest[0] == '.') && isDigitByte(rest[1]) {
		k := 1
		for k < len(rest) && isDigitByte(rest[k]) {
			k++
		}
		groups++
		rest = rest[k:]
	}
	return groups >= 2
}

// isDigitByte reports an ASCII digit.
func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// personnelSpeak reports personnel who are the speakers of the sentence,
// not a deployment: "two officers told AFP", "three soldiers said".
func (a *analysis) personnelSpeak(lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].kind != tWord || toks[lim].cap || toks[lim].sent != toks[lim-1].sent {
		return false
	}
	// "3,500 troops advising and assisting" are at work, not speaking
	w := toks[lim].lower
	if w == "called" && lim+1 < len(toks) && toks[lim+1].lower == "up" {
		return false // "8,000 reservists called up": mobilised, not speaking
	}
	return a.lx.speech[w] != "" && !strings.HasSuffix(w, "ing") && !a.pledgedPersonnel(lim)
}

// pledgedPersonnel reports a verb of pledging at k used as a participle
// of the personnel before it, not as their speech: "the 4,000 soldiers
// pledged by Kenya", "the soldiers pledged have not arrived", "of the
// 4,000 soldiers pledged, none".
func (a *analysis) pledgedPersonnel(k int) bool {
	toks := a.d.toks
	if !deployVerbs.hasToken(&toks[k]) || !strings.HasSuffix(toks[k].lower, "ed") || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "by", ",", ".", "have", "has", "had", "are", "were", "will", "would", "last", "so", "in", "earlier", "for":
		return true // "for": "the 300 soldiers promised for the border"
	}
	return false
}

// missionBefore reports a deployment or mission (or several: "contingents")
// named in the sentence before, in the same paragraph, or in the figure's own before "with",
// that makes weak personnel nouns its members: "Kenya's cabinet approved
// the mission. Officials said the first 400 officers would fly out on
// Tuesday."
func (a *analysis) missionBefore(first int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	from, lim := a.sentenceBeforeFirst(first), s.first
	// the sentence before, or the figure's own up to "with" before it:
	// "Kenya leads the mission with 1,000 officers"
	if first > s.first && toks[first-1].lower == "with" || first > s.first+1 && toks[first-2].lower == "with" {
		lim = first
	}
	for k := from; k < lim; k++ {
		if w := strings.TrimSuffix(toks[k].lower, "s"); w == "mission" || w == "deployment" || w == "contingent" {
			return true
		}
	}
	return false
}

// ledBy reports a state's adjective at j joined to "led": "the French-led
// brigade" names the leader of another force, not the owner of the
// contingent ("the Belgian contingent with the French-led brigade").
func ledBy(toks []token, j int) bool {
	if strings.HasSuffix(toks[j].lower, "-led") {
		return true
	}
	return j+2 < len(toks) && (toks[j+1].text == "-" || toks[j+1].text == "\u2013") && !toks[j+1].spaceBefore && toks[j+2].lower == "led"
}
