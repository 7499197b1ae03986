package extract

import (
	"strings"
)

// Troop figures whose number and personnel noun stand apart: "sent 3,000
// more, mostly paratroopers", "keep 400 there" after "900 troops" earlier in
// the sentence, "250 members of its Self-Defense Forces".

// Rule names of troop figures read across a phrase.
const (
	ruleTroopElliptic = "verb-number-of-troops" // "Spain offered 600", "sent 3,000 more, mostly paratroopers"
	ruleTroopMembers  = "members-of-force"      // "250 members of its armed forces"
	ruleTroopGapped   = "state-number-gapped"   // "34 troops and Fiji 50"
	ruleTroopForceOwn = "force-sent-members"    // "the National Guard has deployed 10,000 members"
	ruleTroopCompared = "than-number"           // "more troops to Syria than the 50 already there"
	ruleTroopAddedTo  = "added-to-held"         // "add 150 soldiers to the 75 it already has"
)

// comparedTroops reads the bare number that a comparison measures
// personnel against: "send more special operators to Syria than the 50
// that the president authorized", "fewer troops than the 3,000 it kept
// last year". The personnel noun follows "more" or "fewer" within the
// clause before "than".
func (a *analysis) comparedTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 0 || toks[k].lower != "than" || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if n.lim < len(toks) && toks[n.lim].sent == toks[n.first].sent && toks[n.lim].kind == tWord && !ellipsisEnds.hasToken(&toks[n.lim]) &&
		!relativeStarts.hasToken(&toks[n.lim]) && !verbChain.hasToken(&toks[n.lim]) {
		return Troops{}, false // "more troops than the 50 tanks"
	}
	start := toks[k].sent
	for j := k - 1; j >= 0 && j >= k-10 && toks[j].sent == start; j-- {
		w := toks[j].lower
		if w == "," || w == ";" {
			break
		}
		if w != "more" && w != "fewer" {
			continue
		}
		for u := j + 1; u < k && u <= j+3; u++ {
			if unit, ok := a.strongPersonnelAt(u); ok && !a.isCasualty(u, u+1) {
				country := a.troopCountry(n.first, n.lim, false)
				return a.makeTroops(n, n.lim, country, unit, rule), true
			}
		}
	}
	return Troops{}, false
}

// relativeStarts open a relative clause after a number: "the 50 that".
var relativeStarts = closedSet("that", "which", "who", "whom")

// forceSentMembers reads the members that an armed or police body sends
// of its own: "Mexico's National Guard has deployed 10,000 members to the
// border", "the gendarmerie sent 300 of its members". The subject of the
// verb must be the body.
func (a *analysis) forceSentMembers(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	v := n.hedge - 1
	if v > 1 && toks[v].lower == "another" {
		v-- // "flew another 600 members"
	} else if v > 2 && furtherWords.hasToken(&toks[v]) && (toks[v-1].lower == "a" || toks[v-1].lower == "an") {
		v -= 2 // "sent a further 600 members"
	}
	if v < 1 || !deployVerbs.hasToken(&toks[v]) {
		return Troops{}, false
	}
	e := n.lim
	if e+2 < len(toks) && toks[e].lower == "of" && possessivePronoun(toks[e+1].lower) {
		e += 2
	}
	for e < len(toks) && e < n.lim+4 && troopMods.hasToken(&toks[e]) {
		e++
	}
	if e >= len(toks) || toks[e].lower != "members" || e+1 < len(toks) && toks[e+1].lower == "of" {
		return Troops{}, false
	}
	k := v - 1
	for k > 0 && k > v-7 && (verbChain.hasToken(&toks[k]) || isAdverb(toks[k])) {
		k--
	}
	k = a.skipParticipleAside(k)
	if !forceBodies.hasToken(&toks[k]) || a.isCasualty(n.hedge, e+1) {
		return Troops{}, false
	}
	country := a.troopCountry(n.first, e+1, true)
	return a.makeTroops(n, e+1, country, toks[e].text, rule), true
}

// skipParticipleAside steps back from the comma at k over an aside that
// a participle opens, to the word before it: "the Self-Defense Forces,
// taking part for the first time, sent 150 members". Else it returns k.
func (a *analysis) skipParticipleAside(k int) int {
	toks := a.d.toks
	if k < 2 || toks[k].text != "," {
		return k
	}
	for c := k - 1; c > 0 && c >= k-16 && toks[c].sent == toks[k].sent; c-- {
		if toks[c].text != "," {
			continue
		}
		if w := toks[c+1].lower; toks[c+1].kind == tWord && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
			return c - 1
		}
		return k
	}
	return k
}

// postedSecond reads a bare number after "and" that a participle of
// posting places "in" somewhere, after a troop figure with its state in the
// sentence: "It still has about 1,200 personnel serving with the UN
// mission there, and 120 deployed in Mozambique". Its personnel and state
// are that figure's.
func (a *analysis) postedSecond(n number, rule string) (Troops, bool) {
	if n.value < 2 || a.isYear(n) || a.lastTroop.sent != int(a.d.toks[n.first].sent) || a.lastTroop.country == "" || a.lastTroop.unit == "" {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim+1, a.lastTroop.country, a.lastTroop.unit, rule), true
}

// secondPlaceTroops reads the bare number of a second place joined to a
// troop figure placed by "in": "about 2,500 troops in Iraq and 900 in
// Syria", "2,000 men in Mali and a further 300 in Niger" (a weak noun
// that counted for the first figure counts for the second). The state is
// the first figure's.
func (a *analysis) secondPlaceTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	e := n.lim
	if k >= 3 && toks[k].lower == "and" && e+2 < len(toks) && postedParticiples.hasToken(&toks[e]) && toks[e+1].lower == "in" {
		return a.postedSecond(n, rule) // "about 1,200 personnel serving with the UN, and 120 deployed in Mozambique"
	}
	if k >= 5 && furtherWords.hasToken(&toks[k]) && (toks[k-1].lower == "a" || toks[k-1].lower == "an") && toks[k-2].lower == "and" {
		k -= 2 // "2,000 men in Mali and a further 300 in Burkina Faso"
	}
	if k < 3 || n.value < 2 || a.isYear(n) || toks[k].lower != "and" || e+1 >= len(toks) || toks[e].lower != "in" || a.placeAfterMods(e+1) < 0 {
		return Troops{}, false
	}
	if a.lastTroop.sent != int(toks[n.first].sent) {
		return Troops{}, false
	}
	// back over the first place to "in" and the personnel noun before it
	j := k - 1
	for j > 0 && a.placeAt[j] >= 0 {
		j--
	}
	if toks[j].lower != "in" {
		return Troops{}, false
	}
	u, ok := a.strongPersonnelAt(j - 1)
	if !ok && a.lastTroop.unit != "" && a.d.text[toks[j-1].start:toks[j-1].end] == a.lastTroop.unit {
		u, ok = a.lastTroop.unit, true // "2,000 men in Mali": the weak noun of the figure read
	}
	if !ok {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, a.lastTroop.country, u, rule), true
}

// alongsideTroops reads a second figure of the sentence's troop figure
// after "alongside" or "plus", where they serve and no noun after it:
// "2,500 US troops are stationed in Iraq ..., alongside roughly 900 in
// neighbouring Syria". The state is the first figure's.
func (a *analysis) alongsideTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, e := n.hedge-1, n.lim
	// "40,000 troops in the region, including roughly 2,500 in Iraq": a
	// part of the figure, where they serve, as "alongside" adds one
	// "5,600 peacekeepers in UN missions, among them 1,600 in the Central
	// African Republic": a part, as "including" gives one
	amongPart := k > 1 && toks[k-1].lower == "among" && a.amongDeployedPart(k-1)
	if k < 1 || n.value < 2 || a.isYear(n) || !alongsideWords.hasToken(&toks[k]) && toks[k].lower != "including" && !alongWith(toks, k) && !amongPart || e+1 >= len(toks) || toks[e].lower != "in" {
		return Troops{}, false
	}
	if a.lastTroop.sent != int(toks[n.first].sent) || a.lastTroop.unit == "" {
		return Troops{}, false
	}
	if a.placeAfterMods(e+1) < 0 {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, a.lastTroop.country, a.lastTroop.unit, rule), true
}

// alongsideWords join a second figure to the first: "alongside 900".
var alongsideWords = wordList("alongside")

// alongWith reports "along with" ending at k, which joins a second figure
// as "alongside" does: "2,500 US troops in Iraq, along with some 900 in
// Syria".
func alongWith(toks []token, k int) bool {
	return k > 0 && toks[k].lower == "with" && toks[k-1].lower == "along"
}

// sharedUnitTroops reads a figure whose personnel noun is that of a
// second figure joined by "and": "1,500 French and 1,000 American
// soldiers", or of the last of a list of bare numbers: "about 650, 700
// and 340 troops respectively". The state is the one written after the
// first number.
func (a *analysis) sharedUnitTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	j, country := n.lim, ""
	if c, ok := a.stateAt(j); ok && a.places[a.placeAt[j]].kind == sAdjective {
		country, j = c, a.places[a.placeAt[j]].lim
		j = a.listedDemonymPairsEnd(j) // "1,300 Bangladeshi, 1,200 Pakistani and 1,100 Nepalese troops"
	}
	for country == "" && j+1 < len(toks) && toks[j].text == "," && toks[j+1].kind == tNum && !a.isYear(n) {
		m, ok := a.d.parseNumber(j + 1)
		if !ok || m.age || a.isYear(m) {
			break
		}
		j = m.lim // "650, 700 and 340 troops": the numbers listed before the last
	}
	if j > n.lim && country == "" && (j >= len(toks) || toks[j].lower != "and") {
		j = n.lim
	}
	if j+1 >= len(toks) || toks[j].lower != "and" {
		return Troops{}, false
	}
	m, ok := a.d.parseNumber(j + 1)
	if !ok || m.age || m.vague || m.value < 2 {
		return Troops{}, false
	}
	e := m.lim
	if c, ok := a.stateAt(e); ok && c != "" {
		e = a.places[a.placeAt[e]].lim
	}
	u, ok := a.strongPersonnelAt(e)
	if !ok {
		u, ok = a.servicePersonnelAt(e) // "45 and 30 military rescuers"
	}
	if !ok {
		u, ok = a.sentWeakPersonnelAt(n, e)
	}
	if !ok {
		u, ok = a.forceMembersAt(e) // "250 and 180 Guard members"
	}
	if !ok || country == "" && n.lim != j && toks[n.lim].text != "," || a.isCasualty(n.hedge, e+1) {
		return Troops{}, false
	}
	if country == "" && e == m.lim {
		// "where it had 350 and 600 troops": the sender of the shared
		// unit; a list of senders before still sets each its own
		country = a.troopCountry(m.first, e+1, false)
	}
	return a.makeTroops(n, n.lim, country, u, rule), true
}

// sentWeakPersonnelAt reads a weak noun for personnel at k ("officers")
// that a verb of deployment in the figure n's sentence makes troops, as
// it does for a figure right before the noun: "Fiji and Tonga will send
// 40 and 25 officers respectively".
func (a *analysis) sentWeakPersonnelAt(n number, k int) (string, bool) {
	vals, lim := a.lx.personnel.match(a.d.toks, k, true)
	if lim == 0 || !a.lx.personnelWeak[vals[0]] || a.lx.personnelServ[vals[0]] || !a.troopVerbBesides(n, lim) {
		return "", false
	}
	if a.lx.personnelArmed[vals[0]] && !a.armedBefore(n.first) {
		return "", false // "the utility sent 300 and 200 engineers"
	}
	return a.d.text[a.d.toks[k].start:a.d.toks[lim-1].end], true
}

// partOfThemTroops reads "About 3,000 of them serve under the AU
// mission" that opens a sentence after a troop figure: a part of the
// personnel just told, of the same state.
func (a *analysis) partOfThemTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if n.value >= 2 && e+2 < len(toks) && toks[e].lower == "of" && toks[e+1].lower == "whom" {
		return a.ofWhomTroops(n, rule)
	}
	if n.value < 2 || e+2 >= len(toks) || toks[e].lower != "of" || toks[e+1].lower != "them" && toks[e+1].lower != "those" {
		return Troops{}, false
	}
	if t, ok := a.themOfStateTroops(n, rule); ok {
		return t, true // "some 750 of them Italian": the part's own state, not the whole's
	}
	if !toks[n.hedge].sentStart && !a.reportedClauseOpens(n.hedge) {
		if t, ok := a.appositionOfThem(n, rule); ok {
			return t, true
		}
		return a.objectOfThemTroops(n, rule)
	}
	verb := e + 2
	if x := a.includingAsideEnd(verb); x > 0 && x < len(toks) {
		verb = x // "About 7,000 of them, including RAID units, will be concentrated"
	}
	if toks[verb].kind != tWord || toks[verb].cap {
		return Troops{}, false
	}
	unit, at := a.personnelInSentenceBefore(n.first)
	hired := false
	if unit == "" {
		unit, at = a.underArmsBefore(n.first)
	}
	if unit == "" {
		unit, at = a.hiredFightersBefore(n.first)
		hired = unit != ""
	}
	if unit == "" {
		unit, at = a.namedForceBefore(n.first)
	}
	if unit == "" {
		unit, at = a.deployedUnitBefore(n.first)
	}
	if unit == "" {
		unit, at = a.personnelPastSpeech(n.first) // past a quotation and its attribution
	}
	if unit == "" {
		unit, at = a.fromNamedForce(verb)
	}
	if unit == "" || a.isCasualty(at, at+1) || a.isCasualty(n.hedge, e+2) {
		return Troops{}, false
	}
	country := a.lastTroop.country
	if unit == "troops" && toks[at+1].lower == "under" {
		country = a.holderOf(at) // "it now has about 150,000 under arms"
	} else if hired {
		// "Turkey has recruited Syrian fighters ... Around 2,000 of them
		// were flown to Tripoli": the state that hires them
		country = a.actingState(a.d.sents[toks[at].sent].first, at, false)
	} else if a.lastTroop.sent != int(toks[n.first].sent)-1 || country == "" {
		// "Russia has kept soldiers at its base in Gyumri. An estimated
		// 3,000 of them live inside the compound": the personnel told
		// without a figure, of the state that holds them
		country = a.troopCountry(at, at+1, false)
	}
	if country == "" {
		return Troops{}, false
	}
	return a.makeTroops(n, e+2, country, unit, rule), true
}

// ofWhomPartTroops reads a part of the figure just read in the sentence
// after ", of whom" or ", of which": "about 10,000 officers on its rolls,
// of whom no more than 4,500 are on duty" counts 4,500 of the same state.
func (a *analysis) ofWhomPartTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k > 0 && toks[k].lower == "no" {
		k-- // "of whom no more than 4,500"
	}
	if k < 2 || toks[k].lower != "whom" && toks[k].lower != "which" || toks[k-1].lower != "of" || toks[k-2].text != "," {
		return Troops{}, false
	}
	last := a.lastFigure // the figure just read, of a state or none: "KFOR ... has about 4,500 troops, of whom some 700 are American"
	if last.sent != int(toks[n.first].sent) || last.unit == "" || n.value < 2 || a.isYear(n) || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// reportedClauseOpens reports the number's first token k opening a
// reported clause, right after a speech verb or its "that": "Pollard said
// 80 of them would come from the reserve".
func (a *analysis) reportedClauseOpens(k int) bool {
	if k > 1 && a.d.toks[k-1].lower == "that" {
		k--
	}
	return a.speechVerbAt(k-1) == k-1
}

// deployedUnitBefore returns a unit deployed as a whole in the sentence
// before the one of token first, the object or subject of a verb of
// deploying: "Nepal has offered the mission a battalion. About 850 of them
// are expected in Juba"; and its token.
func (a *analysis) deployedUnitBefore(first int) (string, int) {
	toks := a.d.toks
	return a.lastInSentenceBefore(first, func(k int) (string, bool) {
		return toks[k].text, deployedUnits.hasToken(&toks[k]) && !toks[k].cap && a.clauseHas(k+1, deployVerbs.words())
	})
}

// appositionOfThem reads ", about 3,000 of them," in apposition right
// after personnel: "Ankara's troops in Qatar, about 3,000 of them, will
// stay" counts them all.
func (a *analysis) appositionOfThem(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim + 2
	h := a.appositionHead(n.hedge - 1)
	if h < 0 || e >= len(toks) || toks[e].text != "," || a.isCasualty(h, h+1) || a.isCasualty(n.hedge, e) {
		return Troops{}, false
	}
	owner, owned := a.personnelOwnerBefore(a.pastTroopMods(h)) // "Kyrgyz border guards, some 1,500 of them,"
	if !a.strongPersonnelEndsAt(h) && !(owned && a.statesWeakPersonnelAt(h)) {
		return Troops{}, false
	}
	country := a.troopCountry(h, h+1, false)
	if owned {
		country = owner
	}
	return a.makeTroops(n, e, country, toks[h].text, rule), true
}

// statesWeakPersonnelAt reports a weak personnel noun of one word at h
// that a state's adjective or possessive before it owns, as in "Thai
// rangers, about 400 of them,"; hired fighters are their hirer's, whom
// the adjective does not name ("Syrian fighters").
func (a *analysis) statesWeakPersonnelAt(h int) bool {
	toks := a.d.toks
	_, lim := a.lx.personnel.match(toks, h, true)
	return lim == h+1 && !hiredFighters.hasToken(&toks[h])
}

// personnelOwnerBefore returns the state named by a possessive or an
// adjective right before the personnel noun ending at h: "Ankara's
// troops", "Turkish troops".
func (a *analysis) personnelOwnerBefore(h int) (string, bool) {
	toks := a.d.toks
	k := h - 1
	if k > 0 && toks[k].lower == "'s" {
		k--
	}
	if k < 0 {
		return "", false // the personnel noun opens the text
	}
	if c, ok := a.stateAt(k); ok {
		return c, true
	}
	if p := a.placeAt[k]; p >= 0 && a.places[p].kind == sCapital && toks[k+1].lower == "'s" {
		return a.places[p].code, true
	}
	return "", false
}

// underArmsBefore returns "troops" and the number's token when the
// sentence before the one of token first counts people "under arms": "it
// now has about 150,000 under arms. An estimated 8,000 of them ...".
func (a *analysis) underArmsBefore(first int) (string, int) {
	toks := a.d.toks
	return a.lastInSentenceBefore(first, func(k int) (string, bool) {
		under := toks[k].kind == tNum && k+2 < len(toks) && toks[k+2].sent == toks[k].sent &&
			toks[k+1].lower == "under" && toks[k+2].lower == "arms"
		return "troops", under
	})
}

// ofWhomTroops reads "N of whom" right after personnel and a comma, with
// a verb of sending or posting: "Turkish-backed Syrian mercenaries, about
// 2,000 of whom were sent to Azerbaijan in 2020": a part of them, of the
// state that holds them. A part hurt or killed is none.
func (a *analysis) ofWhomTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	c := n.hedge - 1
	if c < 1 || toks[c].text != "," || !a.sentenceHas(n.first, troopVerbs.words()) && !a.clauseHas(n.lim+2, sentParticiples.words()) {
		return Troops{}, false
	}
	unit, ok := a.strongPersonnelAt(c - 1)
	if !ok && hiredFighters.hasToken(&toks[c-1]) {
		unit, ok = toks[c-1].text, true
	}
	if !ok || a.isCasualty(n.hedge, min(n.lim+6, a.d.sents[toks[n.first].sent].lim)) {
		return Troops{}, false
	}
	country := a.troopCountry(c-1, c, false)
	return a.makeTroops(n, n.lim+2, country, unit, rule), true
}

// namedForceBefore returns the capitalised name of a state's force
// ending in a force's word ("Frontier Corps", "National Guard") that a
// verb of sending moves in the sentence before the one of token first,
// and its last token: "Pakistan has sent Frontier Corps units to the
// Afghan border. An estimated 8,000 of them arrived". A city's police
// ("the Marksville Police Department. Three of them ...") is none.
func (a *analysis) namedForceBefore(first int) (string, int) {
	toks := a.d.toks
	return a.lastInSentenceBefore(first, func(k int) (string, bool) {
		named := k > 0 && toks[k-1].sent == toks[k].sent && toks[k].cap && toks[k-1].cap && toks[k-1].kind == tWord &&
			forceBodies.hasToken(&toks[k]) && toks[k].lower != "police" &&
			a.placeAt[k-1] < 0 && a.personAt[k-1] < 0 && a.clauseHas(k, deployVerbs.words())
		if !named {
			return "", false
		}
		return a.d.text[toks[k-1].start:toks[k].end], true
	})
}

// hiredFightersBefore returns the last noun of hired fighters in the
// sentence before the one of token first, and its token.
func (a *analysis) hiredFightersBefore(first int) (string, int) {
	return a.lastInSentenceBefore(first, func(k int) (string, bool) {
		return a.d.toks[k].text, hiredFighters.hasToken(&a.d.toks[k])
	})
}

// lastInSentenceBefore returns the last word of the sentence before the
// one of token first that unit reports, with its token; "", -1 if none.
func (a *analysis) lastInSentenceBefore(first int, unit func(k int) (string, bool)) (string, int) {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	if s.first == 0 {
		return "", -1
	}
	prev := a.d.sents[toks[s.first-1].sent]
	for k := prev.lim - 1; k >= prev.first; k-- {
		if u, ok := unit(k); ok {
			return u, k
		}
	}
	return "", -1
}

// holderOf returns the state that has the number at k: the subject of
// "has" before it, a state or "it" for the state acting in the sentences
// before ("Eritrea ... has responded by recalling reservists. Western
// diplomats ... believe it now has about 150,000 under arms").
func (a *analysis) holderOf(k int) string {
	toks := a.d.toks
	first := a.d.sents[toks[k].sent].first
	v := hedgeBefore(toks, k) - 1
	if v <= first || !haveAux.hasToken(&toks[v]) {
		return ""
	}
	j := v - 1
	for j > first && (isAdverb(toks[j]) || toks[j].lower == "now" || toks[j].lower == "still") {
		j--
	}
	if toks[j].lower == "it" {
		return a.previousActor(first)
	}
	return a.stateNamedAt(j)
}

// ofTheFronted reads the part after a fronted "Of the" and a troop
// figure of its sentence: "Of the 4,000 troops Nigeria pledged in March,
// only 900 have arrived", of that figure's state. The part opens the
// clause after the comma; casualties ("30 were killed") stay out.
func (a *analysis) ofTheFronted(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	k := n.hedge - 1
	if k >= 0 && toks[k].lower == "only" {
		k--
	}
	if k == s.first+2 && toks[k].text == "," && toks[s.first].lower == "of" && (toks[s.first+1].lower == "those" || toks[s.first+1].lower == "them") {
		return a.ofThoseFronted(n, rule) // "About 14,000 soldiers have been deployed. Of those, some 6,000 are reservists"
	}
	if k <= s.first+2 || toks[k].text != "," || toks[s.first].lower != "of" || toks[s.first+1].lower != "the" {
		return Troops{}, false
	}
	if n.value < 2 {
		return Troops{}, false
	}
	j := s.first + 2
	for j < k && hedgeWord(toks[j].lower) {
		j++ // "Of the roughly 1,100 officers sent, ..."
	}
	w, ok := a.d.parseNumber(j)
	if !ok || w.lim >= k {
		return Troops{}, false
	}
	if a.lastTroop.sent != int(toks[n.first].sent) || a.lastTroop.country == "" {
		// "Of the 1,300 officers on duty at Glastonbury, about 300 will
		// come from neighbouring forces": the fronted whole read as a
		// figure with no state gives its unit to the part
		return a.ofTheFrontedFigure(n, w, rule)
	}
	p, nationals := w.lim, false
	if m, ok := a.placeStartingAt(p); ok && m.kind == sAdjective {
		p = m.lim // "Of the 2,500 Moroccan peacekeepers in the Central African Republic, 750 ..."
		// "Of the 4,500 Ugandans serving with the mission, 600 ...": the
		// state's plural was read as its personnel
		nationals = m.code == a.lastTroop.country && a.lastTroop.unit == toks[m.lim-1].text
	}
	u, ok := a.strongPersonnelAt(p)
	if nationals && !ok || !ok && a.lastTroop.count == w.value && a.lastTroop.unit != "" {
		// the whole read as a figure with weak personnel: "Of the 1,300
		// officers on duty, ..." licensed them already
		u, ok = a.lastTroop.unit, true
	}
	if !ok || a.deathNumberAt(n.first) || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, a.lastTroop.country, u, rule), true
}

// ofTheFrontedFigure reads the part n after a fronted "Of the" whole w
// that was itself read as a figure of the sentence, with no state: the
// part is of the whole's personnel. A part that dies is none.
func (a *analysis) ofTheFrontedFigure(n, w number, rule string) (Troops, bool) {
	last := a.lastFigure
	if last.sent != int(a.d.toks[n.first].sent) || last.count != w.value || last.unit == "" || n.value >= w.value {
		return Troops{}, false
	}
	if a.deathNumberAt(n.first) || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// ofThoseFronted reads a part after "Of those," or "Of them," opening the
// sentence after a troop figure with its state: the part is of the same
// personnel and state. A part that is a death or hurt is none.
func (a *analysis) ofThoseFronted(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	if a.lastTroop.sent != int(toks[n.first].sent)-1 || a.lastTroop.country == "" || n.value < 2 {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && (toks[e].text == "%" || measureUnits.hasToken(&toks[e])) {
		return Troops{}, false // "Of those, 20% are women"
	}
	if a.deathNumberAt(n.first) || a.isCasualty(n.hedge, n.lim) || a.isCasualty(n.lim, min(n.lim+4, a.d.sents[toks[n.first].sent].lim)) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, a.lastTroop.country, a.lastTroop.unit, rule), true
}

// objectOfThemTroops reads "N of them" as a verb's object later in the
// sentence of a troop figure: "Rwanda has some 2,600 troops in the mission
// and rotated 850 of them in March". No other number may stand between, so
// "them" is the personnel and not "40 armoured vehicles".
func (a *analysis) objectOfThemTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	// ", 1,000 of them from the reserve" after the figure: a comma may open it
	if a.lastTroop.sent != int(toks[n.first].sent) || a.lastTroop.country == "" || n.hedge < 1 || toks[n.hedge-1].kind != tWord && toks[n.hedge-1].text != "," && toks[n.hedge-1].text != ";" || toks[n.hedge-1].cap {
		return Troops{}, false
	}
	at, u := -1, ""
	for k := n.hedge - 1; k >= a.d.sents[toks[n.first].sent].first; k-- {
		if toks[k].kind == tNum {
			if at < 0 {
				at = a.lastTroopNounAfter(k) // "12,000 officers would be on duty ..., 3,000 of them from the provinces"
				u = a.lastTroop.unit
			}
			break
		}
		if v, ok := a.strongPersonnelAt(k); ok && at < 0 {
			at, u = k, v
		}
	}
	if at < 0 || a.isCasualty(n.hedge, e+2) || a.isCasualty(at, at+1) {
		return Troops{}, false
	}
	country := a.lastTroop.country
	if c := a.partSubjectState(n); c != "" {
		country = c // "...; Rwanda contributes about 2,600 of them"
	}
	return a.makeTroops(n, e+2, country, u, rule), true
}

// lastTroopNounAfter returns the token that opens the personnel noun of
// the troop figure just read when that noun follows the number ending at
// k, perhaps after a modifier or two: the figure was read as personnel
// even where its noun is weak ("officers"), so "N of them" later in the
// sentence is a part of it. Else -1.
func (a *analysis) lastTroopNounAfter(k int) int {
	toks := a.d.toks
	if a.lastTroop.unit == "" {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].sent == toks[k].sent; j++ {
		if strings.HasPrefix(a.d.text[toks[j].start:], a.lastTroop.unit) {
			return j
		}
	}
	return -1
}

// includedFromTroops reads a part of a troop figure given with its state
// after "including": "8,000 personnel from 12 nations, including 1,200
// from Canada"; or a figure listed after one of personnel "from" a state:
// "1,200 soldiers from Chad, 800 from Niger and 500 from Cameroon".
func (a *analysis) includedFromTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, e := n.hedge-1, n.lim
	listed := k >= 0 && (toks[k].text == "," || toks[k].lower == "and")
	if k < 0 || toks[k].lower != "including" && !listed || e+1 >= len(toks) || toks[e].lower != "from" {
		return Troops{}, false
	}
	if toks[k].lower == "including" && a.unitAfterFrom(e+1) {
		return a.includedFromUnit(n, rule) // "including 800 from the riot unit"
	}
	c, ok := a.stateAt(e + 1)
	if !ok || c == "" || a.lastTroop.sent != int(toks[n.first].sent) {
		return Troops{}, false
	}
	unit, at := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" || a.isCasualty(at, at+1) {
		return Troops{}, false
	}
	// "Soldiers numbering 1,200 from Senegal and 800 from Ghana": the
	// list after a verb of numbering
	after := at + 1
	if _, lim := a.lx.personnel.match(toks, at, true); lim > after {
		after = lim // "Police officers numbering 300 from Rwanda and 200 from Togo"
	}
	if listed && (after >= len(toks) || toks[after].lower != "from" && !numberingVerbs.hasToken(&toks[after])) {
		return Troops{}, false // a list goes on "1,200 soldiers from Chad, 800 from Niger"
	}
	return a.makeTroops(n, a.places[a.placeAt[e+1]].lim, c, unit, rule), true
}

// unitAfterFrom reports "the" and a formation's or a force's noun within
// three words at k: "from the riot unit", "from the presidential guard".
func (a *analysis) unitAfterFrom(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].lower != "the" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].kind == tWord; j++ { // "from the DINOES special operations unit"
		if formationNouns.hasToken(&toks[j]) || forceBodies.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// includedFromUnit reads a part of the troop figure just read in the
// sentence drawn from one of its units: "2,000 police officers had been
// sent, including 500 from the riot unit". Personnel and state are the
// figure's.
func (a *analysis) includedFromUnit(n number, rule string) (Troops, bool) {
	last := a.lastFigure
	if last.sent != int(a.d.toks[n.first].sent) && !a.wholeNamedBack(n, last) || last.unit == "" || n.value < 2 || a.isYear(n) || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// phaseTroops reads a phase of a deployment told in the same sentence:
// "with 400 leaving by March", "and the remaining 600 by June". The
// personnel and state are those of the figure before.
func (a *analysis) phaseTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, e := n.hedge-1, n.lim
	if k < 1 || n.value < 2 || a.isYear(n) || e >= len(toks) {
		return Troops{}, false
	}
	country := a.lastTroop.country
	inSent := a.lastTroop.unit != "" && a.lastTroop.sent == int(toks[n.first].sent)
	if !inSent {
		// "Nairobi began pulling its officers out of Haiti, with about 400
		// returning by June": the state that opens the sentence moving its own
		country = a.leadCapitalActor(n.first)
	}
	if country == "" {
		return Troops{}, false
	}
	w, next := toks[k].lower, toks[e].lower
	switch {
	case w == "with" && toks[e].kind == tWord && len(next) > 4 && strings.HasSuffix(next, "ing"):
		// "with 400 leaving by March"
	case (w == "remaining" || w == "last" || w == "final") && toks[k-1].lower == "the" && (next == "by" || next == "in" || next == "within"),
		w == ":" && (next == "by" || next == "within"):
		// "and the remaining 600 by June", "in two phases: 400 by March"
	default:
		return Troops{}, false
	}
	unit, at := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" && !inSent {
		unit, at = a.ownPersonnelBefore(n.first), n.first // "pulling its officers out"
	}
	if unit == "" || a.isCasualty(n.hedge, n.lim) || a.isCasualty(at, at+1) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, country, unit, rule), true
}

// gappedTroops reads the second figure of a gapped clause, the state
// before its bare number: "Papua New Guinea will contribute 34 troops and
// Fiji 50", "Vanuatu will send 20 police officers, Tonga 40 and Samoa 15",
// "with 6,000 peacekeepers, followed by Nepal with 5,500", "with 4,500
// troops, followed by Djibouti (1,520) and Kenya (1,410)". The personnel
// are those of a figure earlier in the sentence.
func (a *analysis) gappedTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	owned := k > 2 && toks[k].lower == "'s" && a.placeAt[k-1] >= 0 // "Finland's 200 peacekeepers and Ireland's 340 serve"
	if owned {
		k--
	}
	with := k > 1 && toks[k].lower == "with" // "followed by Nepal with 5,500"
	// "followed by Djibouti (1,520)": the number alone in brackets
	bracket := !with && k > 1 && toks[k].text == "(" && n.lim < len(toks) && toks[n.lim].text == ")"
	if with || bracket {
		k--
	}
	if with && k > 1 && toks[k].text == "," && a.placeAt[k-1] >= 0 {
		k-- // "Indonesia, with 1,230 personnel, and Italy, with 1,050": the state set off by commas
	}
	if k > 2 && toks[k-1].lower == "the" && partWords.hasToken(&toks[k]) {
		k -= 2 // "Mali is to contribute 1,700 and Burkina Faso the remaining 1,500"
	}
	object := false // "and France a frigate with about 170"
	if with && k > 0 && a.placeAt[k] < 0 {
		k, object = a.gappedObjectBefore(k), true
	}
	if k < 1 || a.placeAt[k] < 0 || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if sc := scaleWords()[toks[n.lim-1].lower]; sc >= 1000000 {
		return Troops{}, false // "and Fiji 50 million": a sum, no personnel
	}
	m := a.places[a.placeAt[k]]
	if !m.state && !a.gappedCapital(m, n) || m.lim != k+1 || m.kind == sAdjective || m.first < 1 {
		return Troops{}, false
	}
	prev := m.first - 1
	if prev > 0 && toks[prev].lower == "the" {
		prev-- // "followed by the United States with 1,900"
	}
	switch toks[prev].lower {
	case "and", ",", "while", "whereas", "with", ";":
	case "by":
		if !with && !bracket {
			return Troops{}, false
		}
	default:
		return Troops{}, false
	}
	if bracket && !a.bracketedRanking(m.first) {
		return Troops{}, false
	}
	// the number ends its phrase: "Fiji 50 to the force", not "Fiji 50 boats"
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !ellipsisEnds.hasToken(&toks[e]) && !troopMods.hasToken(&toks[e]) && !a.placePhraseAt(e) && !a.eachEndsClause(e) &&
		!(owned && ownedGapVerb(toks[e])) {
		return Troops{}, false
	}
	// the personnel of the first figure: "34 troops and Fiji 50", or of
	// the sentence before: "Germany will contribute 30,000 of them and
	// France 15,000"
	u, at := a.nearbyPersonnel(m.first, m.first)
	if object {
		u, at = a.withFigureBefore(m.first)
	}
	if u == "" && !object {
		u, at = a.personnelInSentenceBefore(n.first)
	}
	if u == "" && !object && a.lastTroop.sent == int(toks[n.first].sent) && a.lastTroop.unit != "" {
		u, at = a.lastTroop.unit, n.first // "Denmark contributes 120 and Norway 60": the personnel of the figure before
	}
	if u == "" || a.isCasualty(at, at+1) || a.gapRepeatsDeaths(m.first) > at {
		return Troops{}, false
	}
	if c, ok := a.gappedHostCountry(m.first); ok {
		return a.makeTroops(n, n.lim, c, u, rule), true // "Burkina Faso hosts perhaps 300, Niger about 100"
	}
	return a.makeTroops(n, n.lim, m.code, u, rule), true
}

// gapRepeatsDeaths returns the token of the last number with a noun of
// counted deaths in the sentence before the gapped state at first, else
// -1: "Poland has recorded nine deaths, Romania seven" repeats "deaths",
// nearer than any personnel before it ("Soldiers shored up dykes."), so
// the bare number is no troop figure.
func (a *analysis) gapRepeatsDeaths(first int) int {
	toks := a.d.toks
	for x := first - 1; x >= a.d.sents[toks[first].sent].first; x-- {
		if p, ok := a.d.parseNumber(x); ok && p.lim < first && !a.isYear(p) && a.countedDeathsAt(p.lim) {
			return x
		}
	}
	return -1
}

// gappedCapital reports a capital that the countries pass left a city
// (nothing after it says its government acts) but that stands as the
// subject of a gapped clause, the bare number n after it: "Warsaw has
// promised 200 soldiers, and Prague 80" repeats the verb of the figure
// before, whose sender is another state in the same sentence. A capital
// joined to a place is where they serve: "900 soldiers in Tallinn and
// Riga 150".
func (a *analysis) gappedCapital(m placeMention, n number) bool {
	toks := a.d.toks
	if m.kind != sCapital || m.ambiguous || m.code == "" || a.lastTroop.sent != int(toks[n.first].sent) ||
		a.lastTroop.country == "" || a.lastTroop.country == m.code {
		return false
	}
	p := m.first - 2 // the word before the joiner
	if p > 0 && toks[p].text == "," {
		p--
	}
	return p >= 0 && a.placeAt[p] < 0
}

// gappedObjectBefore returns the token before an object of a few
// lower-case words opened by "a" or "an" that ends at k, the gapped
// clause's state if there is one: "and France a frigate with about 170".
// Without such an object, -1.
func (a *analysis) gappedObjectBefore(k int) int {
	toks := a.d.toks
	for j := k; j > 0 && j > k-4; j-- {
		t := toks[j]
		if t.kind != tWord || t.cap {
			return -1
		}
		if t.lower == "a" || t.lower == "an" {
			if j == k {
				return -1
			}
			return j - 1
		}
	}
	return -1
}

// withFigureBefore returns the personnel, weak or strong, of a number
// right after "with" in the sentence before first, and its token: "a
// destroyer with roughly 230 crew", the clause that a gapped object with
// its bare number repeats. Without one, "" and -1.
func (a *analysis) withFigureBefore(first int) (string, int) {
	toks := a.d.toks
	from := a.d.sents[toks[first].sent].first
	for j := first - 1; j > from; j-- {
		_, lim := a.lx.personnel.match(toks, j, true)
		if lim == 0 || toks[j-1].kind != tNum && !mayBeNumber(&toks[j-1]) {
			continue
		}
		h := j - 2
		for h > from && hedgeWord(toks[h].lower) {
			h--
		}
		if h >= from && toks[h].lower == "with" {
			return a.d.text[toks[j].start:toks[lim-1].end], j
		}
	}
	return "", -1
}

// partWords after "the" name a part of personnel before its bare number:
// "the first 25", "the remaining 1,500".
var partWords = wordList("part-word")

// bracketedRanking reports a state at first that continues a ranking of
// contributors in brackets back to a troop figure: "with 4,500 troops,
// followed by Djibouti (1,520), Kenya (1,410) and Egypt (1,091)". Each
// state before it is a bracketed number too, and the ranking opens with
// ", followed by" a few words after the personnel of the figure, or with a
// first item that gives its personnel in its brackets: "Nepal (1,150
// personnel), Rwanda (1,050) and Bangladesh (980)".
func (a *analysis) bracketedRanking(first int) bool {
	toks := a.d.toks
	for j := first - 1; j >= 4; {
		switch toks[j].lower {
		case "by":
			if toks[j-1].lower != "followed" || toks[j-2].text != "," {
				return false
			}
			// "with 4,500 troops, followed by", "has 4,500 troops in the
			// mission, followed by"
			for k := j - 3; k >= 1 && k >= j-8 && toks[k].sent == toks[j].sent; k-- {
				if _, ok := a.strongPersonnelAt(k); ok && toks[k-1].kind == tNum {
					return true
				}
			}
			return false
		case ",", "and":
			// the first item with its personnel: "Nepal (1,150 personnel),
			// Rwanda (1,050)"
			if j > 5 && toks[j-1].text == ")" && toks[j-3].kind == tNum && toks[j-4].text == "(" && a.placeAt[j-5] >= 0 {
				_, ok := a.strongPersonnelAt(j - 2)
				return ok && a.places[a.placeAt[j-5]].state
			}
			// the item before: "Djibouti (1,520)"
			if toks[j-1].text != ")" || toks[j-2].kind != tNum || toks[j-3].text != "(" || a.placeAt[j-4] < 0 {
				return false
			}
			m := a.places[a.placeAt[j-4]]
			if !m.state || m.lim != j-3 {
				return false
			}
			j = m.first - 1
		default:
			return false
		}
	}
	return false
}

// forceMembers count the personnel of a force named after "of".
var forceMembers = wordList("force-member")

// membersOfForce reads "250 members of its Self-Defense Forces", "300
// members of the national guard", "500 elements of the National Guard".
func (a *analysis) membersOfForce(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	j := n.lim
	for j < len(toks) && j < n.lim+2 && troopMods.hasToken(&toks[j]) {
		j++
	}
	if j+2 >= len(toks) || !forceMembers.hasToken(&toks[j]) || toks[j+1].lower != "of" {
		return Troops{}, false
	}
	country := ""
	k := j + 2
	for ; k < len(toks) && k < j+9 && toks[k].sent == toks[j].sent; k++ {
		w := toks[k].lower
		if c, ok := a.stateAt(k); ok && country == "" {
			country = c
			continue
		}
		if forceBodies.has(w) || a.personnelEndsPhrase(k) {
			break
		}
		if w != "the" && w != "its" && w != "their" && w != "his" && w != "'s" && !toks[k].cap && !troopMods.has(w) && !a.forceModifierRun(k) {
			return Troops{}, false // "members of the industrial police" read on to "police"
		}
	}
	if k >= len(toks) || !forceBodies.hasToken(&toks[k]) && !a.personnelEndsPhrase(k) || a.isCasualty(n.first, k+1) {
		return Troops{}, false
	}
	// "men" are personnel only of a force named as such: "2,000 men of
	// the Africa Corps", not "200 men of the village militia"
	if toks[j].lower == "men" && !toks[k].cap {
		return Troops{}, false
	}
	if country == "" && toks[k].cap {
		country = a.ownerOfNamedForce(j+2, k+1)
	}
	if country == "" {
		country = a.troopCountry(n.first, k+1, true)
	}
	return a.makeTroops(n, k+1, country, a.d.text[toks[j].start:toks[k].end], rule), true
}

// personnelEndsPhrase reports a strong personnel noun of one word at k
// that ends its phrase, the body whose members are counted: "300 members
// of Chile's carabineros were flown"; not "members of the soldiers'
// union".
func (a *analysis) personnelEndsPhrase(k int) bool {
	toks := a.d.toks
	if _, ok := a.strongPersonnelAt(k); !ok || k+1 >= len(toks) {
		return false
	}
	if _, lim := a.lx.personnel.match(toks, k, true); lim != k+1 {
		return false
	}
	x := &toks[k+1]
	return x.kind == tPunct && x.text != "'" || ellipsisEnds.hasToken(x) || auxWords.hasToken(x) || pastVerbAt(toks, k+1)
}

// ownerOfNamedForce returns the state whose possessive stands before the
// same capitalised force name elsewhere in the article: "Russia's Africa
// Corps" gives the state of "2,000 men of the Africa Corps". The name runs
// over tokens from..lim, past any "the".
func (a *analysis) ownerOfNamedForce(from, lim int) string {
	toks := a.d.toks
	for from < lim && !toks[from].cap {
		from++
	}
	size := lim - from
	if size <= 0 {
		return ""
	}
	for k := 2; k+size <= len(toks); k++ {
		if k == from || toks[k-1].lower != "'s" {
			continue
		}
		same := true
		for i := 0; i < size && same; i++ {
			same = toks[k+i].text == toks[from+i].text
		}
		if c, ok := a.stateAt(k - 2); same && ok {
			return c
		}
	}
	return ""
}

// ellipticalTroops reads a bare number after a deployment verb whose
// personnel are named elsewhere in the sentence or the one before:
// "Italy pledged 1,000 troops, while Spain offered 600", "Kenya sent
// 3,000 more, mostly paratroopers".
func (a *analysis) ellipticalTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	v := n.hedge - 1
	if v > 1 && (toks[v-1].lower == "the" || toks[v-1].lower == "its" || toks[v-1].lower == "their") && partWords.hasToken(&toks[v]) {
		v -= 2 // "Delhi withdrew the first 25 from Addu City", "will bring home its remaining 280"
	}
	if v > 0 && (toks[v].lower == "home" || toks[v].lower == "by" && toks[v-1].lower == "joined") && ellipticVerbs.hasToken(&toks[v-1]) {
		v-- // "bring home its remaining 280", "will be joined by 150 more": the verb before its particle
	}
	if v > 0 && (toks[v].lower == "only" || toks[v].lower == "just") {
		v-- // "it can spare only 150"
	}
	// "Vienna said it would fly in roughly 250": a verb of sending or
	// carrying before its particle
	carried := v > 0 && toks[v].lower == "in" && (ellipticVerbs.hasToken(&toks[v-1]) || carryVerbs.hasToken(&toks[v-1]))
	if carried {
		v--
	}
	// "Minsk offered "up to 300"": the offer quoted, its verb outside
	quoted := v > 0 && toks[v].kind == tQuote && n.lim < len(toks) && toks[n.lim].kind == tQuote && sendVerbs.hasToken(&toks[v-1]) &&
		scaleWords()[toks[n.lim-1].lower] < 1000000 // not "offered "80 million""
	if quoted {
		v--
	}
	if c := a.stateHasLast(n, v); c != "" {
		return a.makeTroops(n, n.lim, c, a.lastTroop.unit, rule), true
	}
	if c, unit := a.stateNowHas(n, v); c != "" {
		return a.makeTroops(n, n.lim, c, unit, rule), true
	}
	if v > 1 && furtherWords.hasToken(&toks[v]) && (toks[v-1].lower == "a" || toks[v-1].lower == "an") {
		v -= 2 // "place a further 120 on alert"
		if v > 0 && toks[v].lower == "by" && toks[v-1].lower == "joined" {
			v-- // "joined by a further 500 from the Legion"
		}
	}
	// "Nepal is the largest contributor. Kathmandu fields some 440", "India
	// has about 200": a state that has a bare number among contributors
	contrib := v >= 0 && (ellipticVerbs.hasToken(&toks[v]) || haveAux.hasToken(&toks[v])) && a.contributorsNear(n.first)
	gapped := !contrib && v >= 0 && ellipticVerbs.hasToken(&toks[v]) && a.gappedStateAfter(n)
	if v < 0 || !ellipticVerbs.hasToken(&toks[v]) && !carried && !a.hasInMission(v, n.lim) && !a.standbyAfter(v, n.lim) && !contrib || a.isYear(n) || n.value < 2 {
		return Troops{}, false
	}
	e, ofThem := a.ellipsisEnd(n, quoted)
	if !quoted && e < len(toks) && toks[e].sent == toks[n.first].sent && !ellipsisEnds.hasToken(&toks[e]) && toks[e].kind != tPunct && !a.toMission(e) && !a.ellipsisTimeAt(e, n.first) {
		return Troops{}, false // "sent 40 aircraft"; not "fields roughly 280 with the UN force"
	}
	el := ellipsis{v: v, e: e, quoted: quoted, ofThem: ofThem, gapped: gapped, contrib: contrib}
	unit, at := a.ellipticUnit(n, el)
	if unit == "" || a.isCasualty(n.hedge, e) || a.isCasualty(at, at+1) {
		return Troops{}, false
	}
	country := a.troopCountry(n.first, e, false)
	if c := a.withSubjectState(v); c != "" {
		country = c // "with Sweden contributing about 300"
	}
	if f, ok := a.addedToFigure(e); ok && country == "" {
		country = f.Country // the state of the personnel added to
	}
	if contrib && country == "" && !ellipticVerbs.hasToken(&toks[v]) {
		return Troops{}, false // "has about 200" counts for a state only
	}
	if e+1 < len(toks) && toks[e].lower == "between" && toks[e+1].lower == "them" || a.togetherBefore(v) || a.betweenThemBefore(v) {
		country = "" // "Belgium and Luxembourg add about 300 between them": no one sender
	}
	return a.makeTroops(n, e, country, unit, rule), true
}

// ellipsisEnd is where a bare number's phrase ends: past its closing
// quote, "more" and "of them"/"of its own", which say whether the number
// counts personnel told before.
func (a *analysis) ellipsisEnd(n number, quoted bool) (e int, ofThem bool) {
	toks := a.d.toks
	e = n.lim
	if quoted {
		e++
	}
	for e < len(toks) && (toks[e].lower == "more" || toks[e].lower == "additional" || toks[e].lower == "extra" || toks[e].lower == "others") {
		e++
	}
	ofThem = false
	if e+1 < len(toks) && toks[e].lower == "of" && (toks[e+1].lower == "them" || toks[e+1].lower == "those") {
		e += 2 // "ordered 300 of them to Cameroon"
		ofThem = true
	} else if e+2 < len(toks) && toks[e].lower == "of" && ownerPronouns[toks[e+1].lower] && toks[e+2].lower == "own" {
		e += 3 // "Australia will contribute around 11,000 of its own"
		ofThem = true
	}
	return e, ofThem
}

// ellipsis is what ellipticalTroops has read around a bare number: its
// verb at v, its phrase's end e, and the cues that may supply its unit.
type ellipsis struct {
	v, e                            int
	quoted, ofThem, gapped, contrib bool
}

// ellipticUnit finds the personnel a bare number counts, by the first cue
// that applies, and the token that names them.
func (a *analysis) ellipticUnit(n number, el ellipsis) (unit string, at int) {
	toks := a.d.toks
	unit, at = a.nearbyPersonnel(n.first, el.e)
	if unit == "" && a.lastTroopJustBefore(n.first) && (ellipticVerbs.hasToken(&toks[el.v]) || a.standbyAfter(el.v, n.lim)) {
		// "would provide about 120 officers, and Fiji said it would send
		// 80": the personnel of the figure read before in the sentence, or
		// in the one before ("Rome will bring 400 of them home. Madrid
		// fields some 150 in Baghdad")
		unit, at = a.lastTroop.unit, n.first
	}
	if unit == "" && (el.ofThem || a.hasInMission(el.v, n.lim)) {
		// "them" are the personnel the story is about, and so are those a
		// state has "in the mission"
		unit, at = a.personnelBefore(n.first)
	}
	if unit == "" && ellipticVerbs.hasToken(&toks[el.v]) {
		// "Several hundred Turkish advisers are in the country, and Ankara
		// said it would send another 200": weak personnel a state's
		// adjective names, before in the sentence
		unit, at = a.statesWeakPersonnelBefore(n.first)
	}
	if unit == "" {
		if f, ok := a.addedToFigure(el.e); ok {
			// "The new rotation adds 220 to the 1,800 Nepali peacekeepers
			// already there": the personnel of the figure added to
			unit, at = f.Unit, n.first
		}
	}
	if unit == "" && a.toMission(el.e) {
		// "Ghana is sending 650 to the UN mission": people a state sends
		// to a mission; "The club sent 300 to the mission" has no state
		if _, ok := a.deployerState(a.d.sents[toks[n.first].sent].first, n.first); ok {
			unit, at = "troops", n.first
		}
	}
	if unit == "" && el.gapped {
		// "Greece contributes 50 and Turkey 70": personnel told before, or
		// a force the sentence before is about ("Most of the battalion ...")
		// states that send bare numbers side by side send personnel, in a
		// paragraph's opening or after a sentence about allies:
		// "Kazakhstan will send 500 and Kyrgyzstan 150"; not after "The
		// fund has grown"
		if unit, at = a.personnelBefore(n.first); unit == "" && (a.forceInSentenceBefore(n.first) || sendVerbs.hasToken(&toks[el.v]) && a.statesOrNothingBefore(n.first)) {
			unit, at = "troops", n.first
		}
	}
	if unit == "" && ellipticVerbs.hasToken(&toks[el.v]) && a.armySubjectPlaced(el.v, el.e) {
		unit, at = "troops", n.first // "the Lebanese army now fields close to 10,000 there" (troops_armyplaced.go)
	}
	if unit == "" && el.quoted {
		// a state's quoted offer of a bare number: "Minsk offered "up to 300""
		if c, ok := a.deployerState(a.d.sents[toks[n.first].sent].first, el.v+1); ok && c != "" {
			unit, at = "troops", n.first
		}
	}
	if unit == "" && el.contrib {
		unit, at = a.personnelBefore(n.first)
		if unit == "" {
			unit, at = "troops", n.first // "the biggest contributors to the mission. Pakistan fields about 1,100"
		}
	}
	return unit, at
}

// lastTroopJustBefore reports a troop figure with a state and a unit read
// in the sentence of first or the one before, in its paragraph.
func (a *analysis) lastTroopJustBefore(first int) bool {
	t, last := a.d.toks[first], a.lastTroop
	return last.unit != "" && last.para == int(t.para) && (last.sent == int(t.sent) || last.sent == int(t.sent)-1)
}

// statesWeakPersonnelBefore returns a weak personnel noun after a state's
// adjective before first in its sentence ("Turkish advisers"), and its
// token; hired fighters are their hirer's, whom the adjective does not
// name.
func (a *analysis) statesWeakPersonnelBefore(first int) (string, int) {
	toks := a.d.toks
	for k := first - 1; k > a.d.sents[toks[first].sent].first; k-- {
		vals, lim := a.lx.personnel.match(toks, k, true)
		if lim == 0 || !a.lx.personnelWeak[vals[0]] || hiredFighters.hasToken(&toks[lim-1]) {
			continue
		}
		if p := a.placeAt[k-1]; p >= 0 && a.places[p].state && a.places[p].kind == sAdjective && a.places[p].lim == k {
			return a.d.text[toks[k].start:toks[lim-1].end], k
		}
	}
	return "", -1
}

// addedToFigure returns the troop figure after "to the" (or "to its",
// "to their") at e that a bare number before it adds to: "adds 220 to the
// 1,800 Nepali peacekeepers already in Lebanon". Its personnel and state
// are those of the number added.
func (a *analysis) addedToFigure(e int) (Troops, bool) {
	toks := a.d.toks
	if e+2 >= len(toks) || toks[e].lower != "to" || toks[e+2].kind != tNum || toks[e+2].sent != toks[e].sent {
		return Troops{}, false
	}
	if w := toks[e+1].lower; w != "the" && w != "its" && w != "their" {
		return Troops{}, false
	}
	m, ok := a.d.parseNumber(e + 2)
	if !ok || m.age || m.vague || a.isYear(m) {
		return Troops{}, false
	}
	j, country := m.lim, ""
	if c, ok := a.stateAt(j); ok && a.places[a.placeAt[j]].kind == sAdjective {
		country, j = c, a.places[a.placeAt[j]].lim // "the 1,800 Nepali peacekeepers"
	} else if j < len(a.orgAt) && a.orgAt[j] >= 0 {
		j = a.orgs[a.orgAt[j]].lim // "the 1,100 African Union troops": no one state's
	}
	for j < len(toks) && j < m.lim+4 && troopMods.hasToken(&toks[j]) {
		j++
	}
	unit, ok := a.strongPersonnelAt(j)
	if !ok || a.isCasualty(m.hedge, j+1) {
		return Troops{}, false
	}
	return Troops{Count: m.value, Country: country, Unit: unit}, true
}

// gappedStateAfter reports "and", a state and a bare number right after
// the bare number n, its verb left out: "Greece contributes 50 and
// Turkey 70". States that share a verb of giving over a list of numbers
// are contributors, as "Among the contributors" makes them.
func (a *analysis) gappedStateAfter(n number) bool {
	toks := a.d.toks
	if n.lim+2 >= len(toks) || toks[n.lim].lower != "and" {
		return false
	}
	m, ok := a.placeStartingAt(n.lim + 1)
	if !ok || !m.state || m.kind == sAdjective || m.possessive || m.lim >= len(toks) || toks[m.lim].kind != tNum {
		return false
	}
	e, ok := a.d.parseNumber(m.lim)
	return ok && (e.lim >= len(toks) || toks[e.lim].kind == tPunct || toks[e.lim].sent != toks[n.first].sent)
}

// statesOrNothingBefore reports that the sentence of first opens its
// paragraph, or that the sentence before names a group of states ("The
// other allies are smaller").
func (a *analysis) statesOrNothingBefore(first int) bool {
	toks := a.d.toks
	prev, ok := a.sentenceBefore(first)
	if !ok {
		return true
	}
	for k := prev.first; k < prev.lim; k++ {
		if groupOfStates.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// forceInSentenceBefore reports a formation's or an armed body's noun
// in the sentence before the one of first, in its paragraph.
func (a *analysis) forceInSentenceBefore(first int) bool {
	toks := a.d.toks
	p, ok := a.sentenceBefore(first)
	if !ok {
		return false
	}
	for k := p.first; k < p.lim; k++ {
		if formationNouns.hasToken(&toks[k]) || forceBodies.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// contributorNouns name the states that give personnel to a mission.
var contributorNouns = wordList("contributor-noun")

// contributorsNear reports a noun of contributors in the sentence of
// first, or in one of the two before it in its paragraph: "Nepal is the
// largest contributor. Kathmandu fields some 440", "Among the smaller
// contributors, Denmark contributes 120".
func (a *analysis) contributorsNear(first int) bool {
	toks := a.d.toks
	si := int(toks[first].sent)
	from := a.d.sents[max(si-2, 0)].first
	for k := first - 1; k >= from && k >= 0; k-- {
		if toks[k].para != toks[first].para {
			break
		}
		if contributorNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// ownerPronouns stand in "of its own" after a bare number.
var ownerPronouns = map[string]bool{"its": true, "their": true, "our": true}

// stateNowHas returns the state that opens the sentence of a bare
// number n after a verb of having at v, in a second verb phrase of that
// state after "and" ("Ghana has contributed troops to UNIFIL since 1978
// and now has 870 in southern Lebanon"), with the personnel named in the
// first, and the noun; the number must end its clause or a place phrase
// follow it. Else "".
func (a *analysis) stateNowHas(n number, v int) (string, string) {
	toks := a.d.toks
	if v < 2 || !haveAux.hasToken(&toks[v]) || n.value < 2 || a.isYear(n) || n.lim >= len(toks) {
		return "", ""
	}
	if toks[n.lim].text != "." && toks[n.lim].text != "," && toks[n.lim].lower != "there" && !a.placePhraseAt(n.lim) {
		return "", ""
	}
	j := v - 1
	for j > 0 && (isAdverb(toks[j]) || verbChain.hasToken(&toks[j])) {
		j-- // "and now has", "and still has"
	}
	s := a.d.sents[toks[n.first].sent]
	if c, u := a.subjectNowHas(n, j); c != "" {
		return c, u
	}
	if toks[j].lower != "and" || j <= s.first {
		return "", ""
	}
	m, ok := a.placeStartingAt(s.first)
	if !ok || !m.state || m.kind == sAdjective || m.possessive || m.lim >= j || !haveAux.hasToken(&toks[m.lim]) && !deployVerbs.hasToken(&toks[m.lim]) {
		return "", ""
	}
	for k := m.lim; k < j; k++ {
		if u, ok := a.strongPersonnelAt(k); ok {
			return m.code, u
		}
	}
	return "", ""
}

// subjectNowHas returns the state, or the capital acting for it, that
// ends at j as the subject of the verb of having before the bare number
// n, after "and" or opening its sentence, and the strong personnel noun
// named earlier in the sentence or in the one before: "About 800
// Burundian soldiers crossed in 2023, and Gitega now has nearly 10,000
// there". Opening its own sentence, the state needs a place after the
// number ("there", "in Mali"): "Eritrea has 200,000." is an army's size.
func (a *analysis) subjectNowHas(n number, j int) (string, string) {
	toks := a.d.toks
	if j < 0 || a.placeAt[j] < 0 {
		return "", ""
	}
	m := a.places[a.placeAt[j]]
	if !m.state || m.kind == sAdjective || m.possessive || m.lim != j+1 {
		return "", ""
	}
	s := a.d.sents[toks[n.first].sent]
	opens := m.first == s.first
	if !opens && (m.first-1 <= s.first || toks[m.first-1].lower != "and") {
		return "", ""
	}
	if opens && toks[n.lim].lower != "there" && !a.placePhraseAt(n.lim) {
		return "", ""
	}
	for k := m.first - 1; k >= s.first; k-- {
		if u, ok := a.strongPersonnelAt(k); ok && !a.isCasualty(k, k+1) {
			return m.code, u
		}
	}
	if opens && s.first > 0 && toks[s.first-1].para == toks[s.first].para {
		if u, at := a.personnelInSentenceBefore(s.first); u != "" && !a.isCasualty(at, at+1) {
			return m.code, u
		}
	}
	return "", ""
}

// togetherBefore reports "together" before the verb at v, past its
// auxiliaries: "Romania, Slovakia and Bulgaria together will supply
// around 300 more" are several senders, no one state's.
func (a *analysis) togetherBefore(v int) bool {
	toks := a.d.toks
	j := v - 1
	for j > 0 && verbChain.hasToken(&toks[j]) {
		j--
	}
	return j >= 0 && toks[j].lower == "together"
}

// standbyAfter reports a verb of putting at v and "on standby" (or
// alert) right after the bare number ending at lim: "place a further 120
// on alert at home", "put 300 more on standby".
func (a *analysis) standbyAfter(v, lim int) bool {
	toks := a.d.toks
	if !standbyVerbs.hasToken(&toks[v]) {
		return false
	}
	for lim < len(toks) && (toks[lim].lower == "more" || toks[lim].lower == "others") {
		lim++
	}
	return a.onStandbyAt(lim)
}

// stateHasLast returns the state that is the subject of a verb of having
// at v before a bare number n that ends its sentence, after a troop figure
// of another state in the sentence before: "The United States is the
// largest contributor, with about 590 soldiers. Italy, which commands
// KFOR, has some 850." The state holds that many of the same personnel.
// It returns "" when there is none.
func (a *analysis) stateHasLast(n number, v int) string {
	toks := a.d.toks
	if v < 1 || !haveAux.hasToken(&toks[v]) || n.value < 2 || a.isYear(n) || n.lim >= len(toks) || toks[n.lim].text != "." && !a.placePhraseAt(n.lim) || a.lastTroop.unit == "" {
		return ""
	}
	subj := a.subjectBefore(v)
	if a.lastTroop.sent != int(toks[n.first].sent)-1 && (a.lastTroop.sent != int(toks[n.first].sent) || !a.clauseOpensAt(subj)) {
		return ""
	}
	if c := a.stateNamedAt(subj); c != a.lastTroop.country {
		return c
	}
	return ""
}

// placePhraseAt reports a phrase of where personnel are at k, up to the
// end of its clause: "while Cameroon has about 2,000 in the Far North
// region and Chad roughly 1,500", "Italy has 850 in Pristina." A place
// must be named in it (a state's or a capitalised one's name).
func (a *analysis) placePhraseAt(k int) bool {
	toks := a.d.toks
	switch toks[k].lower {
	case "in", "around", "near", "along", "across", "inside":
	default:
		return false
	}
	named := false
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].sent == toks[k].sent; j++ {
		t := toks[j]
		if t.text == "." || t.text == "," || t.text == ";" || t.lower == "and" || t.lower == "while" {
			return named
		}
		if t.kind != tWord {
			return false
		}
		named = named || a.placeAt[j] >= 0 || t.text != t.lower && a.personAt[j] < 0
	}
	return false
}

// clauseOpensAt reports a state name ending at s that opens a clause of
// its own after the troop figure of its sentence: "has some 1,230 troops
// there, while Italy has about 1,000", "and Spain has 600".
func (a *analysis) clauseOpensAt(s int) bool {
	if s < 0 || a.placeAt[s] < 0 {
		return false
	}
	f := a.places[a.placeAt[s]].first
	if f < 1 {
		return false
	}
	switch a.d.toks[f-1].lower {
	case "while", "whereas", "and", "but", ";":
		return true
	}
	return false
}

// subjectBefore returns the last token of the subject before the verb at
// v, stepping back over a clause set off by commas: "Italy, which
// commands KFOR, has".
func (a *analysis) subjectBefore(v int) int {
	toks := a.d.toks
	j := v - 1
	if j > 0 && toks[j].text == "," {
		for c := j - 1; c > 0 && c >= j-12 && toks[c].sent == toks[v].sent; c-- {
			if toks[c].text == "," {
				return c - 1
			}
		}
	}
	return j
}

// stateNamedAt returns the state named by a state mention at j, or "".
func (a *analysis) stateNamedAt(j int) string {
	c, _ := a.stateAt(j)
	return c
}

// hasInMission reports a verb of having at v (perhaps before "only" or
// "just") and "in the mission" (or force) or "on the ground" after the
// bare number ending at lim: "Ethiopia has some 2,500 in the mission",
// "authorised to deploy 14,400 personnel but had only about 11,800 on
// the ground".
func (a *analysis) hasInMission(v, lim int) bool {
	toks := a.d.toks
	if w := toks[v].lower; (w == "only" || w == "just") && v > 0 {
		v--
	}
	if w := toks[v].lower; w != "has" && w != "have" && w != "had" || lim+2 >= len(toks) {
		return false
	}
	if toks[lim].lower == "on" && toks[lim+1].lower == "the" && toks[lim+2].lower == "ground" {
		return true
	}
	if w := toks[lim+1].lower; toks[lim].lower != "in" || w != "the" && w != "its" {
		return false
	}
	return missionNouns.hasToken(&toks[lim+2]) || toks[lim+2].lower == "force"
}

// shortOfTroops reads the strength a troop figure of the same sentence
// falls short of: "630 troops, well short of the 1,000 envisaged", "400
// soldiers, short of the 600 it promised", "2,100 soldiers, out of the
// 4,800 planned". The noun is that figure's; so is the state, when it
// had one.
func (a *analysis) shortOfTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k >= 1 && shortTargets.hasToken(&toks[k]) && (toks[k-1].lower == "the" || ownerPronouns[toks[k-1].lower]) {
		k-- // "short of its authorised 5,550", "short of the planned 1,000": the target named before it
	}
	if k >= 0 && (toks[k].lower == "the" || ownerPronouns[toks[k].lower]) {
		k--
	}
	if k >= 1 && toks[k].lower == "of" && toks[k-1].lower == "half" {
		k-- // "less than half of the 5,550 authorised"
	}
	if k >= 0 && multiplesOf.hasToken(&toks[k]) && n.value >= 2 && !a.isYear(n) {
		return a.multipleOfTarget(n, rule)
	}
	if a.againstTarget(n, k) {
		k++ // "3,100 troops ..., against the 5,000 requested": read as "short of"
	} else if k < 1 || toks[k].lower != "of" || toks[k-1].lower != "short" && toks[k-1].lower != "out" || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord &&
		!ellipsisEnds.hasToken(&toks[e]) && !relativeStarts.hasToken(&toks[e]) && !shortTargets.hasToken(&toks[e]) && !pronounSubject(toks[e].lower) &&
		!a.targetClauseAt(e) {
		return Troops{}, false // "short of the 1,000 tanks"
	}
	s := a.d.sents[toks[n.first].sent]
	for u := k - 2; u >= s.first; u-- {
		if unit, ok := a.strongPersonnelAt(u); ok && !a.isCasualty(u, u+1) {
			country := ""
			if a.lastTroop.sent == int(toks[n.first].sent) && !wholeMissionTarget(toks, n.lim) {
				country = a.lastTroop.country
			}
			return a.makeTroops(n, n.lim, country, unit, rule), true
		}
	}
	if last := a.lastFigure; last.unit != "" && last.sent == int(toks[n.first].sent) {
		// "close to 1,000 officers ..., out of the roughly 2,500 that the
		// council authorised": a weak noun the figure just read licensed
		country := last.country
		if wholeMissionTarget(toks, n.lim) {
			country = ""
		}
		return a.makeTroops(n, n.lim, country, last.unit, rule), true
	}
	return Troops{}, false
}

// missionTargetWords name, in the clause of a target, who set it for the
// whole mission: "the 2,500 that the UN Security Council authorised from
// all contributors" is no one state's.
var missionTargetWords = closedSet("council", "un", "contributors")

// wholeMissionTarget reports such a word in the target's clause from e to
// the end of its sentence.
func wholeMissionTarget(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+12 && toks[k].sent == toks[e-1].sent; k++ {
		if missionTargetWords.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// multiplesOf stand before "the" and a target strength that a troop
// figure is a multiple of: "more than double the 2,500 envisaged".
var multiplesOf = closedSet("double", "twice", "triple", "treble", "thrice", "half")

// multipleOfTarget reads the target strength after "double the" that a
// troop figure before it in the sentence is compared with, a word of
// target after it, perhaps after "first": "5,550 personnel, more than
// double the 2,500 envisaged", "Its strength reached about 1,000, more
// than double the 500 first envisaged". The noun and state are that
// figure's.
func (a *analysis) multipleOfTarget(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if e+1 < len(toks) && toks[e].lower == "first" {
		e++
	}
	if e >= len(toks) || !shortTargets.hasToken(&toks[e]) || toks[e].lower == "needs" || toks[e].lower == "wants" {
		return Troops{}, false
	}
	last := a.lastFigure
	if last.unit == "" || last.sent != int(toks[n.first].sent) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// targetClauseAt reports a relative clause without "that" at e whose
// subject is a noun phrase and whose verb names a target: "the 6,000 the
// council's planners say the force needs".
func (a *analysis) targetClauseAt(e int) bool {
	toks := a.d.toks
	if toks[e].lower != "the" && toks[e].lower != "its" && toks[e].lower != "their" {
		return false
	}
	for k := e + 1; k < len(toks) && k < e+10 && toks[k].sent == toks[e].sent; k++ {
		if shortTargets.hasToken(&toks[k]) {
			return true
		}
		if toks[k].kind != tWord && toks[k].lower != "'s" {
			return false
		}
	}
	return false
}

// shortTargets name the strength a force falls short of: "the 1,000
// envisaged", "the 600 pledged".
var shortTargets = wordList("short-target")

// pronounSubject reports a subject pronoun that opens a relative clause
// without "that": "the 600 it promised".
func pronounSubject(w string) bool {
	switch w {
	case "it", "they", "he", "she", "we":
		return true
	}
	return false
}

// ellipticVerbs deploy, pledge or withdraw personnel counted by a bare number.
var ellipticVerbs = wordList("elliptic-verb")

// ellipsisEnds may follow the bare number: "sent 3,000 to the front",
// "keep 400 there".
var ellipsisEnds = closedWords(func() map[string]bool {
	return map[string]bool{
		"to": true, "in": true, "there": true, "into": true, "by": true, "for": true, "from": true,
		"on": true, "at": true, "and": true, "as": true, "this": true, "next": true, "last": true,
		"within": true, "before": true, "after": true, "until": true, "over": true, "home": true,
		"between": true, "once": true, // "set at 750 once the budget is approved"
		"because": true, "but": true, // "can spare only 150 because of the crisis"
		"if": true, "unless": true, "when": true, // "ready to send up to 200 more if asked"
		"ahead": true, // "will be joined by 150 more ahead of the exercise"
	}
})

// nearbyPersonnel finds a strong personnel noun near a bare number: after
// it past a comma ("3,000 more, mostly paratroopers"), before it in the
// sentence, or in the sentence before. It returns the noun and its token.
func (a *analysis) nearbyPersonnel(first, lim int) (string, int) {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	// "3,000 more, mostly paratroopers", "600 more — all marines"
	if lim < len(toks) && (toks[lim].text == "," || toks[lim].text == "\u2014" || toks[lim].text == "-") {
		for k := lim + 1; k < s.lim && k < lim+4; k++ {
			if u, ok := a.strongPersonnelAt(k); ok {
				return u, k
			}
		}
	}
	for k, from := first-1, a.sentenceBeforeFirst(first); k >= from; k-- {
		if u, ok := a.strongPersonnelAt(k); ok {
			return u, k
		}
	}
	return "", -1
}

// personnelBefore returns the nearest strong personnel noun within the 200
// tokens before first, and its token.
func (a *analysis) personnelBefore(first int) (string, int) {
	for k := first - 1; k >= 0 && k >= first-200; k-- {
		if u, ok := a.strongPersonnelAt(k); ok {
			return u, k
		}
	}
	return "", -1
}

// strongPersonnelAt returns the strong personnel noun at token k.
func (a *analysis) strongPersonnelAt(k int) (string, bool) {
	toks := a.d.toks
	vals, lim := a.lx.personnel.match(toks, k, true)
	if lim == 0 || a.lx.personnelWeak[vals[0]] {
		return "", false
	}
	if toks[k].lower == "troop" {
		return "troops", true
	}
	return a.d.text[toks[k].start:toks[lim-1].end], true
}

// toMission reports "to" (or "with") at e before a mission or a force,
// past its determiner and up to two names or modifiers: "to the mission",
// "to the UN mission in South Sudan", "to the new regional force", "with
// the UN force in southern Lebanon".
func (a *analysis) toMission(e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || toks[e].lower != "to" && toks[e].lower != "with" {
		return false
	}
	k := e + 1
	if w := toks[k].lower; w == "the" || w == "its" || w == "a" {
		k++
	}
	for lim := k + 3; k < len(toks) && k < lim && toks[k].kind == tWord; k++ {
		if w := toks[k].lower; missionNouns.has(w) || w == "force" {
			return k+1 >= len(toks) || toks[k+1].lower != "'s" // not "to the mission's fund"
		}
	}
	return false
}

// ruleTroopContinued names a bare number that continues a deployment.
const ruleTroopContinued = "continued-number" // "The remaining 2,500 will stay"

// continuedNumber reads a bare number that continues the personnel of
// the sentence or the one before: "The remaining 2,500 will stay under
// the AU mission", "and another 1,700 serving with the UN mission", "The
// first 150 arrived this month".
func (a *analysis) continuedNumber(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	k, grouped := a.partGroupOf(k) // "An initial group of 150 is expected"
	if k < 0 || n.value < 2 || a.isYear(n) || !(continuationWords.hasToken(&toks[k]) || toks[k].lower == "another" || toks[k].lower == "other") {
		return Troops{}, false
	}
	// "a further 600", "an additional 150" stand as "another" after a
	// figure of the sentence or the one before
	further := k > 0 && (toks[k-1].lower == "a" || toks[k-1].lower == "an") && furtherWords.hasToken(&toks[k])
	if further && (a.lastTroop.country == "" || int(toks[n.first].sent)-a.lastTroop.sent > 1) {
		return Troops{}, false
	}
	another := toks[k].lower == "another" || further
	if k > 0 && !another && toks[k-1].lower != "the" && toks[k-1].lower != "its" && toks[k-1].lower != "their" && !(grouped && (toks[k-1].lower == "a" || toks[k-1].lower == "an")) {
		return Troops{}, false
	}
	// the number is a subject, its verb after it: "will stay", "serving
	// with", "arrived", also after "with" ("with the first 400 due in
	// May"); "searched for the remaining two" is no deployment
	if d := k - 1; !another && d > 0 && !toks[d].sentStart && toks[d-1].kind == tWord && !toks[d-1].cap &&
		toks[d-1].lower != "and" && toks[d-1].lower != "but" && toks[d-1].lower != "with" && a.speechVerbAt(d-1) != d-1 {
		return Troops{}, false
	}
	e := n.lim
	if e+2 < len(toks) && toks[e].lower == "of" && (toks[e+1].lower == "them" || toks[e+1].lower == "those") {
		e += 2 // "The first 300 of them crossed the border"
	}
	if !(another && (a.furtherEnds(n, e) || a.anotherFramed(n, e))) && (e >= len(toks) || toks[e].sent != toks[n.first].sent || toks[e].kind != tWord ||
		!verbChain.hasToken(&toks[e]) && !strings.HasSuffix(toks[e].lower, "ing") && !strings.HasSuffix(toks[e].lower, "ed") && !movedVerbs.hasToken(&toks[e])) {
		return Troops{}, false
	}
	unit, at := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" {
		unit, at = a.personnelInSentenceBefore(n.first)
	}
	if unit == "" && a.lastTroop.unit != "" && a.lastTroop.country != "" && int(toks[n.first].sent)-a.lastTroop.sent == 1 && toks[n.first].para == toks[n.first-1].para {
		// "Kenya has deployed 400 officers to Haiti. Another 600 will
		// follow": the weak noun of the figure just told
		unit, at = a.lastTroop.unit, -1
	}
	if unit == "" || a.isCasualty(n.hedge, n.lim) || !further && at >= 0 && a.isCasualty(at, at+1) {
		return Troops{}, false // "a further" figure continues the troop figure before it
	}
	// the state of the deployment it continues
	country := a.lastTroop.country
	if further {
		start := a.d.sents[toks[n.first].sent].first
		if c, ok := a.deployerState(start, n.first); ok {
			country = c // "Copenhagen pledged to send a further 150"
		} else if a.lastTroop.sent == int(toks[n.first].sent) {
			country = a.lastTroop.country // "X sent 11,000 soldiers ... and has since rotated in a further 3,000"
		} else if c := a.actingState(start, n.first, false); c != "" {
			country = c
		}
	}
	if country == "" || int(toks[n.first].para)-a.lastTroop.para > 1 {
		country = a.troopCountry(n.first, n.lim, false)
	}
	if c := a.gappedSender(k); c != "" {
		country = c // "..., and Oslo another 250"
	} else if c := a.gappedFurther(n); c != "" {
		country = c // "..., and Germany a further 200" (troops_gappedfurther.go)
	}
	return a.makeTroops(n, n.lim, country, unit, rule), true
}

// shortPhraseEnds reports the clause's end at e, or after a short phrase
// of when or where that e opens: "in March.", "by the end of June,",
// "with the mission in Abyei." ("in" there places, no verb's particle).
func (a *analysis) shortPhraseEnds(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || toks[e].kind == tPunct || toks[e].sent != toks[e-1].sent {
		return true
	}
	switch toks[e].lower {
	case "in", "by", "on", "at", "with", "next", "last", "this", "later", "earlier", "since": // "and a further 870 with the mission in Abyei."
	default:
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+5; k++ {
		if toks[k].kind == tPunct || toks[k].sent != toks[e].sent {
			return true
		}
		if toks[k].kind == tWord && toks[k].lower != "in" && (verbChain.hasToken(&toks[k]) || auxWords.hasToken(&toks[k])) {
			return false
		}
	}
	return false
}

// verbParticles complete a verb of moving personnel: "rotated in",
// "brought home".
var verbParticles = closedSet("in", "out", "home", "back")

// heldParticiples are irregular participles of keeping or sending that
// may follow "a further" number: "a further 600 held in reserve".
var heldParticiples = closedSet("held", "kept", "sent", "put")

// furtherWords after "a" make a number a further part of a deployment.
var furtherWords = closedSet("further", "additional", "extra")

// furtherEnds reports how "a further" number at n ends before e: "to
// follow", "to come", "to be sent" or "held" after it, or the clause's end
// after a verb of sending ("pledged to send a further 150.").
func (a *analysis) furtherEnds(n number, e int) bool {
	toks := a.d.toks
	if e+1 < len(toks) && toks[e].lower == "to" && toks[e+1].kind == tWord && !toks[e+1].cap && toks[e+1].sent == toks[e].sent {
		return true // "with a further 600 to follow"
	}
	if e < len(toks) && toks[e].sent == toks[n.first].sent && heldParticiples.hasToken(&toks[e]) {
		return true // "with a further 600 held at readiness"
	}
	if a.asideThenVerb(e) {
		return true // "A further 1,200, drawn mainly from the Norrbotten Regiment, will be placed" (ht1)
	}
	if a.furtherFromForce(e) {
		return true // "A further 300 from the Royal Australian Navy were being held at readiness"
	}
	if a.gappedFurther(n) != "" && a.shortPhraseEnds(e) {
		return true // "and Germany a further 200."
	}
	v := n.hedge - 3 // the word before "a further"
	if v > 0 && toks[v].lower == "and" && a.lastTroop.sent == int(toks[n.first].sent) && a.shortPhraseEnds(e) {
		return true // "deployed 400 officers last year and a further 200 in March"
	}
	if v > 0 && verbParticles.hasToken(&toks[v]) {
		v-- // "has since rotated in a further 3,000"
	}
	return v >= 0 && ellipticVerbs.hasToken(&toks[v]) && (e >= len(toks) || toks[e].kind == tPunct || toks[e].sent != toks[n.first].sent)
}

// personnelInSentenceBefore returns the strong personnel noun of the
// sentence before the one of token first, in whatever paragraph, and its
// token.
func (a *analysis) personnelInSentenceBefore(first int) (string, int) {
	return a.lastInSentenceBefore(first, a.strongPersonnelAt)
}

// addedToHeld reads the bare number of personnel a state already holds,
// to which a deployment adds: "it would add 150 soldiers to the 75 it
// already has on the ground", "in addition to the 11,000 deployed last
// autumn". The number follows "to the" (or "to its") and a clause of
// holding or a participle of posting follows it; the personnel noun stands before
// "to" in the sentence.
func (a *analysis) addedToHeld(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || n.value < 2 || a.isYear(n) || toks[k-1].lower != "to" && !joinVerbs.hasToken(&toks[k-1]) {
		return Troops{}, false
	}
	if w := toks[k].lower; w != "the" && w != "its" && w != "their" {
		return Troops{}, false
	}
	e := n.lim
	if e < len(toks) && relativeStarts.hasToken(&toks[e]) {
		e++
	}
	if e >= len(toks) || toks[e].sent != toks[n.first].sent {
		return Troops{}, false
	}
	if p := e + a.alreadyAt(e); postedParticiples.hasToken(&toks[p]) {
		e-- // "in addition to the 11,000 deployed last autumn": the participle holds them
	} else if w := toks[e].lower; w != "it" && w != "they" && w != "we" {
		if _, ok := a.stateAt(e); !ok {
			return Troops{}, false
		}
		e = a.places[a.placeAt[e]].lim - 1
	}
	e++
	if e < len(toks) && (toks[e].lower == "already" || toks[e].lower == "still") {
		e++
	}
	if e >= len(toks) || !holdVerbs.hasToken(&toks[e]) && !postedParticiples.hasToken(&toks[e]) {
		return Troops{}, false
	}
	unit, at := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" || at < 0 || toks[at].sent != toks[n.first].sent || a.isCasualty(at, at+1) {
		return Troops{}, false
	}
	country := a.troopCountry(n.first, n.lim, false)
	return a.makeTroops(n, n.lim, country, unit, rule), true
}

// besidesHeld reads the bare number of personnel already in place that a
// deployment adds to, after "on top of the", "besides the" or "alongside
// the", or "to the" it adds them to (also "in addition to the"): "Guatemala
// has pledged a further 300 soldiers, on top of the 150 already in the
// country", "will add 500 soldiers to the 1,100 already at Camp Butmir".
// The article may be left out ("on top of 90 already in the country").
// "already" or "still" must follow the number,
// then a place, "there" or a participle of posting; the personnel noun
// stands before in the sentence.
func (a *analysis) besidesHeld(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 2 || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	the := toks[k].lower == "the"
	if the {
		k-- // the bare number, its article left out: "on top of 90 already in the country"
	}
	w := toks[k].lower
	// "add up to 500 soldiers ... to the 1,100 already at Camp Butmir";
	// a bare "to" only after "in addition": "to 90" may be a total's
	if !(w == "of" && toks[k-1].lower == "top") && w != "besides" && w != "alongside" && !(w == "to" && (the || toks[k-1].lower == "addition")) {
		return Troops{}, false
	}
	e := n.lim
	if e >= len(toks) || toks[e].sent != toks[n.first].sent || !a.heldByClause(e) && !a.alreadyPlaced(e) {
		return Troops{}, false // heldByClause: "on top of the 200 we added last year" (troops_heldclause.go)
	}
	unit, at := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" && a.lastFigure.sent == int(toks[n.first].sent) && a.lastFigure.unit != "" {
		// "1,200 police had been flown in, on top of the roughly 800
		// already assigned": the figure just read names them, weak nouns too
		unit, at = a.lastFigure.unit, n.first
	}
	if unit == "" || at < 0 || toks[at].sent != toks[n.first].sent || a.isCasualty(at, at+1) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, a.troopCountry(n.first, n.lim, false), unit, rule), true
}

// senderAfterFromAt returns the state after "from" at k, by its name or
// its capital: "the contingent from Dhaka" came from Bangladesh.
func (a *analysis) senderAfterFromAt(k int) (string, bool) {
	if k+1 >= len(a.d.toks) || a.d.toks[k].lower != "from" || a.placeAt[k+1] < 0 {
		return "", false
	}
	m := a.places[a.placeAt[k+1]]
	if m.first != k+1 || !m.state && m.kind != sCapital || m.kind == sAdjective {
		return "", false
	}
	return m.code, true
}

// joinVerbs join a deployment to the personnel already in place:
// "joining the roughly 900 already based in the country".
var joinVerbs = wordList("join-verb")

// alreadyAt returns 1 for "already" or "still" at e (with a token after
// it), else 0.
func (a *analysis) alreadyAt(e int) int {
	toks := a.d.toks
	if e+1 < len(toks) && (toks[e].lower == "already" || toks[e].lower == "still") {
		return 1
	}
	return 0
}

// alreadyPlaced reports "already" or "still" at e, right after a bare
// number, then where they are: "already in the country", "still there",
// "already deployed".
func (a *analysis) alreadyPlaced(e int) bool {
	toks := a.d.toks
	if a.alreadyAt(e) == 0 {
		return false
	}
	p := toks[e+1].lower
	return p == "in" || p == "there" || p == "on" || p == "at" || p == "inside" || postedParticiples.has(p)
}

// postedParticiples put personnel in place after a bare number: "the 11,000
// deployed last autumn", "the 75 stationed there".
var postedParticiples = wordList("posted-participle")

// holdVerbs keep personnel somewhere: "the 75 it already has there".
var holdVerbs = wordList("hold-verb")

// ruleTroopMovedSubject names a bare number that opens its clause and has
// moved, the personnel told in the sentence before.
const ruleTroopMovedSubject = "moved-number" // "Dushanbe's forces are to pull back. ... 1,800 had left their positions"

// theWhoTroops reads "The N who ..." opening a sentence after one that
// names personnel: "Pretoria said the last of its soldiers had left Goma.
// The 1,100 who remained after the ceasefire crossed into Rwanda on
// Tuesday", of the state that holds them. The dead and hurt are none.
func (a *analysis) theWhoTroops(n number, rule string) (Troops, bool) {
	unit, at := a.personnelInSentenceBefore(n.first)
	s := a.d.sents[a.d.toks[n.first].sent]
	if unit == "" || a.isCasualty(at, at+1) || a.isCasualty(n.hedge, s.lim) {
		return Troops{}, false
	}
	country := a.troopCountry(at, at+1, true)
	if country == "" {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, country, unit, rule), true
}

// clauseOpeners may open a clause before its subject: "but only",
// "so far only".
var clauseOpeners = closedSet("but", "only", "so", "far", "just", "yet")

// noOneSender reports personnel at k, before the figure in its sentence,
// whose sender the sentence leaves open, and so the figure's too: "Ukraine's allies have pledged
// roughly 30,000 troops ..., but only about 10,000 are ready" is no
// Ukrainian figure.
func (a *analysis) noOneSender(k int) bool {
	return a.troopCountry(k, k+1, false) == ""
}

// movedSubject reads a bare number that opens its clause, at the start of
// the sentence or after an opening phrase and its comma, and whose verb
// says the personnel have moved: "By Monday evening, 1,800 had left their
// positions", after a sentence that names the force. The state is the
// force's.
func (a *analysis) movedSubject(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	if n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if k := n.hedge - 1; k >= 0 && toks[k].lower == "the" && toks[k].sentStart && n.lim < len(toks) && toks[n.lim].lower == "who" {
		return a.theWhoTroops(n, rule) // "The 1,100 who remained after the ceasefire crossed into Rwanda"
	}
	k := n.hedge - 1
	for k >= 0 && toks[k].sent == toks[n.first].sent && !toks[k+1].sentStart && clauseOpeners.hasToken(&toks[k]) {
		k-- // "..., but so far only 400 have arrived"
	}
	if k >= 0 && !toks[k+1].sentStart && toks[k].text != "," && toks[k].text != ";" && !a.openingTimePhrase(k) && !a.joinedTimePhrase(k) {
		return Troops{}, false
	}
	e := n.lim
	for e < len(toks) && auxWords.hasToken(&toks[e]) {
		e++
	}
	if e >= len(toks) || toks[e].sent != toks[n.first].sent || e == n.lim && toks[e].lower == "withdrawn" {
		return Troops{}, false
	}
	// "up to 10,000 could be sent": a passive of sending after its
	// auxiliaries
	sent := e > n.lim && sentParticiples.hasToken(&toks[e]) && beAux.hasToken(&toks[e-1])
	if !movedVerbs.hasToken(&toks[e]) && !sent {
		return Troops{}, false
	}
	unit, at := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" {
		unit, at = a.personnelInSentenceBefore(n.first)
	}
	if unit == "" && a.lastTroop.sent == int(toks[n.first].sent) && a.lastTroop.unit != "" {
		// "Nairobi pledged 1,000 officers to the Haiti mission, but only
		// about 400 have arrived": the weak noun of the figure before
		if a.isCasualty(n.hedge, e+1) {
			return Troops{}, false
		}
		return a.makeTroops(n, e+1, a.lastTroop.country, a.lastTroop.unit, rule), true
	}
	if unit == "" || a.isCasualty(n.hedge, e+1) || a.isCasualty(at, at+1) {
		return Troops{}, false
	}
	// the state of the force told in the sentence before, else of the clause
	country := ""
	if at >= 0 && toks[at].sent < toks[n.first].sent {
		country = a.troopCountry(at, at+1, false)
	}
	if country == "" && (at < 0 || at > n.first || !a.noOneSender(at)) {
		country = a.troopCountry(n.first, e+1, false)
	}
	return a.makeTroops(n, e+1, country, unit, rule), true
}

// openingTimePhrase reports a short phrase of time that opens the
// sentence and ends at k, with no comma: "By June only 400 had arrived".
func (a *analysis) openingTimePhrase(k int) bool {
	toks := a.d.toks
	f := a.d.sents[toks[k].sent].first
	if k-f > 2 || k < f {
		return false
	}
	switch toks[f].lower {
	case "by", "since", "until", "in", "on":
	default:
		return false
	}
	for j := f + 1; j <= k; j++ {
		if toks[j].kind != tNum && (toks[j].kind != tWord || !toks[j].cap && toks[j].lower != "then" && toks[j].lower != "now") {
			return false // "By June", "In 2023", "By then"
		}
	}
	return true
}

// movedVerbs say personnel have moved: "had left", "have withdrawn".
var movedVerbs = wordList("moved-verb")

// sentParticiples say personnel are sent after "be": "could be sent",
// "will be stationed".
var sentParticiples = wordList("sent-participle")

// pastAuxWords returns the token after at most max auxWords from k: "were
// put", "will be on duty" past "were", "will be".
func pastAuxWords(toks []token, k, max int) int {
	e := k
	for e < len(toks) && e < k+max && auxWords.hasToken(&toks[e]) {
		e++
	}
	return e
}

// auxWords stand between a subject and its past participle: built once,
// as a per-token loop asks it.
var auxWords = closedWords(func() map[string]bool {
	return map[string]bool{"had": true, "have": true, "has": true, "were": true, "was": true, "already": true, "also": true,
		"are": true, "is": true, "to": true, "will": true, "due": true, "could": true, "would": true, "may": true,
		"might": true, "be": true, "been": true}
})

// ruleTroopContingent names the size of a deployed contingent given by a
// verb of numbering.
const ruleTroopContingent = "contingent-numbers"

// contingentNumbers reads the size of a deployed unit told by a verb of
// numbering after it: "Kenya's contingent, based in the south, numbers
// 1,410", "the contingent from Ankara now counts roughly 1,300", "Kenya's
// contingent in Somalia, which ..., stands at about 3,500"; the state is
// the contingent's owner ("Kenya's", "the Kenyan", "from Ankara"). A
// force's or an army's size is no deployment: "the army numbers 40,000".
func (a *analysis) contingentNumbers(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k > 0 && !numberingVerbs.hasToken(&toks[k]) && !a.willNumber(k) && !a.estimatedAt(k) && !standsAt(toks, k) {
		k = a.numberingVerbApart(n) // "will number" stays: "Germany's battalion in Lithuania will number some 4,800"
	}
	if k >= 0 && toks[k].lower == "numbering" && toks[k].sentStart {
		return a.contingentFronted(n, rule) // "Numbering some 700, the Guatemalan contingent ..."
	}
	if h := n.hedge - 1; h > 1 && (toks[h].lower == "number" || personnelTotals.hasToken(&toks[h])) {
		if u, at := a.personnelNumber(h); u != "" && !a.isYear(n) && !a.isCasualty(n.hedge, n.lim) && !a.isCasualty(at, at+1) {
			// "Its soldiers there number close to 1,500"
			return a.makeTroops(n, n.lim, a.troopCountry(at, at+1, true), u, rule), true
		}
	}
	if k < 1 || !numberingVerbs.hasToken(&toks[k]) && !a.willNumber(k) && !a.estimatedAt(k) && !standsAt(toks, k) || a.isYear(n) {
		return Troops{}, false
	}
	if a.estimatedAt(k) && a.otherSubjectPut(k) {
		return Troops{}, false // "whose budget will be set at 180"
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !ellipsisEnds.hasToken(&toks[e]) && toks[e].lower != "men" {
		return Troops{}, false // "numbers 1,410 vehicles"
	}
	v := k
	if standsAt(toks, k) {
		v = k - 1
	}
	s := a.d.sents[toks[n.first].sent]
	for j := v - 1; j >= s.first && j >= a.unitWindowStart(v); j-- {
		if !deployedUnits.hasToken(&toks[j]) && !a.sentForceAt(j) || !a.unitHead(j) || toks[j].lower == "guard" && !toks[j].cap {
			continue // a guard force by its name: "the National Guard", not the verb
		}
		if toks[j].lower == "rotation" && a.personnelJustTold(n) == "" {
			continue // a rotation of personnel just told, not "the rotation of the board"
		}
		if nx := toks[j+1].lower; (nx == "'s" || nx == "of") && !numberingVerbs.hasToken(&toks[k]) {
			return Troops{}, false // "the contingent's budget is estimated at 1,500"
		}
		country := a.unitOwner(j, s.first)
		if c, ok := a.deployerState(s.first, j); country == "" && ok {
			country = c // "Benin has promised a battalion, and ... it would number about 700"
		}
		if country == "" {
			country = a.participleFromState(j, k) // "the battalion being flown to Kosovo from Türkiye numbers about 500"
		}
		if country == "" {
			country = a.troopCountry(n.first, n.lim, false) // a unit told apart from its number
		}
		return a.makeTroops(n, n.lim, country, toks[j].text, rule), true
	}
	return Troops{}, false
}

// personnelNumber returns the strong personnel noun that is the subject
// of "number" at v, a verb there ("Its soldiers there number close to
// 1,500", "the peacekeepers now number 900"), or the crews of warships
// named just before, and its token; "", -1 if none.
func (a *analysis) personnelNumber(v int) (string, int) {
	toks := a.d.toks
	j := v - 1
	if w := toks[j].lower; w == "there" || w == "now" || w == "still" || w == "currently" || w == "together" {
		j--
	}
	if j < 0 || toks[j].sent != toks[v].sent {
		return "", -1
	}
	h, placed := a.beforePlaceIn(j, a.d.sents[toks[v].sent].first)
	if !placed {
		h, placed = a.beforeFrontierPhrase(j, a.d.sents[toks[v].sent].first) // "troops on the Nakhchivan frontier"
	}
	if !placed {
		h, placed = a.beforeUnitAnaphor(j, a.d.sents[toks[v].sent].first) // "federal forces in the state"
	}
	if placed && a.strongPersonnelEndsAt(h) {
		// "US special forces in Somalia number fewer than 500", "Kenyan
		// police officers in Haiti number about 400": a state's personnel
		// where they serve; "federal forces in the state": the central
		// government's own; not "market forces", nor "the troops in Chad"
		// (whose?)
		s := a.strongSizedStart(h)
		_, owned := a.personnelOwnerBefore(a.pastTroopMods(s))
		if !owned && (s < 1 || !centralGovernmentMods.hasToken(&toks[s-1])) {
			return "", -1
		}
		return a.d.text[toks[s].start:toks[h].end], h
	}
	if u, ok := a.strongPersonnelAt(j); ok {
		if standingForces.hasToken(&toks[j]) && toks[v-1].lower != "there" {
			return "", -1 // "The Dominican armed forces number roughly 56,000": a state's whole strength
		}
		return u, j
	}
	// "two minehunters ...; their crews together number about ninety": a
	// warship's crews are sailors
	if w := toks[j].lower; (w == "crew" || w == "crews") && (a.warshipNear(j) || a.ownerCrewsOfWarships(j)) {
		return toks[j].text, j
	}
	if u, p := a.sentPersonnelSubject(j); p >= 0 {
		return u, p
	}
	return a.openingSubjectAside(v) // "The soldiers Bishkek sent ..., with armoured vehicles, numbered roughly 1,200"
}

// sentPersonnelSubject returns the strong personnel noun near the opening
// of the sentence of j whose participle of sending or posting starts the
// rest of the subject that ends at j: "The gendarmes sent by Paris to
// French Guiana's border now number close to 400", "The Portuguese
// marines stationed in the Gulf of Guinea now number about 250".
func (a *analysis) sentPersonnelSubject(j int) (string, int) {
	toks := a.d.toks
	s := a.d.sents[toks[j].sent]
	for p := s.first; p < j && p <= s.first+4; p++ {
		u, ok := a.strongPersonnelAt(p)
		if !ok {
			continue
		}
		if !sentParticiples.hasToken(&toks[p+1]) && !postedParticiples.hasToken(&toks[p+1]) {
			return "", -1
		}
		for k := p + 2; k <= j; k++ {
			if toks[k].kind == tPunct && toks[k].text != "'s" || toks[k].kind == tNum {
				return "", -1 // one phrase, no count nor clause: not "The troops sent in 2020, who ..."
			}
		}
		return u, p
	}
	return "", -1
}

// unitOwner returns the state that owns the deployed unit at j: its
// possessive ("Kenya's contingent"), its adjective ("the Kenyan
// contingent"), the state or capital after "from" ("the contingent from
// Paris"), or a force of a state named before it in the sentence.
func (a *analysis) unitOwner(j, first int) string {
	toks := a.d.toks
	if o := j - 1; o > first && toks[o].lower == "'s" {
		if c, ok := a.stateAt(o - 1); ok {
			return c
		}
	} else if c, ok := a.stateAt(o); ok {
		return c
	}
	if j+2 < len(toks) && toks[j+1].lower == "from" {
		if c, ok := a.stateAt(j + 2); ok {
			return c
		}
		if m, ok := a.placeStartingAt(j + 2); ok && m.kind == sCapital {
			return m.code // "the contingent from Paris": a capital sends for its state
		}
	}
	return a.forcesNamedBefore(first, j)
}

// unitWindowStart returns the first token where the unit whose size the
// verb at v gives may stand: twelve tokens back, or six before a clause set
// off by commas that ends right before the verb ("Kenya's contingent in
// Somalia, which has borne much of the fighting in the Lower Juba region
// since 2011, stands at about 3,500"). The clause holds no count but a
// year.
func (a *analysis) unitWindowStart(v int) int {
	toks := a.d.toks
	e := v - 1
	for e > 0 && (toks[e].lower == "now" || toks[e].lower == "currently" || toks[e].lower == "still") {
		e--
	}
	if e < 1 || toks[e].text != "," {
		return v - 12
	}
	for c := e - 1; c > 0 && c >= e-30 && toks[c].sent == toks[v].sent; c-- {
		if toks[c].text == ";" || toks[c].kind == tNum && !a.bareYear(c) {
			break
		}
		if toks[c].text == "," {
			return min(c-6, v-12)
		}
	}
	return v - 12
}

// contingentFronted reads the size of a unit that a participle of
// numbering opening the sentence gives before it: "Numbering some 700, the
// Guatemalan contingent in Haiti is the second-largest". The unit heads
// the subject right after the comma.
func (a *analysis) contingentFronted(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if a.isYear(n) || e+2 >= len(toks) || toks[e].text != "," {
		return Troops{}, false
	}
	for j := e + 1; j < len(toks) && j <= e+5 && toks[j].kind == tWord; j++ {
		if deployedUnits.hasToken(&toks[j]) && a.unitHead(j) {
			return a.makeTroops(n, n.lim, a.unitOwner(j, e), toks[j].text, rule), true
		}
	}
	return Troops{}, false
}

// numberingVerbApart returns the index of a verb of numbering ("will
// number", "numbered") that a clause set off by commas parts from the
// number n: "The new unit will number, once it is complete in December,
// some 640 men and women"; "will number once it is complete ..., some
// 640". No other count stands between; it returns -1 when there is none.
func (a *analysis) numberingVerbApart(n number) int {
	toks := a.d.toks
	if n.hedge < 2 || toks[n.hedge-1].text != "," {
		return -1
	}
	s := a.d.sents[toks[n.first].sent]
	for j := n.hedge - 2; j > s.first && j >= n.hedge-30; j-- {
		if numberingVerbs.hasToken(&toks[j]) || a.willNumber(j) {
			return j
		}
		if toks[j].kind == tNum || toks[j].text == ";" {
			return -1
		}
	}
	return -1
}

// unitHead reports the unit word at j as the head of its noun phrase, the
// subject whose size a verb gives: "the new unit, ...", "the training
// mission at Taji", not "vehicle unit sales totalled 1,751,000".
func (a *analysis) unitHead(j int) bool {
	w := a.d.toks[j].lower
	if w != "unit" && w != "mission" || j+1 >= len(a.d.toks) {
		return true
	}
	nx := a.d.toks[j+1]
	return nx.kind == tPunct || unitFollowers.hasToken(&nx) || numberingVerbs.hasToken(&nx) || modalVerbs.hasToken(&nx)
}

// unitFollowers may follow a unit word that heads its phrase.
var unitFollowers = closedSet(
	"at", "in", "which", "that", "now", "currently", "then",
	"is", "was", "has", "had", "based", "deployed", "stationed",
)

// willNumber reports the verb "number" after a modal at k ("will
// number"), or after "to" and a word of expecting ("is expected to number
// some 800", "is set to number").
func (a *analysis) willNumber(k int) bool {
	toks := a.d.toks
	if k < 1 || toks[k].lower != "number" {
		return false
	}
	if modalVerbs.hasToken(&toks[k-1]) {
		return true
	}
	return k > 1 && toks[k-1].lower == "to" && expectWords.hasToken(&toks[k-2])
}

// expectWords before "to number" make it a future size: "is expected to
// number".
var expectWords = wordList("expect-word")

// putVerbs put or fix a size before "at": "is estimated at", "set at".
var putVerbs = closedSet("estimated", "put", "reckoned", "set", "capped", "fixed")

// estimatedAt reports "at" after a verb that puts a size, at k: "is
// estimated by officials at around 1,500", "is put at 1,500", or that
// fixes one: "whose strength will be set at 750", "is capped at 900".
func (a *analysis) estimatedAt(k int) bool {
	toks := a.d.toks
	if toks[k].lower != "at" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].sent == toks[k].sent; j-- {
		if putVerbs.hasToken(&toks[j]) {
			return j > 0 && beAux.hasToken(&toks[j-1])
		}
	}
	return false
}

// otherSubjectPut reports a lower-case noun other than a unit, a size or
// personnel as the subject of the verb that puts a size before "at" at k:
// "whose budget will be set at 180" is no unit's size.
func (a *analysis) otherSubjectPut(k int) bool {
	toks := a.d.toks
	j := k - 1
	for j > 0 && j > k-5 && !putVerbs.hasToken(&toks[j]) {
		j-- // "is estimated by officials at": back to the verb
	}
	j--
	for j > 0 && auxWords.hasToken(&toks[j]) {
		j--
	}
	t := &toks[j]
	if t.kind != tWord || t.cap || t.lower == "which" || t.lower == "that" {
		return false
	}
	if _, ok := a.strongPersonnelAt(j); ok {
		return false
	}
	return !deployedUnits.hasToken(t) && !bodySizeNouns.hasToken(t) && !sizeNouns.hasToken(t) && !missionNouns.hasToken(t)
}

// forcesNamedBefore returns the state of a force named before the unit
// word at j in its sentence: "The Operational Group of Russian Forces, as
// the contingent is formally known, numbers 1,500".
func (a *analysis) forcesNamedBefore(first, j int) string {
	for k := first + 1; k < j; k++ {
		if _, ok := a.strongPersonnelAt(k); !ok {
			continue
		}
		if c, ok := a.stateAt(k - 1); ok && c != "" {
			return c
		}
	}
	return ""
}

// personnelTotals give the size of the personnel before them as
// "number" does: "Burundian troops in Somalia now total fewer than 2,000"
// (ht1).
var personnelTotals = wordList("personnel-total")

// numberingVerbs give the size of what they follow: "numbers 1,410".
var numberingVerbs = wordList("numbering-verb")

// deployedUnits name personnel deployed as a unit of a state.
var deployedUnits = wordList("deployed-unit")

// ruleTroopTable names a row of a table of contingents.
const ruleTroopTable = "contingent-table"

// tableRowTroops reads a row of a table of contingents: a line that holds
// only a state's name and a number ("Ghana 829", "Ghana: 829", "Ghana –
// 829") under a line that ends with a colon and names personnel or a
// force's strength ("its military strength was made up as follows:"),
// with only such rows, or rows of another label and a number ("Other
// contributors 96"), between. The state of the row sends the personnel.
// A table of the dead ("deaths by region:") or of regions is none.
func (a *analysis) tableRowTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	p := int(toks[n.first].para)
	code, ok := a.tableRow(p)
	if !ok || n.hedge != a.tableRowNumber(p) {
		return Troops{}, false
	}
	for q := p - 1; q >= 0 && q >= p-30; q-- {
		if a.tableRowNumber(q) >= 0 { // a row, of a state or not
			continue
		}
		if !a.troopTableHeader(q) {
			return Troops{}, false
		}
		t := a.makeTroops(n, n.lim, code, "troops", rule)
		t.Start = int(toks[a.d.paras[p].first].start)
		return t, true
	}
	return Troops{}, false
}

// tableRow returns the state of a line that holds only a state's name,
// a colon or a dash, and a number.
func (a *analysis) tableRow(p int) (string, bool) {
	par := a.d.paras[p]
	m, ok := a.placeStartingAt(par.first)
	if !ok || !m.state || m.kind == sAdjective || m.possessive {
		return "", false
	}
	r := a.tableRowNumber(p)
	j := m.lim
	if j < par.lim && isRowMark(a.d.toks[j].text) {
		j++
	}
	return m.code, r >= 0 && j == r
}

// tableRowNumber returns the first token of the number that ends a short
// line of a table, after at most four words of its label ("Other
// contributors 96", "Ghana: 829"), else -1.
func (a *analysis) tableRowNumber(p int) int {
	toks := a.d.toks
	par := a.d.paras[p]
	if par.lim-par.first < 2 || par.lim-par.first > 7 || toks[par.first].kind != tWord || !toks[par.first].cap {
		return -1
	}
	for j := par.first + 1; j < par.lim; j++ {
		if toks[j].kind != tNum {
			if toks[j].kind != tWord && !isRowMark(toks[j].text) {
				return -1
			}
			continue
		}
		n, ok := a.d.parseNumber(j)
		if !ok || n.lim != par.lim || n.hedge != j || a.isYear(n) {
			return -1
		}
		return j
	}
	return -1
}

// isRowMark reports a mark between a row's label and its number.
func isRowMark(s string) bool {
	return s == ":" || s == "-" || s == "–" || s == "—"
}

// troopTableHeader reports a line that ends with a colon and names
// personnel or the strength of a force, and no dead or hurt.
func (a *analysis) troopTableHeader(p int) bool {
	par := a.d.paras[p]
	if par.lim == par.first || a.d.toks[par.lim-1].text != ":" {
		return false
	}
	return a.troopHeaderIn(par.first, par.lim)
}

// publishedAt reports a word of captivity ("released") right after a
// noun of a published account: "Figures released by the mission give the
// strength of its contingents:" publishes them; no one was freed.
func (a *analysis) publishedAt(k int, kinds deathKinds) bool {
	return kinds&^(1<<dHurt) == 0 && k > 0 && publicationNouns.hasToken(&a.d.toks[k-1])
}

// publicationNouns name a published account of figures: "figures", "data".
var publicationNouns = wordList("publication-noun")

// tableHeads name what a table or list of contingents counts.
var tableHeads = wordList("table-head")

// forceStrong reads a force's size given as a number and "strong" after
// the force: "Britain's contingent in Estonia, currently 900 strong,",
// "a force 1,000 strong", "The brigade, some 5,000 strong, will deploy",
// "Egypt's contingent, some 900-strong,".
// The state is the force's owner ("Britain's contingent"), else the one
// the clause gives.
func (a *analysis) forceStrong(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	from, end, paired := a.strongFigureAt(n)
	if from < 0 || a.isYear(n) {
		return Troops{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	for j := from; j >= s.first && j >= from-9; j-- {
		w := toks[j].lower
		if toks[j].kind == tNum || w == ";" {
			return Troops{}, false
		}
		if toks[j].kind != tWord || !a.strongSizedAt(j) && !a.weakStrongAt(j, n) && !a.sizedBodyApposed(j, n) {
			continue
		}
		country := ""
		if o := a.strongSizedStart(j) - 1; o > s.first && toks[o].lower == "'s" {
			country, _ = a.stateAt(o - 1) // "Britain's contingent"
		} else if c, ok := a.stateAt(o); ok {
			country = c // "the British contingent"
		} else if c, ok := a.senderAfterFromAt(j + 1); ok {
			country = c // "The contingent from Dhaka, 1,350 strong,"
		}
		if paired && a.jointStatesBefore(a.strongSizedStart(j)) {
			country = "" // "the Japanese and Philippine troops, 1,100 and 900 strong": no one sender
		} else if country == "" {
			country = a.troopCountry(n.first, end, false)
		}
		return a.makeTroops(n, end, country, a.d.text[toks[a.strongSizedStart(j)].start:toks[j].end], rule), true
	}
	return a.itStrong(n, end, rule)
}

// itStrong reads "It will be some 850 strong" whose "It" opens the
// sentence after one that deploys a unit: "Lusaka has promised the
// mission another battalion." The state is the one that deploys it.
func (a *analysis) itStrong(n number, end int, rule string) (Troops, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	if w := toks[s.first].lower; w != "it" && w != "they" || s.first+4 < n.hedge {
		return Troops{}, false
	}
	unit, at := a.deployedUnitBefore(n.first)
	if unit == "" {
		return Troops{}, false
	}
	country, _ := a.deployerState(a.d.sents[toks[at].sent].first, at)
	return a.makeTroops(n, end, country, unit, rule), true
}

// strongSizedAt reports a noun at j whose size "N strong" after it gives:
// a force's noun, not a standing force's ("the army, 80,000 strong" is its
// size), "group" only as a unit's ("a battle group, 1,000 strong"; "the
// group, 200 strong" is any crowd), or a strong personnel noun ("blue
// helmets in Bentiu, 850 strong").
func (a *analysis) strongSizedAt(j int) bool {
	toks := a.d.toks
	w := toks[j].lower
	if u := singularForceNoun(w); u != "" {
		w = u // "the two battalions, 600 and 500 strong"
	}
	if w == "group" {
		return j > 0 && unitMods.hasToken(&toks[j-1])
	}
	if forceNouns.has(w) {
		return !standingForces.has(w)
	}
	return a.strongPersonnelEndsAt(j)
}

// strongSizedStart returns the first token of the noun that ends at j: of
// a personnel noun of words ("blue helmets"), else of the unit's noun past
// its modifiers ("battle group", "infantry battalion").
func (a *analysis) strongSizedStart(j int) int {
	toks := a.d.toks
	for s := max(0, j-2); s < j; s++ {
		if vals, lim := a.lx.personnel.match(toks, s, true); lim == j+1 && !a.lx.personnelWeak[vals[0]] {
			return s
		}
	}
	for j > 0 && unitMods.hasToken(&toks[j-1]) && !toks[j-1].cap {
		j--
	}
	return j
}

// ruleTroopDemonym names figures of a state's contingent called by its
// adjective alone: "The Danish 60 arrived on Monday".
const ruleTroopDemonym = "the-adjective-number"

// demonymTroops reads a bare number right after "the" and a state's
// adjective, once personnel are named in the sentence or the one before:
// "Three Nordic states sent soldiers to the exercise. The Danish 60 arrived
// on Monday, the Norwegian 45 a day later". The number's clause must move
// them ("arrived", "will leave"), or continue a figure read just before in
// the sentence without a verb of its own ("the Norwegian 45 a day later");
// "the Danish 60 tanks" and "the Danish 60 voted" are none.
func (a *analysis) demonymTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || k >= len(a.placeAt) || a.placeAt[k] < 0 || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.kind != sAdjective || m.lim != n.hedge || m.first < 1 || toks[m.first-1].lower != "the" {
		return Troops{}, false
	}
	unit, _ := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" || !a.demonymFigureMoves(n) || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, m.code, unit, rule), true
}

// demonymFigureMoves reports a verb of movement after number n, past
// auxiliaries ("arrived", "will leave"), or a gapped clause with no verb
// after a figure read before in the sentence ("..., the Norwegian 45 a
// day later", "..., the Dutch 80 by bus").
func (a *analysis) demonymFigureMoves(n number) bool {
	toks := a.d.toks
	e := a.pastAuxiliaries(n)
	if e < len(toks) && toks[e].sent == toks[n.first].sent && movedVerbs.hasToken(&toks[e]) {
		return true
	}
	if a.lastFigure.sent != int(toks[n.first].sent) || a.lastFigure.unit == "" || e != n.lim {
		return false
	}
	return e >= len(toks) || toks[e].sent != toks[n.first].sent || toks[e].kind == tPunct ||
		toks[e].lower == "a" || toks[e].lower == "an" || ellipsisEnds.hasToken(&toks[e])
}

// pastAuxiliaries returns the token after the number n past at most three
// words of a verb chain ("would", "will be"), not past "to": the verb of
// what the figure's people do ("40 would leave", "the Danish 60 arrived").
func (a *analysis) pastAuxiliaries(n number) int {
	toks := a.d.toks
	e := n.lim
	for lim := e + 3; e < len(toks) && e < lim && verbChain.hasToken(&toks[e]) && toks[e].lower != "to"; e++ {
	}
	return e
}

// ruleTroopSaidMoves names bare figures a state says will move: "Vilnius
// said 40 would leave in May".
const ruleTroopSaidMoves = "state-said-number-moves"

// saidNumberMoves reads a bare number that a state, by name or capital,
// says will move, once personnel are named in the sentence or the one
// before: "Lithuania will add soldiers to the coalition; Vilnius said 40
// would leave in May". The verb of movement comes after an auxiliary and
// ends its clause or opens a place or time ("leave in May", "arrive."),
// so "said 40 would leave the army" is none.
func (a *analysis) saidNumberMoves(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "said" && toks[k].lower != "says" || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	c, ok := a.stateAt(k - 1)
	if !ok {
		return Troops{}, false
	}
	e := a.pastAuxiliaries(n)
	if e == n.lim || e >= len(toks) || toks[e].sent != toks[n.first].sent || !movedVerbs.hasToken(&toks[e]) {
		return Troops{}, false
	}
	if f := e + 1; f < len(toks) && toks[f].sent == toks[n.first].sent && toks[f].kind != tPunct && !ellipsisEnds.hasToken(&toks[f]) {
		return Troops{}, false // "40 would leave the army"
	}
	if f := e + 1; f+1 < len(toks) && (toks[f].lower == "to" || toks[f].lower == "into") && !a.placeAfterTo(f) {
		return Troops{}, false // "120 will return to school"
	}
	unit, _ := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" || a.isCasualty(n.hedge, e+1) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, c, unit, rule), true
}

// placeAfterTo reports a place or a mission after "to" at f: "return to
// Ghana", "go to the UN mission"; "return to school" is none.
func (a *analysis) placeAfterTo(f int) bool {
	if _, ok := a.placeCodeAt(f + 1); ok {
		return true
	}
	return a.toMission(f)
}

// ruleTroopFromStates names a mission's strength drawn from many states:
// "it had 390 from 22 countries".
const ruleTroopFromStates = "has-number-from-states"

// fromStatesTroops reads a bare number that a mission ("it", "the
// mission") has, drawn "from N countries", once personnel are named in the
// sentence or the one before: "The EU training mission once counted some
// 700 personnel. At its close it had 390 from 22 countries". No one state
// sends them.
func (a *analysis) fromStatesTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, e := n.hedge-1, n.lim
	if k < 1 || !haveAux.hasToken(&toks[k]) || e+2 >= len(toks) || toks[e].lower != "from" || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if toks[e+1].kind != tNum && !mayBeNumber(&toks[e+1]) {
		return Troops{}, false
	}
	if w := toks[e+2].lower; w != "countries" && w != "nations" && w != "states" {
		return Troops{}, false
	}
	if s := &toks[k-1]; s.lower != "it" && !missionNouns.hasToken(s) {
		return Troops{}, false // "the summit had 390 from 22 countries": no force
	}
	unit, _ := a.nearbyPersonnel(n.first, n.lim)
	if unit == "" {
		return Troops{}, false
	}
	return a.makeTroops(n, e+3, "", unit, rule), true
}
