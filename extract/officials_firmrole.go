package extract

import "strings"

// A role held at a firm is the firm's, not a state's: "NAME, managing
// director of T-Mobile", "vice president at Ask Jeeves", "UK economist at
// RBS", "a spokesman for software firm St Bernard". The firm's name goes to
// the organisation, whole ("Shopping.com", "Standard & Poor's"), the title
// stops before the preposition, and no state is guessed for it: a state's
// adjective before a firm's role ("UK economist") is where the post is
// held, not whose it is. State bodies ("at the State Department", "for the
// Interior Ministry") and places are left to the state rules.

// firmTrades are lower-case nouns of a firm's trade before its name
// ("at brokers TOV", "for software firm St Bernard").
var firmTrades = wordList("firm-trade")

// firmRole settles an apposition's role held at a named firm: the first
// "at", "for" or "of" after the title that a firm's name follows. It
// reports whether it did.
func (a *analysis) firmRole(r *role) bool {
	if r.rule != ruleApposition || r.titleLo < 0 || r.titleLo >= len(a.d.toks) || r.orgKind == "party" {
		return false
	}
	toks := a.d.toks
	seenPrep := false
	for k := r.titleLo; k < len(toks) && k < r.titleLo+14 && toks[k].sent == toks[r.titleLo].sent; k++ {
		if toks[k].kind != tWord || (seenPrep || k >= r.titleHi) && toks[k].cap && a.placeAt[k] < 0 {
			return false // the apposition ends ("NAME, economist, said") or names another body
		}
		prep := toks[k].lower
		if prep != "at" && prep != "for" && prep != "of" || k == r.titleLo {
			continue
		}
		seenPrep = true
		if prep == "for" && k+1 < len(toks) && toks[k+1].lower == "the" {
			continue // "country director for the Pacific", "for the Right to Breathe campaign": a region or a cause as often as a firm
		}
		j, e, ok := a.firmNameAfter(k + 1)
		if !ok {
			if j > 0 {
				return false // a state's body or a person: not a firm's role
			}
			continue // "director for the Middle East at Amnesty": read on
		}
		if !a.firmHeadFits(r, prep) || e == j+1 && isAcronym(toks[j].text) && !a.firmAcronym(r, prep, j) {
			return false
		}
		a.setFirm(r, prep, j, e)
		return true
	}
	return false
}

// firmHeadFits reports a role noun that a firm has after prep: any body's
// or a private one after "at" and "for" ("analyst at", "spokesman for"),
// a private one only after "of" ("managing director of", not "president
// of").
func (a *analysis) firmHeadFits(r *role, prep string) bool {
	t := strings.ToLower(r.title)
	if i := strings.Index(t, " "+prep+" "); i > 0 {
		t = t[:i]
	}
	if a.privateTitle(t) {
		return true
	}
	return prep != "of" && ownerRoleHeads.has(r.head) && r.head != "member" && r.head != "general"
}

// firmAcronym reports an acronym alone at j that is a firm's: a
// gazetteer's company, or one a role is held "at" ("analyst at CCF") or
// a private role "of" ("chief operating officer of TNT"); "a spokesman
// for TCSO" may speak for a state's agency.
func (a *analysis) firmAcronym(r *role, prep string, j int) bool {
	if oi := a.orgAt[j]; oi >= 0 && a.lx.orgs[a.orgs[oi].org].Kind == "company" {
		return true
	}
	return prep == "at" || prep == "of" && a.privateTitle(r.title)
}

// setFirm gives r the firm [j, e) after prep: the organisation (a
// gazetteer's name already found stays), a title cut before prep, no
// state.
func (a *analysis) setFirm(r *role, prep string, j, e int) {
	toks := a.d.toks
	name := a.d.text[toks[j].start:toks[e-1].end]
	if r.org == "" {
		r.org, r.orgKind = name, ""
	}
	if i := strings.Index(r.title, " "+prep+" "); i > 0 {
		r.title = r.title[:i] // "chief revenue officer at Shopping.com": "chief revenue officer"
	}
	r.country, r.nonState, r.explicit = "", true, false
}

// firmNameAfter reads a firm's name from j, past "the" and a trade noun
// ("the research firm"): capitalised words joined by "&", "-", "of" or a
// dotted ending ("Standard & Poor's", "Royal Bank of Scotland",
// "Shopping.com"). It returns the name's range and whether it is a
// firm's; j > 0 without ok when the phrase is a state's body or a
// person, which ends the search.
func (a *analysis) firmNameAfter(j int) (int, int, bool) {
	toks := a.d.toks
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	for n := 0; n < 3 && j < len(toks) && (!toks[j].cap && firmTrades.hasToken(&toks[j]) || strings.HasSuffix(toks[j].lower, "-based")); n++ {
		j++ // "the Frankfurt-based exchange", "research firm"
	}
	if j >= len(toks) || toks[j].kind != tWord || !toks[j].cap {
		return 0, 0, false
	}
	e := a.firmNameEnd(j)
	if strings.HasSuffix(toks[e-1].lower, "-based") || a.regionAdjectivesBefore(j, e) {
		return 0, 0, false // "the North Carolina-based bank", "for Latin American sovereigns": no name
	}
	if pi := a.placeAt[j]; pi >= 0 && !a.firmAfterAdjective(j, e) {
		if a.places[pi].lim < e {
			return j, e, false // "of the Malian Commission for Civic Freedoms": a body named by a place
		}
		return 0, 0, false // "for the West Bank", "at Texas": a place
	}
	// "the Coast Guard of Kenya", "Keller Freight Valencia": a state's
	// body or a branch where it is
	if a.stateFirmPhrase(j, e) || a.placeAt[e-1] >= 0 && (toks[e-2].lower != "of" || a.places[a.placeAt[e-1]].state) {
		return j, e, false
	}
	return j, e, true
}

// firmNameEnd returns the end of a firm's name opening at j.
func (a *analysis) firmNameEnd(j int) int {
	toks := a.d.toks
	e := j + 1
	for e < len(toks) && toks[e].sent == toks[j].sent {
		t := &toks[e]
		next := e+1 < len(toks) && toks[e+1].kind == tWord && toks[e+1].sent == t.sent
		switch {
		case t.kind == tWord && t.cap:
			e++
		case next && toks[e+1].cap && (t.text == "&" || t.lower == "and" && a.personAt[e+1] < 0 || t.lower == "of" && a.placeAt[e+1] >= 0):
			e += 2 // "Standard & Poor", "Fact and Opinion Economics", "Royal Bank of Scotland"
		case next && t.text == "." && !t.spaceBefore && !toks[e+1].spaceBefore && !toks[e+1].cap:
			e += 2 // "Shopping.com"
		case t.text == "'s" && e > j+1 && toks[e-2].text == "&":
			return e + 1 // "Standard & Poor's"
		default:
			return e
		}
	}
	return e
}

// firmAfterAdjective reports a name that opens with a state's adjective
// and goes on with a word no gazetteer knows: "Swiss Re", not "the
// Dutch foreign ministry".
func (a *analysis) firmAfterAdjective(j, e int) bool {
	pi := a.placeAt[j]
	return a.places[pi].kind == sAdjective && a.places[pi].lim == j+1 && e > j+1 && a.unknownNameWord(j+1)
}

// stateFirmPhrase reports a name [j, e) that is no firm's: a person, a
// state's body ("Interior Ministry", "Los Angeles Police Department",
// "Veterans Affairs"), a
// gazetteer's body that is a state's agency or a party, a house number
// ("Number 10"), or a name a body's noun goes on ("Al-Shifa hospital",
// "Transport for London").
func (a *analysis) stateFirmPhrase(j, e int) bool {
	toks := a.d.toks
	for k := j; k < e; k++ {
		if a.personAt[k] >= 0 || a.stateBodyWord(k) || adjectivePortfolios.hasToken(&toks[k]) || a.roleKind(k) != 0 && a.roleKind(k) != rQual && a.roleKind(k) != rMod {
			return true
		}
		if oi := a.orgAt[k]; oi >= 0 {
			if kind := a.lx.orgs[a.orgs[oi].org].Kind; kind == "agency" || kind == "party" || kind == "intl" || kind == "armed" {
				return true
			}
		}
	}
	if state, ok := a.bodyName(j, e); ok && state {
		return true
	}
	if e < len(toks) && toks[e].sent == toks[j].sent {
		if t := &toks[e]; t.kind == tNum || t.lower == "for" || t.lower == "of" || t.kind == tWord && !t.cap && a.bodyKindAt(e) != "" {
			return true
		}
	}
	return false
}

// firmPossessiveRole settles a role written after a body's possessive
// that no gazetteer holds as a state's, a place or a person: "GE's chief
// executive NAME", "Spurs' sporting director NAME", "NAME, Swiss Re's
// spokesman". The body is the article's own subject (written alone
// elsewhere, or a gazetteer's company); the role is its, with no state.
// It reports whether it did.
func (a *analysis) firmPossessiveRole(r *role) bool {
	if r.titleLo < 2 || r.titleLo >= len(a.d.toks) || r.orgKind == "party" || r.owner >= 0 || r.principal > 0 {
		return false
	}
	if !ownerRoleHeads.has(r.head) && !a.privateTitle(r.title) || !a.ownerHeadFits(r) || a.committeeTitle(r) {
		return false
	}
	toks := a.d.toks
	k := r.titleLo - 1
	for n := 0; n < 2 && k > 1 && toks[k].kind == tWord && !toks[k].cap && a.roleKind(k) == 0 && r.rule == ruleTitleBefore; n++ {
		k-- // "Spurs' sporting director": a word the title left out
	}
	if t := toks[k].text; t != "'s" && t != "'" && t != "\u2019s" && t != "\u2019" || toks[k].spaceBefore {
		return false
	}
	lo := k
	for lo > 0 && toks[lo-1].kind == tWord && toks[lo-1].cap && toks[lo-1].sent == toks[k].sent && k-lo < 4 {
		lo--
	}
	if lo == k || a.placeAt[lo] >= 0 && !a.firmAfterAdjective(lo, k) || a.stateFirmPhrase(lo, k) {
		return false
	}
	known := false
	for j := lo; j < k; j++ {
		if a.orgAt[j] >= 0 {
			known = a.lx.orgs[a.orgs[a.orgAt[j]].org].Kind == "company"
		} else if j > lo && !a.unknownNameWord(j) || j == lo && a.placeAt[j] < 0 && !a.unknownNameWord(j) {
			return false
		}
	}
	if !known && !a.storyOwner(r, lo, k) {
		return false
	}
	if r.org == "" {
		r.org, r.orgKind = a.d.text[toks[lo].start:toks[k-1].end], ""
	}
	if k+1 < r.titleLo {
		r.title = a.d.text[toks[k+1].start:toks[r.titleLo].start] + r.title
	}
	r.country, r.nonState, r.explicit = "", true, false
	return true
}
