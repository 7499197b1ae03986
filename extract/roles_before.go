package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A title written before a name is read backwards, from the word before the
// name: first an aside in brackets and a complement after the role ("the
// UN envoy for Sudan, NAME") are stepped over, then a role listed as a
// phrase ("U.S. Attorney") is taken whole, then the words before it are
// read one at a time by the first matcher of titleBackSteps that accepts
// them, until one stops the title or none accepts the word.

// titleScan is the state of a title read backwards.
type titleScan struct {
	w        titleWalk
	para     int32
	kind     roleKind // the role kind of the word being read
	qualOnly bool     // a state or body was read: only qualifiers may come before it
	pending  []int    // capitalised words before any role noun: "Public Prosecution"
}

// stepVerdict is what a matcher makes of the word it is shown.
type stepVerdict uint8

const (
	stepPass stepVerdict = iota // not this matcher's word: ask the next one
	stepTake                    // taken (or stepped over): read on from the token returned
	stepStop                    // the title ends here
)

// titleStep is one named matcher of a title: its name says in tests and
// traces which rule read a word.
type titleStep[S any] struct {
	name  string
	match func(a *analysis, s *S, k int) (int, stepVerdict)
}

// titleBackSteps read the words of a title before a name, right to left;
// the first that does not pass decides.
var titleBackSteps = []titleStep[titleScan]{
	{"roman-ordinal", romanOrdinalBefore},
	{"bracketed-acronym", bracketedAcronym},
	{"rank-full-stop", rankFullStop},
	{"state-or-place", stateOrPlaceBefore},
	{"body", bodyBefore},
	{"possessive-owner", possessiveOwner},
	{"whose-owner", whoseOwner},
	{"qualifier-only", qualifierOnly},
	{"capitalised-before-of", capitalisedBeforeOf},
	{"of-after-capitalised", ofAfterCapitalised},
	{"the-in-of-phrase", theInOfPhrase},
	{"unjoined-capitals", unjoinedCapitals},
	{"body-phrase-in-of", bodyPhraseInOf},
	{"role-noun", roleNounBefore},
	{"modifier", modifierBefore},
	{"honorific", honorificBefore},
	{"ex-capitalised", exCapitalised},
	{"capitalised-in-title", capitalisedInTitle},
	{"noun-in-compound", nounInCompound},
	{"connector", connectorBefore},
	{"portfolio-comma", portfolioCommaBefore},
}

// bracketedAcronym steps over a body's acronym in brackets between its
// name and the role noun read: "The National Electoral Commission (NEC)
// chairman".
func bracketedAcronym(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if !s.w.hasHead || toks[k].text != ")" || k < 3 || toks[k-2].text != "(" {
		return k, stepPass
	}
	// the acronym: two to six capitals
	if t := toks[k-1]; t.kind != tWord || !t.cap || len(t.text) < 2 || len(t.text) > 6 || strings.ToUpper(t.text) != t.text {
		return k, stepPass
	}
	return k - 3, stepTake
}

// titleBefore reads the title that ends right before token end: "US Senator",
// "Egyptian Foreign Minister", "Secretary of State", "Taliban spokesman".
func (a *analysis) titleBefore(end int) (titleWalk, bool) {
	toks := a.d.toks
	s := &a.titleScratch
	*s = titleScan{w: titleWalk{hi: end, lo: end, ownerAt: -1}, pending: s.pending[:0]}
	if end <= 0 {
		return s.w, false
	}
	s.para = toks[end-1].para
	if end < len(toks) && toks[end].para != s.para {
		return s.w, false // a headline's last words are no title of the next paragraph's first name
	}
	if a.openOfComplementBefore(end) {
		return s.w, false
	}
	k := a.skipAsideBefore(end - 1)
	k, complement := a.complementBeforeName(&s.w, end, k)
	k = a.officePhraseBefore(&s.w, k, s.para)
	a.readTitleBack(s, k)
	return a.finishTitleBefore(s.w, complement)
}

// openOfComplementBefore reports a name at end that closes a complement
// "of the" and one or two lower-case modifiers, and opens with no given
// name: "a member of the ruling Frente Amplio" names the body the role is
// in, no person ("the leader of the opposition Juan Perez" is one).
func (a *analysis) openOfComplementBefore(end int) bool {
	toks := a.d.toks
	if end < 4 || end >= len(toks) || !toks[end].cap || a.personAt[end] < 0 || a.lx.givenNameWord(toks[end].text) {
		return false
	}
	for k := end - 1; k >= 2 && k >= end-2; k-- {
		if t := toks[k]; t.kind != tWord || t.cap || a.roleKind(k) == rHead || a.roleKind(k) == rWeak || a.roleKind(k) == rRank {
			return false
		}
		if toks[k-1].lower == "the" && toks[k-2].lower == "of" {
			return true
		}
	}
	return false
}

// skipAsideBefore steps back over an aside in brackets that ends at k:
// "Vice President (then-Senator) Joseph R. Biden".
func (a *analysis) skipAsideBefore(k int) int {
	toks := a.d.toks
	if toks[k].text != ")" {
		return k
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].text == "(" {
			return j - 1
		}
	}
	return k
}

// complementBeforeName reads a complement after the role, before a comma or
// a bare state or body: "the UN envoy for Sudan, Marta Ferreira", "The head
// of the office, Clémence Arnaud", "The president of Haiti's transitional
// council, Jean-Robert Dorval", "The state secretary at the interior
// ministry, NAME". It returns where the role noun ends.
func (a *analysis) complementBeforeName(w *titleWalk, end, k int) (int, bool) {
	toks := a.d.toks
	if !(end < len(toks) && toks[end].text == "," || a.bareComplementBefore(k)) {
		return k, false
	}
	if end < len(toks) && toks[end].text == "," {
		k = a.bodyDescriptionBefore(a.relativeAsideBefore(k))
	}
	for p := k; p >= 1 && p > k-10; p-- {
		x := toks[p].lower
		if x == "," && (a.portfolioListAfter(p, k) || a.portfolioWordListAfter(p, k)) {
			continue // "Minister of Transport, Works and Infrastructure,", "commissioner for political affairs, peace and security,": one portfolio
		}
		if x == "." && toks[p+1].sent == toks[p].sent && toks[p-1].end == toks[p].start {
			continue // "the coroner for Co. Mayo,", "for St. Louis,": an abbreviation's stop ends no sentence
		}
		if toks[p].kind == tQuote && !a.pluralApostrophe(p) || x == "," || x == ";" || x == "said" || x == "." {
			break
		}
		// "at" only before a comma: "economist at Swiss Re" is a firm's
		// name; so "from": "A Republican senator from Kansas, NAME,"; and
		// "with" a body: "An official with the Dutch army, NAME," (not "the
		// nominee with young voters, NAME said")
		at := (x == "at" || x == "from" || x == "with" && a.bodyWithin(p+1, k)) && end < len(toks) && toks[end].text == ","
		if a.insideListedRole(p, k) {
			continue // "chief of staff", "head of state": the office's own words, no complement
		}
		if p >= 3 && a.chamberOfAt(p-3) {
			continue // "A member of the House of Representatives from X,": the chamber's word is no role
		}
		if (x == "for" || x == "to" || x == "of" || x == "on" || x == "in" || at) && (a.roleKind(p-1) == rHead || a.roleKind(p-1) == rWeak || a.roleEndingAt(p) >= 0) {
			a.readComplementBefore(w, x, p, k)
			return p - 1, true
		}
		if h := a.glossBefore(p); x == "of" && h < p-1 && (a.roleKind(h) == rHead || a.roleKind(h) == rWeak) {
			a.readComplementBefore(w, x, p, k)
			return h, true // "The wali, or governor, of Bejaia, NAME"
		}
	}
	return k, false
}

// portfolioListAfter reports a comma at c inside a list of portfolios
// that ends at k: capitalised words only, and an "and" before the last
// ("Transport, Works and Infrastructure", "Lands, Housing and Urban
// Development").
func (a *analysis) portfolioListAfter(c, k int) bool {
	toks := a.d.toks
	and := false
	for j := c + 1; j <= k; j++ {
		t := toks[j]
		switch {
		case t.lower == "and" && j > c+1 && j < k:
			and = true
		case t.text == "," && j > c+1 && toks[j+1].cap:
		case t.kind != tWord || !t.cap || a.personAt[j] >= 0 || a.placeAt[j] >= 0 || a.orgAt[j] >= 0:
			return false
		}
	}
	return and && c > 0 && toks[c-1].cap && toks[c-1].kind == tWord
}

// relativeAsideBefore steps back over a relative clause between commas
// that ends at k and follows a capitalised name ending a role's
// complement: "The secretary general of the Mano River Union, which
// groups Sierra Leone, Guinea, Liberia and Ivory Coast, NAME" reads the
// complement "of the Mano River Union". The clause may hold a list. It
// returns the token before the clause's comma, or k.
func (a *analysis) relativeAsideBefore(k int) int {
	toks := a.d.toks
	c := k
	for c > 0 && c > k-20 && !(toks[c].text == "," && (toks[c+1].lower == "which" || toks[c+1].lower == "whose")) {
		if t := toks[c]; t.kind == tQuote || t.text == "." || t.text == ";" || a.personAt[c] >= 0 || a.lx.speech[t.lower] != "" {
			return k
		}
		c--
	}
	if c < 3 || c+2 > k || toks[c].text != "," {
		return k
	}
	if n := toks[c-1]; n.kind != tWord || !n.cap || a.personAt[c-1] >= 0 {
		return k
	}
	for p := c - 2; p >= 1 && p > c-10 && toks[p].text != ","; p-- {
		if x := toks[p].lower; (x == "of" || x == "for") && (a.roleKind(p-1) == rHead || a.roleKind(p-1) == rWeak || a.roleEndingAt(p) >= 0) {
			return c - 1
		}
	}
	return k
}

// bodyDescriptionBefore steps back over a definite or indefinite
// description between commas that ends at k and follows a capitalised
// name: "The chief executive of Moldovagaz, the gas distributor part-owned
// by Russia's Gazprom, NAME" reads the complement "of Moldovagaz". It
// returns the token before the description's comma, or k.
func (a *analysis) bodyDescriptionBefore(k int) int {
	toks := a.d.toks
	c := k
	for c > 0 && c > k-12 && toks[c].text != "," {
		if t := toks[c]; t.kind == tQuote || t.text == "." || t.text == ";" || a.personAt[c] >= 0 || a.lx.speech[t.lower] != "" {
			return k
		}
		c--
	}
	if c < 2 || c+2 > k || toks[c].text != "," || toks[c+1].cap {
		return k
	}
	if d := toks[c+1].lower; d != "the" && d != "a" && d != "an" {
		return k
	}
	if n := toks[c-1]; n.kind != tWord || !n.cap || a.personAt[c-1] >= 0 {
		return k
	}
	for j := c + 1; j <= k; j++ {
		if r := a.roleKind(j); r == rHead || r == rWeak {
			return k // "In Kentucky, the Democratic candidate, NAME": the title itself
		}
	}
	// the name before the comma is a role's complement: "The chief
	// executive of Moldovagaz,"
	for p := c - 2; p >= 1 && p > c-10 && toks[p].text != ","; p-- {
		if x := toks[p].lower; (x == "of" || x == "for") && (a.roleKind(p-1) == rHead || a.roleKind(p-1) == rWeak || a.roleEndingAt(p) >= 0) {
			return c - 1
		}
	}
	return k
}

// readComplementBefore takes the state or body of a complement (p+1 to k)
// opened by the preposition prep at p.
func (a *analysis) readComplementBefore(w *titleWalk, prep string, p, k int) {
	// "a spokesman for the Sudanese foreign ministry": a state's own body
	// makes the office the state's, as "of" does
	if kind := a.bodyKindAt(k); prep == "for" && kind != "" && kind != "nonstate" {
		prep = "of"
	}
	if prep != "to" && (a.demonymBodyName(p+1, k, w) || a.stateNamedBody(p+1, k, w)) {
		return
	}
	if a.possessiveBodyBefore(w, prep, p, k) || a.possessiveFirmBefore(w, prep, p, k) {
		return // "The chairman of Bahrain's Gulf Pearl Bank,"
	}
	if lo := p + 1; (prep == "of" || prep == "for") && w.org == "" && w.country == "" {
		if lo < k && a.d.toks[lo].lower == "the" {
			lo++
		}
		if a.capRunEnd(lo) == k+1 && a.peopleNamedBody(lo, k+1) {
			w.org, w.orgKind, w.nonState = a.d.text[a.d.toks[lo].start:a.d.toks[k].end], "", true // "The president of the United Nurses of Alberta,"
			return
		}
	}
	if (prep == "in" || prep == "of") && p+2 == k && w.org == "" && w.country == "" && a.groupBackAfter(p, w) == k+1 {
		return // "A senior figure in the group, NAME," after "Kataib Hezbollah"
	}
	if j := a.nonStateOwnerIn(p+1, k); j >= 0 && (prep == "of" || prep == "for") && w.org == "" && w.country == "" {
		w.nonState, w.ownerAt = true, j // "The head of the mission's office in Goma,": the mission's, wherever it sits
		return
	}
	a.complementPlacesBefore(w, prep, p, k)
	if w.org == "" && w.country == "" && prep == "of" {
		a.partyNamedBefore(p, k, w) // "The chairman of the Homeland Union party,"
		a.shortNameBefore(p, k, w)  // "the chairperson of the Commission," after "the AU Commission"
	}
	if w.org == "" && w.country == "" && prep != "to" {
		a.bodyNamedBefore(p+1, k+1, w) // "The president of the Ontario Chamber of Commerce,"
		if w.org == "" && a.memberPrepBefore(prep, p, k) && a.nonStateBodyIn(p+1, k) {
			w.nonState = true // "The vice-chair of the Marlowe House tenants' association,", "An official with the teachers' union,"
		}
		if j := a.nonStateUnitIn(p+1, k); w.org == "" && !w.nonState && (prep == "of" || prep == "for") && j >= 0 {
			w.nonState = true // "The head of the local civil society coordination,"
		}
	}
	if w.org == "" && w.country == "" && !w.nonState && prep == "of" && a.ownedPhraseBack(p+1, k) {
		w.nonState = true // "The chairman of the ethics committee," after "the confederation's ethics committee"
	}
	a.groupAcronymComplement(prep, p, k, w)
	if j := p + 1; w.org == "" && w.country == "" && (prep == "of" || prep == "for") && j <= k {
		if a.d.toks[j].lower == "the" {
			j++
		}
		if name := a.armedGroupNameAt(j, k+1); name != "" && a.capRunEnd(j) == k+1 {
			w.org, w.orgKind, w.nonState = name, "", true // "A representative of the White Army, NAME,"
		}
	}
	if w.org == "" && w.country == "" && !w.nonState && prep == "of" && !territorialHeads.hasToken(&a.d.toks[a.glossBefore(p)]) && !a.stateOpensTitle(p-1) {
		// "The general secretary of Unite,": a name that is no state, place,
		// person or role is a body, as "Unite's general secretary" is; a
		// governor's or a mayor's is a place ("The mayor of Krnov,")
		// an acronym alone is as often a state's agency ("The head of ONPE,")
		lo := a.unknownBodyBefore(k + 1)
		if (lo == p+1 || lo == p+2 && a.d.toks[p+1].lower == "the") && !(lo == k && isAcronym(a.d.toks[k].text)) {
			w.org, w.orgKind, w.nonState = a.d.text[a.d.toks[lo].start:a.d.toks[k].end], "", true
		}
	}
}

// complementPlacesBefore reads the states, places and organisations inside
// a complement (p+1 to k) opened by prep at p: a state's own body makes the
// office the state's, a place that qualifies a body makes it no state's.
func (a *analysis) complementPlacesBefore(w *titleWalk, prep string, p, k int) {
	for j := p + 1; j <= k; j++ {
		if a.placeAt[j] >= 0 && prep != "to" && w.country == "" && a.qualifiedBodyHead(a.places[a.placeAt[j]].lim) == k {
			// "The head of Uruguay's trade union federation,", "of the Rio
			// Grande do Sul rice growers' federation,": the place
			// qualifies a body that is no state's, whose office it is
			w.nonState = true
			break
		}
		if c, ok := a.stateAt(j); ok && w.country == "" && !a.insideIntlBodyName(j) {
			pj, m := prep, a.places[a.placeAt[j]]
			if a.stateInBodyName(p, j) || a.stateBodyAfter(m) || prep == "at" {
				// "a spokeswoman for the Office of the US Trade Representative",
				// "for the US Embassy in Seoul", "at the Polish defence ministry"
				pj = "of"
			}
			if p > 0 && a.aideOfStateOfficial(prep, m, a.d.toks[p-1].lower) {
				pj = "of" // "an adviser to the Indonesian foreign minister": serves that state's official
			}
			if p > 0 && a.ownsStateBodyBefore(prep, m, j, a.d.toks[p-1].lower) {
				pj = "of" // "A colonel in the Dutch coast guard,", "A spokesman for the navy of Jordan,"
			}
			w.complementState(pj, c, m.possessive)
		}
		if o, ok := a.orgAtTok(j); ok && w.org == "" && (prep != "to" || p > 0 && aideHeads.hasToken(&a.d.toks[p-1])) && !a.unitAfter(o.lim) && !a.bodyPortfolioOfMinister(prep, p, o.lim) {
			// "ambassador to the EU" is not the EU's; "an adviser to the
			// RSF leadership" serves the RSF, whose office it is
			w.setOrg(a.lx.orgs[o.org])
		}
		if c := a.localPlaceState(j); c != "" && prep == "of" && w.country == "" && w.org == "" && !a.nonStateBodyIn(p+1, j-1) {
			// not inside a body's name: "of the farmers' group Samahang Magsasaka ng Gitnang Luzon"
			w.country = c // "The governor of the Belgorod region,": the region's state
		}
	}
}

// ownedPhraseBack reports a complement of lower-case words from lo to k
// ("the ethics committee") that the article wrote before with the
// possessive of a body that is no state's before it: "the confederation's
// ethics committee", then "The chairman of the ethics committee, NAME,"
// is the confederation's committee's chairman.
func (a *analysis) ownedPhraseBack(lo, k int) bool {
	toks := a.d.toks
	if lo <= k && toks[lo].lower == "the" {
		lo++
	}
	n := k - lo + 1
	if n < 1 || n > 3 {
		return false
	}
	for j := lo; j <= k; j++ {
		if t := toks[j]; t.cap || t.kind != tWord {
			return false
		}
	}
	for j := 2; j+n <= lo-1; j++ {
		if toks[j-1].lower != "'s" || !a.nonStateNoun(j-2) {
			continue
		}
		same := true
		for x := 0; x < n && same; x++ {
			same = toks[j+x].lower == toks[lo+x].lower
		}
		if same {
			return true
		}
	}
	return false
}

// bodyPortfolioOfMinister reports a body before a portfolio noun
// ending at lim in a minister's complement after "for": "Minister for
// European Union Affairs" names the portfolio, and the office is the
// state's, as in "EU affairs minister".
func (a *analysis) bodyPortfolioOfMinister(prep string, p, lim int) bool {
	toks := a.d.toks
	return prep == "for" && p > 0 && toks[p-1].lower == "minister" && lim < len(toks) && adjectivePortfolios.hasToken(&toks[lim])
}

// groupAcronymComplement takes as the body a complement of one acronym
// after "for" or "of" that the article introduced before as a body that is
// no state's: "A spokesman for 3R," after "the 3R armed group".
func (a *analysis) groupAcronymComplement(prep string, p, k int, w *titleWalk) {
	toks := a.d.toks
	if w.org != "" || w.country != "" || prep != "for" && prep != "of" || k != p+1 || !acronymLike(toks[k].text) || a.placeAt[k] >= 0 {
		return
	}
	for j := 0; j < k; j++ {
		if toks[j].text != toks[k].text {
			continue
		}
		for e := j + 1; e < len(toks) && e <= j+3 && toks[e].kind == tWord && !toks[e].cap; e++ {
			if a.nonStateNoun(e) {
				w.org, w.orgKind, w.nonState = toks[k].text, "", true
				return
			}
		}
	}
}

// acronymLike reports a word of two to six capitals and digits with a
// capital: "ECOWAS", "3R", "M23".
func acronymLike(w string) bool {
	caps := false
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			caps = true
		case r < '0' || r > '9':
			return false
		}
	}
	return caps && len(w) >= 2 && len(w) <= 6
}

// unitAfter reports a local government's unit in lower case at e, after
// a body's name that is then a place's word: "the Amazon state of Pará"
// is no company's.
func (a *analysis) unitAfter(e int) bool {
	return e < len(a.d.toks) && !a.d.toks[e].cap && localUnits.hasToken(&a.d.toks[e])
}

// partyNamedBefore takes the party a complement after "of" at p names
// with a capitalised name and a lower-case "party" or "bloc" at k, which no
// gazetteer need know: "The chairman of the Homeland Union party, NAME,",
// as complementName does after a name. A legislator's seat stays the
// state's ("a deputy of the Radical party").
func (a *analysis) partyNamedBefore(p, k int, w *titleWalk) {
	toks := a.d.toks
	j := p + 1
	if j < k && toks[j].lower == "the" {
		j++
	}
	if j >= k || a.capRunEnd(j) != k || !a.partyNounAt(k) {
		return
	}
	if _, ok := a.stateAt(j); ok {
		return // "of the Kenyan ruling party" is no party's name
	}
	w.org, w.orgKind = a.d.text[toks[j].start:toks[k-1].end], ""
	if legislatorHeads.hasToken(&toks[p-1]) {
		w.orgKind = "party"
	}
}

// shortNameBefore takes the body a complement "of the W" names by its
// last word alone, a state's institution word written in capitals, when
// the nearest body of the gazetteer named before it, in its sentence or
// the ownerReach before it, ends in that word and is no state's agency:
// "the chairperson of the Commission, NAME," after "the AU Commission" is
// the African Union Commission's.
func (a *analysis) shortNameBefore(p, k int, w *titleWalk) {
	toks := a.d.toks
	if k != p+2 || toks[p+1].lower != "the" || !toks[k].cap || a.orgAt[k] >= 0 || a.lx.bodyWords[toks[k].lower].kind != "state" {
		return
	}
	from := a.d.sents[max(int(toks[p].sent)-ownerReach, 0)].first
	for i := len(a.orgs) - 1; i >= 0; i-- {
		o := a.orgs[i]
		if o.first >= p || o.first < from {
			continue
		}
		if g := a.lx.orgs[o.org]; strings.HasSuffix(g.Name, " "+toks[k].text) {
			if g.Kind != "agency" {
				w.setOrg(g)
			}
			return
		}
	}
}

// stateOpensTitle reports a state named among the few words of a title
// that end at e ("Spain's director general", "the Kenyan minister"): the
// state's office, whatever its complement names.
func (a *analysis) stateOpensTitle(e int) bool {
	toks := a.d.toks
	for j := e; j >= 0 && j > e-6; j-- {
		if _, ok := a.stateAt(j); ok {
			return true
		}
		if t := toks[j]; t.kind != tWord && t.lower != "'s" || t.lower == "the" || t.lower == "a" || t.lower == "an" {
			return false
		}
	}
	return false
}

// localPlaceState returns the state of a place inside a state that
// starts at j and is no body's name's first word ("the Belgorod region",
// not "the Cardiff Blues"), or "" for any other token.
func (a *analysis) localPlaceState(j int) string {
	m, ok := a.placeStartingAt(j)
	toks := a.d.toks
	if !ok || m.code == "" || m.kind != sPlace || m.ambiguous || m.nameWord || m.possessive || len(m.altCodes) > 0 || m.lim < len(toks) && toks[m.lim].cap && toks[m.lim].kind == tWord {
		return ""
	}
	return m.code
}

// stateInBodyName reports a state at j after "of" inside a capitalised
// name that opens the complement after p: "for the Office of the US Trade
// Representative", "for the Government of Sudan" are the state's; "envoy
// for Sudan" and "for the people of Sudan" are not.
func (a *analysis) stateInBodyName(p, j int) bool {
	toks := a.d.toks
	k := j - 1
	if k > p && toks[k].lower == "the" {
		k--
	}
	if k <= p+1 || toks[k].lower != "of" {
		return false
	}
	for i := p + 1; i < k; i++ {
		if t := toks[i]; t.kind != tWord || !t.cap && t.lower != "the" && t.lower != "of" {
			return false
		}
	}
	return toks[k-1].cap
}

// demonymBodyName reads a complement that is the name of a body that is
// no state's opened by a state's adjective ("The head of the Indonesian
// Employers' Association,"): the body is the org, the adjective gives no
// state, as it gives none after the name.
func (a *analysis) demonymBodyName(lo, k int, w *titleWalk) bool {
	toks := a.d.toks
	if lo <= k && toks[lo].lower == "the" {
		lo++
	}
	m, ok := a.stateMentionAt(lo)
	if !ok || m.possessive || m.lim > k || w.org != "" || w.country != "" {
		return false
	}
	for j := m.lim; j <= k; j++ {
		// "the Bangladesh Garment Manufacturers and Exporters Association":
		// "and" between capitalised words is inside the name
		and := toks[j].lower == "and" && j > m.lim && j < k && toks[j+1].cap
		if !toks[j].cap && !a.pluralApostrophe(j) && toks[j].lower != "of" && !and {
			return false
		}
	}
	if state, ok := a.bodyName(m.lim, k+1); (!ok || state) && !(m.lim == k && demonymBodies.hasToken(&toks[k])) {
		return false // "the Malaysian Bar" is the bar association
	}
	if a.stateOwnsOrgan(lo, a.bodyHead(m.lim, k+1), k+1) {
		return false // "the Jordanian Security Services": the state's organ
	}
	w.org, w.orgKind = a.d.text[toks[lo].start:toks[k].end], ""
	w.nonState = true
	return true
}

// demonymBodies name a body that is no state's right after a state's
// adjective (words_people.tsv demonym-body): "the Malaysian Bar".
var demonymBodies = wordList("demonym-body")

// stateNamedBody reads a complement that is the name of a body that is no
// state's by its head noun (body_nouns.tsv nonstate) and names a state or
// a place inside one after it: "The president of the Federation of Kenya
// Employers,", "the secretary-general of the Dockworkers' Union of
// Zanzibar,", "the head of the Orthodox Church of Moldova,". The body is
// the org and the state in its name gives none; "the Government of
// Sudan" and "the Central Bank of Nigeria" are named by no such noun.
func (a *analysis) stateNamedBody(lo, k int, w *titleWalk) bool {
	toks := a.d.toks
	if lo <= k && toks[lo].lower == "the" {
		lo++
	}
	if lo >= k || w.org != "" || w.country != "" || !toks[lo].cap || a.placeAt[lo] >= 0 {
		return false
	}
	named := false
	for j := lo; j <= k; j++ {
		t := toks[j]
		switch {
		case a.placeAt[j] >= 0:
			named = true
		case t.lower == "of" || t.lower == "and" || t.lower == "the" || a.pluralApostrophe(j):
		case t.kind != tWord || !t.cap || a.orgAt[j] >= 0:
			return false
		}
	}
	head := a.bodyHead(lo, k+1)
	if !named || a.placeAt[head] >= 0 || a.bodyKindAt(head) != "nonstate" {
		return false
	}
	if state, ok := a.bodyName(lo, k+1); !ok || state {
		return false
	}
	w.org, w.orgKind = a.d.text[toks[lo].start:toks[k].end], ""
	w.nonState = true
	return true
}

// nonStateBodyIn reports a body that is no state's named by the complement
// from lo to k: its last word ("a spokesman for the alliance,") or a noun
// that opens the body's name ("for the opposition National Unity
// Government,").
func (a *analysis) nonStateBodyIn(lo, k int) bool {
	toks := a.d.toks
	if a.localCommunityBody(lo, k) {
		return true // "The head of the local vigilance committee,"
	}
	for j := lo; j <= k; j++ {
		if !a.nonStateNoun(j) {
			continue
		}
		// "the local chamber of commerce": one lower-case noun after "of"
		// ends the body's name; "the dockers' union in Genoa": where it
		// sits, but "head of mission in Goma" is one bare noun, the role's
		if j == k || toks[j+1].cap || j+2 == k && toks[j+1].lower == "of" && !toks[k].cap && toks[k].kind == tWord || j > lo && a.bodyServedIn(j+1) {
			return true
		}
	}
	return false
}

// officePhraseBefore takes a role listed as a phrase whose last word is no
// role noun alone, ending at k: "U.S. Attorney", "Chief Deputy District
// Attorney". It returns the token before it, or k.
func (a *analysis) officePhraseBefore(w *titleWalk, k int, para int32) int {
	toks := a.d.toks
	lo := a.roleEndingAt(k + 1)
	if lo < 0 || toks[lo].para != para {
		return k
	}
	if c, ok := a.stateAt(lo); ok {
		w.country = c
		lo = a.places[a.placeAt[lo]].lim
	}
	for x := k; x >= lo; x-- {
		w.words = append(w.words, x)
	}
	w.hasHead, w.head = true, toks[k].lower
	return lo - 1
}

// readTitleBack reads title words from k leftwards with titleBackSteps.
func (a *analysis) readTitleBack(s *titleScan, k int) {
	toks := a.d.toks
	steps := titleBackSteps // held locally and read in place: the loop is run for every word
	for k >= 0 && toks[k].para == s.para {
		s.kind = a.roleKind(k)
		verdict := stepStop
		for i := range steps {
			st := &steps[i]
			var next int
			if next, verdict = st.match(a, s, k); verdict != stepPass {
				k = next
				if a.trace != nil {
					a.trace("before/" + st.name)
				}
				break
			}
		}
		if verdict != stepTake {
			return
		}
	}
}

// finishTitleBefore drops connectors left of the first title word, takes
// out a body's name and decides whether the words make a title.
func (a *analysis) finishTitleBefore(w titleWalk, complement bool) (titleWalk, bool) {
	toks := a.d.toks
	for len(w.words) > 0 && connectors.has(toks[w.words[len(w.words)-1]].lower) {
		w.words = w.words[:len(w.words)-1]
	}
	a.bodyInTitle(&w)
	a.nonStateWords(&w, w.words)
	if !w.hasHead || len(w.words) == 0 {
		return w, false
	}
	a.stackedRank(&w)
	w.lo = w.words[len(w.words)-1]
	// a weak role noun ("official", "head") needs a body, a state, an owner,
	// a complement or a qualifier: "senior police officer", "the mission's head"
	// "Her deputy, Imran Qadir": a person's own deputy or aide
	personOwned := w.lo > 0 && (toks[w.lo-1].lower == "'s" || toks[w.lo-1].lower == "his" || toks[w.lo-1].lower == "her")
	// "Its head, NAME,": a sentence that opens with "its" refers to the
	// body or state the sentence before names
	personOwned = personOwned || w.lo > 0 && toks[w.lo-1].text == "Its" && toks[w.lo-1].sentStart
	if w.weak && w.org == "" && w.country == "" && !complement && w.ownerAt < 0 && len(w.words) < 2 && !personOwned && !a.titledRank(w) &&
		!a.qualifiedBefore(w) {
		return w, false
	}
	if a.lacksPortfolio(w, w.words) || a.rankInMarket(w) || a.weakOnlyBareModified(w, w.words, complement) {
		return w, false
	}
	return w, true
}

// rankInMarket reports "leader" after a noun of trade ("market leader
// Best Buy", "the sector leader NAME"): a firm's rank, no role.
func (a *analysis) rankInMarket(w titleWalk) bool {
	toks := a.d.toks
	head := toks[w.words[0]].lower
	if head != "leader" && head != "leaders" {
		return false
	}
	for _, k := range append([]int{w.lo - 1}, w.words...) {
		if k >= 0 && rankingNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// rankingNouns make "leader" after them a rank in a market.
var rankingNouns = wordList("ranking-noun")

// stackedRank drops a military or police rank written between a
// spokesman's or a commander's role and the name: "Police spokesman Sgt.
// NAME" and "Army spokesman Colonel NAME" are titled by the role, the most
// specific one, and the rank's head ("Colonel", bare in American copy)
// would give the role the wrong state. "General" after a role noun makes
// one title of the two ("Director General"). A royal style between an
// office and the name is left out the same way ("Foreign Minister Prince
// NAME"), not a title of its own ("Crown Prince NAME").
func (a *analysis) stackedRank(w *titleWalk) {
	toks := a.d.toks
	i := 0
	for i < len(w.words) && toks[w.words[i]].text == "." {
		i++
	}
	if i+1 >= len(w.words) {
		return
	}
	rank, role := toks[w.words[i]].lower, toks[w.words[i+1]].lower
	if _, lim := a.lx.roleTrie.match(toks, w.words[i+1], true); a.lx.roleTagged(tagCourtesy, rank) && a.lx.roleOf(role) == rHead &&
		lim <= w.words[i] && toks[w.words[i+1]].cap {
		// "Foreign Minister Prince Faisal": a royal style is the name's,
		// the office is the title
		w.words = w.words[i+1:]
		w.head = role
		return
	}
	if !a.lx.roleTags[rank+"/military"] || strings.HasPrefix(rank, "gen") {
		return
	}
	if !a.lx.roleTags[role+"/speaker"] && role != "commander" {
		return
	}
	w.words = w.words[i+1:]
	w.head, w.heldRank = role, rank
}

// qualifiedBefore reports "the" and a weak role noun alone before the comma
// of an apposition that refer back to the same noun described earlier in
// the paragraph or the one before: "a senior foreign ministry official
// ... The official, Than Swe Naing, told", not "The official, Than Swe
// Naing" with no official described before.
func (a *analysis) qualifiedBefore(w titleWalk) bool {
	toks := a.d.toks
	if len(w.words) != 1 || w.lo < 1 || toks[w.lo-1].lower != "the" || w.hi >= len(toks) || toks[w.hi].text != "," {
		return false
	}
	para := toks[w.lo].para
	for k := w.lo - 2; k > 0 && toks[k].para >= para-1; k-- {
		if toks[k].lower != toks[w.lo].lower {
			continue
		}
		if p := toks[k-1]; p.kind == tWord && !articles.hasToken(&p) {
			return true
		}
	}
	return false
}

// articles are the words that qualify nothing before a noun.
var articles = closedSet("the", "a", "an", "this", "that", "one")

// titledRank reports a weak role tagged "titled" written alone and
// capitalised before the name, where it is a rank of its own: "Officer
// Tyler Brandt", not "police officer Tyler Brandt" nor "an officer".
func (a *analysis) titledRank(w titleWalk) bool {
	if len(w.words) != 1 || !a.lx.roleTags[w.head+"/titled"] {
		return false
	}
	return a.d.toks[w.words[0]].cap
}

// lacksPortfolio reports a title whose head a legislature gives only with
// a portfolio ("foreign affairs critic", "NDP health critic"), written
// with neither a portfolio word nor a body: "film critic" is a reviewer.
func (a *analysis) lacksPortfolio(w titleWalk, words []int) bool {
	if !a.lx.roleTags[w.head+"/portfolio"] || w.org != "" {
		return false
	}
	for _, k := range words {
		if a.roleKind(k) == rMod {
			return false
		}
	}
	return true
}

// placeAbbrevs open places' names with a period: "St. Charles".
var placeAbbrevs = wordList("place-abbrev")

// rankFullStop steps over the full stop of an abbreviated rank or
// honorific: "Gen.", "Chief Deputy Coroner Dr. NAME".
func rankFullStop(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if t := toks[k]; t.text == "." && k > 0 && toks[k-1].end == t.start && (a.roleKind(k-1) == rRank || a.roleKind(k-1) == rHonorific) {
		return k - 1, stepTake
	}
	// "St. Charles Police Lt.": a place's abbreviation inside the title,
	// kept with the word before its period
	if t := toks[k]; t.text == "." && k > 0 && toks[k-1].end == t.start && placeAbbrevs.hasToken(&toks[k-1]) && toks[k-1].cap &&
		len(s.w.words) > 0 && s.w.words[len(s.w.words)-1] == k+1 && toks[k+1].cap {
		s.w.words = append(s.w.words, k-1)
		return k - 2, stepTake
	}
	return k, stepPass
}

// stateOrPlaceBefore reads a gazetteer place: a state gives the title its
// country ("US Senator"), a place inside a state stays in the title ("Gaza
// chief", "Wichita police chief"); anything else ends the title.
func stateOrPlaceBefore(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	if a.placeAt[k] < 0 {
		return k, stepPass
	}
	m := a.places[a.placeAt[k]]
	toks := a.d.toks
	if a.originCompound(m) {
		return m.first - 1, stepTake // "Norway's Moroccan-born interior minister": the person's origin
	}
	if !m.state && !s.w.hasHead && m.first >= 2 && toks[m.first-1].lower == "for" && seatNoun(toks[m.first-2]) {
		// "TD for Dublin Bay North NAME", "MP for Galway NAME": a seat
		// named after a place is the complement of a legislator's role
		// before "for"; not "spokesman for Detroit Emergency Manager NAME"
		for x := m.lim - 1; x >= m.first; x-- {
			s.pending = append(s.pending, x)
		}
		return m.first - 1, stepTake
	}
	if !m.state && m.kind != sPlace {
		return k, stepStop
	}
	if m.kind == sPlace && !s.qualOnly && s.w.hasHead || a.subjectState(s, m) {
		for x := m.lim - 1; x >= m.first; x-- {
			s.w.words = append(s.w.words, x)
		}
		return m.first - 1, stepTake
	}
	if !m.possessive && !s.qualOnly && s.w.org == "" {
		// "Air France chief executive", "Oxfam France director": the
		// state's name ends a body's name
		if lo := a.bodyEndingInState(m); lo >= 0 {
			return s.takeBodyEndingInState(a, lo, m.lim)
		}
	}
	if s.w.country == "" && !s.qualOnly && m.state {
		s.w.country = m.code
	}
	s.qualOnly = true
	return m.first - 1, stepTake
}

// takeBodyEndingInState makes the body named by tokens [lo, lim), whose
// last words are a state's name, the owner of the title: no state's.
func (s *titleScan) takeBodyEndingInState(a *analysis, lo, lim int) (int, stepVerdict) {
	s.w.org, s.w.orgKind, s.w.nonState = a.d.text[a.d.toks[lo].start:a.d.toks[lim-1].end], "", true
	s.qualOnly = true
	return lo - 1, stepTake
}

// bodyEndingInState returns the first token of a body's name that a
// state's name ends, written right before a title: a capitalised word
// that is no place, person, head of a role, day or function word opens it
// ("Air France", "Oxfam France", "Radio France"); -1 otherwise ("On
// Monday France Foreign Minister").
func (a *analysis) bodyEndingInState(m placeMention) int {
	toks := a.d.toks
	if !m.state || m.kind != sName || m.first < 1 {
		return -1
	}
	lo := m.first
	for k := m.first - 1; k >= 0 && lo-k <= 3; k-- {
		t := toks[k]
		if t.kind != tWord || !t.cap || t.para != toks[m.first].para || a.placeAt[k] >= 0 || a.personAt[k] >= 0 ||
			a.roleKind(k) != 0 && a.roleKind(k) != rMod || notNameWords.hasToken(&t) || commonStarters.hasToken(&t) || prepositions.hasToken(&t) || npFunctionWords.hasToken(&t) {
			break
		}
		lo = k
		if t.sentStart {
			break
		}
	}
	if lo == m.first {
		return -1
	}
	if toks[lo].sentStart && lo == m.first-1 && a.orgAt[lo] < 0 && !a.writtenElsewhere(lo, m.first) {
		return -1 // "Elsewhere Nigeria's foreign minister": an adverb opening the sentence
	}
	return lo
}

// writtenElsewhere reports the two words at k and j written together
// again elsewhere in the article: "Air France pilots will strike ... Air
// France chief executive".
func (a *analysis) writtenElsewhere(k, j int) bool {
	toks := a.d.toks
	for x := 0; x+1 < len(toks); x++ {
		if x != k && toks[x].text == toks[k].text && toks[x+1].text == toks[j].text {
			return true
		}
	}
	return false
}

// subjectState reads a state's name right before a role noun that serves
// a subject (words_people.tsv subject-head) as that subject, not the
// office's owner: "Syria envoy", "Russia adviser" serve Syria and Russia,
// and an owner may still come before ("US Syria envoy", "UN Syria
// envoy"). An adjective ("Russian adviser") or a possessive ("Syria's
// envoy") still owns the office.
func (a *analysis) subjectState(s *titleScan, m placeMention) bool {
	if s.qualOnly || !m.state || m.kind != sName && m.kind != sAlias || m.possessive || len(s.w.words) != 1 ||
		s.w.words[0] != m.lim || !subjectHeads.has(s.w.head) {
		return false
	}
	if s.w.notState == "" {
		s.w.notState = m.code
	}
	return true
}

// subjectHeads are role nouns that a state's name before them gives a
// subject to serve: "Syria envoy", "Russia adviser".
var subjectHeads = wordList("subject-head")

// bodyBefore reads a body of the gazetteer that owns the title: "Hamas
// spokesman", "UN envoy".
func bodyBefore(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	if a.orgAt[k] < 0 {
		return k, stepPass
	}
	if s.qualOnly {
		return k, stepStop
	}
	o := a.orgs[a.orgAt[k]]
	if a.portfolioNotParty(o, k) {
		return k, stepPass // "Labour Minister Florence Bore" in a Kenyan story: the labour portfolio
	}
	if s.w.head == "minister" && o.lim < len(a.d.toks) && adjectivePortfolios.hasToken(&a.d.toks[o.lim]) && len(s.w.words) > 0 && s.w.words[len(s.w.words)-1] == o.lim {
		// "Poland's EU affairs minister": the body names the portfolio
		for x := o.lim - 1; x >= o.first; x-- {
			s.w.words = append(s.w.words, x)
		}
		return o.first - 1, stepTake
	}
	if a.bodyPortfolioPending(s, o) {
		// "Minister for EU Affairs NAME": the body names the portfolio
		for x := o.lim - 1; x >= o.first; x-- {
			s.pending = append(s.pending, x)
		}
		return o.first - 1, stepTake
	}
	s.w.setOrg(a.lx.orgs[o.org])
	// "Congo's U.N. ambassador": a state may still be written before a
	// state's envoy to an international body
	s.qualOnly = !(s.w.orgKind == "intl" && a.lx.roleTags[s.w.head+"/envoy"])
	return o.first - 1, stepTake
}

// bodyPortfolioPending reports a body o right before the portfolio noun
// kept among the capitalised words of a title with no role noun yet, in
// a minister's complement after "for": "Minister for EU Affairs".
func (a *analysis) bodyPortfolioPending(s *titleScan, o orgMention) bool {
	if s.w.hasHead || len(s.pending) == 0 || s.pending[len(s.pending)-1] != o.lim || !adjectivePortfolios.hasToken(&a.d.toks[o.lim]) {
		return false
	}
	return a.bodyPortfolioOfMinister("for", o.first-1, o.lim)
}

// portfolioNotParty reports a party's one-word name at k that is a
// portfolio there (portfolioWordAt): "Labour Minister NAME" in Nairobi.
func (a *analysis) portfolioNotParty(o orgMention, k int) bool {
	lo := a.lx.orgs[o.org]
	return lo.Kind == "party" && lo.Country != "" && o.first == k && o.lim == k+1 && a.portfolioWordAt(k, lo.Country)
}

// possessiveOwner reads the owner before "'s": a state or a body owns the
// role ("Hamas's", "Britain's"); a person owner ("Blair's spokesman")
// makes the title someone else's and ends it.
func possessiveOwner(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	if a.d.toks[k].lower != "'s" && !a.pluralPossessive(k) {
		return k, stepPass
	}
	if s.qualOnly || k == 0 {
		return k, stepStop
	}
	if pi := a.placeAt[k-1]; pi >= 0 && s.w.org == "" {
		if lo := a.bodyEndingInState(a.places[pi]); lo >= 0 {
			return s.takeBodyEndingInState(a, lo, k) // "Amnesty International Kenya's executive director"
		}
	}
	if lo := a.privateBodyOfState(k - 1); lo >= 0 && s.w.org == "" && s.w.country == "" {
		// "The Minerals Council of Australia's chief executive": the body's
		s.w.org, s.w.orgKind, s.w.nonState = a.d.text[a.d.toks[lo].start:a.d.toks[k-1].end], "", true
		s.qualOnly = true
		return lo - 1, stepTake
	}
	if c, ok := a.stateAt(k - 1); ok && s.w.country == "" {
		s.w.country = c
		s.qualOnly = true
		return a.places[a.placeAt[k-1]].first - 1, stepTake
	}
	if c, lo := a.governedPlaceAt(k-1, s.w.head); c != "" && s.w.country == "" && s.w.org == "" {
		s.w.country = c // "Montana's governor": the state the place is in
		s.qualOnly = true
		return lo - 1, stepTake
	}
	if o, ok := a.orgAtTok(k - 1); ok {
		s.w.setOrg(a.lx.orgs[o.org])
		s.qualOnly = true
		return o.first - 1, stepTake
	}
	if g, first, ok := a.orgOrganOwnerAt(k - 1); ok && s.w.org == "" && s.w.country == "" {
		s.w.setOrg(g) // "the ECOWAS Commission's commissioner"
		s.qualOnly = true
		return first - 1, stepTake
	}
	s.w.ownerAt = k - 1
	s.w.nonState = a.nonStateNoun(k - 1)   // "The party's co-leader, ..."
	bodyAcronym := a.acronymOwnerAt(k - 1) // "The FRC's spokesperson" after "the Cameroon Renewal Front (FRC)"
	if mi := a.personAt[k-1]; mi >= 0 && !bodyAcronym {
		s.w.principal = 1 + int(mi) // "Pope Leo XIV's peace envoy": the Pope's state
	}
	lo := a.unknownBodyBefore(k)
	if bodyAcronym {
		lo = k - 1
	}
	if lo < 0 {
		lo = a.namedPartyBefore(k) // "The Colorado Party's president": a place opens the party's name
	}
	if lo >= 0 && !territorialHeads.has(s.w.head) && !a.spelledStateBody(lo, k-1) && !a.holderNameAt(lo, k-1) {
		// "Unite's general secretary, Sharon Graham": a capitalised owner
		// that is no state, place or person is a body; but a governor's or
		// a mayor's is a place the gazetteer lacks ("Gagauzia's governor")
		s.w.org, s.w.orgKind = a.d.text[a.d.toks[lo].start:a.d.toks[k-1].end], ""
		s.w.nonState = true
		if a.seatAfter(k + 1) {
			// "The Greens' Member for Maiwar, NAME,": a party's member of a
			// legislature holds a seat of the state, found as for a listed party's
			s.w.orgKind, s.w.nonState = "party", false
		}
	}
	return k, stepStop
}

// governedPlaceAt returns the state of a place inside one that ends at k
// before "'s" and a head of a place's office ("Montana's governor",
// "Manitoba's premier", "Bihar's Water Resources Minister"), and the
// place's first token; "" where the place is a state, or the name is
// shared by places in several states.
func (a *analysis) governedPlaceAt(k int, head string) (string, int) {
	if k < 0 || a.placeAt[k] < 0 || !territorialHeads.has(head) && !regionalCabinetHeads.has(head) {
		return "", 0
	}
	m := a.places[a.placeAt[k]]
	if m.state || m.lim != k+1 || m.code == "" || m.ambiguous || len(m.altCodes) > 0 || len(m.homonyms) > 0 {
		return "", 0
	}
	return m.code, m.first
}

// seatAfter reports a legislator's title at k: a legislator's noun ("MP",
// "Senator"), or "Member" in capitals with the seat after "for" ("Member
// for Maiwar").
func (a *analysis) seatAfter(k int) bool {
	toks := a.d.toks
	if k >= len(toks) {
		return false
	}
	if legislatorHeads.hasToken(&toks[k]) {
		return true
	}
	return toks[k].text == "Member" && k+2 < len(toks) && toks[k+1].lower == "for" && toks[k+2].cap
}

// territorialHeads head the offices of a place: a capitalised owner the
// gazetteer lacks before them is a place (words_people.tsv territorial-head).
var territorialHeads = wordList("territorial-head")

// regionalCabinetHeads head a region's cabinet offices: "Bihar's Water
// Resources Minister" (words_people.tsv regional-cabinet-head).
var regionalCabinetHeads = wordList("regional-cabinet-head")

// whoseOwner reads the owner of ", whose" before a title: the noun
// before the comma owns the role as "'s" would ("Canada's Northfield
// Resources, whose chairman, Graham Whitcombe,", "the mine's largest
// union, whose president"). The title ends there either way.
func whoseOwner(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if toks[k].lower != "whose" || k < 2 || s.qualOnly {
		return k, stepPass
	}
	comma := k - 1
	if toks[comma].text != "," {
		// "the Korea International Trade Association, a business lobby
		// whose chairman": "whose" is the named body's, past its description
		if comma = a.describedBodyComma(k - 1); comma < 0 {
			return k, stepPass
		}
	}
	o := comma - 1
	if lo := a.bodyNameWithPlace(o); lo >= 0 {
		s.w.org, s.w.orgKind, s.w.nonState = a.d.text[toks[lo].start:toks[o].end], "", true // "The UN Verification Mission in Colombia, whose chief"
	} else if lo := a.stateChapterOfBody(o); lo >= 0 {
		s.w.org, s.w.orgKind, s.w.nonState = a.d.text[toks[lo].start:toks[o].end], "", true // "Amnesty International Indonesia, whose director"
	} else if a.placeAt[o] >= 0 && a.places[a.placeAt[o]].state && a.places[a.placeAt[o]].lim == o+1 {
		s.w.country = a.places[a.placeAt[o]].code // "Turkey, whose president"
	} else if g, ok := a.orgAtTok(o); ok && g.lim == o+1 {
		s.w.setOrg(a.lx.orgs[g.org])
	} else if lo := a.unknownBodyBefore(comma); lo >= 0 {
		s.w.org, s.w.orgKind, s.w.nonState = a.d.text[toks[lo].start:toks[o].end], "", true
	} else if lo := a.namedCommonBodyBefore(comma); lo >= 0 {
		s.w.org, s.w.orgKind, s.w.nonState = a.d.text[toks[lo].start:toks[o].end], "", true // "The Aamin ambulance service, whose director"
	} else {
		s.w.ownerAt, s.w.nonState = o, a.nonStateNoun(o) // "the union", "Carles Vidal"
	}
	return k, stepStop
}

// describedBodyComma returns the comma before an indefinite description
// of a body that is no state's ending at e ("..., a business lobby"), or -1.
func (a *analysis) describedBodyComma(e int) int {
	toks := a.d.toks
	if !a.nonStateNoun(e) {
		return -1
	}
	j := e - 1
	for n := 0; n < 3 && j > 0 && toks[j].kind == tWord && !toks[j].cap && toks[j].lower != "a" && toks[j].lower != "an"; n++ {
		j--
	}
	if j < 2 || toks[j].lower != "a" && toks[j].lower != "an" || toks[j-1].text != "," {
		return -1
	}
	return j - 1
}

// unknownBodyBefore returns the first token of a capitalised owner that
// ends before the "'s" at k and names no state, place, person, role or
// time ("Unite's", "Mineração Serra Azul's"), or -1.
func (a *analysis) unknownBodyBefore(k int) int {
	toks := a.d.toks
	lo := k
	// the owner's words are in the paragraph of its last: a name that ends
	// its paragraph or the text ("director-general of the Baltic") is read
	// as one before "'s" is
	for lo > 0 && toks[lo-1].kind == tWord && toks[lo-1].cap && toks[lo-1].para == toks[k-1].para {
		j := lo - 1
		if toks[j].lower == "the" && lo < k {
			break // "The Public Service Association's general secretary"
		}
		// a modifier inside a named non-state body: "The Public Service
		// Association's"
		modInBody := a.roleKind(j) == rMod && a.bodyKindAt(k-1) == "nonstate"
		// "The Japan Football Association's": a state's name may open it
		inName := a.placeAt[j] >= 0 && a.opensNamedBody(&a.places[a.placeAt[j]])
		if a.placeAt[j] >= 0 && !inName || a.personAt[j] >= 0 || a.roleKind(j) != 0 && !modInBody || notNameWords.hasToken(&toks[j]) || commonStarters.hasToken(&toks[j]) {
			return -1
		}
		lo = j
	}
	if lo == k {
		return -1
	}
	return lo
}

// qualifierOnly ends the title at anything but a qualifier once a state or
// body was read: "former US President".
func qualifierOnly(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	if s.qualOnly && s.kind != rQual {
		return k, stepStop
	}
	return k, stepPass
}

// capitalisedBeforeOf keeps capitalised words before any role noun, in case
// "of" and a role noun come next: "Deputy Director of Public Prosecution".
func capitalisedBeforeOf(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	t := a.d.toks[k]
	most := a.pendingRoom(s)
	if t.lower == "and" && len(s.pending) > 0 && len(s.pending) < most && !s.w.hasHead && k > 0 && a.d.toks[k-1].cap && a.d.toks[k-1].kind == tWord && a.personAt[k-1] < 0 {
		s.pending = append(s.pending, k) // "Minister for Political and Security Affairs"
		return k - 1, stepTake
	}
	if t.kind == tWord && t.cap && !s.w.hasHead && len(s.pending) < most && a.personAt[k] < 0 && !commonStarters.hasToken(&t) &&
		(len(s.pending) > 0 || (s.kind != rHead && s.kind != rWeak && s.kind != rRank && s.kind != rHonorific)) {
		s.pending = append(s.pending, k)
		return k - 1, stepTake
	}
	return k, stepPass
}

// pendingRoom is how many capitalised words capitalisedBeforeOf keeps
// before a role noun: four, and six for a portfolio that "Affairs" closes,
// which may join two regions or fields ("Assistant Secretary of Defense
// for Homeland Defense and Americas Security Affairs").
func (a *analysis) pendingRoom(s *titleScan) int {
	if len(s.pending) > 0 && adjectivePortfolios.hasToken(&a.d.toks[s.pending[0]]) {
		return 6
	}
	return 4
}

// ofAfterCapitalised joins the capitalised words kept to the role noun
// before "of" or "for": "Director of Public Prosecution"; also to an
// office of a role noun and a capitalised complement before "for":
// "Secretary of State for Defence", "Minister of State for Europe".
func ofAfterCapitalised(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	t := a.d.toks[k]
	if (t.lower == "of" || t.lower == "for") && !s.w.hasHead && len(s.pending) > 0 && k > 0 && (a.roleKind(k-1) == rHead || a.roleKind(k-1) == rWeak || t.lower == "for" && a.officeOfBefore(k-1)) {
		s.w.words = append(s.w.words, s.pending...)
		s.w.words = append(s.w.words, k)
		s.pending = nil
		return k - 1, stepTake
	}
	return k, stepPass
}

// officeOfBefore reports a capitalised word at j joined by "of" to a role
// noun before it: "State" of "Secretary of State".
func (a *analysis) officeOfBefore(j int) bool {
	toks := a.d.toks
	if j < 2 || !toks[j].cap || toks[j].kind != tWord || toks[j-1].lower != "of" {
		return false
	}
	k := a.roleKind(j - 2)
	return k == rHead || k == rWeak
}

// theInOfPhrase keeps "the" between "of" and capitalised words: "Speaker of
// the House".
func theInOfPhrase(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if toks[k].lower == "the" && !s.w.hasHead && len(s.pending) > 0 && k > 0 && (toks[k-1].lower == "of" || toks[k-1].lower == "for") {
		s.pending = append(s.pending, k)
		return k - 1, stepTake
	}
	return k, stepPass
}

// unjoinedCapitals ends a title whose capitalised words no "of" joins to a
// role: "Public Prosecution Eva-Marie Persson" is not titled.
func unjoinedCapitals(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	if len(s.pending) > 0 && !s.w.hasHead {
		return k, stepStop
	}
	return k, stepPass
}

// roleNounBefore reads a role noun or rank; the first read (rightmost) is
// the title's head.
func roleNounBefore(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	if s.kind != rHead && s.kind != rWeak && s.kind != rRank {
		return k, stepPass
	}
	if !s.w.hasHead {
		s.w.head = a.d.toks[k].lower
		s.w.weak = s.kind == rWeak
	} else if s.kind != rWeak {
		s.w.weak = false
	}
	s.w.hasHead = true
	s.w.words = append(s.w.words, k)
	return k - 1, stepTake
}

// romanOrdinalBefore keeps a roman numeral that numbers an office after
// its role noun: "Finance Minister II Datuk Seri NAME" (Malaysia's second
// finance minister); after a name it is the name's ("John Hale II").
func romanOrdinalBefore(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	switch a.d.toks[k].text {
	case "II", "III", "IV":
	default:
		return k, stepPass
	}
	if s.w.hasHead || k < 1 || a.roleKind(k-1) != rHead {
		return k, stepPass
	}
	s.w.words = append(s.w.words, k)
	return k - 1, stepTake
}

// modifierBefore reads a modifier or qualifier of the title: "Foreign",
// "former", "acting".
func modifierBefore(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	if s.kind != rMod && s.kind != rQual {
		return k, stepPass
	}
	s.w.words = append(s.w.words, k)
	return k - 1, stepTake
}

// honorificBefore steps over an honorific, kept in the title only after a
// role noun: "Mr Justice Forbes".
func honorificBefore(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	if s.kind != rHonorific {
		return k, stepPass
	}
	if s.w.hasHead {
		s.w.words = append(s.w.words, k)
	}
	return k - 1, stepTake
}

// capitalisedInTitle keeps unknown capitalised words inside a title: "White
// House Press Secretary".
func capitalisedInTitle(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	t := a.d.toks[k]
	if t.kind == tWord && t.cap && s.w.hasHead && a.personAt[k] < 0 && !commonStarters.hasToken(&t) && !notNameWords.hasToken(&t) && !a.openingParticiple(k) {
		s.w.words = append(s.w.words, k)
		return k - 1, stepTake
	}
	return k, stepPass
}

// exCapitalised keeps a former office's word joined to "ex-" in the title
// ("ex-Foreign Secretary NAME", "ex-Cabinet minister NAME"), which the
// sentence's capitals would read were it not in lower case.
func exCapitalised(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	t := a.d.toks[k]
	rest, ok := strings.CutPrefix(t.text, "ex-")
	if t.kind != tWord || !ok || rest == "" || !s.w.hasHead || a.personAt[k] >= 0 {
		return k, stepPass
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return k, stepPass
	}
	s.w.words = append(s.w.words, k)
	return k - 1, stepTake
}

// openingParticiple reports a past participle opening its sentence before
// a preposition: "Named for economist NAME", "Known as NAME", a verb and
// no word of a title.
func (a *analysis) openingParticiple(k int) bool {
	toks := a.d.toks
	t := toks[k]
	return t.sentStart && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && a.roleKind(k) == 0 && a.orgAt[k] < 0 &&
		k+1 < len(toks) && (prepositions.hasToken(&toks[k+1]) || toks[k+1].lower == "for" || toks[k+1].lower == "as" || toks[k+1].lower == "in" || toks[k+1].lower == "to")
}

// nounInCompound keeps a lower-case noun inside the title when a title
// word or an owner comes before it: "foreign office spokeswoman", "fire
// service official".
// bodyDeterminers open a title with one plain noun before its head, as
// "the" does: "the housing secretary", "its country director".
var bodyDeterminers = closedSet("the", "its", "their")

func nounInCompound(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	t := a.d.toks[k]
	// "the housing secretary": one plain noun between "the" and a strong
	// head; a body's "its" or "their" as "the": "Its country director,"
	portfolio := k > 0 && bodyDeterminers.hasToken(&a.d.toks[k-1]) && !s.w.weak && len(s.w.words) == 1 && a.plainNoun(k)
	// "the Tories accepted Prime Minister Tony Blair's promise": a verb
	// in -ed before a capitalised title is no part of it ("UK armed
	// forces minister" is all lower case)
	verbBeforeCapital := strings.HasSuffix(t.lower, "ed") && k+1 < len(a.d.toks) && a.d.toks[k+1].cap
	if t.kind == tWord && !t.cap && s.w.hasHead && len(s.w.words) > 0 && !verbBeforeCapital && !a.closedTitle(s) && (portfolio || a.compoundBefore(k)) {
		s.w.words = append(s.w.words, k)
		s.w.weak = false
		return k - 1, stepTake
	}
	return k, stepPass
}

// onlyTitleWords reports that the title read so far, from lo on, holds
// role words and parties alone: "of the Senate Foreign Relations Committee"
// is a whole title, "of Scotland chief executive" is the end of a body's
// name and its role. After "for" (capsToo) capitalised words that are no
// place are a body's or party's name too: in "a spokesman for Democratic
// presidential candidate NAME" or "for Westfield Bank chief executive
// NAME" the name holds the title after "for".
func (a *analysis) onlyTitleWords(lo int, words []int, capsToo bool) bool {
	toks := a.d.toks
	for _, k := range words {
		if k < lo || capsToo && toks[k].cap && a.placeAt[k] < 0 {
			continue
		}
		if a.roleKind(k) == 0 && (a.orgAt[k] < 0 || a.placeAt[k] >= 0) {
			return false
		}
	}
	return true
}

// closedTitle reports a title read so far that no lower-case noun
// compounds into: one that opens with a qualifier ("the House inquiry
// former Secretary of State").
func (a *analysis) closedTitle(s *titleScan) bool {
	return a.roleKind(s.w.words[len(s.w.words)-1]) == rQual
}

// connectorBefore keeps a connector that joins title words: "Secretary of
// State", "Speaker of the House".
func connectorBefore(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	switch a.d.toks[k].lower {
	case "of", "for", "the", "and", "on":
		// "a spokesman for Mayor Frank Jackson": a title with its head
		// already read before the name is the name's; the role noun in
		// lower case before the connector is somebody else's
		if s.w.hasHead && a.d.toks[k].lower != "the" && a.d.toks[k].lower != "and" && a.onlyTitleWords(k+1, s.w.words, a.d.toks[k].lower == "for") &&
			k > 0 && !a.d.toks[k-1].cap && a.roleKind(k-1) == rHead {
			return k, stepStop
		}
		// "the FBI's Detroit Division and Chief James Craig": "and" before
		// the head joins two phrases, unless a role word comes before it
		// too ("President and Chief Executive")
		if a.d.toks[k].lower == "and" && k > 0 && a.roleKind(k+1) == rHead && a.roleKind(k-1) == 0 {
			return k, stepStop
		}
		// "Belgian asylum and migration minister": "and" between two
		// portfolios that an owner opens
		if len(s.w.words) > 0 && s.w.words[len(s.w.words)-1] == k+1 && a.portfolioAnd(k) && a.compoundBefore(k-1) {
			s.w.words = append(s.w.words, k)
			return k - 1, stepTake
		}
		if len(s.w.words) > 0 && k > 0 && a.connectsTitle(k) {
			s.w.words = append(s.w.words, k)
			return k - 1, stepTake
		}
	}
	return k, stepPass
}

// pluralApostrophe reports an apostrophe at k that makes the plural word
// glued before it a possessive: "the tenants' association".
func (a *analysis) pluralApostrophe(k int) bool {
	toks := a.d.toks
	if k < 1 || toks[k].start != toks[k-1].end || toks[k-1].kind != tWord || !strings.HasSuffix(toks[k-1].lower, "s") {
		return false
	}
	r, n := utf8.DecodeRuneInString(toks[k].text)
	return n == len(toks[k].text) && isApostrophe(r)
}
