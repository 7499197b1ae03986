package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// placeMention is a gazetteer match in the text: a state by name, alias,
// adjective or capital, or a place inside a state.
type placeMention struct {
	first, lim int
	code       string
	kind       surfaceKind
	state      bool     // counts as a mention of the state itself
	possessive bool     // followed by "'s"
	altCodes   []string // states of places with the same name ("Georgia": US)
	shared     []string // other states whose rows list the same form ("Dominican": DM beside DO)
	homonyms   []string // of a place, the states of other places of its name ("WA": US, AU)
	ambiguous  bool     // the matched form needs context ("Jordan", "Georgia")
	nameWord   bool     // a place's name that is a word of a person's ("Florence Eshalomi", "Steve Vaughan")
	titledName bool     // a town's name that opens a titled person's ("Defence Minister Aden Duale")
}

// agentWords after a capital show it stands for its government:
// "Washington said", "Moscow has", "the Kabul government".
var agentWords = wordList("agent")

// appealVerbs take a capital standing for its government after "to".
var appealVerbs = wordList("appeal-verb")

// compoundSuffixes make "Iran-backed", "Saudi-led" mentions of the state.
var compoundSuffixes = wordList("compound-suffix")

// geoFeatures after a state's name or adjective make it part of a place name
// ("Indian Ocean", "English Channel"), not a mention of the state.
var geoFeatures = wordList("geo-feature")

// demonymThings are nouns a state's adjective names a thing with: "Russian
// roulette", "French fries".
var demonymThings = wordList("demonym-thing")

// ambiguousThings are nouns that a demonym which needs context ("Dane",
// "Finn") names a thing with: "Dane guns", "a Finn dinghy".
var ambiguousThings = wordList("ambiguous-thing")

// capitalCompounds after a capital's hyphen make it stand for its
// government: "Moscow-backed", not "London-based".
var capitalCompounds = wordList("capital-compound")

// regionPrefixes before "America" name a region: "Latin America".
var regionPrefixes = wordList("region-prefix")

// officeRanks after a capital make it its state acting, as a role's head
// does: "Washington Gov. NAME".
var officeRanks = wordList("office-rank")

// stateNouns after a state's adjective describe some state without naming
// it: "the Central African country".
var stateNouns = wordList("state-noun")

// tagPlaces finds every gazetteer match and decides which ones mention a
// state. Ambiguous forms ("Jordan", "Georgia", "Chad") need support from
// their context; capitals count only where they act for the state.
func (a *analysis) tagPlaces() {
	toks := a.d.toks
	a.placeAt = a.d.tokenMarks()
	a.places = a.d.rooms.places[:0]
	if est := len(toks)/64 + 4; cap(a.places) < est {
		a.places = make([]placeMention, 0, est) // made once rather than grown
	}
	for i := 0; i < len(toks); {
		if k := toks[i].kind; k != tWord && k != tNum {
			i++
			continue
		}
		var vals []int
		lim := 0
		if a.lx.placeTrie.mayStart(&toks[i], false) {
			vals, lim = a.lx.placeTrie.match(toks, i, false)
		}
		if lim == 0 {
			if toks[i].cap { // tagCompound reads only capitalised words: most tokens skip the call
				a.tagCompound(i)
			}
			i++
			continue
		}
		s := a.lx.surfaces[vals[0]]
		// a state's own forms win over places of the same name; of places
		// of one name in two states ("Punjab"), the one in the dateline's
		// state
		dateline := ""
		var homonyms []string
		for _, v := range vals {
			if a.lx.surfaces[v].kind != sPlace {
				s = a.lx.surfaces[v]
				homonyms = nil
				break
			}
			if len(vals) > 1 && dateline == "" {
				dateline = a.datelineState()
			}
			if len(vals) > 1 && dateline == "" {
				homonyms = append(homonyms, a.lx.surfaces[v].code)
			}
			if dateline != "" && a.lx.surfaces[v].code == dateline {
				s = a.lx.surfaces[v]
			}
		}
		m := placeMention{first: i, lim: lim, code: s.code, kind: s.kind, ambiguous: s.ambiguous, homonyms: homonyms}
		if s.kind != sPlace {
			for _, v := range vals {
				if o := a.lx.surfaces[v]; o.kind == sPlace && o.code != s.code {
					m.altCodes = append(m.altCodes, o.code)
				} else if o.code != s.code && !slices.Contains(m.shared, o.code) {
					m.shared = append(m.shared, o.code)
				}
			}
		}
		if lim < len(toks) && (toks[lim].lower == "'s" || pluralPossessiveAfter(toks, lim)) {
			m.possessive = true // "Jordan's", "the Philippines' coast guard"
		}
		m.state = s.kind != sPlace
		a.places = append(a.places, m)
		for k := i; k < lim; k++ {
			a.placeAt[k] = int32(len(a.places) - 1)
		}
		i = lim
	}
	a.pickSharedForms()
	a.pickHomonyms()
	a.judgePlaces()
	// a dateline read above, while the places were still being found and
	// judged, is read again from them all (setElsewhere reads them)
	a.placeMemo.dateline = nil
	a.americanNamesakes()
}

// localAreaWords follow a place's name: "Suffolk County", "Roseville police".
var localAreaWords = wordList("local-area")

// americanNamesakes gives the towns of other states that American copy
// set among American places names as a local government's ("Portsmouth
// Police Captain NAME" in a story from Ohio, "York City Police Sgt.",
// "Halifax County Sheriff") to the United States, in every mention: a
// namesake town there, not the English one. A town whose state the story
// names, or the dateline's, keeps it. A dateline in the United States
// makes the copy American and sets it there.
func (a *analysis) americanNamesakes() {
	dateline := a.datelineState()
	if dateline != "US" && (dateline != "" || a.styleCountry() != "US") {
		return
	}
	named, american := map[string]bool{}, dateline == "US"
	for _, m := range a.places {
		named[m.code] = named[m.code] || m.state
		american = american || m.kind == sPlace && m.code == "US"
	}
	toks := a.d.toks
	for pi := range a.places {
		m := &a.places[pi]
		if m.kind != sPlace || m.code == "US" || named[m.code] || m.lim >= len(toks) || !localAreaWords.hasToken(&toks[m.lim]) {
			continue // "King George III of England" is no namesake
		}
		if !american && toks[m.lim].lower != "county" {
			continue // but "York County", in American copy, is: the English write "County Durham"
		}
		for pj := range a.places {
			if a.places[pj].code == m.code && strings.EqualFold(a.placeText(&a.places[pj]), a.placeText(m)) {
				a.places[pj].code = "US" // "Portsmouth Police ... in Portsmouth"
			}
		}
	}
}

// judgePlaces marks the place mentions that are words of a person's name
// and takes the state away from the matches that do not name one: parts
// of longer names, surnames, bodies, homonyms, capitals that do not act.
func (a *analysis) judgePlaces() {
	region, city := a.datelineRegionState(), a.datelineCity()
	for pi := range a.places {
		m := &a.places[pi]
		if (m.kind == sPlace || m.kind == sCapital) && region != "" && region != m.code && strings.EqualFold(a.placeText(m), city) {
			m.code, m.state = region, false // "BRISTOL, Tenn. ... Bristol Police Chief NAME": the dateline's town
		}
		if m.kind == sPlace || m.kind == sCapital || m.kind == sName {
			m.titledName = a.townOpensTitledName(m) || a.townOpensCommaTitledName(m) || a.stateOpensCommaHolderName(m) // "Spokesperson Israel Butler"
		}
		if m.kind == sPlace {
			m.nameWord = m.titledName || a.opensPersonName(m) || a.endsPersonName(m) || a.streetName(m) && a.placedOffStreet(m)
		}
		if m.state {
			a.judgeState(m)
		}
	}
	a.surnamePlaces()
}

// judgeState takes the state away from a state's match that does not name
// it, or makes it the place of another state it names ("Georgia" among
// Atlanta and Charleston: the US state).
func (a *analysis) judgeState(m *placeMention) {
	switch {
	case m.titledName, a.streetName(m), a.opensCareInstitution(m), a.partOfLargerName(m), a.surnameOfTitled(m), a.sectionOfNamedBody(m), a.opensNamedBody(m),
		a.endsPersonName(m),       // "Lisa Monaco", "Ted Czech"
		a.titledSurnameOfNamed(m), // "Brigadier Monaco" after "Salvatore Monaco"
		a.languageNamed(m),        // "he said in French."
		a.localHomonym(m):
		m.state = false
		return
	}
	if c := a.agencyStateOfCapital(m); c != "" {
		m.code, m.state, m.kind = c, false, sPlace // "Victoria Police": Australia's, not Seychelles'
		return
	}
	if alt := a.homonymPlace(m); alt != "" {
		m.code, m.state, m.kind = alt, false, sPlace
		return
	}
	if m.kind == sCapital && !a.capitalActs(m) && !a.capitalPairActs(m) || m.ambiguous && !a.ambiguousStateSupported(m) {
		m.state = false
	}
}

// pickHomonyms gives a place whose name places of several states share
// ("WA": Washington State and Western Australia), in a story with no
// dateline to decide, the state of those places that the article's other
// places and states name most ("WA Premier ... in Perth" is Australian).
func (a *analysis) pickHomonyms() {
	var count map[string]int
	for pi := range a.places {
		m := &a.places[pi]
		if len(m.homonyms) == 0 {
			continue
		}
		if count == nil {
			count = map[string]int{}
			for _, o := range a.places {
				if len(o.homonyms) == 0 && o.code != "" {
					count[o.code]++
				}
			}
		}
		for _, c := range m.homonyms {
			if count[c] > count[m.code] {
				m.code = c
			}
		}
	}
}

// tagCompound marks "Iran-backed", "Saudi-led": one token whose head is a
// state's name or adjective.
func (a *analysis) tagCompound(i int) {
	t := &a.d.toks[i]
	if !t.cap {
		return // most tokens: no need to look for a hyphen
	}
	hy := hyphenAt(t.text)
	if hy >= 0 && !compoundSuffixes.has(strings.ToLower(t.text[hy+1:])) {
		a.tagStatePair(i, hy)
		return
	}
	if hy < 0 {
		return
	}
	for first := i; first >= 0 && first >= i-2; first-- {
		if first < i && !a.compoundHeadWord(first, i) {
			return
		}
		if a.tagCompoundHead(first, i, a.d.text[a.d.toks[first].start:int(t.start)+hy]) {
			return
		}
	}
}

// compoundHeadWord reports a capitalised word at k that opens, with the
// words up to the hyphen's token i, a state's name of several words:
// "Marshall" of "a Marshall Islands-flagged tanker".
func (a *analysis) compoundHeadWord(k, i int) bool {
	toks := a.d.toks
	return toks[k].kind == tWord && toks[k].cap && toks[k].para == toks[i].para && a.placeAt[k] < 0
}

// tagCompoundHead marks the tokens [first, i] as a mention of the state
// whose name or adjective is h, the head of the compound at i.
func (a *analysis) tagCompoundHead(first, i int, h string) bool {
	toks := tokensOf(h)
	vals, lim := a.lx.placeTrie.match(toks, 0, false)
	if lim != len(toks) || lim != i-first+1 {
		return false
	}
	for _, v := range vals {
		if s := a.lx.surfaces[v]; s.kind != sPlace && !s.ambiguous {
			a.places = append(a.places, placeMention{first: first, lim: i + 1, code: s.code, kind: s.kind, state: true})
			for k := first; k <= i; k++ {
				a.placeAt[k] = int32(len(a.places) - 1)
			}
			return true
		}
	}
	return false
}

// opensPersonName reports a place's name of one word that is also a given
// name, followed by a capitalised word that is no place nor role: "Local MP
// Florence Eshalomi", "Sydney Brenner said" name people, not the cities.
func (a *analysis) opensPersonName(m *placeMention) bool {
	toks := a.d.toks
	if m.lim != m.first+1 || m.lim >= len(toks) || a.lx.givenNames.get(toks[m.first].text) == 0 {
		return false
	}
	n := toks[m.lim]
	return n.para == toks[m.first].para && n.kind == tWord && n.cap && n.spaceBefore && a.placeAt[m.lim] < 0 &&
		a.lx.roleOf(n.lower) == 0 && !commonStarters.hasToken(&n) && !geoFeatures.has(n.text)
}

// streetName reports a place's name that opens a street's: "Oxford
// Drive", "Coventry Ave.", named after a town anywhere.
func (a *analysis) streetName(m *placeMention) bool {
	toks := a.d.toks
	if m.lim >= len(toks) || toks[m.lim].kind != tWord || toks[m.lim].para != toks[m.first].para {
		return false
	}
	return thoroughfares.has(strings.TrimSuffix(toks[m.lim].text, "."))
}

// placedOffStreet reports a place or a state the story names outside a
// street's name, of another state than the street's town: "Oxford Drive"
// in a story that names Tennessee is no English place, but in a story
// that names no other place, its street is the only sign of where it is.
func (a *analysis) placedOffStreet(m *placeMention) bool {
	for pi := range a.places {
		o := &a.places[pi]
		if o.code != m.code && (o.state || o.kind == sPlace && !a.streetName(o)) {
			return true
		}
	}
	return false
}

// thoroughfares after a place's name make it a street's.
var thoroughfares = wordList("thoroughfare")

// placeHeads end the names of places named after people.
var placeHeads = wordList("place-head")

// townOpensTitledName reports a town's, region's or capital's one-word name between a
// role's word and the last word of a capitalised run: the given name of the
// person titled, as "Aden" in "Defence Minister Aden Duale" ("Jordan" and
// "Victoria" are known given names already). A place word, a body word or
// a role last keeps the place ("Mayor Aden Street", "Minister Aden Police").
func (a *analysis) townOpensTitledName(m *placeMention) bool {
	toks := a.d.toks
	if m.lim != m.first+1 || m.first == 0 || m.lim >= len(toks) || !toks[m.first].spaceBefore {
		return false
	}
	p, n := toks[m.first-1], toks[m.lim]
	if p.para != n.para || p.kind != tWord || !p.cap || a.placeAt[m.first-1] >= 0 || a.lx.roleOf(p.lower) == 0 {
		return false
	}
	if n.kind != tWord || !n.cap || !n.spaceBefore || a.placeAt[m.lim] >= 0 || a.lx.roleOf(n.lower) != 0 ||
		commonStarters.hasToken(&n) || geoFeatures.has(n.text) || placeHeads.hasToken(&n) || a.lx.bodyWords[n.lower].kind != "" {
		return false
	}
	e := m.lim + 1 // the run ends with the surname
	return e >= len(toks) || !(toks[e].kind == tWord && toks[e].cap && toks[e].spaceBefore)
}

// endsPersonName reports a place's one-word name written right after a
// given name, as a surname: "Chairman Steve Vaughan" names a man, not the
// Ontario city.
func (a *analysis) endsPersonName(m *placeMention) bool {
	toks := a.d.toks
	if m.lim != m.first+1 || m.first == 0 || !toks[m.first].spaceBefore {
		return false
	}
	p := toks[m.first-1]
	return p.para == toks[m.first].para && p.kind == tWord && p.cap && !p.sentStart && a.placeAt[m.first-1] < 0 &&
		a.lx.givenNames.get(p.text) != 0 && a.lx.roleOf(p.lower) == 0
}

// partOfLargerName reports a match inside a longer proper name: "Indian
// Ocean", "Gulf of Guinea", "Washington Post", "Jordan Peterson", "New Mexico"-like cases the
// gazetteer does not hold.
func (a *analysis) partOfLargerName(m *placeMention) bool {
	toks := a.d.toks
	if a.compoundMention(m) {
		return false // "the Panama-flagged Sea Orchid": the compound closes the state's word
	}
	if m.lim < len(toks) && toks[m.lim].para == toks[m.first].para && geoFeatures.has(toks[m.lim].text) {
		return true
	}
	if a.namedFeatureMention(m) {
		return true // "the Niger river", "in Niger and Kwara states"
	}
	if m.first >= 2 && m.kind == sName && toks[m.first-1].lower == "of" && geoFeatures.has(toks[m.first-2].text) {
		return true // "the Gulf of Guinea", "the Sea of Japan": a sea named after the state
	}
	if m.first > 0 && (toks[m.first].text == "America" || toks[m.first].text == "American" || toks[m.first].text == "Americans") && regionPrefixes.has(toks[m.first-1].text) {
		return true // "Latin America", "South America", "North American markets": a region
	}
	if m.kind != sAdjective && m.first >= 2 && placeParticles.hasToken(&toks[m.first-1]) && !toks[m.first-1].cap &&
		toks[m.first-2].cap && toks[m.first-2].kind == tWord && toks[m.first-2].para == toks[m.first].para {
		return true // "Mocímboa da Praia", "Villa de Lima": a town named with the word
	}
	if m.kind == sCapital && strings.Contains(toks[m.first].text, "-") && m.lim == m.first+1 {
		return false // "the Kremlin-controlled Africa Corps": a compound adjective before a name
	}
	if m.kind == sAdjective {
		// "Egyptian Foreign Minister": adjectives stand before names all the
		// time; "Russian roulette" names a game; "the Irish Guards", "the
		// Swiss Guards" name a regiment of another state's army
		return m.lim < len(toks) && toks[m.lim].para == toks[m.first].para && (demonymThings.hasToken(&toks[m.lim]) || a.guardsRegiment(m))
	}
	if m.first >= 2 && complementPreps.hasToken(&toks[m.first-1]) {
		if k := a.roleKind(m.first - 2); k == rHead || k == rWeak {
			return false // "envoy to Ukraine Kurt Volker": the state, then the name
		}
	}
	if m.lim < len(toks) && toks[m.lim].para == toks[m.first].para && toks[m.lim].cap && toks[m.lim].kind == tWord &&
		!m.possessive && toks[m.lim].spaceBefore {
		n := toks[m.lim]
		// "Israel Defense Forces" and "Kabul government" are fine; a following
		// name is not: "Washington Post", "Jordan Peterson".
		if a.placeAt[m.lim] >= 0 || a.lx.roleOf(n.lower) != 0 || commonStarters.hasToken(&n) {
			return false
		}
		if m.kind == sName || m.kind == sAlias {
			// "Ivory Coast Prime Minister", "Iraq War": only given names and
			// unknown capitalised words make a larger name
			if a.lx.givenNames.get(n.text) != 0 {
				return true
			}
			return m.ambiguous || m.kind == sCapital
		}
		return true
	}
	return false
}

// placeParticles join the words of Romance place names: "Mocímboa da
// Praia", "Santa Cruz de la Sierra".
var placeParticles = closedSet("da", "de", "do", "das", "dos", "del", "di", "du")

// guardsRegiment reports a state's adjective before a capitalised
// "Guards" that closes the name: "the 1st Battalion Irish Guards", "the
// Welsh Guards" are British regiments, "the Swiss Guards" the Vatican's;
// "the Iraqi Republican Guards", "Polish Border Guards" go on past the
// adjective and stay the state's.
func (a *analysis) guardsRegiment(m *placeMention) bool {
	toks := a.d.toks
	if toks[m.lim].text != "Guards" || toks[m.lim].sentStart {
		return false
	}
	e := m.lim + 1
	return e >= len(toks) || !toks[e].cap || toks[e].sentStart || toks[e].kind != tWord
}

// sectionOfNamedBody reports a state's name closing a title-cased name
// whose capitalised function word marks it as a body's: "Mothers Against
// Drunk Driving Canada", "Doctors Without Borders Canada" are national
// sections, not the state ("Global Affairs Canada", a department, is).
func (a *analysis) sectionOfNamedBody(m *placeMention) bool {
	toks := a.d.toks
	if m.kind != sName {
		return false
	}
	words, marked := 0, false
	for k := m.first - 1; k >= 0 && toks[k].para == toks[m.first].para && toks[k].kind == tWord && toks[k].cap && toks[k+1].spaceBefore; k-- {
		words++
		marked = marked || bodyNameJoiners.hasToken(&toks[k]) && !toks[k].sentStart
		if toks[k].sentStart {
			break
		}
	}
	return words >= 2 && marked
}

// opensNamedBody reports a state's name that opens a title-cased name
// ending in a body noun such as "Association": "Japan Football
// Association", "the Korea Football Association's president" name a
// sport's body, whose officials hold no state's office.
func (a *analysis) opensNamedBody(m *placeMention) bool {
	toks := a.d.toks
	if m.kind != sName && m.kind != sAlias {
		return false
	}
	for k := m.lim; k < len(toks) && k < m.lim+3 && toks[k].para == toks[m.first].para && toks[k].kind == tWord && toks[k].cap && toks[k].spaceBefore; k++ {
		if k > m.lim && namedBodyEnds.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// opensCareInstitution reports a state's name or adjective opening a
// hospital's name: "Jamaica Hospital", "U.K. Medical Center", "Norwegian
// American Hospital", places where the injured are taken, not the state.
func (a *analysis) opensCareInstitution(m *placeMention) bool {
	toks := a.d.toks
	if m.kind != sName && m.kind != sAlias && m.kind != sAdjective {
		return false
	}
	for k := m.lim; k < len(toks) && k < m.lim+3 && toks[k].para == toks[m.first].para && toks[k].kind == tWord && toks[k].cap && toks[k].spaceBefore; k++ {
		if careInstitutions.hasToken(&toks[k]) || toks[k].lower == "medical" && k+1 < len(toks) && (toks[k+1].lower == "center" || toks[k+1].lower == "centre") {
			return true
		}
	}
	return false
}

// careInstitutions name hospitals.
var careInstitutions = wordList("care-institution")

// namedBodyEnds are the body nouns that end such a name.
var namedBodyEnds = wordList("named-body-end")

// bodyNameJoiners are function words that title-cased names of bodies
// write with a capital: "Mothers Against Drunk Driving".
var bodyNameJoiners = closedWords(func() map[string]bool {
	return map[string]bool{"against": true, "without": true, "for": true, "of": true, "beyond": true, "across": true, "with": true}
})

// surnameOfTitled reports a state's name that is the surname of a titled
// person: "Telecoms ombudsman Elizabeth France said". The word before it is
// a given name, and a role or honorific stands before that.
func (a *analysis) surnameOfTitled(m *placeMention) bool {
	toks := a.d.toks
	if m.kind != sName || m.first < 2 || m.possessive || toks[m.first-1].para != toks[m.first].para {
		return false
	}
	g := toks[m.first-1]
	if given := a.lx.givenNames.get(g.text) != 0; !given || !g.cap || a.placeAt[m.first-1] >= 0 {
		return false
	}
	k := a.lx.roleOf(toks[m.first-2].lower)
	return k == rHead || k == rHonorific
}

// agentAdverbs stand between a capital and its agent word.
var agentAdverbs = wordList("agent-adverb")

// placeCopulas say what a place is, not what a state did.
var placeCopulas = closedSet("is", "was", "are", "were")

// capitalActs reports whether a capital stands for its state's government.
func (a *analysis) capitalActs(m *placeMention) bool {
	toks := a.d.toks
	// "Premier Chris Minsk said": a capital after a given name is a surname
	if m.first > 0 && toks[m.first-1].para == toks[m.first].para && toks[m.first-1].cap && !toks[m.first-1].sentStart {
		if a.lx.givenNames.get(toks[m.first-1].text) != 0 {
			return false
		}
	}
	if a.surnameOfNamed(m) {
		return false // "Haddad Lima said" after "Fernando Haddad Lima"
	}
	if _, rest, ok := strings.Cut(toks[m.first].text, "-"); ok && m.lim == m.first+1 && capitalCompounds.has(strings.ToLower(rest)) {
		return true // "Moscow-backed", "Kremlin-controlled": its government
	}
	if m.possessive {
		return true
	}
	next := m.lim
	if next+2 < len(toks) && toks[next].sent == toks[m.first].sent && timeShifts[toks[next].lower] && timeUnits[toks[next+1].lower] {
		next += 2 // "Copenhagen last month pledged"
	}
	if next+1 < len(toks) && toks[next].sent == toks[m.first].sent && agentAdverbs.hasToken(&toks[next]) {
		next++ // "Budapest already has"
	}
	// "Kampala, whose forces have been in Somalia": a capital that opens
	// its sentence with "whose" after it is its government
	if toks[m.first].sentStart && next+1 < len(toks) && toks[next].text == "," && toks[next+1].lower == "whose" {
		return true
	}
	// "Doha, which brokered a truce, has offered": a capital (or a list of
	// them) that opens its sentence, with a "which" aside after it and a
	// state's act after that
	lf, ll := a.capitalListEdges(m)
	if ll == m.lim && a.whichAsideActs(lf, next) || ll > m.lim && a.whichAsideActs(lf, ll) {
		return true
	}
	if next < len(toks) && toks[next].para == toks[m.first].para {
		n := toks[next]
		if municipalWords.hasToken(&n) {
			return false // "a former Hamilton city councillor": the city's own office
		}
		if agentWords.hasToken(&n) || a.lx.speech[n.lower] != "" {
			return true
		}
		if k := a.roleKind(next); k == rHead || k == rWeak || k == rMod && a.headAfterModifiers(next) {
			return true // "Kremlin spokesman", "Pentagon press secretary"; not "Victoria Regional Hospital", "the Paris climate agreement"
		}
		if n.cap && officeRanks.hasToken(&n) {
			return true // "Washington Gov. NAME", as "Washington Governor NAME"
		}
	}
	// "appealed to Washington", "turned to Moscow for help"
	if m.first > 1 && toks[m.first-1].lower == "to" && appealVerbs.hasToken(&toks[m.first-2]) {
		return true
	}
	// "to serve Tehran", "defied Washington": the government served or defied
	if m.first > 0 && patronVerbs.hasToken(&toks[m.first-1]) {
		return true
	}
	// "statements from Washington", "pressure from Moscow"
	if m.first > 1 && toks[m.first-1].lower == "from" && senderNouns.hasToken(&toks[m.first-2]) {
		return true
	}
	if a.capitalListActs(m) {
		return true // "Ouagadougou, Bamako and Niamey will defend each other"
	}
	// "talks between Washington and Tehran", "ties with Beijing",
	// "brokered by Washington, Amman and Ankara"
	if lf > 0 {
		switch toks[lf-1].lower {
		case "between", "with", "against", "by":
			return true
		case "and":
			if lf > 1 && a.placeAt[lf-2] >= 0 && a.places[a.placeAt[lf-2]].state {
				return true
			}
		}
	}
	return false
}

// patronVerbs take a capital right after them as the government a side
// serves, obeys or defies (words_places.tsv patron-verb).
var patronVerbs = wordList("patron-verb")

// senderNouns take a capital standing for its government after "from".
var senderNouns = wordList("sender-noun")

// capitalListActs reports a capital in a list of capitals ("A, B and C")
// whose last member a state's act follows: the act is every member's.
func (a *analysis) capitalListActs(m *placeMention) bool {
	toks := a.d.toks
	_, k := a.capitalListEdges(m)
	if k == m.lim || k >= len(toks) || toks[k].sent != toks[m.first].sent {
		return false // alone, or a text that ends on the list
	}
	return agentWords.hasToken(&toks[k]) && !placeCopulas.hasToken(&toks[k]) || a.lx.speech[toks[k].lower] != ""
}

// headAfterModifiers reports a role's head, or a state institution's
// noun, after the modifiers at k: "press secretary", "Regional
// Commissioner", "Fire Brigade"; not "Regional Hospital".
func (a *analysis) headAfterModifiers(k int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+4 && toks[j].para == toks[k].para && toks[j].kind == tWord; j++ {
		switch a.roleKind(j) {
		case rHead, rWeak:
			return true
		case rMod:
			continue
		}
		return a.lx.bodyWords[toks[j].lower].kind == "state"
	}
	return false
}

// surnameOfNamed reports a capital that ends a surname of two words
// written after a given name elsewhere in the article: "Haddad Lima said"
// where the article has named "Fernando Haddad Lima".
func (a *analysis) surnameOfNamed(m *placeMention) bool {
	toks := a.d.toks
	if m.first < 1 || m.lim != m.first+1 {
		return false
	}
	p := toks[m.first-1]
	if p.kind != tWord || !p.cap || p.para != toks[m.first].para || a.placeAt[m.first-1] >= 0 || a.lx.roleOf(p.lower) != 0 {
		return false
	}
	for j := 1; j+1 < len(toks); j++ {
		if toks[j].text == p.text && toks[j+1].text == toks[m.first].text && toks[j-1].cap && toks[j-1].para == toks[j].para &&
			a.lx.givenNames.get(toks[j-1].text) != 0 {
			return true
		}
	}
	return false
}

// timeShifts and timeUnits make a time adverbial that may stand between a
// capital and its verb: "last month", "this week".
var (
	timeShifts = map[string]bool{"last": true, "this": true, "next": true, "earlier": true}
	timeUnits  = map[string]bool{"week": true, "month": true, "year": true, "weekend": true}
)

// municipalWords make a capital before them the city itself.
var municipalWords = wordList("municipal")

// ambiguousStateSupported decides forms such as "Georgia", "Jordan" or
// "Turkey": rejected after an honorific or a given name ("Michael Jordan");
// accepted next to another state ("Georgia and Ukraine"), or beside an
// unambiguous mention of the same state; a form that is also a place
// elsewhere ("Georgia", a US state) is accepted only when the article names
// no other place of that state.
func (a *analysis) ambiguousStateSupported(m *placeMention) bool {
	toks := a.d.toks
	if m.first > 0 && toks[m.first-1].para == toks[m.first].para {
		p := toks[m.first-1]
		if a.lx.roleOf(p.lower) == rHonorific {
			return false
		}
		if a.lx.givenNames.get(p.text) != 0 && p.cap {
			return false
		}
	}
	if m.kind == sAdjective && m.lim < len(toks) && ambiguousThings.hasToken(&toks[m.lim]) {
		return false // "hunters with Dane guns": a flintlock, no Dane
	}
	// "the Central African country": an adjective describing some state;
	// but "the Indian state of Manipur" names a place of that very state
	if m.kind == sAdjective && m.lim < len(toks) {
		if stateNouns.hasToken(&toks[m.lim]) {
			return a.ofOwnPlace(m, m.lim+1)
		}
	}
	if a.coordinated(m, -1) || a.coordinated(m, +1) {
		return true
	}
	if m.kind == sAdjective && m.first > 0 && mayBeNumber(&toks[m.first-1]) {
		if n, ok := a.d.parseNumber(m.first - 1); ok && n.lim == m.first && !n.age {
			return true // "five Indians, two South Koreans": nationals counted
		}
	}
	for i := range a.places {
		o := &a.places[i]
		if o.code == m.code && o.first != m.first && o.kind != sPlace && !o.ambiguous {
			return true
		}
	}
	if len(m.altCodes) == 0 {
		return m.kind != sAdjective || a.nounFollows(m)
	}
	for i := range a.places {
		o := &a.places[i]
		if o.kind != sPlace {
			continue
		}
		for _, c := range m.altCodes {
			if o.code == c {
				return false
			}
		}
	}
	return true
}

// homonymPlace returns the other state whose place a state's name also
// names ("Georgia": the US state) when the story names places of that
// state and no other form of the first ("Tbilisi", "Georgian"): "shot in
// Atlanta ... Georgia Regents Medical Center". "" otherwise.
func (a *analysis) homonymPlace(m *placeMention) string {
	if m.kind != sName && m.kind != sAlias {
		return "" // only a state's name names another state's place; a capital acts
	}
	alts := m.altCodes
	if len(alts) == 0 {
		alts = a.lx.shadowed[a.placeText(m)] // "Georgia": the US state's name is shadowed
	}
	if len(alts) == 0 || a.coordinated(m, -1) || a.coordinated(m, +1) || a.afterRepublicOf(m) {
		return "" // "the invasions of Georgia and Ukraine", "the Republic of Georgia"
	}
	alt := ""
	for i := range a.places {
		o := &a.places[i]
		switch {
		case o.code == m.code && o.first != m.first && a.placeText(o) != a.placeText(m):
			return "" // another form of the state: "Tbilisi", "Georgian"
		case o.kind == sPlace && alt == "" && slices.Contains(alts, o.code):
			alt = o.code
		}
	}
	if alt == "" && slices.Contains(alts, a.styleCountry()) {
		alt = a.styleCountry() // American copy: "Georgia Regents Medical Center", "Burke County, Georgia"
	}
	if alt == "" && slices.Contains(alts, "US") && a.namesUSCounty() {
		alt = "US" // "Dodge County ... in Georgia"
	}
	if alt == "" && a.attributiveName(m) {
		alt = alts[0] // "a Georgia man": a state's own people are "Georgian"
	}
	return alt
}

// namesUSCounty reports an American local government's name in the
// story: "Dodge County", "Orleans Parish".
func (a *analysis) namesUSCounty() bool {
	toks := a.d.toks
	for k := 1; k < len(toks); k++ {
		if toks[k].cap && usCountyWords.has(toks[k].text) && toks[k-1].cap && toks[k-1].kind == tWord && !toks[k-1].sentStart && toks[k-1].para == toks[k].para {
			return true
		}
	}
	return false
}

// usCountyWords follow the name of an American local government.
var usCountyWords = wordList("us-county")

// attributiveName reports a state's name used as a noun before a person
// ("a Georgia man", "the Georgia woman"), as a place's name is; a state's
// people are told by its adjective ("a Georgian man").
func (a *analysis) attributiveName(m *placeMention) bool {
	toks := a.d.toks
	return m.lim < len(toks) && !toks[m.lim].cap && toks[m.lim].para == toks[m.first].para &&
		humanNouns.hasToken(&toks[m.lim])
}

// afterRepublicOf reports "Republic of" before a state's name.
func (a *analysis) afterRepublicOf(m *placeMention) bool {
	toks := a.d.toks
	return m.first >= 2 && toks[m.first-1].lower == "of" && toks[m.first-2].lower == "republic"
}

// ofOwnPlace reports "of" at k and a place inside m's state after it:
// "the Indian state of Manipur", "the Georgian region of Kakheti".
func (a *analysis) ofOwnPlace(m *placeMention, k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "of" || a.placeAt[k+1] < 0 {
		return false
	}
	o := a.places[a.placeAt[k+1]]
	return o.kind == sPlace && o.code == m.code
}

// nounFollows reports a lower-case word, a state's institution or a
// military rank after an adjective: "Georgian wine", "the Indian Navy",
// "the Georgian Interior Ministry", "Indian troops", "Indian Lt Gen NAME"
// (an officer of that state's forces); a bare "the Indians" stays
// ambiguous.
func (a *analysis) nounFollows(m *placeMention) bool {
	toks := a.d.toks
	if m.lim >= len(toks) || toks[m.lim].kind != tWord || toks[m.lim].para != toks[m.first].para {
		return false
	}
	// "the Indian Navy", "the Indian Army": the state's own institution,
	// title-cased
	return !toks[m.lim].cap || a.institutionNamed(m.lim) || a.lx.roleOf(toks[m.lim].lower) == rRank
}

// stateInstitutions, title-cased after a state's adjective, name that
// state's own institution.
var stateInstitutions = wordList("state-institution")

// coordinated reports another state joined to m by "and", "or" or commas,
// looking in direction dir: "Qatar, Egypt, and Turkey".
func (a *analysis) coordinated(m *placeMention, dir int) bool {
	toks := a.d.toks
	k := m.first - 1
	if dir > 0 {
		k = m.lim
	}
	seps := 0
	for k >= 0 && k < len(toks) && toks[k].para == toks[m.first].para {
		w := toks[k].lower
		if w == "and" || w == "or" || w == "," || w == "&" {
			seps++
			k += dir
			continue
		}
		break
	}
	if seps == 0 || k < 0 || k >= len(toks) || a.placeAt[k] < 0 {
		return false
	}
	o := a.places[a.placeAt[k]]
	return o.kind != sPlace && o.code != m.code && !o.ambiguous
}

// countries lists the states mentioned, most mentioned first. A
// dependent territory ("New Caledonia", "Guam") is no sovereign state
// (GUIDELINES, Countries); an adjective of descent beside its civic half
// names the civic state only ("Bosnian Serb").
func (a *analysis) countries() []Country {
	byCode := map[string]*Country{}
	var order []string
	for _, m := range a.places {
		if !m.state || a.descentBeside(m) || a.lx.sovereigns[m.code] != "" {
			continue
		}
		c := byCode[m.code]
		if c == nil {
			info := a.lx.countries[m.code]
			c = &Country{Code: m.code, Name: info.Name}
			byCode[m.code] = c
			order = append(order, m.code)
		}
		c.Mentions++
		c.Spans = append(c.Spans, Span{Start: int(a.d.toks[m.first].start), End: int(a.d.toks[m.lim-1].end)})
	}
	out := make([]Country, 0, len(order))
	for _, code := range order {
		out = append(out, *byCode[code])
	}
	if c := a.datelineCountry(); len(out) == 0 && c != nil {
		out = append(out, *c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions > out[j].Mentions })
	return out
}

// stateAt returns the state code of a state mention covering token i.
func (a *analysis) stateAt(i int) (string, bool) {
	if i < 0 || i >= len(a.placeAt) || a.placeAt[i] < 0 {
		return "", false
	}
	m := a.places[a.placeAt[i]]
	if !m.state {
		return "", false
	}
	return m.code, true
}

// placeCodeAt returns the state code of any place (a state or a place inside
// one) covering token i.
func (a *analysis) placeCodeAt(i int) (string, bool) {
	if i < 0 || i >= len(a.placeAt) || a.placeAt[i] < 0 {
		return "", false
	}
	return a.places[a.placeAt[i]].code, true
}

// homeCountry is the state an article is most about: its state mentions,
// places inside states, and bodies of a state (parties, ministries) that
// mark domestic news; when nothing is named, the state its writing style
// points to. Empty when there is no clear answer.
func (a *analysis) homeCountry() string {
	if r := a.homeRanking(); len(r) > 0 {
		return r[0]
	}
	return ""
}

// orgState returns the state of a body: the one an "of" after its name
// gives ("the Ministry of Defence of the Republic of Korea"), else the
// gazetteer's.
func (a *analysis) orgState(o orgMention) string {
	toks := a.d.toks
	if j := o.lim; j+1 < len(toks) && toks[j].lower == "of" {
		k := j + 1
		if toks[k].lower == "the" && k+1 < len(toks) {
			k++
		}
		if c, ok := a.stateAt(k); ok && c != "" {
			return c
		}
	}
	if c := a.lx.orgs[o.org].Country; c != "" {
		return c
	}
	return a.spelledOrgState(o) // "SDF" after "Self-Defense Forces"
}

// homeRanking returns the states an article names, most named first
// (between equals, the one named first: the lead); a story that names no
// state counts the money it prices in (currencies.tsv); with nothing
// of a state, the state of its writing style alone. A currency's prefix
// ("US$") is no mention.
func (a *analysis) homeRanking() []string {
	if a.home != nil {
		return a.home
	}
	count := map[string]int{}
	first := map[string]int{}
	note := func(code string, n, at int) {
		if _, ok := first[code]; !ok {
			first[code] = at
		}
		count[code] += n
	}
	named := a.namesAnyState()
	for pi := range a.places {
		m := &a.places[pi]
		if m.state && !a.currencyPrefix(m) || m.kind == sPlace && !m.nameWord {
			note(m.code, 1, m.first)
		}
	}
	if !named {
		for _, c := range a.moneyStates() {
			note(c.code, 1, c.at)
		}
	}
	// a body counts twice, but its name's own state ("the Palestinian
	// Authority") was counted above: it adds only once more
	for i, o := range a.orgs {
		if a.spelledOutAcronym(i) {
			continue // "Australian Defence Force (ADF)": one body, named once
		}
		if c := a.orgState(o); c != "" {
			n := 2
			if a.stateWithin(c, o.first, o.lim) {
				n = 1
			}
			note(c, n, o.first)
		}
	}
	if c := a.datelineState(); c != "" {
		note(c, 3, 0)
	}
	ranking := make([]string, 0, len(count))
	for code, n := range count {
		if n > 0 && code != "" {
			ranking = append(ranking, code)
		}
	}
	sort.Slice(ranking, func(i, j int) bool {
		ci, cj := count[ranking[i]], count[ranking[j]]
		if ci != cj {
			return ci > cj
		}
		return first[ranking[i]] < first[ranking[j]]
	})
	if len(ranking) == 0 {
		if st := a.styleCountry(); st != "" {
			ranking = append(ranking, st)
		}
	}
	a.home, a.homeN = ranking, count
	return ranking
}

// namesAnyState reports a story that names a state (by name, adjective or
// a capital acting for it), other than in a currency's prefix.
func (a *analysis) namesAnyState() bool {
	for pi := range a.places {
		if m := &a.places[pi]; m.state && !a.currencyPrefix(m) {
			return true
		}
	}
	return false
}

// moneyMention is a currency that one state alone issues, at a token.
type moneyMention struct {
	at   int
	code string
}

// moneyStates returns the currencies of one state that the story prices
// in (currencies.tsv): "cedi", "GH¢1", "KSh2 billion".
func (a *analysis) moneyStates() []moneyMention {
	if a.placeMemo != nil && a.placeMemo.money != nil {
		return *a.placeMemo.money
	}
	out := a.moneyMentions()
	if a.placeMemo != nil {
		a.placeMemo.money = &out
	}
	return out
}

// moneyMentions is moneyStates, computed.
func (a *analysis) moneyMentions() []moneyMention {
	var out []moneyMention
	toks := a.d.toks
	for i := range toks {
		t := &toks[i]
		if !a.lx.currencyOpens[t.text[0]] {
			continue // each look-up below is of a key that opens as t.text does
		}
		c := "" // names in lower case only: "Lira" is a town
		if a.lx.currencyShapes.holds(t.textShape) {
			c = a.lx.currencies[t.text]
		}
		if c == "" && i+1 < len(toks) && !toks[i+1].spaceBefore {
			c = a.lx.currencies[t.text+toks[i+1].text] // "GH" "¢"
		}
		if c == "" && t.kind == tWord {
			c = a.moneySign(t.text)
		}
		if c != "" {
			out = append(out, moneyMention{at: i, code: c})
		}
	}
	return out
}

// moneySign returns the state of a currency sign that opens a word
// before its digits: "KSh2".
func (a *analysis) moneySign(text string) string {
	for n := 2; n < len(text) && n <= 4; n++ {
		if text[n] >= '0' && text[n] <= '9' {
			return a.lx.currencies[text[:n]]
		}
	}
	return ""
}

// currencyPrefix reports a state's abbreviation that prefixes a currency
// sign ("US$2.3 billion", "A$40 million"): a unit of money, which copy
// from anywhere uses, not a sign that the story is about that state.
func (a *analysis) currencyPrefix(m *placeMention) bool {
	toks := a.d.toks
	return m.lim < len(toks) && toks[m.lim].start == toks[m.lim-1].end && strings.HasPrefix(toks[m.lim].text, "$")
}

// stateWithin reports a mention of state code among tokens [first, lim).
func (a *analysis) stateWithin(code string, first, lim int) bool {
	for k := first; k < lim && k < len(a.placeAt); k++ {
		if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].code == code {
			return true
		}
	}
	return false
}

// datelineState is the state of the place an article is datelined from:
// "KABUL (Reuters) -", "WASHINGTON —", "SAN JUAN, Puerto Rico (AP) -". The
// dateline is the capitalised run that opens the body before a bracket or
// a dash; it is looked up in title case.
func (a *analysis) datelineState() string {
	if a.placeMemo != nil && a.placeMemo.dateline != nil {
		return *a.placeMemo.dateline
	}
	c := a.readDateline()
	if a.placeMemo != nil {
		a.placeMemo.dateline = &c
	}
	return c
}

// datelinePara returns the first token and the index of the paragraph
// a dateline opens: the first, or the second after a headline (a first
// paragraph of one line that ends without a full stop: "Guatemala sends
// troops to border\n\nGUATEMALA CITY, Dec 3 — ..."), or else the first
// of paragraphs 2 to 5 that opens with a word in capitals and a dash.
func (a *analysis) datelinePara() (int, int32) {
	first, para := a.headlinedPara()
	if first >= len(a.d.toks) || isUpperWord(a.d.toks[first].text) {
		return first, para
	}
	// scraped local news puts a caption or a summary before it:
	// "Please enable Javascript ...\n\nHANOVER COUNTY, Va. -- A boy ..."
	for q := 1; q < len(a.d.paras) && q <= 4; q++ {
		if f, ok := a.paraDateline(q); ok {
			return f, a.d.toks[f].para
		}
	}
	return first, para
}

// paraDateline returns the first token of paragraph q and whether the
// paragraph opens with a dateline: words in capitals closed by a dash or
// an agency's bracket.
func (a *analysis) paraDateline(q int) (int, bool) {
	f := a.d.paras[q].first
	return f, f < len(a.d.toks) && isUpperWord(a.d.toks[f].text) && a.datelineEnd(q) > f
}

// headlinedPara is the paragraph a dateline opens when it opens the
// text: the first, or the second after a headline.
func (a *analysis) headlinedPara() (int, int32) {
	d := a.d
	if len(d.paras) < 2 {
		return 0, 0
	}
	head := d.paras[0]
	if head.lim <= head.first || head.lim-head.first > 25 || head.lim >= len(d.toks) {
		return 0, 0
	}
	switch d.toks[head.lim-1].text {
	case ".", "!", "?", ":", "\"", "”":
		return 0, 0
	}
	return d.paras[1].first, d.toks[d.paras[1].first].para
}

// readDateline computes datelineState.
func (a *analysis) readDateline() string {
	first, para := a.datelinePara()
	return a.readDatelineAt(first, para, a.datelineRegionState)
}

// readDatelineAt reads the state of the dateline that opens at token
// first of paragraph para; region gives the state of a region after its
// town's comma ("ATHENS, Ga. -"), "" when none.
func (a *analysis) readDatelineAt(first int, para int32, region func() string) string {
	toks := a.d.toks
	words, i := a.datelineWordsAt(first, para)
	if len(words) == 0 || i >= len(toks) {
		return ""
	}
	if toks[i].text != "," && !datelineCloser(toks[i].text) && !a.colonDateline(i) {
		return ""
	}
	if c := region(); c != "" {
		return c // "ATHENS, Ga. -": the state of the region after the comma, at i
	}
	vals, lim := a.lx.placeTrie.match(tokensOf(strings.Join(words, " ")), 0, false)
	if lim != len(words) || len(vals) == 0 {
		return a.datelineStateAfter(i, para) // "COTABATO CITY, Philippines —": a town the gazetteer lacks
	}
	sf := a.lx.surfaces[vals[0]]
	if sf.kind == sCapital && a.setElsewhere(sf.code, i) {
		return "" // "LIMA — A 17-year-old boy ... Allen County": a capital's namesake in Ohio
	}
	return sf.code
}

// datelineWordsAt returns the words in capitals of the dateline opening at i of para in capitals, written as a
// name ("ARUSHA" is "Arusha"), and the token after them.
func (a *analysis) datelineWordsAt(i int, para int32) ([]string, int) {
	toks := a.d.toks
	var words []string
	for start := i; i < len(toks) && i < start+6 && toks[i].para == para; i++ {
		t := toks[i]
		if t.kind != tWord || strings.ToUpper(t.text) != t.text || !t.cap {
			break
		}
		words = append(words, datelineName(t.text))
	}
	return words, i
}

// datelineName writes a dateline's word in capitals as a name:
// "ARUSHA" is "Arusha"; after a one-letter prefix and an apostrophe the
// name opens again, "N'DJAMENA" is "N'Djamena" (not "KING'S": "King's").
func datelineName(w string) string {
	if len(w) > 3 && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
		n := 2
		if w[1] != '\'' {
			n = 1 + len("’")
		}
		if n < len(w) {
			return w[:n+1] + strings.ToLower(w[n+1:])
		}
	}
	return w[:1] + strings.ToLower(w[1:])
}

// colonDateline reports a colon at i that closes a dateline in capitals:
// "NEW DELHI:", an Indian paper's (datelineEnd).
func (a *analysis) colonDateline(i int) bool {
	return i < len(a.d.toks) && a.d.toks[i].text == ":" && a.datelineEnd(int(a.d.toks[i].para)) == i+1
}

// datelineStateAfter reads the state named by its name after the comma of
// a dateline whose town the gazetteer lacks, at i: "COTABATO CITY,
// Philippines —", "KRNOV, Czech Republic (AP) -", "MBOUR, Senegal, Dec 4
// (AFP) -". Only a state's name
// alone before the bracket or dash counts ("Georgia" is a US state too).
func (a *analysis) datelineStateAfter(i int, para int32) string {
	toks := a.d.toks
	vals, lim := a.placeAfterDatelineComma(i, para)
	// "MBOUR, Senegal, Dec 4 (AFP) -": a date may come between the state
	// and the bracket
	if lim <= 0 || lim >= len(toks) || toks[lim].para != para || !datelineCloser(toks[lim].text) && !a.datedDatelineAt(lim) {
		return ""
	}
	code := ""
	for _, v := range vals {
		sf := a.lx.surfaces[v]
		if sf.kind != sName && sf.kind != sAlias || sf.ambiguous || code != "" && sf.code != code {
			return ""
		}
		code = sf.code
	}
	return code
}

// setElsewhere reports a story after token k that never names the state
// of its dateline's capital but names places inside another state: local
// news from a town named after a capital ("LIMA — ... Allen County
// deputies"), not "KABUL (Reuters) — ... the U.S. embassy said".
func (a *analysis) setElsewhere(code string, k int) bool {
	other := false
	for pi := range a.places {
		m := &a.places[pi]
		if m.first < k {
			continue
		}
		if m.code == code && m.kind != sCapital {
			return false
		}
		other = other || m.kind == sPlace && !m.nameWord && m.code != code
	}
	return other
}

// datelineRegion reads the region after the comma of a dateline, at i: a
// place inside a state ("ATHENS, Ga. -", "LONDON, Ont. -") gives its
// state, whatever state the city's name would give; "" when none follows.
func (a *analysis) datelineRegion(i int, para int32) string {
	toks := a.d.toks
	vals, lim := a.placeAfterDatelineComma(i, para)
	if lim < 0 {
		return ""
	}
	if lim == 0 {
		return a.datelinePostalCode(i + 1)
	}
	if lim < len(toks) && toks[lim].text == "." && toks[lim].start == toks[lim-1].end {
		lim++ // "Ga."
	}
	switch {
	case lim < len(toks) && toks[lim].para == para && !datelineCloser(toks[lim].text) && !a.dateAfterRegion(lim):
		return "" // "LA PLATA, Md." may stand alone as its paragraph
	case len(vals) != 1 || a.lx.surfaces[vals[0]].kind != sPlace:
		return "" // "Georgia", a US state and a state: left to the city
	}
	return a.lx.surfaces[vals[0]].code
}

// placeAfterDatelineComma matches the gazetteer's places after the
// comma at i of the dateline's paragraph: their values, the token after
// the match (0 when none matches, -1 when no comma of the dateline is at
// i).
func (a *analysis) placeAfterDatelineComma(i int, para int32) ([]int, int) {
	toks := a.d.toks
	if toks[i].text != "," || i+1 >= len(toks) || toks[i+1].para != para {
		return nil, -1
	}
	return a.lx.placeTrie.match(toks, i+1, false)
}

// datelinePostalCode reads a postal code as a dateline's region, which
// broadcasters' sites write: "HILLIARD, OH (WCMH) –". Only there, before
// the dateline's bracket or dash, is "OH" or "IN" no common word.
func (a *analysis) datelinePostalCode(k int) string {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].para != toks[k+1].para || !datelineCloser(toks[k+1].text) {
		return ""
	}
	switch w := toks[k].text; {
	case usPostalCodes.has(w):
		return "US"
	case caPostalCodes.has(w):
		return "CA"
	}
	return ""
}

// datelineCloser reports the bracket of an agency or the dash that closes
// a dateline's places: "KRNOV, Czech Republic (AP) -", "ATHENS, Ga. —".
func datelineCloser(s string) bool {
	switch s {
	case "(", "—", "–", "-":
		return true
	}
	return false
}

// usPostalCodes and caPostalCodes are the two-letter codes of the US
// states and the Canadian provinces.
var usPostalCodes, caPostalCodes = wordList("us-postal"), wordList("ca-postal")

// localHomonym reports a state's name or capital that names a town or
// region of another state: in a story datelined "CITY, REGION" ("Dublin
// Mayor NAME" and "a chief in Cairo" in a story from "ATHENS, Ga.", and
// "middle Georgia" there), or where the article writes the same name as
// "TOWN, REGION" ("a fire in Lebanon, Pennsylvania ... Lebanon Fire Chief
// NAME"); the region after such a town ("Athens, Georgia") is its state's
// place too. A state the article also names by another form ("Ireland",
// "Irish") keeps its capital.
func (a *analysis) localHomonym(m *placeMention) bool {
	if a.townRegionAfter(m) != "" {
		return true // "Athens, Georgia": the US state
	}
	name, towns := a.placeText(m), a.towns()
	d := towns[name]
	if d == "" && (m.kind == sCapital || len(m.altCodes) > 0 || m.ambiguous) {
		d = a.datelineRegionState()
	}
	if d == "" || d == m.code {
		return false
	}
	if m.kind != sCapital && towns[name] == "" {
		return slices.Contains(m.altCodes, d) || slices.Contains(a.lx.shadowed[name], d)
	}
	for pi := range a.places {
		o := &a.places[pi]
		if o.code == m.code && o.kind != sCapital && o.kind != sPlace && !o.ambiguous && towns[a.placeText(o)] == "" {
			return false
		}
	}
	return true
}

// placeText is a place mention as written.
func (a *analysis) placeText(m *placeMention) string {
	toks := a.d.toks
	return stripInvisible(a.d.text[toks[m.first].start:toks[m.lim-1].end])
}

// datelineRegionState is datelineRegion of the article's dateline, or "";
// localHomonym asks it of each place mention, so it is read once.
func (a *analysis) datelineRegionState() string {
	if a.placeMemo != nil && a.placeMemo.region != nil {
		return *a.placeMemo.region
	}
	c := a.readDatelineRegion()
	if a.placeMemo != nil {
		a.placeMemo.region = &c
	}
	return c
}

// datelineCity is the town a dateline with a region names ("Bristol" of
// "BRISTOL, Tenn. (WJHL) –"), or "".
func (a *analysis) datelineCity() string {
	toks := a.d.toks
	first, i := a.datelineTown()
	if i == first || i >= len(toks) || toks[i].text != "," {
		return ""
	}
	return a.d.text[toks[first].start:toks[i-1].end]
}

// datelineTown returns the bounds [first, lim) of the capitalised words
// that open the dateline's paragraph: its town ("BRISTOL" of "BRISTOL,
// Tenn. (WJHL) –").
func (a *analysis) datelineTown() (first, lim int) {
	toks := a.d.toks
	first, para := a.datelinePara()
	i := first
	for i < len(toks) && i < first+6 && toks[i].para == para && toks[i].kind == tWord && toks[i].cap {
		i++
	}
	return first, i
}

// readDatelineRegion computes datelineRegionState.
func (a *analysis) readDatelineRegion() string {
	if first, i := a.datelineTown(); i < len(a.d.toks) && i > first {
		_, para := a.datelinePara()
		return a.datelineRegion(i, para)
	}
	return ""
}

// towns maps the names of states and capitals that the article writes as
// "TOWN, REGION" to the region's state: "Lebanon, Pennsylvania", "Paris,
// Texas", "London, Ont.", "Athens, Georgia". Read once per article.
func (a *analysis) towns() map[string]string {
	if a.placeMemo != nil && a.placeMemo.towns != nil {
		return *a.placeMemo.towns
	}
	out := map[string]string{}
	for pi := range a.places {
		m := &a.places[pi]
		if m.kind == sPlace || m.lim+1 >= len(a.d.toks) || a.d.toks[m.lim].text != "," || a.placeAt[m.lim+1] < 0 {
			continue
		}
		if c := a.regionOf(m, &a.places[a.placeAt[m.lim+1]]); c != "" {
			out[a.placeText(m)] = c
		}
	}
	if a.placeMemo != nil {
		a.placeMemo.towns = &out
	}
	return out
}

// regionOf returns the state of the region r written after "TOWN," when
// it is a place inside another state than the town's name gives ("Texas",
// "Pa."), or a state's name that is also such a place ("Georgia" after
// "Athens,"; not after "Tbilisi,"); "" otherwise.
func (a *analysis) regionOf(town, r *placeMention) string {
	if r.first != town.lim+1 || !a.setOffRegion(town, r) {
		return ""
	}
	if r.kind == sPlace {
		if r.code != town.code {
			return r.code
		}
		return ""
	}
	for _, c := range a.lx.shadowed[a.placeText(r)] {
		if c != town.code && r.code != town.code {
			return c
		}
	}
	return ""
}

// setOffRegion reports "TOWN, REGION" standing alone: no list runs
// through it ("Samoa, France, Italy, Georgia and Chinese Taipei"), and a
// comma, a full stop or a bracket closes the region ("a fire in Lebanon,
// Pennsylvania, killed"; not "a club in Spain, Veracruz will be").
func (a *analysis) setOffRegion(town, r *placeMention) bool {
	toks := a.d.toks
	if p := town.first - 1; p >= 0 && (toks[p].text == "," || toks[p].lower == "and" || toks[p].lower == "or") {
		return false
	}
	e := r.lim
	if e < len(toks) && toks[e].text == "." && toks[e].start == toks[e-1].end && e+1 < len(toks) && toks[e+1].text == "," {
		e++ // "Lebanon, Pa., police said"
	}
	if e >= len(toks) || toks[e].sent != toks[r.first].sent {
		return true
	}
	switch toks[e].text {
	case ",":
		n := e + 1
		return n >= len(toks) || toks[n].lower != "and" && toks[n].lower != "or" && a.placeAt[n] < 0
	case ".", ")", ";", ":":
		return true
	}
	return false
}

// townRegionAfter returns the region's state for a state's name that is
// also a place and stands as the region after "TOWN,": "Athens, Georgia".
func (a *analysis) townRegionAfter(m *placeMention) string {
	if m.first < 2 || a.d.toks[m.first-1].text != "," || a.placeAt[m.first-2] < 0 {
		return ""
	}
	town := &a.places[a.placeAt[m.first-2]]
	if town.kind == sPlace || town.lim != m.first-1 {
		return ""
	}
	return a.regionOf(town, m)
}

// styleCountry guesses the country of an article's press from its writing
// conventions: American copy writes "Mr.", "p.m." and "U.S." and spells
// "-ize"; British copy writes "Mr" and spells "-ise". One style must clearly
// outweigh the other (a stray "disguising" in American copy does not count);
// British style also needs British spellings, as Canadian copy mixes both.
func (a *analysis) styleCountry() string {
	if a.style == nil {
		s := a.pressStyle()
		a.style = &s
	}
	return *a.style
}

// pressStyle counts the marks of American and British copy, and the
// spellings of each (spelledBritish) in the same pass over the tokens.
func (a *analysis) pressStyle() string {
	us, gb := 0, 0
	var sp spellings
	shapes := spellingShapes()
	toks := a.d.toks
	for i := range toks {
		t := &toks[i]
		if shapes.holds(t.shape) {
			sp.addToken(t)
		}
		if t.kind == tPunct || t.kind == tQuote {
			continue // marks: none of the words below
		}
		w := t.lower
		// each word counted below ends in "r", "s" or "." (the titles and
		// abbreviations) or in "g" or "d" (the endings): most words are
		// passed over on their last byte, without comparing strings
		n := len(w)
		if n == 0 {
			continue
		}
		switch w[n-1] {
		case 'r', 's', '.':
			switch w {
			case "mr", "ms", "mrs":
				if i+1 < len(toks) && toks[i+1].text == "." && toks[i+1].start == t.end {
					us++
				} else {
					gb++
				}
			case "p.m.", "a.m.", "u.s.":
				us++
			}
			continue
		case 'g', 'd':
			if n < 4 {
				continue
			}
		default:
			continue
		}
		if strings.HasSuffix(w, "izing") || strings.HasSuffix(w, "ized") || strings.HasSuffix(w, "yzing") {
			us++
		}
		if strings.HasSuffix(w, "ising") && !notBritishIsing(w) {
			gb++
		}
	}
	switch {
	case us >= 2 && us >= 3*gb:
		return "US"
	case gb >= 2 && gb >= 3*us && sp.british > 0 && sp.american == 0:
		return "GB" // British spellings and no American ones
	}
	return ""
}

// notBritishIsing reports a word in "-ising" that American copy spells so
// too: "rising", "advertising".
func notBritishIsing(w string) bool {
	switch w {
	case "rising", "arising", "promising", "surprising", "advertising", "comprising", "raising", "praising",
		"uprising", "compromising", "supervising", "revising", "devising", "exercising", "improvising":
		return true
	}
	return false
}

// britishSpellings and americanSpellings tell the two presses' copy apart:
// "defence", "programme" against "defense", "program".
var (
	britishSpellings  = wordList("british-spelling")
	americanSpellings = wordList("american-spelling")
	// spellingShapes filters words before the two look-ups above, built
	// on first use
	spellingShapes = sync.OnceValue(func() *wordShapes { return shapesOf(britishSpellings.words(), americanSpellings.words()) })
)

// spellings counts the British and American spellings of a text:
// "defence", "programme", "organisation" against "defense", "program",
// "organization".
type spellings struct{ british, american int }

// addToken counts token t, whose shape spellingShapes holds.
func (sp *spellings) addToken(t *token) {
	switch {
	case britishSpellings.hasToken(t):
		sp.british++
	case americanSpellings.hasToken(t):
		sp.american++
	}
}

// subjectLike reports a state mention that reads as a subject: it opens
// its sentence ("Poland has", "The Kenyan army said") or a verb, a
// possessive or a body follows it ("..., and Egypt sent", "Pakistan's
// army"). "five Indians" and "citizens of Australia, France and Ireland"
// are no actors.
func (a *analysis) subjectLike(m placeMention, first int) bool {
	toks := a.d.toks
	if m.lim >= len(toks) {
		return false
	}
	next := toks[m.lim].lower
	body := bodyNouns.has(next) || forceBodies.has(next)
	if m.first == first || m.first == first+1 && toks[first].lower == "the" {
		return m.kind != sAdjective || body
	}
	return m.kind != sAdjective && (agentWords.has(next) || m.possessive) || body
}

// forceBodies are the armed and police bodies whose members are personnel.
var forceBodies = wordList("force-body")

// placeStartingAt returns the place mention that starts at token k.
func (a *analysis) placeStartingAt(k int) (placeMention, bool) {
	if k < 0 || k >= len(a.placeAt) || a.placeAt[k] < 0 {
		return placeMention{}, false
	}
	m := a.places[a.placeAt[k]]
	return m, m.first == k
}
