package extract

import (
	"slices"
	"strings"
)

// ruleTroopInlineList names an item of a list of contingents written in
// one sentence after a colon.
const ruleTroopInlineList = "contingent-list"

// inlineListTroops reads an item of a list of contingents run on in one
// sentence after a colon: "Contributions: Ghana, 870; India, 590",
// "Offers: Kenya, 1,000; Chad, 500", "Strength in June: Nepal 870 | Italy
// 1,050". Each item is a state's name, an optional comma and a number,
// ended by ";", "|" or the sentence's end; the items run back to the
// colon, and the words before the colon name personnel or what such a
// list counts (troopTableHeader's words, or contributions, pledges,
// offers), and no dead or hurt. The item's state sends the personnel.
func (a *analysis) inlineListTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	if !a.listItemEnds(n.lim, int(toks[n.first].sent)) || a.isYear(n) {
		return Troops{}, false
	}
	code, first, ok := a.listItemState(n.hedge)
	if !ok {
		return Troops{}, false
	}
	sentFirst := a.d.sents[toks[n.first].sent].first
	for k := first - 1; k > sentFirst; k-- {
		switch {
		case toks[k].text == ":":
			if !a.troopHeaderIn(sentFirst, k) {
				return Troops{}, false
			}
			return a.makeTroops(n, n.lim, code, "troops", rule), true
		case toks[k].text == ";" || toks[k].text == "|" || toks[k].text == "," || toks[k].lower == "and" || toks[k].kind == tNum:
		default:
			if _, ok := a.stateAt(k); !ok || a.places[a.placeAt[k]].kind == sAdjective || a.places[a.placeAt[k]].possessive {
				return Troops{}, false
			}
		}
	}
	return Troops{}, false
}

// listItemEnds reports the end of an item of a run-on list at e: ";",
// "|", a full stop, the end of the sentence sent, or "," or "and" before
// the next item's state.
func (a *analysis) listItemEnds(e, sent int) bool {
	toks := a.d.toks
	if e >= len(toks) || int(toks[e].sent) != sent {
		return true
	}
	switch toks[e].text {
	case ";", "|", ".":
		return true
	case ",", "and":
		_, ok := a.stateAt(e + 1) // "Ghana, 450, Nigeria, 320": the next item's state
		if !ok && toks[e].text == "," && e+1 < len(toks) && toks[e+1].lower == "and" {
			_, ok = a.stateAt(e + 2) // "..., and Kenya, 140"
		}
		return ok
	}
	return false
}

// listItemState returns the state named just before the number whose
// hedge starts at h, past an optional comma, with the first token of its
// name, when a list's separator (":", ";", "|") comes before the name, or
// "and" after one: "...; Egypt, 1,091; and Djibouti, 1,520".
func (a *analysis) listItemState(h int) (string, int, bool) {
	toks := a.d.toks
	k := h - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 1 || a.placeAt[k] < 0 {
		return "", 0, false
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.lim != k+1 || m.kind == sAdjective || m.possessive || m.first < 1 {
		return "", 0, false
	}
	j := m.first - 1
	if toks[j].lower == "and" && j > 0 {
		j-- // the last item
	}
	switch {
	case toks[j].text == ":" || toks[j].text == ";" || toks[j].text == "|":
		return m.code, j + 1, true
	case j > 0 && toks[j].text == "," && toks[j-1].kind == tNum, j < m.first-1 && toks[j].kind == tNum:
		return m.code, m.first, true // "Ghana, 450, Nigeria, 320 and Kenya, 140": a comma or "and" after the last item's number
	}
	return "", 0, false
}

// troopHeaderIn reports words from first to lim that name personnel or
// what a list of contingents counts, and no dead or hurt.
func (a *analysis) troopHeaderIn(first, lim int) bool {
	toks := a.d.toks
	troop := false
	for k := first; k < lim; k++ {
		if kinds, _ := a.deathKindsAt(k); kinds != 0 && !a.publishedAt(k, kinds) {
			return false
		}
		_, strong := a.strongPersonnelAt(k)
		troop = troop || strong || tableHeads.hasToken(&toks[k])
	}
	return troop
}

// ruleTroopRecruited names the people of another state that a state
// hires into its forces, counted with no personnel noun.
const ruleTroopRecruited = "recruited-nationals"

// recruitedNationals reads a number right after a verb of hiring whose
// subject is a state, when the people hired are named by another state's
// plural ("Russia has enlisted at least 1,500 Nepalis since 2022") or as
// "of its nationals" ("Moscow has recruited about 130 of its
// nationals"): the hiring state holds them.
func (a *analysis) recruitedNationals(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k, e := n.hedge-1, n.lim
	if k < 1 || e+1 >= len(toks) || !hiringVerbs.hasToken(&toks[k]) || a.isYear(n) {
		return Troops{}, false
	}
	own, lim := "", e
	if m, ok := a.statePluralAt(e); ok {
		own, lim = m.code, m.lim // "1,500 Nepalis"
	} else if e+2 < len(toks) && toks[e].lower == "of" && (toks[e+1].lower == "its" || toks[e+1].lower == "their") && nationalNouns.hasToken(&toks[e+2]) {
		lim = e + 3 // "130 of its nationals"
	} else {
		return Troops{}, false
	}
	if lim < len(toks) && toks[lim].kind == tWord && !toks[lim].cap && !afterNationals.hasToken(&toks[lim]) {
		return Troops{}, false // "1,500 Nepali workers" are workers
	}
	if lim+1 < len(toks) && toks[lim].lower == "to" && !fightVerbs.hasToken(&toks[lim+1]) || !a.warInParagraph(n.first) {
		return Troops{}, false // "Qatar hired 2,000 Nepalis to build stadiums"
	}
	c, ok := a.verbSubjectState(a.figureClauseStart(n.first), n.first, hiringVerbs.words())
	if !ok || c == "" || c == own {
		return Troops{}, false
	}
	return a.makeTroops(n, lim, c, toks[lim-1].text, rule), true
}

// ruleTroopServing names figures of a state's people, named by
// its plural, that serve in a force: "the 4,500 Ugandans serving with the
// mission".
const ruleTroopServing = "nationals-serving"

// nationalsServing reads a number right before a state's plural and a word
// of service ("serving", "deployed", "stationed") with a mission or in a
// place, in a paragraph of war or personnel: "Of the 4,500 Ugandans serving
// with the mission", "some 2,000 Kenyans deployed in Somalia". The state is
// theirs. "2,000 Kenyans living in Somalia" and "300 Britons based in
// Dubai" in a paragraph of trade are none.
func (a *analysis) nationalsServing(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	m, ok := a.statePluralAt(n.lim)
	if !ok || a.isYear(n) {
		return Troops{}, false
	}
	e := m.lim
	if e+1 >= len(toks) || toks[e].sent != toks[n.first].sent || !postedParticiples.hasToken(&toks[e]) && toks[e].lower != "serving" {
		return Troops{}, false
	}
	switch toks[e+1].lower {
	case "with":
		ok = a.withMission(e+2) || a.withForce(e+2) // "serving with the mission", "with the brigade"
	case "in", "under", "at", "on", "along":
		ok = true
	default:
		ok = false
	}
	if !ok || !a.warInParagraph(n.first) || a.isCasualty(n.hedge, e+1) {
		return Troops{}, false
	}
	return a.makeTroops(n, m.lim, m.code, toks[m.lim-1].text, rule), true
}

// statePluralAt returns a state's adjective that opens at k, capitalised,
// in the plural: its people, "Ugandans", "South Koreans".
func (a *analysis) statePluralAt(k int) (placeMention, bool) {
	m, ok := a.placeStartingAt(k)
	if !ok || !m.state || m.kind != sAdjective || !a.d.toks[k].cap || !strings.HasSuffix(a.d.toks[m.lim-1].lower, "s") {
		return placeMention{}, false
	}
	return m, true
}

// withForce reports a force's noun at k past a determiner and up to two
// modifiers: "with the brigade", "with the regional force".
func (a *analysis) withForce(k int) bool {
	toks := a.d.toks
	if k < len(toks) && determiners.hasToken(&toks[k]) {
		k++
	}
	for lim := k + 3; k < len(toks) && k < lim && toks[k].kind == tWord; k++ {
		if forceNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// nationalNouns name a state's people: "of its nationals".
var nationalNouns = wordList("national-noun")

// afterNationals may follow the people hired: a preposition, a
// conjunction or a time word ends their phrase.
var afterNationals = closedSet(
	"since", "in", "to", "for", "from", "as", "last", "this",
	"over", "into", "and", "who", "with", "on", "at", "during",
)

// fightVerbs after "to" make the people hired fighters: "to fight".
var fightVerbs = wordList("fight-verb")

// warInParagraph reports personnel, a force or a word of war in the
// paragraph of token i: the hiring it tells is into armed forces.
func (a *analysis) warInParagraph(i int) bool {
	toks := a.d.toks
	p := a.d.paras[toks[i].para]
	for k := p.first; k < p.lim; k++ {
		if _, ok := a.strongPersonnelAt(k); ok || forceNouns.hasToken(&toks[k]) || warWords.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// warWords name war and fighting: "the war", "fighting for Russia".
var warWords = wordList("war-word")

// colonFigure reads a bare number right after a colon whose words name
// personnel and no dead or hurt: "Soldiers sent by Egypt to the new force
// so far: 1,091, according to the mission", "Troops deployed: about
// 4,000." The number ends its clause.
func (a *analysis) colonFigure(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	sent := int(toks[n.first].sent)
	if k < 1 || toks[k].text != ":" || a.isYear(n) || !a.listItemEnds(n.lim, sent) && toks[n.lim].text != "," {
		return Troops{}, false
	}
	first := a.d.sents[sent].first
	personnel, deploys := false, false
	for j := first; j < k; j++ {
		if _, ok := a.strongPersonnelAt(j); ok && (j+1 >= k || toks[j+1].lower != "'s") {
			personnel = true // not "a soldier's rations"
		}
		w := toks[j].lower
		deploys = deploys || deployVerbs.has(w) || troopVerbs.has(w) && w != "has" && w != "have" || missionNouns.has(w)
	}
	// "Soldiers in the army: 80,000" is a strength: the header sends or
	// deploys them, or names a mission
	if !personnel || !deploys || !a.troopHeaderIn(first, k) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, a.troopCountry(first, k, false), "troops", rule), true
}

// listedState reads the state of a figure n in a list of bare numbers that
// share the last one's personnel, after a list of states in the clause:
// "Ghana, Nigeria, Niger and Chad will send 100, 200, 300 and 400
// soldiers" pairs them in order, as "respectively" does. When the two
// lists differ in length no state is told ("Ghana, Nigeria and Chad will
// send 100 and 200 soldiers"). ok is false when n is in no such list, or
// fewer than two states stand before it.
func (a *analysis) listedState(n number) (string, bool) {
	nums := a.numberChain(n)
	if len(nums) < 2 {
		return "", false
	}
	states := a.coordinatedStatesBefore(nums[0])
	if len(states) < 2 {
		return "", false
	}
	if len(states) != len(nums) {
		return "", true
	}
	for i, f := range nums {
		if f == n.first {
			return states[i], true
		}
	}
	return "", false
}

// numberChain returns the first tokens of the bare numbers joined by ","
// and "and" (with hedges) around n in its sentence: "100, 200, 300 and
// 400". A range "between 3,000 and 4,000" is none.
func (a *analysis) numberChain(n number) []int {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	var nums []int
	var last number
	for k := s.first; k < s.lim; k++ {
		if toks[k].kind != tNum {
			continue
		}
		m, ok := a.d.parseNumber(k)
		if !ok || a.isYear(m) || m.age {
			nums = nil
			continue
		}
		if len(nums) > 0 && !a.numbersJoined(last, m) {
			if m.first > n.first {
				break
			}
			nums = nil
		}
		if len(nums) == 0 && m.hedge > s.first && (toks[m.hedge].lower == "between" || toks[m.hedge-1].lower == "between" || toks[m.hedge-1].lower == "from") {
			m.first = -1 // a range's lower bound opens no list
		}
		nums, last = append(nums, m.first), m
		k = m.lim - 1
	}
	if len(nums) == 0 || nums[0] < 0 || !slices.Contains(nums, n.first) {
		return nil
	}
	return nums
}

// numbersJoined reports two numbers with only ",", "and" and hedges
// between them.
func (a *analysis) numbersJoined(m, n number) bool {
	for k := m.lim; k < n.hedge; k++ {
		if w := a.d.toks[k].lower; w != "," && w != "and" {
			return false
		}
	}
	return n.hedge > m.lim
}

// coordinatedStatesBefore returns the states of the last list of states,
// joined by ",", "and" and "the", in the clause before the token first.
func (a *analysis) coordinatedStatesBefore(first int) []string {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	var states []string
	gap := false  // a word other than the joiners since the last state
	host := false // the list opens after "in": places where personnel are
	for k := s.first; k < first; k++ {
		if m, ok := a.placeStartingAt(k); ok && m.state {
			if gap || len(states) == 0 {
				states, host = nil, k > 0 && hostPrepositions[toks[k-1].lower] && !toks[k-1].cap
			}
			states, gap = append(states, m.code), false
			k = m.lim - 1
			continue
		}
		if w := toks[k].lower; w != "," && w != "and" && w != "the" {
			gap = true
		}
	}
	if host {
		return nil // "its bases in Senegal and Ivory Coast, where it had 350 and 600 troops"
	}
	return states
}

// hostPrepositions before a list of states make them places, not senders.
var hostPrepositions = map[string]bool{"in": true, "at": true, "inside": true}
