package extract

import "strings"

// orgMention is a non-state body from the gazetteer found in the text.
type orgMention struct {
	first, lim int
	org        int // index into lexicon.orgs
}

// orgTypeNouns introduce a body's name in an of-phrase: "of the human rights
// organisation Redress".
var orgTypeNouns = wordList("org-type")

// basedBefore skips "London-based", "North Carolina-based" at j when a
// lower-case noun follows ("the London-based monitoring group"), and
// returns the token after it, or j.
func (a *analysis) basedBefore(j int) int {
	toks := a.d.toks
	for k := j; k < len(toks) && k < j+3 && toks[k].cap; k++ {
		if basedCompound(toks[k]) {
			if k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].cap {
				return k + 1
			}
			return j
		}
	}
	return j
}

// basedCompound reports "London-based", "Geneva-headquartered": where a
// body sits, written before its type.
func basedCompound(t token) bool {
	i := strings.LastIndexByte(t.lower, '-')
	return t.kind == tWord && i > 0 && (t.lower[i+1:] == "based" || t.lower[i+1:] == "headquartered")
}

// tagOrgs marks the gazetteer's bodies in the text. Matching is exact-case
// so that "WHO" is the World Health Organization and "who" is not.
func (a *analysis) tagOrgs() {
	toks := a.d.toks
	a.orgAt = a.d.tokenMarks()
	a.orgs = a.d.rooms.orgs[:0] // the document before's array, or nil
	for i := 0; i < len(toks); {
		if toks[i].kind != tWord || !toks[i].cap {
			i++
			continue
		}
		vals, lim := a.lx.orgTrie.match(toks, i, false)
		if lim == 0 {
			a.tagInitials(i)
			i++
			continue
		}
		// a state name wins over a body of the same form unless the body is longer
		if a.placeAt[i] >= 0 && a.places[a.placeAt[i]].lim >= lim && a.places[a.placeAt[i]].state {
			i = a.places[a.placeAt[i]].lim
			continue
		}
		if k := a.longerOrgInside(i, lim); k > i {
			i = k
			continue // "The Independent National Electoral Commission": the commission, not the newspaper
		}
		o := a.sharedReading(i, lim, vals) // "PNP": a party or a police (orgs_sharedacronym.go)
		if a.portfolioWord(i, lim, o) {
			i = lim
			continue // "Minister of Labour", "Department of Employment and Labour"
		}
		if a.ministryPortfolio(i) {
			i = lim
			continue // "the Ministry of National Defence" in Maputo: no Canadian department
		}
		if a.foreignPartyAcronym(i, lim, o) {
			i = lim
			continue // "SPD Chief NAME" in Shreveport: the police department, not Germany's party
		}
		if a.townOfOtherState(i, o) || a.unknownTownBody(i) || a.otherStatesAgency(i, lim, o) {
			i = lim
			continue // "Las Vegas Metropolitan Police": the city's, not London's
		}
		if a.longerNameOn(lim) {
			i = lim
			continue // "the European Council on Foreign Relations": a think tank's name
		}
		if a.partyWordOfLongerName(lim, o) {
			i = lim + 1
			continue // "Uruguay's Republican Union": not the US Republicans
		}
		if forms := a.lx.localForms[a.d.text[toks[i].start:toks[lim-1].end]]; forms != nil {
			// "Congress" in a story from New Delhi or Lima, or after
			// "Brazil's" or "the Peruvian": that state's body
			o, _ = a.localFormBody(i, forms, o)
		}
		a.orgs = append(a.orgs, orgMention{first: i, lim: lim, org: o})
		for k := i; k < lim; k++ {
			a.orgAt[k] = int32(len(a.orgs) - 1)
		}
		i = lim
	}
}

// longerOrgInside returns the start of a gazetteer body's name that
// begins inside the name matched at [i, lim) and runs past it ("The
// Independent" inside "The Independent National Electoral Commission"),
// or i when none does: the longer name is the one meant.
func (a *analysis) longerOrgInside(i, lim int) int {
	for k := i + 1; k < lim; k++ {
		if !a.d.toks[k].cap {
			continue
		}
		if _, l := a.lx.orgTrie.match(a.d.toks, k, false); l > lim {
			return k
		}
	}
	return i
}

// partyWordOfLongerName reports a party's name ("Republican", "Labour")
// that a capitalised body word of another body's name follows in the same
// run ("Republican Union", "Labour Alliance", "Democratic Front"): the
// gazetteer holds no such name, so it is another party, not that one.
func (a *analysis) partyWordOfLongerName(lim int, o int) bool {
	toks := a.d.toks
	if a.lx.orgs[o].Kind != "party" || lim >= len(toks) {
		return false
	}
	n := toks[lim]
	return n.kind == tWord && n.cap && !n.sentStart && n.sent == toks[lim-1].sent &&
		a.lx.bodyWords[n.lower].kind == "body"
}

// townOfOtherState reports a body of one state's gazetteer named after a
// town of another ("Las Vegas Metropolitan Police", "D.C.'s Metropolitan
// Police Department"): that town's namesake body.
func (a *analysis) townOfOtherState(i int, o int) bool {
	toks := a.d.toks
	g := a.lx.orgs[o]
	k := i - 1
	if k >= 0 && toks[k].lower == "'s" {
		k--
	}
	if g.Country == "" || k < 0 || a.placeAt[k] < 0 || toks[k].para != toks[i].para {
		return false
	}
	m := &a.places[a.placeAt[k]]
	return m.lim == k+1 && (m.kind == sPlace || m.kind == sCapital) && m.code != g.Country
}

// otherStatesAgency reports a state agency of the gazetteer named in
// full, four words or more, and owned by another state's possessive or
// adjective: "Burundi's Independent National Electoral Commission" is
// Burundi's namesake body, not Nigeria's. Short names that many states
// use ("Pakistan's Foreign Office", "Tunisia's National Guard") are read
// as the owner's body elsewhere.
func (a *analysis) otherStatesAgency(i, lim int, o int) bool {
	g := a.lx.orgs[o]
	if g.Kind != "agency" || g.Country == "" || lim-i < 4 {
		return false
	}
	owner := a.ownerStateBefore(i)
	return owner != "" && owner != g.Country
}

// foreignPartyAcronym reports a party's acronym ("SPD", "PP") in a story
// that names the party's state nowhere and whose press or dateline is
// another state's: an acronym of something local, not that party.
func (a *analysis) foreignPartyAcronym(i, lim int, o int) bool {
	g := a.lx.orgs[o]
	if lim != i+1 || g.Kind != "party" || g.Country == "" || !isAcronym(a.d.toks[i].text) {
		return false
	}
	home := a.datelineState()
	if home == "" {
		home = a.styleCountry()
	}
	if home == "" || home == g.Country {
		return false
	}
	for pi := range a.places {
		if m := &a.places[pi]; m.state && m.code == g.Country {
			return false
		}
	}
	return true
}

// portfolioWord reports a party's one-word name that ends an office's
// or a department's name after "of" or "for" ("Minister of Labour", "Department
// of Employment and Labour", "Secretary of Labor"): the portfolio, not
// the party.
func (a *analysis) portfolioWord(i, lim int, o int) bool {
	toks := a.d.toks
	if lim != i+1 || a.lx.orgs[o].Kind != "party" || i < 2 {
		return false
	}
	k := i - 1
	if toks[k].lower == "and" && k >= 2 && toks[k-1].cap {
		k -= 2 // "of Employment and Labour"
	}
	if toks[k].lower != "of" && toks[k].lower != "for" || k < 1 {
		return false
	}
	// a portfolio's holder or department ("Minister for Labour Welfare");
	// "the leader of Labour", "a spokesman for Labour" are the party's
	h := toks[k-1].lower
	return h == "minister" || h == "secretary" || a.lx.bodyWords[h].kind == "state"
}

// ownerStateBefore is the state whose possessive or adjective ends right
// before token i ("Brazil's Congress", "the Peruvian Congress"), or "".
func (a *analysis) ownerStateBefore(i int) string {
	k := i - 1
	if k > 0 && a.d.toks[k].lower == "'s" {
		k--
	}
	if k < 0 || a.placeAt[k] < 0 {
		return ""
	}
	if m := a.places[a.placeAt[k]]; m.lim == k+1 && (m.possessive || m.kind == sAdjective) {
		return m.code
	}
	return ""
}

// orgAtTok returns the body covering token i.
func (a *analysis) orgAtTok(i int) (orgMention, bool) {
	if i < 0 || i >= len(a.orgAt) || a.orgAt[i] < 0 {
		return orgMention{}, false
	}
	return a.orgs[a.orgAt[i]], true
}
