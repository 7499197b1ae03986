package extract

// Figures that hang on a death figure in the same sentence: a part of the
// toll ("bringing the toll to 1,391, including 458 children", "killed 32
// people, including 21 in Alabama and 4 in Georgia", "17 people, 11 of
// them children") and the figure it is compared with ("312 homicides so
// far this year, down from 389 at the same point last year"). Each is a
// number of dead the article states.

// Rule names of figures read beside another.
const (
	ruleDeathSubset  = "subset-of-toll"    // "including 458 children", "11 of them children"
	ruleDeathCompare = "comparison-figure" // "down from 389", "compared with 111"
	ruleDeathSum     = "total-of-parts"    // "14 in Guangxi, 9 in Guangdong and 3 in Hainan, 26 in all"
)

// relatedDeaths returns the figures that hang on the death figure whose
// number is at token i and whose text ends at the offset end.
func (a *analysis) relatedDeaths(i, end int) []Deaths {
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	var out []Deaths
	base := a.relatedBase(i, end)
	for k := i + 1; k < s.lim && k < base+40; k++ {
		kinds, _ := a.deathKindsAt(k)
		if hasKind(kinds, dHurt) && !hasKind(kinds, dPassive) && !a.frontedPartHow(i, k) {
			return out // "killed 4 and wounded 10, including 3 children": the wounded
		}
		if k > i+1 && int(toks[k].start) >= end && a.deathNumberAt(k) {
			// the next figure speaks for itself; a number within the
			// figure is a part of its sum: "13 civilians and seven
			// soldiers had been killed, up from 19"
			return out
		}
		if d, lim, ok := a.partAt(i, k); ok {
			out = append(out, d)
			if d.Cumulative {
				out = append(out, a.furtherSteps(d)...) // "then raised the figure to 33 and finally to 34"
			}
			k = lim - 1
			continue
		}
		if d, lim, ok := a.totalOfParts(i, k, out); ok {
			out = append(out, d) // "..., 9 in Guangdong and 3 in Hainan, 26 in all"
			k = lim - 1
			continue
		}
		if d, ok := a.joinedTollPart(i, k); ok {
			out = append(out, d) // "a toll of 148 security personnel and 250 fighters"
			continue
		}
		if e := subsetOpener(toks, k); e > k {
			items, lim := a.subsetItems(e)
			if len(items) == 0 {
				items, lim = a.subsetItemsAfterOne(e) // "among them the groom's mother and four children"
			}
			if len(items) > 0 && !a.hurtAfter(lim) {
				out = append(out, items...)
				k = lim - 1
			}
			continue
		}
		if k > i+1 && int(toks[k].start) >= end && a.otherGroup(k) {
			// another group: "a man died and three others, including two
			// children, were wounded"; "up from" is its comparison
			return out
		}
		if (k == i+1 || a.risenToWhen(i, k)) && i > 0 && toks[i-1].lower == "to" && toks[k].lower == "from" {
			// "the toll rose to 57 from 31", "from an earlier 31": the figure it rose from
			if d, ok := a.comparedFigure(earlierFigureStart(toks, k+1)); ok {
				out = append(out, d)
			}
			continue
		}
		if a.figureRevisedFrom(i, k) {
			// "put the toll at 1,480, a figure it had raised from 1,250"
			if d, ok := a.comparedFigure(earlierFigureStart(toks, k+1)); ok {
				out = append(out, d)
			}
			continue
		}
		if e := revisedEarlierOpener(toks, k); e > k {
			// "..., revising its earlier figure of 84"
			if d, ok := a.comparedFigure(e); ok {
				out = append(out, d)
			}
			continue
		}
		if e := comparisonOpener(toks, k); e > k && k < base+28 {
			if d, ok := a.comparedFigure(earlierFigureStart(toks, e)); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// allTold end a total after its number: "26 in all", "26 altogether".
var allTold = [][]string{{"in", "all"}, {"in", "total"}, {"altogether"}, {"all", "told"}}

// totalOfParts reads the total after a comma at k that closes the parts
// (parts) of the figure at i: "killed 14 people in Guangxi, 9 in Guangdong
// and 3 in Hainan, 26 in all", "..., a total of 26". The total is at
// least the sum of the figure and its parts; a number after a comma
// without such words is none ("..., 26 of them children" is a part).
func (a *analysis) totalOfParts(i, k int, parts []Deaths) (Deaths, int, bool) {
	toks := a.d.toks
	if len(parts) == 0 || toks[k].text != "," || k+2 >= len(toks) {
		return Deaths{}, 0, false
	}
	first, ok := a.countAt(i)
	if !ok {
		return Deaths{}, 0, false
	}
	j, lim := k+1, 0
	if toks[j].lower == "a" && toks[j+1].lower == "total" && j+2 < len(toks) && toks[j+2].lower == "of" {
		j += 3 // "a total of 26"
	}
	n, ok := a.countAt(j)
	if !ok || n.hedge != j {
		return Deaths{}, 0, false
	}
	if j > k+1 {
		lim = n.lim
	}
	for _, w := range allTold {
		if lim == 0 && wordsAt(toks, n.lim, w) {
			lim = n.lim + len(w)
		}
	}
	sum := first.value
	for _, p := range parts {
		sum += p.Count
	}
	if lim == 0 || n.value < sum || lim < len(toks) && toks[lim].kind != tPunct && toks[lim].sent == toks[k].sent {
		return Deaths{}, 0, false
	}
	d := a.makeDeath(n, k+1, lim, ruleDeathSum)
	d.Cumulative = true
	return d, lim, true
}

// wordsAt reports the words ws, in lower case, from token k on.
func wordsAt(toks []token, k int, ws []string) bool {
	for x, w := range ws {
		if k+x >= len(toks) || toks[k+x].lower != w {
			return false
		}
	}
	return true
}

// figureRevisedFrom reports "from" at k after a verb that revises a toll,
// whose object is a figure noun standing for the death figure at i:
// "1,480, a figure it had raised from 1,250", "the toll, which officials
// revised from 90".
func (a *analysis) figureRevisedFrom(i, k int) bool {
	toks := a.d.toks
	if k < i+4 || k > i+10 || toks[k].lower != "from" || !tollRevise.hasToken(&toks[k-1]) {
		return false
	}
	for x := i + 1; x < k-1; x++ {
		if figureNouns.hasToken(&toks[x]) || earlierNouns.hasToken(&toks[x]) {
			return true
		}
	}
	return false
}

// partMatchers read, in order, a figure that hangs on the death figure
// at i from the token k; each returns the figure and the index after it.
var partMatchers = []func(a *analysis, i, k int) (Deaths, int, bool){
	(*analysis).tallyItem, // "in Bagan, 4 people died; in Mandori, 7; and in Ochat, 3"
	func(a *analysis, _, k int) (Deaths, int, bool) { return a.placedPart(k) }, // "were killed in Kharkiv and eight in Dnipro"
	(*analysis).gappedPart,    // "298 occurred in hospitals and 114 in the community"
	(*analysis).gappedEvent,   // "A landslide killed 15; the flash flood in the valley, another 22"
	(*analysis).gappedForPart, // "Kunar accounted for 1,291 of the dead, Nangarhar for 98"
	(*analysis).chainedFigure, // "was revised to 19 and then to 31"
	func(a *analysis, _, k int) (Deaths, int, bool) { return a.raisedFigure(k) }, // "reported 17 deaths, then raised the figure to 27"
	(*analysis).frontedPart,       // "Of the 52 dead, 23 were Sudanese, 14 were Chadian and nine came from Niger"
	(*analysis).stateCostPart,     // "cost Armenia 3,825 soldiers and Azerbaijan 2,908"
	(*analysis).gappedStatePart,   // "the lives of 207 Armenian and 80 Azerbaijani soldiers"
	(*analysis).secondShareOfDead, // "22 of the dead were women, it said, and 11 were children" (deaths_secondshare.go)
}

// stateCostPart reads a second state's count joined by "and" at k after a
// figure at i that a war "cost" a state: "cost Armenia 3,825 soldiers and
// Azerbaijan 2,908". The count ends the clause or its personnel noun does.
func (a *analysis) stateCostPart(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	if toks[k].lower != "and" || k+2 >= len(toks) || a.placeAt[k+1] < 0 {
		return Deaths{}, 0, false
	}
	if n, ok := a.countAt(i); !ok || n.hedge < 1 || a.costToState(a.wordBeforeNumber(n)) < 0 {
		return Deaths{}, 0, false
	}
	m := a.places[a.placeAt[k+1]]
	if !m.state || m.first != k+1 {
		return Deaths{}, 0, false
	}
	n, ok := a.countAt(m.lim)
	if !ok || n.hedge != m.lim || a.isYear(n) {
		return Deaths{}, 0, false
	}
	lim := n.lim
	if _, plim := a.lx.personnel.match(toks, lim, true); plim > lim {
		lim = plim
	}
	if lim < len(toks) && toks[lim].kind == tWord && toks[lim].lower != "and" && !clauseEnders.hasToken(&toks[lim]) {
		return Deaths{}, 0, false
	}
	return a.makeDeath(n, n.hedge, lim, ruleDeathSubset), lim, true
}

// partAt returns the first figure a part matcher reads at k.
func (a *analysis) partAt(i, k int) (Deaths, int, bool) {
	for _, m := range partMatchers {
		if d, lim, ok := m(a, i, k); ok {
			return d, lim, true
		}
	}
	return Deaths{}, 0, false
}

// ownedPart reads the people of an owner after the "of" at k that a part
// of a toll counts: "four of the groom's brothers", "three of his
// bodyguards". It returns the index after the noun.
func (a *analysis) ownedPart(k int) (int, bool) {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "of" {
		return k, false
	}
	if lim, ok := a.partOfOwnedVictims(k); ok {
		return lim, true
	}
	switch toks[k+1].lower {
	case "his", "her", "their", "its":
	default:
		return k, false
	}
	if a.victimKindOf(toks[k+2].lower)&(vPlural|vKinPlural) == 0 || passiveNouns.hasToken(&toks[k+2]) {
		return k, false
	}
	return k + 3, true
}

// deathNumberAt reports a number at k that is a death figure of its own.
func (a *analysis) deathNumberAt(k int) bool {
	if !mayBeNumber(&a.d.toks[k]) {
		return false
	}
	_, ok := a.numberDeath(k)
	return ok
}

// subsetOpener returns the index after the words that open a part of a
// toll ("including", "among them", "among whom"), or k.
func subsetOpener(toks []token, k int) int {
	switch toks[k].lower {
	case "including":
		return k + 1
	case "among":
		if k+1 < len(toks) && (toks[k+1].lower == "them" || toks[k+1].lower == "whom" || toks[k+1].lower == "those") {
			return k + 2
		}
	case ":":
		// "killed 19 people in three states: 12 in Kentucky, 5 in Ohio"
		return k + 1
	case ",", ";":
		// "17 people, 11 of them children", "some 167,000 of them in Aceh";
		// after a semicolon too: "38 people were killed; 11 of them were civilians"
		if j := hedgeAfter(toks, k+1); j+2 < len(toks) && toks[j+1].lower == "of" && (toks[j+2].lower == "them" || toks[j+2].lower == "whom") {
			return k + 1
		}
		// "risen to 31, of whom 17 were women"
		if k+3 < len(toks) && toks[k+1].lower == "of" && (toks[k+2].lower == "them" || toks[k+2].lower == "whom") {
			return k + 3
		}
	}
	return k
}

// subsetItems reads the counted parts after an opener: "458 children",
// "at least 3 women and 2 children", "21 in Alabama and 4 in Georgia",
// "11 of them children".
// It returns them and the index after the last.
func (a *analysis) subsetItems(j int) ([]Deaths, int) {
	toks := a.d.toks
	var out []Deaths
	end := j
	for items := 0; j < len(toks) && items < 8; items++ {
		n, ok := a.countAt(j)
		if !ok {
			break
		}
		lim, ok := a.partOfToll(n.lim)
		if !ok {
			break
		}
		out = append(out, a.makeDeath(n, n.hedge, lim, ruleDeathSubset))
		j, end = lim, lim
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j < len(toks) && toks[j].lower == "and" {
			j++
		}
	}
	return out, end
}

// hurtAfter reports a word of injury right after a part: "five others,
// including two children, were wounded".
func (a *analysis) hurtAfter(k int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+5 && toks[j].sent == toks[k-1].sent; j++ {
		kinds, _ := a.deathKindsAt(j)
		if hasKind(kinds, dHurt) && !hasKind(kinds, dPassive) {
			return !a.hurtVerbJoined(j)
		}
		if toks[j].kind == tWord && !beAux.hasToken(&toks[j]) && !predicateAux.hasToken(&toks[j]) && !isAdverb(toks[j]) && toks[j].lower != "and" {
			return false
		}
	}
	return false
}

// countStarts reports a count of something at token k (not an age or a year).
func (a *analysis) countStarts(k int) bool {
	t := a.d.toks[k]
	if !mayBeNumber(&t) || t.lower == "a" || t.lower == "an" {
		return false
	}
	n, ok := a.d.parseNumber(k)
	return ok && !n.age && !n.vague && n.value > 0 && !a.isYear(n) && !a.yearBoundsRange(n)
}

// otherGroup reports a count of other people at token k, which ends the
// parts of a toll: "and three others", "five were wounded", "two
// children", not "in three states".
func (a *analysis) otherGroup(k int) bool {
	if !a.countStarts(k) {
		return false
	}
	toks := a.d.toks
	n, _ := a.d.parseNumber(k)
	if a.notACount(n) {
		return false // a date: "killed since October 26, bringing the total ..."
	}
	e := n.lim
	if e >= len(toks) || toks[e].kind != tWord {
		return true
	}
	if _, ok := a.victimTail(e); ok {
		return true
	}
	switch toks[e].lower {
	case "others", "other", "more", "were", "was", "are", "of", "had", "have":
		return true
	}
	kinds, _ := a.deathKindsAt(e)
	return kinds != 0
}

// countAt reads a count, hedged or not, that starts at or just after j.
func (a *analysis) countAt(j int) (number, bool) {
	toks := a.d.toks
	for k := j; k < len(toks) && k < j+4; k++ {
		if mayBeNumber(&toks[k]) && !(toks[k].lower == "a" || toks[k].lower == "an") {
			n, ok := a.d.parseNumber(k)
			if !ok || n.age || n.vague || n.value <= 0 || n.hedge > j || a.isYear(n) || a.notACount(n) || a.moneyOrMeasure(n.first) {
				return number{}, false
			}
			return n, true
		}
		if !hedgeWord(toks[k].lower) {
			return number{}, false
		}
	}
	return number{}, false
}

// partOfToll reads what a part of a toll counts, after its number: people
// ("children", "police officers", "of them children"), or a place ("in
// Alabama", "of them from Ireland"). It returns the index after it.
func (a *analysis) partOfToll(k int) (int, bool) {
	toks := a.d.toks
	if k+1 < len(toks) && toks[k].lower == "of" && (toks[k+1].lower == "them" || toks[k+1].lower == "whom") {
		e := k + 2
		if e < len(toks) && (toks[e].lower == "were" || toks[e].lower == "are") {
			e++
		}
		if lim, ok := a.victimTail(e); ok {
			return lim, true
		}
		if e+1 < len(toks) && toks[e].lower == "in" {
			if lim, ok := attackOfPart(toks, e+1); ok {
				return lim, true // "seven peacekeepers, four of them in an ambush"
			}
			if lim, ok := a.whereOfPart(e + 1); ok {
				return lim, true // "45 people, 30 of them in Kerala"
			}
			if lim, ok := a.periodOfPart(e + 1); ok {
				return lim, true // "31 have died, 12 of them in the last week"
			}
			if lim, ok := a.mannerOfPart(e + 1); ok {
				return lim, true // "31 have died, 19 of them in combat"
			}
		}
		// "11 of them conscripts": any plural noun names the part
		if e < len(toks) && pluralNoun(toks[e]) {
			return e + 1, true
		}
		// "three of its crew, two of them Filipino": a state's people
		if p, ok := a.placeStartingAt(e); ok && p.state && p.code != "" && p.kind != sName {
			return p.lim, true
		}
		// "eight backpackers, two of them from Ireland": where they came from
		if e+1 < len(toks) && toks[e].lower == "from" {
			if p, ok := a.placeStartingAt(e + 1); ok && p.code != "" {
				return p.lim, true
			}
		}
		// "14 bodies, eight of them with gunshot wounds": whatever is said of them
		return a.ofThemTail(e)
	}
	if lim, ok := a.ownedPart(k); ok {
		return lim, true // "among them four of the groom's brothers"
	}
	if lim, ok := a.partOfTheVictims(k); ok {
		return lim, true // "including three of the attackers"
	}
	if k+1 < len(toks) && (toks[k].lower == "were" || toks[k].lower == "are") {
		if lim, ok := a.victimTail(k + 1); ok {
			return lim, true // "of whom 17 were women"
		}
	}
	if lim, ok := a.victimTail(k); ok {
		return lim, true
	}
	if lim, ok := a.fromOfPart(k); ok {
		return lim, true // "including nine from a single Moroccan convoy"
	}
	if k+1 < len(toks) && toks[k].lower == "in" {
		if lim, ok := attackOfPart(toks, k+1); ok {
			return lim, true // "including 12 in a single strike"
		}
		if lim, ok := a.periodOfPart(k + 1); ok {
			return lim, true // "including 23 in the past 24 hours"
		}
		return a.whereOfPart(k + 1)
	}
	return k, false
}

// whereOfPart reads where a part of a toll died after "in": a place
// (placeOfPart), perhaps with "alone" after it ("96 in the capital
// alone"), or one of something ("12 of them in a single village", "six in
// one family"). It returns the index after it.
func (a *analysis) whereOfPart(j int) (int, bool) {
	toks := a.d.toks
	lim, ok := a.placeOfPart(j)
	if !ok && j+2 < len(toks) && (toks[j].lower == "one" || toks[j].lower == "a" && toks[j+1].lower == "single") {
		e := j + 1
		if toks[j].lower == "a" {
			e++
		}
		if t := toks[e]; t.kind == tWord && !t.cap && !phraseStops.hasToken(&t) {
			lim, ok = e+1, true
		}
	}
	if ok && lim < len(toks) && toks[lim].lower == "alone" {
		lim++
	}
	return lim, ok
}

// mannerOfPart reads how a part of the dead died after "of them in": one
// bare common noun that ends the phrase ("19 of them in combat", "12 of
// them in accidents"), not a hospital ("three of them in hospital") nor a
// condition of two words ("in critical condition"). It returns the index
// after the noun.
func (a *analysis) mannerOfPart(j int) (int, bool) {
	toks := a.d.toks
	t := toks[j]
	if t.kind != tWord || t.cap || hospitalWords.hasToken(&t) || phraseStops.hasToken(&t) || a.figureClass(j, fcDeathNoun) {
		return j, false
	}
	if e := j + 1; e < len(toks) && toks[e].sent == t.sent && toks[e].kind != tPunct {
		return j, false
	}
	return j + 1, true
}

// attackEvents are nouns of one attack.
var attackEvents = wordList("attack-event")

// attackOfPart reads one attack that a part of a toll names after "in":
// "a single strike", "one Russian attack", "the second raid"; it returns
// the index after the noun.
func attackOfPart(toks []token, j int) (int, bool) {
	if w := toks[j].lower; w != "a" && w != "an" && w != "one" && w != "the" && w != "another" {
		return j, false
	}
	for e := j + 1; e < len(toks) && e < j+4 && toks[e].kind == tWord; e++ {
		if attackEvents.hasToken(&toks[e]) {
			return e + 1, true
		}
	}
	return j, false
}

// placeOfPart reads the place of a part of a toll after "in": "Alabama",
// "the capital", "the north"; not "hospital" or "critical condition".
func (a *analysis) placeOfPart(j int) (int, bool) {
	toks := a.d.toks
	if a.placeAt[j] >= 0 {
		return a.pastPlaceUnit(a.places[a.placeAt[j]].lim), true
	}
	if toks[j].cap && (a.personAt[j] < 0 || a.unitNamedPlace(j)) {
		return a.pastPlaceUnit(j + 1), true
	}
	if e := a.epithetBeforePlace(j); e > j {
		return a.placeOfPart(e) // "11 in neighbouring Majene regency"
	}
	if toks[j].lower == "the" && j+1 < len(toks) {
		j++
		if a.placeAt[j] >= 0 {
			return a.places[a.placeAt[j]].lim, true
		}
		if e, ok := a.namedLocalityEnd(j); ok {
			return e, true // "19 in the village of Beit Jinn"
		}
		t := toks[j]
		end := j+1 >= len(toks) || toks[j+1].kind == tPunct || toks[j+1].lower == "and" || toks[j+1].lower == "alone"
		if t.cap && t.kind == tWord && j+1 < len(toks) && toks[j+1].lower == "since" {
			return j + 1, true // "58 on the Golan since 1974"
		}
		if t.kind == tWord && end && (t.cap || !hospitalWords.hasToken(&t) && !phraseStops.hasToken(&t)) {
			return j + 1, true
		}
	}
	return j, false
}

// earlierWords date a figure before the one now given: "from an earlier 31",
// "revising an early figure of 25".
var earlierWords = closedSet("earlier", "early", "previous", "initial", "original", "record", "provisional", "preliminary")

// earlierFigureStart steps over the words at j that name the figure a
// toll came from: "an earlier 31", "an earlier estimate of 180", "a
// previous figure of 40", "a peak of 5,400". It returns where the number
// should be.
func earlierFigureStart(toks []token, j int) int {
	if j+1 < len(toks) && (toks[j].lower == "an" || toks[j].lower == "a") && earlierWords.hasToken(&toks[j+1]) {
		j += 2
	}
	if j+2 < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the") && earlierNouns.hasToken(&toks[j+1]) && toks[j+2].lower == "of" {
		j++ // "down from a peak of more than 5,400"
	}
	if j+1 < len(toks) && earlierNouns.hasToken(&toks[j]) && toks[j+1].lower == "of" {
		j += 2
	}
	return j
}

// earlierNouns name a figure given before: "an earlier estimate of 180".
var earlierNouns = wordList("earlier-noun")

// comparisonOpener returns the index after words that bring in a figure
// compared with another ("down from", "up from", "compared with",
// "against", "versus"), or k.
func comparisonOpener(toks []token, k int) int {
	w := toks[k].lower
	if k+1 >= len(toks) {
		return k
	}
	next := toks[k+1].lower
	switch {
	case (w == "down" || w == "up" || w == "rising" || w == "falling" || w == "dropping" || w == "climbing" || w == "rise" || w == "drop" || w == "increase" || w == "decrease" || w == "fall") && next == "from":
		return k + 2
	case w == "compared" && (next == "with" || next == "to"):
		return k + 2
	case w == "versus" || w == "vs" || w == "vs.":
		return k + 1
	case w == "against" && k > 0 && toks[k-1].text == "," && earlierTimeAfter(toks, k):
		return k + 1 // "58 lives this year, against 13 last year"; not "against 40 soldiers defending it"
	case (w == "double" || w == "twice" || w == "triple" || w == "treble" || w == "half" || w == "times") && next == "the":
		return k + 2 // "nearly double the 52 recorded last year", "three times the 14"
	}
	return k
}

// comparedFigure reads the figure after a comparison opener: "389 at the
// same point last year", "287 the year before", "111 in 2022", "164
// homicides". A figure of something else ("down from 40 injuries") is none.
func (a *analysis) comparedFigure(j int) (Deaths, bool) {
	toks := a.d.toks
	n, ok := a.countAt(j)
	if m, theOK := a.theReportedFigure(j); theOK {
		n, ok = m, true // "up from the 29 announced overnight"
	}
	if !ok {
		return Deaths{}, false
	}
	e := n.lim
	if a.spanAgoAt(e) || a.theReportedClause(j, n) {
		return a.makeDeath(n, n.hedge, n.lim, ruleDeathCompare), true // "870 three weeks earlier", "the 870 it reported"
	}
	if e < len(toks) && toks[e].lower == "the" && e+1 < len(toks) && comparedTimes.hasToken(&toks[e+1]) {
		return a.makeDeath(n, n.hedge, n.lim, ruleDeathCompare), true
	}
	if e >= len(toks) || toks[e].sent != toks[n.first].sent || toks[e].kind == tPunct {
		return a.makeDeath(n, n.hedge, n.lim, ruleDeathCompare), true
	}
	if kinds, lim := a.deathKindsAt(e); hasKind(kinds, dNoun) || hasKind(kinds, dAdj) {
		return a.makeDeath(n, n.hedge, lim, ruleDeathCompare), true
	}
	if lim, ok := a.victimTail(e); ok {
		return a.makeDeath(n, n.hedge, lim, ruleDeathCompare), true
	}
	switch toks[e].lower {
	case "at", "in", "during", "last", "a", "over", "for", "by", "this", "on", "through", "from",
		"reported", "recorded", "given", "announced", "counted",
		// a clause after it: "down to 31 from 38 after some bodies were
		// counted twice"
		"after", "when", "as", "because", "since", "following", "earlier", "previously",
		// a time of its giving: "up from the 40 first reported"
		"first", "initially", "originally",
		// a time of its own: "rose to 19 from 16 overnight"
		"overnight", "yesterday":
		return a.makeDeath(n, n.hedge, n.lim, ruleDeathCompare), true
	}
	return Deaths{}, false
}

// comparedTimes open the time of a compared figure after "the": "287 the
// year before", "1,250 the day before", "31 the previous week".
var comparedTimes = closedSet("year", "previous", "same", "day", "week", "month", "night", "weekend")

// pluralNoun reports a lower-case word that reads as a plural noun.
func pluralNoun(t token) bool {
	return t.kind == tWord && !t.cap && len(t.lower) > 3 && t.lower[len(t.lower)-1] == 's' &&
		!phraseStops.hasToken(&t) && !deathAux.hasToken(&t)
}

// joinedTollPart reads a second part of a toll joined by "and" at k to the
// figure at i that "a toll of" or an estimate's "at" opens: "a toll of 148
// security personnel and 250 pro-Assad fighters", "put Panamanian deaths
// at 314 soldiers and 202 civilians". Each part is a number of dead.
func (a *analysis) joinedTollPart(i, k int) (Deaths, bool) {
	toks := a.d.toks
	if toks[k].lower != "and" || k > i+5 || i < 2 || toks[i-1].lower != "of" && !a.putAtFigure(i-1) || k+2 >= len(toks) {
		return Deaths{}, false
	}
	if kinds, _ := a.deathKindsAt(i - 2); toks[i-1].lower == "of" && !hasKind(kinds, dToll) {
		return Deaths{}, false
	}
	n, ok := a.countAt(k + 1)
	if !ok || n.lim >= len(toks) || toks[n.lim].kind != tWord || a.hurtAfter(n.lim) {
		return Deaths{}, false
	}
	return a.makeDeath(n, n.hedge, n.lim, ruleDeathSubset), true
}

// placedPart reads a figure of another place joined by "and" (or a comma)
// to a place of the figure before: "were killed in Kharkiv and eight in
// Dnipro", "died in Sindh and 17 in Punjab", "killed 12 people in Kentucky
// and five people in Ohio". It returns the figure and the end of its place.
func (a *analysis) placedPart(k int) (Deaths, int, bool) {
	toks := a.d.toks
	if w := toks[k].lower; w != "and" && w != "," || !a.placedBefore(a.sinceYearBefore(k)) {
		return Deaths{}, 0, false
	}
	j := pastAnother(toks, k+1)
	n, ok := a.countAt(j)
	if !ok || n.hedge != j || n.lim+1 >= len(toks) {
		return Deaths{}, 0, false
	}
	in := n.lim
	if e, ok := a.victimTail(in); ok && e < len(toks) {
		in = e // "killed 12 people in Kentucky and five people in Ohio"
	}
	if a.stateSideEnds(n, in) {
		// "killed 10 people in Lebanon and six Syrian soldiers": the other
		// side's dead, named by their state, not by a place
		return a.makeDeath(n, n.hedge, in, ruleDeathSubset), in, true
	}
	if in+2 >= len(toks) || toks[in].lower != "in" && !(toks[in].lower == "on" && toks[in+1].lower == "the") {
		return Deaths{}, 0, false // "and 58 on the Golan"
	}
	lim, ok := a.placeOfPart(in + 1)
	if !ok || lim < len(toks) && toks[lim].kind != tPunct && !placedPartEnds.hasToken(&toks[lim]) {
		return Deaths{}, 0, false // "and 20 in Dnipro lost power"
	}
	return a.makeDeath(n, n.hedge, lim, ruleDeathSubset), lim, true
}

// timeClauseOpeners open a clause of time after a gapped part's phrase: "and
// five more in hospital after the tanker caught fire".
var timeClauseOpeners = closedSet("after", "when", "as", "following", "before", "while")

// gapPreps open the phrase that a gapped part repeats from its figure.
var gapPreps = closedSet("in", "to", "at", "on", "across", "among", "near", "off", "outside", "inside")

// gapCausePreps open a cause of death that a gapped part names in place of
// a place: "217 died in floods and 122 of cholera".
var gapCausePreps = closedSet("of", "from")

// gappedCauseAt reports "of" or "from" at k before a bare lower-case noun,
// the cause: "and 122 of cholera", "and 40 from hunger"; not a part of a
// group ("and 12 of them", "of the injured", "of their children").
func (a *analysis) gappedCauseAt(k int) bool {
	toks := a.d.toks
	if !gapCausePreps.hasToken(&toks[k]) || k+1 >= len(toks) {
		return false
	}
	t := &toks[k+1]
	return t.kind == tWord && !t.cap && !npFunctionWords.hasToken(t) && !possessiveWords()[t.lower] && a.victimKindOf(t.lower) == 0
}

// diedBetween reports a verb of dying between i and k, the verb a gapped
// cause repeats ("217 died in floods, and 122 of cholera"); a charge's
// "counts of murder and one of wounding" has none.
func (a *analysis) diedBetween(i, k int) bool {
	for j := i + 1; j < k; j++ {
		if kinds, _ := a.deathKindsAt(j); hasKind(kinds, dIntrans) && !hasKind(kinds, dHurt) {
			return true
		}
	}
	return false
}

// gappedPart reads a part joined by "and" at k whose verb is left out and
// whose phrase of place answers one after the figure at i: "298 occurred
// in health facilities and 114 in the community", "attributed 412 of the
// deaths to Andalusia and 236 to the Madrid region", "14 died at the scene
// and five more in hospital". The part's phrase must end the clause: "and
// 40 in the car were hurt" is another group.
func (a *analysis) gappedPart(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	if toks[k].lower != "and" {
		return Deaths{}, 0, false
	}
	s := pastAnother(toks, k+1)
	n, ok := a.countAt(s)
	if !ok || n.hedge != s || n.lim+1 >= len(toks) {
		return Deaths{}, 0, false
	}
	pe := n.lim
	if w := toks[pe].lower; (w == "more" || w == "others") && pe+2 < len(toks) {
		pe++ // "14 died at the scene and five more in hospital"
	} else if e := a.victimNounEnd(pe); e > pe && e+1 < len(toks) {
		pe = e // "killed three farmers in one district and two fishermen in another"
	}
	if !gapPreps.hasToken(&toks[pe]) && !(a.gappedCauseAt(pe) && a.diedBetween(i, k)) {
		return Deaths{}, 0, false
	}
	same, other := false, false // the part's preposition after the figure, or another of place
	for j := i + 1; j < k; j++ {
		same = same || toks[j].lower == toks[pe].lower
		other = other || gapPreps.hasToken(&toks[j])
		if toks[j].kind == tNum && !a.bareYear(j) || toks[j].kind == tPunct && toks[j].text != "," {
			return Deaths{}, 0, false
		}
	}
	if !same && !other {
		return Deaths{}, 0, false
	}
	// another preposition, or "more", asks for a short phrase that ends
	// the clause: not "20 more in hospital remain in critical condition"
	limit, strict := pe+7, !same || pe > n.lim
	if strict {
		limit = pe + 6
	}
	for e := pe + 1; e < len(toks) && e < limit; e++ {
		t := toks[e]
		if t.kind == tPunct || t.sent != toks[k].sent || strict && e > pe+1 && timeClauseOpeners.hasToken(&t) {
			return a.makeDeath(n, n.hedge, e, ruleDeathSubset), e, e > pe+1
		}
		if t.kind == tNum && a.bareYear(e) {
			continue // "118 overdose deaths in all of last year and 141 in 2022"
		}
		if e > pe+1 && a.sinceDateEnds(e) {
			return a.makeDeath(n, n.hedge, e, ruleDeathSubset), e, true // "and 23 in floods since Thursday" (deaths_gappeddate.go)
		}
		if e > pe+1 && (t.lower == "that" || t.lower == "which") && !a.deathWordToClauseEnd(e+1) {
			// "and three others in the fire that followed": a relative
			// clause on the phrase's noun ends the part
			return a.makeDeath(n, n.hedge, e, ruleDeathSubset), e, true
		}
		if kinds, _ := a.deathKindsAt(e); kinds != 0 || t.kind != tWord || deathAux.hasToken(&t) && !a.prepositionInPhrase(e) {
			break
		}
		if a.prepositionInPhrase(e) {
			limit += 2 // "on the way to the district hospital": a phrase inside the phrase
		} else if t.cap && e > pe+1 && toks[e-1].cap {
			limit++ // "on the Chobe River": a name is one word of the phrase
		}
	}
	return Deaths{}, 0, false
}

// gappedEvent reads a second deadly event whose verb of killing is left
// out after "and" or a semicolon at k, when the figure at i is the object
// of such a verb: "A landslide killed 15; the flash flood in the valley,
// another 22", "The first blast killed nine and the second another four".
// The event names a deadly thing ("flood", "blast"); the count ends its
// clause.
func (a *analysis) gappedEvent(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	if toks[k].lower != "and" && toks[k].text != ";" {
		return Deaths{}, 0, false
	}
	first, ok := a.countAt(i)
	if !ok || first.hedge < 1 {
		return Deaths{}, 0, false
	}
	if kinds, _ := a.deathKindsAt(a.wordBeforeNumber(first)); !hasKind(kinds, dActive) {
		return Deaths{}, 0, false
	}
	event, j := false, k+1
	for ; j < len(toks) && j < k+9 && toks[j].kind == tWord && !mayBeNumber(&toks[j]); j++ {
		if w := toks[j].lower; w == "another" || w == "a" && j+1 < len(toks) && toks[j+1].lower == "further" {
			break
		}
		if kinds, _ := a.deathKindsAt(j); kinds != 0 {
			return Deaths{}, 0, false // a verb of its own: "and the flood killed 22"
		}
		event = event || lossEvents.hasToken(&toks[j])
	}
	if j < len(toks) && toks[j].text == "," {
		j++ // "the flash flood in the valley, another 22"
	}
	s := pastAnother(toks, j)
	n, ok := a.countAt(s)
	if !event || !ok || n.hedge != s {
		return Deaths{}, 0, false
	}
	e := a.victimNounEnd(n.lim)
	if e < len(toks) && toks[e].kind != tPunct && toks[e].sent == toks[k].sent {
		return Deaths{}, 0, false
	}
	return a.makeDeath(n, n.hedge, e, ruleDeathSubset), e, true
}

// prepositionInPhrase reports "to" or "of" at e that goes on with a
// phrase of place rather than a verb: "on the way to hospital", "in the
// north of the province"; not "to have died".
func (a *analysis) prepositionInPhrase(e int) bool {
	toks := a.d.toks
	if w := toks[e].lower; w != "to" && w != "of" || e+1 >= len(toks) || toks[e+1].kind != tWord {
		return false
	}
	kinds, _ := a.deathKindsAt(e + 1)
	return kinds == 0 && !beAux.hasToken(&toks[e+1]) && !haveAux.hasToken(&toks[e+1]) && !deathAux.hasToken(&toks[e+1])
}

// deathWordToClauseEnd reports a word of death or hurt from j to the
// clause's end (a mark of punctuation or the sentence's end).
func (a *analysis) deathWordToClauseEnd(j int) bool {
	toks := a.d.toks
	for ; j < len(toks) && toks[j].kind != tPunct && toks[j].sent == toks[j-1].sent; j++ {
		if kinds, _ := a.deathKindsAt(j); kinds != 0 {
			return true
		}
	}
	return false
}

// frontedPart reads a later part of the dead that a fronted "of" phrase
// opens before the figure at i: "Of the 52 dead, 23 were Sudanese, 14
// were Chadian and nine came from Niger", "Of the 40 victims, 22 were
// Nepali and 11 Indian". The part follows a comma or "and" at k and ends
// at the next comma, "and" or mark; a part that is hurt is none. It
// returns the figure and the index after it.
func (a *analysis) frontedPart(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	j := itemAfter(toks, k)
	if j < 0 {
		return Deaths{}, 0, false
	}
	if first, ok := a.countAt(i); !ok {
		return Deaths{}, 0, false
	} else if _, ok := a.ofDeadFronted(first, ruleDeathPass); !ok {
		return Deaths{}, 0, false
	}
	n, ok := a.countAt(j)
	if !ok || n.hedge != j {
		return Deaths{}, 0, false
	}
	e := n.lim
	for ; e < len(toks) && e < n.lim+16 && toks[e].sent == toks[k].sent; e++ {
		if toks[e].kind == tPunct || toks[e].lower == "and" {
			break
		}
		if kinds, _ := a.deathKindsAt(e); toks[e].kind == tNum && !ageBounds.hasToken(&toks[e-1]) || hasKind(kinds, dHurt) {
			return Deaths{}, 0, false
		}
	}
	if e == n.lim || e == n.lim+16 {
		return Deaths{}, 0, false
	}
	return a.makeDeath(n, n.hedge, e, ruleDeathSubset), e, true
}

// itemAfter returns where the next item of a list starts after the
// comma or "and" at k, past ", and"; -1 when k joins no item.
func itemAfter(toks []token, k int) int {
	if w := toks[k].lower; w != "and" && w != "," {
		return -1
	}
	j := k + 1
	if toks[k].text == "," && j < len(toks) && toks[j].lower == "and" {
		j++
	}
	return j
}

// ageBounds before a number make it an age of the part, no count:
// "58 were children under 15".
var ageBounds = closedSet("under", "over", "aged", "below", "above")

// pastAnother steps over "another", "a further" or "an additional" at j,
// which add a part to the figure before: "and another 300 in Syria".
func pastAnother(toks []token, j int) int {
	if j < len(toks) && toks[j].lower == "another" {
		return j + 1
	}
	if j+1 < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an") && (toks[j+1].lower == "further" || toks[j+1].lower == "additional") {
		return j + 2
	}
	return j
}

// placedPartEnds may follow the place of a placed part: "and eight in
// Dnipro on Sunday".
var placedPartEnds = closedSet("and", "on", "over", "during", "since", "after", "while")

// pastPlaceUnit steps over a unit noun at j after a place's name.
func (a *analysis) pastPlaceUnit(j int) int {
	if j < len(a.d.toks) && placeUnits.hasToken(&a.d.toks[j]) {
		return j + 1
	}
	return j
}

// placedBefore reports "in" and a place ending at k: a known place, or
// capitalised words that name no person ("in Sindh").
func (a *analysis) placedBefore(k int) bool {
	toks := a.d.toks
	if k >= 3 && placeUnits.hasToken(&toks[k-1]) && toks[k-2].cap {
		k-- // "in Kharkiv region", "in Kano state"
		if k >= 3 && toks[k-2].lower == "in" && a.unitNamedPlace(k-1) {
			return true // "in Chickasaw County", though read as a name
		}
	}
	if k < 2 {
		return false
	}
	if p := a.placeAt[k-1]; p >= 0 {
		m := a.places[p]
		return m.lim == k && m.first > 0 && toks[m.first-1].lower == "in"
	}
	for j := k - 1; j > 0 && j >= k-3; j-- {
		if !toks[j].cap || toks[j].kind != tWord || a.personAt[j] >= 0 {
			return false
		}
		if toks[j-1].lower == "in" {
			return true
		}
	}
	return false
}

// tallyItem reads a later item of a tally told place by place after a
// figure that opens with its place: "in Bagan, 4 people died; in Mandori,
// 7; and in Ochat, 3". The item follows a semicolon at k: "in", the place,
// a comma and a bare number that ends the item.
func (a *analysis) tallyItem(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	if toks[k].text != ";" || i < 3 || toks[i-1].text != "," || !a.placedBefore(i-1) {
		return Deaths{}, 0, false
	}
	j := k + 1
	if j < len(toks) && toks[j].lower == "and" {
		j++
	}
	if j >= len(toks) || toks[j].lower != "in" {
		return Deaths{}, 0, false
	}
	c := j + 1
	for c < len(toks) && c < j+6 && toks[c].text != "," {
		c++
	}
	if c >= len(toks) || toks[c].text != "," || !a.placedBefore(c) {
		return Deaths{}, 0, false
	}
	n, ok := a.countAt(c + 1)
	if !ok || n.hedge != c+1 || n.lim < len(toks) && toks[n.lim].kind != tPunct && toks[n.lim].lower != "and" {
		return Deaths{}, 0, false
	}
	return a.makeDeath(n, j, n.lim, ruleDeathSubset), n.lim, true
}

// raisedFigure reads the figure that a verb at k raises or brings the
// count of the sentence's dead to, the count named by "the" and a figure
// noun with at most three modifiers or a possessive before it: "reported 17 deaths, then
// raised the figure to 27", "bringing the national total to 197",
// "bringing the total it has recorded since the siege began to more than
// 6,000". "The (total) number of" is left to the rules of a named count, and a
// figure that a noun follows ("to 40 attacks") or the hurt between are
// no toll. It returns the figure and the index after it.
func (a *analysis) raisedFigure(k int) (Deaths, int, bool) {
	toks := a.d.toks
	if !countRaisers.hasToken(&toks[k]) && !tollRevise.hasToken(&toks[k]) || k+2 >= len(toks) {
		return Deaths{}, 0, false
	}
	if w := toks[k+1].lower; w != "the" && w != "its" && w != "their" {
		return Deaths{}, 0, false
	}
	j := k + 2
	for m := 0; m < 3 && j+1 < len(toks) && !raisedNoun(toks[j].lower) && (toks[j].kind == tWord && toks[j].text == toks[j].lower || toks[j].lower == "'s"); m++ {
		j++ // "the national total", "the official figure", "the week's total"
	}
	if !raisedNoun(toks[j].lower) || j+1 < len(toks) && (toks[j+1].lower == "of" || raisedNoun(toks[j+1].lower)) {
		return Deaths{}, 0, false
	}
	for t := j + 1; t+1 < len(toks) && t < j+12 && toks[t].sent == toks[k].sent; t++ {
		if kinds, _ := a.deathKindsAt(t); hasKind(kinds, dHurt) || toks[t].kind != tWord && !a.bareYear(t) {
			return Deaths{}, 0, false // a year may date it: "the total since 2020"
		}
		if toks[t].lower != "to" {
			continue
		}
		n, ok := a.countAt(t + 1)
		if e := n.lim; !ok || e < len(toks) && toks[e].sent == toks[k].sent && toks[e].kind == tWord && !figureEnds.hasToken(&toks[e]) {
			return Deaths{}, 0, false
		}
		d := a.makeDeath(n, k, n.lim, ruleDeathToll)
		d.Cumulative = true
		return d, n.lim, true
	}
	return Deaths{}, 0, false
}

// raisedNoun reports a noun for a count of the dead that a verb raises:
// "the figure", "the total", "the toll".
func raisedNoun(w string) bool {
	return figureNouns.has(w) || countNouns.has(w) // "toll" is a count noun
}

// risenToWhen reports a comma before k after a short phrase of time that
// follows the number at i: "rose to 2,300 on Wednesday, from 1,900".
func (a *analysis) risenToWhen(i, k int) bool {
	toks := a.d.toks
	if k < i+3 || k > i+6 || toks[k-1].text != "," {
		return false
	}
	for j := i + 1; j < k-1; j++ {
		if w := toks[j].lower; toks[j].kind != tWord || !timeWords.has(w) && !weekdays.has(w) && w != "on" && w != "by" && w != "late" {
			return false
		}
	}
	return true
}

// revisedFigures returns the later figures of the count that the death
// figure at i (whose text ends at the offset end) gives, told by a noun
// or a pronoun that stands for it in the rest of its sentence or in the
// next one: "left 23 dead on Thursday, a figure that rose to 29",
// "Officials reported seven dead. By Thursday the figure had doubled to
// 14", "The toll was first put at 30. Officials raised it to 47", "nine
// deaths ... The national figure stood at 18, up from 11" (with the
// figure it is compared with). A number that ends no phrase ("rose to
// 40 percent") or that the hurt come between is none.
func (a *analysis) revisedFigures(i, end int) []Deaths {
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	lim := s.lim
	if lim < len(toks) && int(toks[lim].para) <= int(toks[i].para)+1 {
		lim = a.d.sents[toks[lim].sent].lim
	}
	var out []Deaths
	first, firstOK := a.countAt(i)
	for k := i + 1; k < lim; k++ {
		if int(toks[k].start) < end {
			continue
		}
		if kinds, _ := a.deathKindsAt(k); hasKind(kinds, dHurt) || toks[k].kind == tNum && a.deathNumberAt(k) {
			return out // the hurt, or a figure that speaks for itself
		}
		at := a.figureStandsFor(k)
		if firstOK && at < 0 {
			at = a.asideRevisedTo(first, k) // "The toll, first given as 12, was revised down to nine" (deaths_asiderevised.go)
		}
		if at < 0 {
			continue
		}
		n, ok := a.countAt(at)
		if !ok || n.hedge != at {
			continue
		}
		if a.deathNumberAt(n.first) {
			return out // "the toll stood at 165": a figure the rules of its own sentence read
		}
		if e := n.lim; e < len(toks) && toks[e].sent == toks[k].sent && toks[e].kind == tWord && !figureEnds.hasToken(&toks[e]) && !whenWord(toks[e].lower) {
			continue // "rose to 40 percent", not "raised it to 47 early on Saturday"
		}
		from := k // the figure's phrase opens at its determiner: "that figure had risen to 19"
		for j := k - 1; j >= 0 && j >= k-2 && toks[j].kind == tWord; j-- {
			if w := toks[j].lower; w == "the" || w == "a" || w == "that" || w == "this" {
				from = j
				break
			}
		}
		d := a.makeDeath(n, from, n.lim, ruleDeathToll)
		d.Cumulative = true
		out = append(out, d)
		return append(out, a.relatedDeaths(n.first, d.End)...)
	}
	return out
}

// figureStandsFor returns the index of the number that a noun or pronoun
// standing for a count at k gives the count: "the figure had doubled to
// 14", "a figure that rose to 29", "the national figure stood at 18",
// "raised it to 47"; else -1. "The number of ..." is left to the rules of
// a named count.
func (a *analysis) figureStandsFor(k int) int {
	toks := a.d.toks
	if k+3 >= len(toks) {
		return -1
	}
	w := toks[k].lower
	if (countRaisers.has(w) || tollRevise.has(w)) && toks[k+1].lower == "it" && (toks[k+2].lower == "to" || toks[k+2].lower == "at") {
		return k + 3 // "raised it to 47"
	}
	if !raisedNoun(w) || toks[k+1].lower == "of" || !a.determinedNoun(k) {
		return -1
	}
	v := k + 1
	for v < len(toks) && v < k+4 && (toks[v].lower == "that" || toks[v].lower == "which" || auxWords.hasToken(&toks[v]) || isAdverb(toks[v]) || chainAdverbs.hasToken(&toks[v])) {
		v++
	}
	if v+1 >= len(toks) || !countChanges.hasToken(&toks[v]) && !(tollRevise.hasToken(&toks[v]) && v > k+1) {
		return -1 // "the figure was later raised to seven": a revision needs its auxiliary
	}
	// "the number has surpassed 100" is a threshold more often than a figure
	if toks[v+1].lower == "to" || toks[v+1].lower == "at" {
		return v + 2
	}
	return -1
}

// determinedNoun reports "the", "a", "that" or "this" before the noun at
// k, with at most one lower-case modifier between: "the figure", "the
// national figure", "a figure".
func (a *analysis) determinedNoun(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch toks[j].lower {
		case "the", "a", "that", "this":
			return true
		}
		if toks[j].kind != tWord || toks[j].text != toks[j].lower {
			return false
		}
	}
	return false
}

// whenWord reports a word of time that may follow a figure: "early",
// "late", "overnight", "Saturday".
func whenWord(w string) bool {
	return w == "early" || w == "late" || timeWords.has(w) || weekdays.has(w)
}

// shareVerbs give a place's share of the dead before "for": "Sindh
// accounted for 41".
var shareVerbs = wordList("share-verb")

// shareSubjectComma returns the index of the comma before a place and a
// verb of a share that open the number at h: "Of the 96 deaths, Sindh
// accounted for 41", "Of the 40 dead, Kano recorded 22". It returns -1
// when there is none.
func (a *analysis) shareSubjectComma(h int) int {
	toks := a.d.toks
	k := h - 1
	if k >= 1 && toks[k].lower == "for" && shareVerbs.hasToken(&toks[k-1]) {
		k--
	} else if k < 0 || !gappedCountVerbs.hasToken(&toks[k]) {
		return -1
	}
	f := a.placeEndingAt(k - 1)
	if f < 1 || toks[f-1].text != "," {
		return -1
	}
	return f - 1
}

// placeEndingAt returns the first index of a place that ends at k: a
// known place, or one to three capitalised words after "and" or a comma
// that name no person, month or weekday. It returns -1 when there is none.
func (a *analysis) placeEndingAt(k int) int {
	if k < 1 {
		return -1
	}
	if p := a.placeAt[k]; p >= 0 {
		if m := a.places[p]; m.lim == k+1 && m.kind != sAdjective {
			return m.first
		}
		return -1
	}
	return a.unknownPlaceAt(k)
}

// gappedForPart reads a later share of the dead whose verb is left out
// and whose "for" repeats the one before the figure at i: "Kunar
// accounted for 1,291 of the dead, Nangarhar for 98 and Laghman for 23".
// The share follows a comma or "and" at k: a place, "for" and a bare
// number that ends its item. It returns the figure and the index after it.
func (a *analysis) gappedForPart(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	j := itemAfter(toks, k)
	if j < 0 {
		return Deaths{}, 0, false
	}
	f := i - 1
	for f > 0 && hedgeWord(toks[f].lower) {
		f--
	}
	if f < 1 || toks[f].lower != "for" || !shareVerbs.hasToken(&toks[f-1]) && !a.sharePartAt(f-1) {
		return Deaths{}, 0, false
	}
	p := j
	for p < len(toks) && p < j+3 && toks[p].lower != "for" {
		p++
	}
	if p == j || p >= len(toks) || toks[p].lower != "for" || a.placeEndingAt(p-1) != j {
		return Deaths{}, 0, false
	}
	q := p + 1
	if q+2 < len(toks) && toks[q].lower == "the" && (toks[q+1].lower == "remaining" || toks[q+1].lower == "other") {
		q += 2 // "and Matale for the remaining 15"
	}
	n, ok := a.countAt(q)
	if !ok || n.hedge != q {
		return Deaths{}, 0, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[k].sent && toks[e].kind != tPunct && toks[e].lower != "and" {
		return Deaths{}, 0, false // "and Laghman for 23 years"
	}
	return a.makeDeath(n, j, n.lim, ruleDeathSubset), n.lim, true
}

// sharePartAt reports a share gapped before at f, the end of a place
// and "for" before the figure: "Nangarhar for 98" in a list after
// "Kunar accounted for 1,291".
func (a *analysis) sharePartAt(f int) bool {
	g := a.placeEndingAt(f)
	return g >= 1 && (a.d.toks[g-1].lower == "and" || a.d.toks[g-1].text == ",")
}

// chainAdverbs may follow the "and" of a chained figure: "and then to 31".
var chainAdverbs = closedSet("then", "later", "finally", "eventually", "again", "subsequently")

// chainedFigure reads a later figure of the same count after "and" at k
// whose verb of change is left out: "was revised to 19 and then to 31",
// "raised to seven and, by Sunday, to 11". The figure at i follows "to"
// or "at", with at most a few words of when between it and the "and"; a
// phrase between commas may stand before the second "to". It returns the
// figure and the index after it.
func (a *analysis) chainedFigure(i, k int) (Deaths, int, bool) {
	toks := a.d.toks
	if toks[k].lower != "and" {
		return Deaths{}, 0, false // most tokens after a figure, turned away before its hedge is read
	}
	f := i - 1
	for f > 0 && toks[f].lower != "to" && toks[f].lower != "at" && hedgeWord(toks[f].lower) {
		f-- // "to about 40"
	}
	first, ok := a.countAt(i)
	if !ok || f < 1 || toks[f].lower != "to" && toks[f].lower != "at" || k-first.lim > 3 {
		return Deaths{}, 0, false
	}
	for x := first.lim; x < k; x++ {
		if toks[x].kind != tWord {
			return Deaths{}, 0, false // "to 19 people, and ..."
		}
	}
	j := k + 1
	for j < len(toks) && chainAdverbs.hasToken(&toks[j]) {
		j++
	}
	if j < len(toks) && toks[j].text == "," {
		e := j + 1 // ", by Sunday,"
		for e < len(toks) && e < j+7 && toks[e].text != "," && toks[e].kind != tNum {
			e++
		}
		if e >= len(toks) || toks[e].text != "," {
			return Deaths{}, 0, false
		}
		j = e + 1
	}
	if j+1 >= len(toks) || toks[j].lower != "to" || toks[j].sent != toks[k].sent {
		return Deaths{}, 0, false
	}
	n, ok := a.countAt(j + 1)
	if !ok || n.hedge != j+1 || !a.phraseEnds(n) && !whenWord(toks[n.lim].lower) {
		return Deaths{}, 0, false // "and to 40 percent"
	}
	d := a.makeDeath(n, j, n.lim, ruleDeathToll)
	d.Cumulative = true
	return d, n.lim, true
}

// shareOfToll reads the number of a partitive before the death figure
// whose number is at i, after a plural copula: "the brothers were two of
// five men shot dead" states the brothers' two deaths beside the five.
// "one of three" names one person of the toll, no figure of its own.
func (a *analysis) shareOfToll(i int, d Deaths) (Deaths, bool) {
	toks := a.d.toks
	if i < 3 || toks[i-1].lower != "of" || toks[i-1].sent != toks[i].sent {
		return Deaths{}, false
	}
	s := i - 2
	if s > 0 && toks[s-1].kind == tNum {
		return Deaths{}, false
	}
	n, ok := a.d.parseNumber(s)
	if !ok || n.first != s || n.lim != i-1 || n.age || n.vague || n.value < 2 || n.value >= d.Count {
		return Deaths{}, false
	}
	if w := toks[s-1].lower; w != "were" && w != "are" {
		return Deaths{}, false
	}
	return a.makeDeath(n, n.first, n.lim, ruleDeathSubset), true
}

// hurtVerbJoined reports a verb of hurt at j that "and" joins to the
// verb of killing with an object of its own, after the parts of the
// dead: "killed 11 people, among them three port workers, and wounded
// 26", "..., including two children, and injured dozens of others".
// The wounded are its object, not the parts before it.
func (a *analysis) hurtVerbJoined(j int) bool {
	toks := a.d.toks
	if j < 2 || j+1 >= len(toks) || toks[j-1].lower != "and" || toks[j-2].text != "," || toks[j+1].sent != toks[j].sent {
		return false
	}
	w := toks[j+1].lower
	return mayBeNumber(&toks[j+1]) || hurtObjects.has(w)
}

// hurtObjects open the object of a joined verb of hurt that is no number.
var hurtObjects = closedSet("dozens", "hundreds", "scores", "many", "more", "others", "several", "at", "about", "around", "nearly", "some")
