package extract

import "strings"

// Roles stated by a verb after the name: "X, who heads the UN's refugee
// office, said", "X leads the union CFDT". The object must name a body.

// roleVerbAt returns the token of a role verb that follows a name ending at
// lim, directly or after ", who"; -1 if none.
func (a *analysis) roleVerbAt(lim int) int {
	toks := a.d.toks
	v := lim
	if v+1 < len(toks) && toks[v].text == "," {
		// ", who heads", or past a short description: ", a Dutch former
		// sprinter who had led"; an age first: ", 63, who has led"
		from := v + 1
		if from+2 < len(toks) && toks[from].kind == tNum && toks[from+1].text == "," {
			from += 2
		}
		for k := from; k < len(toks) && k < v+8 && toks[k].kind == tWord && toks[k].para == toks[v].para; k++ {
			if toks[k].lower == "who" {
				v = k + 1
				break
			}
			if a.personAt[k] >= 0 || k > v+1 && toks[k].cap && a.placeAt[k] < 0 {
				break
			}
		}
	}
	// a participle ("led", "headed") only after "has" or "had": "who has
	// led the union since 2019"
	perfect := v+1 < len(toks) && (toks[v].lower == "has" || toks[v].lower == "had" || toks[v].lower == "have")
	if perfect {
		v++
	}
	if a.tookOverMinistry(v) != "" {
		return v // "who took over the development ministry in the spring"
	}
	if v+1 < len(toks) && a.objectOffice(v) != "" && (perfect || strings.HasSuffix(toks[v].lower, "s") || a.pastSpanAfter(v)) {
		return v // "who governed the capital from 2019 to 2022"
	}
	if v+1 >= len(toks) || toks[v].cap || a.lx.roleVerbs[toks[v].lower] == "" || toks[v+1].para != toks[v].para {
		return -1
	}
	if strings.HasSuffix(toks[v].lower, "s") == perfect && (perfect || !a.pastSpanAfter(v) && !a.officePastAt(v)) {
		return -1 // "who has heads", "who led": no role stated
	}
	if !a.bodyObject(a.roleVerbObject(v)) && !a.officePastAt(v) {
		return -1
	}
	return v
}

// pastSpanAfter reports a time that closes the clause of a past role verb
// at v: "who led the unit until 2023", "who headed the agency from 2015 to
// 2019" held the office once; a bare "who led the march" says what someone
// did.
func (a *analysis) pastSpanAfter(v int) bool {
	toks := a.d.toks
	for k := v + 1; k+1 < len(toks) && k < v+10 && (toks[k].kind == tWord || toks[k].lower == "'s"); k++ {
		switch toks[k].lower {
		case "until", "from", "between":
			n := toks[k+1]
			return n.kind == tNum || n.lower == "last" && k+2 < len(toks) && toks[k+2].lower == "year"
		}
	}
	return false
}

// objectOffice returns the office that the verb at v and its object
// state: who governs a city or a province (governedPlace), who holds or
// held a minister's portfolio ("who held the regional development
// portfolio until 2021"); "" for anything else.
func (a *analysis) objectOffice(v int) string {
	if h := a.governedPlace(v); h != "" {
		return h
	}
	toks := a.d.toks
	if v+2 >= len(toks) || toks[v].lower != "held" && toks[v].lower != "holds" || toks[v+1].lower != "the" {
		return ""
	}
	for k := v + 2; k < len(toks) && k < v+7 && toks[k].kind == tWord && !toks[k].cap; k++ {
		if toks[k].lower == "portfolio" {
			if k+1 < len(toks) && toks[k+1].lower == "of" || assetPortfolios.hasToken(&toks[k-1]) {
				return "" // "the portfolio of shares", "the investment portfolio"
			}
			return "minister"
		}
	}
	return ""
}

// tookOverMinistry returns the minister's title that "took over",
// "takes over" or "has taken over" and a ministry named by its portfolio
// at v state: "who took over the development ministry in the spring" is
// the development minister; "" for anything else.
func (a *analysis) tookOverMinistry(v int) string {
	toks := a.d.toks
	if v+4 >= len(toks) || toks[v+1].lower != "over" || toks[v+2].lower != "the" {
		return ""
	}
	switch toks[v].lower {
	case "took", "takes", "taken":
	default:
		return ""
	}
	var words []string
	for k := v + 3; k < len(toks) && k < v+7 && toks[k].kind == tWord && !toks[k].cap; k++ {
		if toks[k].lower == "ministry" {
			if len(words) == 0 {
				return ""
			}
			return strings.Join(words, " ") + " minister"
		}
		if a.roleKind(k) != rMod && !a.plainNoun(k) {
			return ""
		}
		words = append(words, toks[k].lower)
	}
	return ""
}

// governedPlace returns the office of who "governs" or "governed" the
// place after v: "mayor" for "the capital", "the city" (governed-city),
// "governor" for "the province" (governed-region); "" for anything else.
func (a *analysis) governedPlace(v int) string {
	toks := a.d.toks
	if v+2 >= len(toks) || toks[v].lower != "governs" && toks[v].lower != "governed" || toks[v+1].lower != "the" {
		return ""
	}
	h := v + 2 // the head noun ends the lower-case words: "the state capital"
	for h+1 < len(toks) && h < v+4 && toks[h+1].kind == tWord && !toks[h+1].cap && (governedCity.hasToken(&toks[h+1]) || governedRegion.hasToken(&toks[h+1])) {
		h++
	}
	if h+1 < len(toks) && toks[h+1].lower == "as" {
		return "" // "governed the capital as its mayor": the title after "as"
	}
	switch n := toks[h].lower; {
	case governedCity.has(n):
		return "mayor"
	case governedRegion.has(n):
		return "governor"
	}
	return ""
}

// assetPortfolios are what a portfolio of assets holds, no ministry:
// "the investment portfolio".
var assetPortfolios = wordList("asset-portfolio")

// governedCity and governedRegion are the places a mayor and a governor
// govern.
var (
	governedCity   = wordList("governed-city")
	governedRegion = wordList("governed-region")
)

// bareRolePast reports a past role verb at v without "has" or "had": the
// office is a former one ("who led the unit until 2023").
func (a *analysis) bareRolePast(v int) bool {
	toks := a.d.toks
	return !strings.HasSuffix(toks[v].lower, "s") && (v == 0 || !haveAux.hasToken(&toks[v-1]))
}

// roleVerbObject is the token where the object of the role verb at v
// starts, past "over" ("who presides over the Senate").
func (a *analysis) roleVerbObject(v int) int {
	if v+1 < len(a.d.toks) && a.d.toks[v+1].lower == "over" {
		return v + 2
	}
	if v+1 < len(a.d.toks) && a.d.toks[v+1].lower == "for" && a.d.toks[v].lower == "speaks" {
		return v + 2 // "who speaks for the group's western bloc": its spokesman
	}
	return v + 1
}

// bodyObject reports a body as the object at j: a body of the gazetteer, a
// state's possessive before a body ("Britain's Foreign Office"), or a
// phrase after "the" whose words include a body noun or a capitalised name
// ("the agency", "the more moderate union CFDT", "the Marine Corps"), not
// "the race" nor "the league".
func (a *analysis) bodyObject(j int) bool {
	toks := a.d.toks
	if j >= len(toks) {
		return false // "who has presided over" ends the text: no object
	}
	if a.orgAt[j] >= 0 {
		return true
	}
	from := j + 1
	if pi := a.placeAt[j]; pi >= 0 && a.places[pi].first == j && a.places[pi].state && a.places[pi].possessive {
		from = a.skipPossessive(a.places[pi].lim) // "who heads Georgia's Roads Department"
	} else if toks[j].lower != "the" {
		return false
	}
	for k := from; k < len(toks) && k < j+7 && toks[k].para == toks[j].para; k++ {
		t := toks[k]
		if t.kind != tWord && t.lower != "'s" && !a.pluralApostropheAt(k) {
			return false
		}
		if a.orgAt[k] >= 0 || t.cap && a.placeAt[k] < 0 && a.personAt[k] < 0 {
			return true
		}
		switch kind := a.bodyKindAt(k); {
		case kind != "" && t.lower != "league" && t.lower != "team" && t.lower != "club":
			return true
		case orgTypeNouns.hasToken(&t) || bodyNouns.hasToken(&t) && t.lower != "league" && t.lower != "team" && t.lower != "club":
			return true
		}
		if a.andJoinedModifier(k, from) {
			continue // "the search and rescue office"
		}
		if prepositions.hasToken(&t) || connectors.hasToken(&t) && t.lower != "the" {
			return a.ofBodyAfterPart(k) // "the local branch of the national miners' union"
		}
	}
	return false
}

// verbRole gives person p the role a verb after mention mi states.
func (a *analysis) verbRole(rule string, p *person, mi int) bool {
	v := a.roleVerbAt(a.mentions[mi].lim)
	if v < 0 {
		return false
	}
	w := titleWalk{ownerAt: -1}
	var words []int
	if title := a.tookOverMinistry(v); title != "" {
		w.head, w.lo, w.hi = "minister", v, v+1
		a.addRoleText(p, w, title, rule, 3, mi) // the office taken over is held now
		return true
	}
	if head := a.objectOffice(v); head != "" {
		w.head = head // the office of who governs a place: no body to read
	} else if _, ok := a.readComplement(a.roleVerbObject(v)-1, &w, &words); !ok {
		return false
	} else {
		w.head = a.lx.roleVerbs[a.d.toks[v].lower]
		if (a.ownedByNonStateNoun(a.roleVerbObject(v)) || a.partOfNonStateNoun(a.roleVerbObject(v))) && w.org == "" && w.country == "" {
			w.nonState = true // "who heads the union's local branch": the union's
			if name := a.partBodyName(a.roleVerbObject(v)); name != "" {
				w.setOrg(org{Name: name}) // "the cleaning workers' section of the CCOO union"
			}
		}
		if o, ok := a.bodyOfObjectPart(a.roleVerbObject(v)); ok && w.org == "" {
			w.country = ""
			w.setOrg(o) // "who heads the Garoua office of UNHCR": the body's, not the place's state
			w.nonState = true
		}
	}
	w.lo, w.hi = v, v+1
	title := w.head
	if a.bareRolePast(v) {
		title = "former " + title
	}
	a.addRoleText(p, w, title, rule, 3, mi)
	return true
}

// ownedByNonStateNoun reports an object at j that opens with "the", a
// lower-case noun for a body that is no state's and "'s": "the union's
// regional branch", "the group's youth wing" are parts of that body.
func (a *analysis) ownedByNonStateNoun(j int) bool {
	toks := a.d.toks
	return j+2 < len(toks) && toks[j].lower == "the" && a.nonStateNoun(j+1) && toks[j+2].lower == "'s"
}

// officePastVerbs are past role verbs that say an office was held, not a
// deed done: "who commanded the brigade" was its commander, while "who
// led the march" may only have walked in front.
var officePastVerbs = wordList("office-past-verb")

// officePastAt reports such a verb at v whose object, after "a" or "the"
// and at most three lower-case words, is a military unit or a unit of
// the police: "who commanded a volunteer unit attached to the police",
// not "who commanded respect" nor "who commanded the assault".
func (a *analysis) officePastAt(v int) bool {
	toks := a.d.toks
	if !officePastVerbs.hasToken(&toks[v]) || v+2 >= len(toks) {
		return false
	}
	if d := toks[v+1].lower; d != "a" && d != "an" && d != "the" {
		return false
	}
	for k := v + 2; k < len(toks) && k < v+6 && toks[k].kind == tWord && !toks[k].cap; k++ {
		if kind := a.bodyKindAt(k); kind == "military" || kind == "police" || commandUnits.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// commandUnits are nouns for a body of troops or police that someone
// commands: "unit", "squad".
var commandUnits = wordList("command-unit")
