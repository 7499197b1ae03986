package extract

import (
	"slices"
	"strings"
)

// A title in an apposition after "NAME," is read forwards: an article is
// stepped over, then each word is read by the first matcher of
// titleAfterSteps that accepts it, until none does; the title ends with its
// last role noun, and of-phrases after it ("president of Haiti", "a
// spokesman for UNHCR in Geneva") give its state or body.

// appositionScan is the state of a title read forwards.
type appositionScan struct {
	w        titleWalk
	para     int32
	kind     roleKind // the role kind of the word being read
	words    []int    // title words, left to right
	lastHead int      // len(words) after the last role noun, or -1
	open     bool     // the head is an open role noun (roles_open.go)
	// openNonState: the open role's complement names a body that is no
	// state's and that no gazetteer holds
	openNonState bool
}

// titleAfterSteps read the words of an apposition's title, left to right;
// the first that does not pass decides.
var titleAfterSteps = []titleStep[appositionScan]{
	{"state-office-phrase", stateOfficeAfter},
	{"described-owner", describedOwnerAfter},
	{"state-or-place", stateOrPlaceAfter},
	{"body", bodyAfter},
	{"office-phrase", officePhraseAfter},
	{"owner-role", ownerRoleAfter},
	{"person-owner", personOwnerAfter},
	{"role-noun", roleNounAfter},
	{"owner-noun", ownerNounAfter},
	{"plural-owner-name", pluralOwnerNameAfter},
	{"possessive-party-name", possessivePartyNameAfter},
	{"modifier", modifierAfter},
	{"unknown-owner", unknownOwnerAfter},
	{"capitalised-in-title", capitalisedAfter},
	{"of-in-capitalised", ofInCapitalisedAfter},
	{"and-between-capitals", andBetweenCapitals},
	{"and-between-portfolios", andBetweenPortfolios},
	{"and-between-roles", andBetweenRoles},
	{"occupation-and-role", occupationAndRole},
	{"compound-after-head", compoundAfterHead},
	{"noun-before-role", nounBeforeRole},
	{"open-role-noun", openRoleAfter},
}

// titleAfter reads an apposition that starts at token k, after "NAME,":
// "a senior Hamas official", "Hamas's Gaza chief", "chairman of the Joint
// Chiefs of Staff", "legal director of the human rights organisation Redress".
// It returns the title, the token after the apposition and whether it holds
// a title.
func (a *analysis) titleAfter(k int) (titleWalk, int, bool) {
	toks := a.d.toks
	s := a.appositionRoom.take()
	defer a.appositionRoom.give(s)
	*s = appositionScan{w: titleWalk{ownerAt: -1}, lastHead: -1}
	if k >= len(toks) {
		return s.w, k, false
	}
	s.para = toks[k].para
	lo := k
	now := false
	if t := toks[k].lower; (t == "now" || t == "currently") && k+1 < len(toks) {
		k, now = k+1, true // "NAME, now a national deputy for the Radical party,": the role held now
	}
	if t := toks[k].lower; t == "a" || t == "an" || t == "the" {
		k++
	}
	k = a.readTitleAhead(s, k)
	if s.lastHead < 0 || now && s.w.weak && !legislatorHeads.has(s.w.head) {
		return s.w, k, false // "now a member of the Athletes' Commission": a membership, as before
	}
	// the title ends with its role noun: "senior official", not "senior official's son"
	if s.lastHead < len(s.words) {
		k = s.words[s.lastHead]
		s.words = s.words[:s.lastHead]
	}
	if k < len(toks) && toks[k].lower == "'s" {
		return s.w, k, false
	}
	k, complement := a.appositionComplements(s, k)
	aside := a.holderAsideEnds(k, s.para)
	if !a.appositionEnds(k, s.para) && !a.appointerAfter(lo, k) && !aside || s.open && s.w.org == "" && s.w.country == "" && !complement {
		return s.w, k, false // an open role noun is an office only by its body (openBodyAhead)
	}
	if aside {
		a.holderAsideBody(k, &s.w) // "the administrator installed ... by the opposition National Unity Government"
	}
	if s.open && s.openNonState && s.w.org == "" && s.w.country == "" {
		s.w.nonState = true // "equity strategist at Dongwon Investment Trust Management": no state's
	}
	if s.w.weak && s.w.org == "" && s.w.country == "" && !complement && s.w.ownerAt < 0 && len(s.words) < 2 {
		return s.w, k, false
	}
	if a.lacksPortfolio(s.w, s.words) {
		return s.w, k, false
	}
	a.nonStateWords(&s.w, s.words)
	// titleWalk keeps words right to left
	for i := len(s.words) - 1; i >= 0; i-- {
		s.w.words = append(s.w.words, s.words[i])
	}
	if s.w.org == "" && s.w.ownerAt < 0 && len(s.words) == s.lastHead && a.membersBodyInTitle(s.words) {
		a.bodyNameInTitle(&s.w) // "the Australian Medical Association president"
	}
	return s.w, k, len(s.w.words) > 0
}

// readTitleAhead reads title words from k rightwards with titleAfterSteps
// and returns the first token not read.
func (a *analysis) readTitleAhead(s *appositionScan, k int) int {
	toks := a.d.toks
	for k < len(toks) && toks[k].para == s.para {
		s.kind = a.roleKind(k)
		verdict := stepStop
		for i := range titleAfterSteps {
			st := &titleAfterSteps[i] // read in place: the loop is run for every word
			var next int
			if next, verdict = st.match(a, s, k); verdict != stepPass {
				k = next
				if a.trace != nil {
					a.trace("after/" + st.name)
				}
				break
			}
		}
		if verdict != stepTake {
			return k
		}
	}
	return k
}

// appositionComplements reads the of-phrases after the title's role noun at
// k: a state, a body or the rest of the title. It returns the token after
// them and whether there was one.
func (a *analysis) appositionComplements(s *appositionScan, k int) (int, bool) {
	toks := a.d.toks
	complement := false
	for k+1 < len(toks) && toks[k+1].para == s.para {
		if a.timeEndsTitle(k) {
			break // "finance minister at a time of crisis": when, no complement
		}
		if e := a.localBodyAfterOf(k, &s.w); e > k && a.appositionEnds(e, s.para) {
			k, complement = e, true // "the coordinator of a local emergency response room,"
			continue
		}
		if e := a.stateOfBodyInEnd(k, &s.w); e > k {
			k = e // "a spokesman for the interior ministry in Kenya": Kenya's
			continue
		}
		if e := a.legislatureAfterIn(s, k); e > k && a.appositionEnds(e, s.para) {
			k, complement = e, true // "a deputy in the outgoing regional parliament": a seat
			continue
		}
		if e := a.placeAfterIn(k); e > k && !a.stateBodyIn(k) {
			if s.w.country == "" {
				s.w.country = a.placeOfTitle(s.w, k+1, e) // "a defence spokesman in Jammu": India's
			}
			k = e // "country director in Nigeria", "a spokesperson for UNHCR in Geneva"
			continue
		}
		if e := a.localityAfterIn(k); e > k && !s.w.weak {
			k = e // "a ward councillor in the area", "a commander in the north"; not "the party's candidate in the north"
			continue
		}
		if e := a.governmentAfterIn(k); e > k && a.appositionEnds(e, s.para) {
			k = e // "finance minister in the previous government": when, not whose
			continue
		}
		if e := a.seatFromAfter(k, &s.w, slices.ContainsFunc(s.words, a.memberOfLegislature)); e > k && a.appositionEnds(e, s.para) {
			k = e // "a senator from Texas", "a senator from the Caribbean coast": the seat
			continue
		}
		if e := a.seatPartyAfter(k, s); e > k && a.appositionEnds(e, s.para) {
			k = e // "a member of parliament for Cabo Delgado from the Podemos party": the member's party
			continue
		}
		if e := a.groupBackAfter(k, &s.w); e > k && a.appositionEnds(e, s.para) {
			k, complement = e, true // "a senior figure in the group," after "Kataib Hezbollah"
			continue
		}
		if e := a.unknownPlaceAfterIn(k); e > k && !s.w.weak && a.appositionEnds(e, s.para) {
			k = e // "the chief district officer in Myagdi,": a place the gazetteer lacks
			continue
		}
		if !complementPreps.hasToken(&toks[k]) && toks[k].lower != "with" && !a.bodyAfterIn(k) && !a.stateBodyIn(k) && !a.nonStateNounAfterIn(k) { // "a spokesman with the sheriff's office"
			break
		}
		next, ok := a.readComplement(k, &s.w, &s.words)
		if !ok {
			break
		}
		if e := a.placeUnitAfterName(next); e > next && a.appositionEnds(e, s.para) {
			next = e // "envoy to Batken region,": the unit noun closes the place
		}
		if e := a.placeNounAfterName(next); e > next && a.appositionEnds(e, s.para) {
			if n := len(s.words); n > 0 && s.words[n-1] == next-1 {
				for x := next; x < e; x++ {
					s.words = append(s.words, x) // the title's complement goes on to its noun
				}
			}
			next = e // "envoy for the Kosovo dialogue,": the place modifies the noun
		}
		if e := a.namedBodyAfterType(next, &s.w); e > next && a.appositionEnds(e, s.para) {
			next = e // "the former head of the UN mission MONUSCO,": MONUSCO's
		}
		k, complement = next, true
	}
	return k, complement
}

// localities are common nouns for where a role is served (words_places.tsv).
var localities = wordList("locality")

// localityAfterIn reads "in the area", "in the north", "in the affected
// district" at k after a role noun and returns the token after it, or k:
// like a place's name, it says where the role is served. The phrase must
// end there: "in the area where" or "in the town's council" go on.
func (a *analysis) localityAfterIn(k int) int {
	toks := a.d.toks
	j := k + 2
	if j >= len(toks) || toks[k].lower != "in" || toks[k+1].lower != "the" {
		return k
	}
	if j+1 < len(toks) && toks[j].kind == tWord && !toks[j].cap && !localities.hasToken(&toks[j]) &&
		!npFunctionWords.hasToken(&toks[j]) && localities.hasToken(&toks[j+1]) {
		j++ // one modifier: "in the northern region"
	}
	if toks[j].kind != tWord || toks[j].cap || !localities.hasToken(&toks[j]) || toks[j].para != toks[k].para {
		return k
	}
	return j + 1
}

// governmentAfterIn reads "in" or "under" and a government named by its
// type at k, after a title: "deputy finance minister in a previous
// government", "under the last administration" say when the office was
// held, not whose it is. It returns the token after it, or k.
func (a *analysis) governmentAfterIn(k int) int {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "in" && toks[k].lower != "under" {
		return k
	}
	j := k + 1
	if x := toks[j].lower; x != "a" && x != "the" && !possessiveDeterminers.has(x) {
		return k
	}
	for j++; j < len(toks) && j < k+5 && toks[j].kind == tWord && !toks[j].cap && toks[j].para == toks[k].para; j++ {
		if a.bodyKindAt(j) == "government" {
			return j + 1
		}
	}
	return k
}

// seatFromAfter reads "from" and the place a legislator's seat stands
// for, after a legislator's role noun at k: a place of the gazetteer ("a
// senator from Texas"; a state gives the title its state), a capitalised
// name of one or two words no gazetteer holds ("from Bolívar"), or "the",
// capitalised words perhaps, and a noun of a locality or a coast ("from
// the Caribbean coast"). member reports a "member of" a legislature read
// before ("a member of the House of Representatives from Al-Bayda"), a
// seat as a legislator's is. It returns the token after it, or k.
func (a *analysis) seatFromAfter(k int, w *titleWalk, member bool) int {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "from" || !legislatorHeads.has(w.head) && w.head != "senator" && !member {
		return k
	}
	j := k + 1
	if toks[j].lower == "the" && j+1 < len(toks) {
		j++
	}
	if pi := a.placeAt[j]; pi >= 0 && a.places[pi].first == j {
		if m := a.places[pi]; m.state && w.country == "" {
			w.country = m.code
		}
		return a.places[pi].lim
	}
	e := j
	for e < len(toks) && e < j+2 && toks[e].kind == tWord && toks[e].cap && a.personAt[e] < 0 && a.orgAt[e] < 0 && a.roleKind(e) == 0 && toks[e].para == toks[k].para {
		e++
	}
	if e < len(toks) && toks[e].kind == tWord && !toks[e].cap && (localities.hasToken(&toks[e]) || seatNouns.hasToken(&toks[e])) && toks[j-1].lower == "the" {
		return e + 1 // "from the Caribbean coast", "from the north"
	}
	if e > j && toks[j-1].lower != "the" && (e >= len(toks) || toks[e].kind != tWord || !toks[e].cap) {
		return e // "from Bolívar"
	}
	return k
}

// seatPartyAfter reads "from" and a party at k after a legislator's title
// ("an MP from the opposition Labour party", "a member of parliament for
// Cabo Delgado from the Podemos party") and returns the token after it, or
// k. The party is the member's, not the seat's owner: the title stays the
// state's.
func (a *analysis) seatPartyAfter(k int, s *appositionScan) int {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "from" || len(s.words) == 0 {
		return k
	}
	if !legislatorHeads.has(s.w.head) && !slices.ContainsFunc(s.words, a.memberOfLegislature) {
		return k
	}
	if e := a.bareSideEnd(k + 1); e > 0 {
		return e // "a lawmaker from the opposition in the National Assembly"
	}
	j := k + 1
	if toks[j].lower == "the" {
		j++
	}
	if j < len(toks) && !toks[j].cap && (toks[j].lower == "opposition" || toks[j].lower == "ruling") {
		j++
	}
	if j >= len(toks) {
		return k // "from the opposition" ends the text
	}
	if oi := a.orgAt[j]; oi >= 0 && a.orgs[oi].first == j && a.lx.orgs[a.orgs[oi].org].Kind == "party" {
		j = a.orgs[oi].lim
		if j < len(toks) && toks[j].lower == "party" {
			j++
		}
		return j
	}
	e := j
	for e < len(toks) && e < j+3 && toks[e].kind == tWord && toks[e].cap && a.personAt[e] < 0 && toks[e].para == toks[k].para {
		e++
	}
	if e > j && e < len(toks) && toks[e].lower == "party" {
		return e + 1 // "from the Podemos party": a party the gazetteer lacks
	}
	if a.partyLikeName(j, e) {
		return e // "from the opposition Civic Alliance": a name headed by a body's word
	}
	if g := a.groupingFromName(j, e); g > 0 {
		return g // "from the Sadrist movement", "from the Coordination Framework, the ruling alliance"
	}
	return k
}

// seatNouns name the stretch of land a legislator may stand for besides
// the localities: "coast" (words_places.tsv seat-land).
var seatNouns = wordList("seat-land")

// unknownPlaceAfterIn reads "in" and a capitalised name of one or two
// words that is no person, body or place of the gazetteer at k after a
// role noun, where the role is served ("the chief district officer in
// Myagdi"), and returns the token after it, or k.
func (a *analysis) unknownPlaceAfterIn(k int) int {
	toks := a.d.toks
	j := k + 1
	if j >= len(toks) || toks[k].lower != "in" || toks[j].para != toks[k].para {
		return k
	}
	e := j
	for e < len(toks) && e < j+2 && toks[e].kind == tWord && toks[e].cap && a.personAt[e] < 0 && a.orgAt[e] < 0 && a.placeAt[e] < 0 &&
		a.roleKind(e) == 0 && toks[e].para == toks[k].para {
		e++
	}
	if e == j || e < len(toks) && toks[e].kind == tWord && toks[e].cap {
		return k
	}
	return e
}

// bodyAfterIn reports "in" before a body's name, perhaps after "the" and
// up to two lower-case words: "minister in the opposition National Unity
// Government" serves the body as "minister of" would; "minister in
// charge" or "in the capital" name none.
func (a *analysis) bodyAfterIn(k int) bool {
	toks := a.d.toks
	if toks[k].lower != "in" {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	for n := 0; n < 2 && j < len(toks) && toks[j].kind == tWord && !toks[j].cap; n++ {
		j++
	}
	if j >= len(toks) || !toks[j].cap || toks[j].para != toks[k].para {
		return false
	}
	if a.orgAt[j] >= 0 {
		return true
	}
	e := a.capRunEnd(j)
	return e > j+1 && a.bodyWordAt(e-1) || a.bodyHeadThenOf(j)
}

// appositionEnds reports that the apposition ends at token k: "Bassem Naim,
// a senior Hamas official, called" but not "NAME, a senior official's son".
func (a *analysis) appositionEnds(k int, para int32) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].para != para {
		return true
	}
	switch n := toks[k]; {
	case a.rankOfNextName(k, para):
		return false // "the Argus Leader of Sioux Falls, Gov. Kristi Noem": the rank is the next name's
	case n.kind == tPunct || n.kind == tQuote:
	case n.lower == "and" || n.lower == "who" || n.lower == "whom" || n.lower == "whose" || n.lower == "said" || a.lx.speech[n.lower] != "":
	case n.lower == "since" || n.lower == "until": // "finance minister since 2023"
	case (n.lower == "from" || n.lower == "in") && k+1 < len(toks) && toks[k+1].kind == tNum: // "mayor from 2019 to 2024", "in 2022"
	case a.timeEndsTitle(k): // "defence minister in October", "last year"
	case a.abodeEndsTitle(k): // "foreign minister now living in exile", "based in Paris"
	case a.remitEndsTitle(k): // "a minister responsible for the Indo-Pacific"
	case participleAfterTitle(toks, k): // "a Hezbollah commander rebuilding the group's rocket network"
	default:
		return false
	}
	return true
}

// rankOfNextName reports an apposition that is a rank alone whose full
// stop at k a name follows: "the Argus Leader of Sioux Falls, Gov. Kristi
// Noem", "the death of John McLean, 53, Sgt. Manny Hernandez said". A role
// noun before the rank keeps the apposition: "an aide to Gov. Cuomo".
func (a *analysis) rankOfNextName(k int, para int32) bool {
	toks := a.d.toks
	if toks[k].text != "." || k < 2 || toks[k-1].end != toks[k].start || a.roleKind(k-1) != rRank ||
		k+1 >= len(toks) || a.personAt[k+1] < 0 || toks[k+1].para != para {
		return false
	}
	for j := k - 2; j >= 0 && toks[j].text != "," && toks[j].sent == toks[k].sent; j-- {
		if rk := a.roleKind(j); rk == rHead || rk == rWeak || rk == rRank {
			return false
		}
	}
	return true
}

// stateOrPlaceAfter reads a gazetteer place: a place inside a state stays in
// the title ("Hamas's Gaza chief"), a state gives it its country ("a senior
// Egyptian official", "Britain's ambassador").
func stateOrPlaceAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	if a.placeAt[k] < 0 {
		return k, stepPass
	}
	m := a.places[a.placeAt[k]]
	if a.originCompound(m) {
		return m.lim, stepTake // "NAME, Norway's Moroccan-born interior minister": the person's origin
	}
	if e := a.skipPossessive(m.lim); m.kind == sPlace && e > m.lim && len(s.words) == 0 && m.code != "" && !m.ambiguous && len(m.altCodes) == 0 {
		// "NAME, who is Saarland's minister-president,": a place inside one
		// state that owns the title, as before the name
		if s.w.country == "" {
			s.w.country = m.code
		}
		return e, stepTake
	}
	if m.kind == sPlace {
		for x := m.first; x < m.lim; x++ {
			s.words = append(s.words, x)
		}
		return m.lim, stepTake
	}
	if m.state && s.w.country == "" {
		s.w.country = m.code
	}
	// "principal deputy White House press secretary": an institution
	// inside the title stays in it
	if m.kind == sCapital && len(s.words) > 0 && !m.possessive {
		for x := m.first; x < m.lim; x++ {
			s.words = append(s.words, x)
		}
	}
	return a.skipPossessive(m.lim), stepTake
}

// skipPossessive returns the token after a "'s" at k, or k.
func (a *analysis) skipPossessive(k int) int {
	if k < len(a.d.toks) && (a.d.toks[k].lower == "'s" || a.pluralPossessive(k)) {
		return k + 1 // "Britain's", "the Philippines'"
	}
	return k
}

// bodyAfter reads a body of the gazetteer that owns the title: "a senior
// Hamas official", "the UN's envoy".
func bodyAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	if a.orgAt[k] < 0 {
		return k, stepPass
	}
	o := a.orgs[a.orgAt[k]]
	s.w.setOrg(a.lx.orgs[o.org])
	return a.skipPossessive(o.lim), stepTake
}

// officePhraseAfter reads a role listed as a whole phrase: "campaign manager".
func officePhraseAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	lim := a.officeAt(k)
	if lim <= k {
		return k, stepPass
	}
	for x := k; x < lim; x++ {
		s.words = append(s.words, x)
	}
	s.lastHead, s.w.head, s.w.hasHead, s.w.weak = len(s.words), a.d.toks[lim-1].lower, true, false
	return lim, stepTake
}

// roleNounAfter reads a role noun or rank; the last strong one is the head.
func roleNounAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	if s.kind != rHead && s.kind != rWeak && s.kind != rRank {
		return k, stepPass
	}
	s.words = append(s.words, k)
	s.lastHead = len(s.words)
	if !s.w.hasHead || s.kind != rWeak {
		s.w.head = a.d.toks[k].lower
	}
	if !s.w.hasHead {
		s.w.weak = s.kind == rWeak
	} else if s.kind != rWeak {
		s.w.weak = false
	}
	s.w.hasHead = true
	return k + 1, stepTake
}

// ownerRoleAfter reads a role noun with "'s" before the title, the office
// of someone else whom the person serves: "the UN Secretary-General's
// special representative", "the president's chief of staff". The title
// is the role after it; a body or state read before stays.
func ownerRoleAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if s.kind != rHead || k+2 >= len(toks) || toks[k+1].lower != "'s" || !a.roleAhead(k+2, 3) {
		return k, stepPass
	}
	s.w.ownerAt = k
	s.words, s.lastHead = s.words[:0], -1
	s.w.head, s.w.hasHead, s.w.weak = "", false, false
	return k + 2, stepTake
}

// ownerNounAfter reads an owner noun before the title: "the mission's Kenyan
// commander", "the party's co-leader".
func ownerNounAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	t := &toks[k]
	if t.kind == tWord && (!t.cap || a.acronym(k)) && k+1 < len(toks) && toks[k+1].lower == "'s" && !s.w.hasHead && a.lowerWordsOnly(s.words) {
		s.w.ownerAt, s.w.nonState = k, a.nonStateNoun(k)
		s.words = s.words[:0]
		return k + 2, stepTake
	}
	// "the Commission's chief spokeswoman" after "the European
	// Commission": the last word of a body named before stands for it
	if t.kind == tWord && t.cap && k+1 < len(toks) && toks[k+1].lower == "'s" && !s.w.hasHead && len(s.words) == 0 && s.w.country == "" && s.w.org == "" && a.orgAt[k] < 0 && a.placeAt[k] < 0 {
		if o, ok := a.orgNamedBefore(k); ok {
			s.w.setOrg(o)
			return k + 2, stepTake
		}
	}
	// "the British High Commission's deputy head": a state's body named
	// in capitals after the state owns the title as "embassy's" does
	if t.kind == tWord && t.cap && k+1 < len(toks) && toks[k+1].lower == "'s" && !s.w.hasHead && s.w.country != "" && a.capitalsOnly(s.words) {
		switch a.lx.bodyWords[t.lower].kind {
		case "state":
			s.w.ownerAt = k
		case "body":
			// "the British Medical Association's president": a body that
			// is no state's, whose name the state's adjective opens
			lo := k
			for lo > 0 && toks[lo-1].cap && toks[lo-1].kind == tWord {
				lo--
			}
			s.w.ownerAt, s.w.nonState, s.w.country = k, true, ""
			s.w.org, s.w.orgKind = stripInvisible(a.d.text[toks[lo].start:toks[k].end]), ""
		default:
			return k, stepPass
		}
		s.words = s.words[:0]
		return k + 2, stepTake
	}
	return k, stepPass
}

// capitalsOnly reports title words that are all capitalised words, the
// name of a body read so far: "High" of "High Commission".
func (a *analysis) capitalsOnly(words []int) bool {
	for _, k := range words {
		if t := a.d.toks[k]; !t.cap || t.kind != tWord || a.roleKind(k) == rHead {
			return false
		}
	}
	return true
}

// possessivePartyNameAfter reads a party's name that holds a "'s" and
// ends in "Party" before the title, which the gazetteer does not hold: "a
// People's Party MP for Narathiwat", "a Workers' Party senator" is read
// by the plural step. The party's state is the story's, as for a party
// the gazetteer gives no state.
func possessivePartyNameAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if len(s.words) > 0 || s.w.org != "" || k+2 >= len(toks) || !toks[k].cap || toks[k].kind != tWord || a.personAt[k] >= 0 ||
		toks[k+1].lower != "'s" || toks[k+1].start != toks[k].end || !toks[k+2].cap {
		return k, stepPass
	}
	e := -1
	for j := k + 2; j < len(toks) && j < k+6 && toks[j].cap && toks[j].kind == tWord; j++ {
		if toks[j].lower == "party" {
			e = j + 1 // "People's Party MP": the name ends at "Party"
			break
		}
	}
	if e < 0 || e >= len(toks) || !a.roleAhead(e, 3) {
		return k, stepPass
	}
	s.w.org, s.w.orgKind = a.d.text[toks[k].start:toks[e-1].end], "party"
	return e, stepTake
}

// pluralOwnerNameAfter reads a capitalised plural name with its
// apostrophe before the title, a body that is no state's: "the Social
// Democrats' chairman", "the Greens' leader" (a state's plural, "the
// Philippines'", is a place, read before). A role noun must follow.
func pluralOwnerNameAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if len(s.words) > 0 || s.w.org != "" || !toks[k].cap || toks[k].kind != tWord || a.personAt[k] >= 0 {
		return k, stepPass
	}
	e := a.capRunEnd(k)
	if e <= k || e >= len(toks) || !a.pluralPossessive(e) || !a.roleAhead(e+1, 3) {
		return k, stepPass
	}
	for j := k; j < e; j++ {
		if a.placeAt[j] >= 0 {
			return k, stepPass
		}
	}
	s.w.org, s.w.nonState = a.d.text[toks[k].start:toks[e-1].end], true
	return e + 1, stepTake
}

// acronym reports a body's acronym at k that names no place or person:
// "KFOR's Turkish commander".
func (a *analysis) acronym(k int) bool {
	t := &a.d.toks[k]
	if len(t.text) < 2 || len(t.text) > 6 || strings.ToUpper(t.text) != t.text || a.placeAt[k] >= 0 || a.personAt[k] >= 0 {
		return false
	}
	return true
}

// modifierAfter reads a modifier or qualifier: "senior", "former".
func modifierAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	if s.kind != rMod && s.kind != rQual {
		return k, stepPass
	}
	s.words = append(s.words, k)
	return k + 1, stepTake
}

// capitalisedAfter keeps capitalised words that name no one: "Research
// Director", "the Pentagon Press Secretary".
func capitalisedAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	t := &a.d.toks[k]
	if t.kind == tWord && t.cap && a.personAt[k] < 0 && !commonStarters.hasToken(t) {
		s.words = append(s.words, k)
		return k + 1, stepTake
	}
	return k, stepPass
}

// unknownOwnerAfter reads a capitalised name that no gazetteer knows
// and its "'s" opening an apposition before a role noun: "NAME, Fraport's
// chief operating officer," holds a body's office that is no state's, as
// "Unite's general secretary, NAME" does before a name; a governor's or a
// mayor's owner is a place the gazetteer lacks ("Gagauzia's governor").
func unknownOwnerAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if len(s.words) > 0 || s.w.hasHead || s.w.org != "" || s.w.country != "" {
		return k, stepPass
	}
	e := k
	for e < len(toks) && e < k+3 && toks[e].kind == tWord && toks[e].cap && a.companyNotPerson(e) && a.placeAt[e] < 0 && a.orgAt[e] < 0 &&
		a.roleKind(e) == 0 && !commonStarters.hasToken(&toks[e]) && !notNameWords.hasToken(&toks[e]) {
		e++
	}
	if e == k || e+1 >= len(toks) || toks[e].lower != "'s" || !a.roleAhead(e+1, 3) || a.holderNameAt(k, e-1) {
		return k, stepPass
	}
	for j := e + 1; j < e+4 && j < len(toks); j++ {
		kind := a.bodyKindAt(j)
		if !territorialHeads.hasToken(&toks[j]) && (toks[j].cap || kind == "" || kind == "nonstate") {
			continue
		}
		if j > e+1 {
			return k, stepPass // "Hakan's Turkish commander": someone's
		}
		// "Gazipur's police commissioner", "Gagauzia's governor": a place
		// the gazetteer lacks, whose office is a state's
		for x := k; x < e; x++ {
			s.words = append(s.words, x)
		}
		return e + 1, stepTake
	}
	s.w.org, s.w.orgKind, s.w.nonState = stripInvisible(a.d.text[toks[k].start:toks[e-1].end]), "", true
	return e + 1, stepTake
}

// companyNotPerson reports a word at k that is no person's name, or a
// name without a given name that no role holds, which a company named
// alone passes for ("Fraport said", then "Fraport's chief operating
// officer").
func (a *analysis) companyNotPerson(k int) bool {
	m := a.personAt[k]
	if m < 0 {
		return true
	}
	p := a.people[a.mentions[m].person]
	if p.role != nil || len(p.roles) > 0 || p.given {
		return false
	}
	for _, mi := range p.mentionIdx {
		if x := a.mentions[mi]; x.lim-x.first != 1 {
			return false // "Lynch's chief of staff" after "Loretta Lynch"
		}
	}
	return true
}

// andBetweenCapitals keeps "and" between capitalised words: "Research and
// Advocacy Director".
func andBetweenCapitals(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if toks[k].lower == "and" && !s.w.hasHead && len(s.words) > 0 && toks[k-1].cap && k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tWord {
		s.words = append(s.words, k)
		return k + 1, stepTake
	}
	return k, stepPass
}

// andBetweenPortfolios keeps "and" between lower-case portfolio nouns
// before the role noun: "the trade and industry minister", "Bangladesh's
// refugee relief and repatriation commissioner"; the role noun must follow
// within three words.
func andBetweenPortfolios(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if toks[k].lower != "and" || s.w.hasHead || len(s.words) == 0 || s.words[len(s.words)-1] != k-1 || toks[k-1].cap || k+1 >= len(toks) {
		return k, stepPass
	}
	if n := &toks[k+1]; n.kind != tWord || n.cap || npFunctionWords.hasToken(n) || n.para != s.para || !a.roleAhead(k+1, 3) {
		return k, stepPass
	}
	// portfolios on both sides, no person's noun or role: not "a tax
	// lawyer and senior fellow", "a developer and spokeswoman"
	if a.listedPersonNoun(k-1) || a.listedPersonNoun(k+1) || agentEnding(toks[k-1].lower) || agentEnding(toks[k+1].lower) || a.roleKind(k+1) == rQual ||
		a.roleKind(k-1) != rMod && a.roleKind(k+1) != rMod { // a listed portfolio on one side at least: not "a former Eton pupil and joint leader"
		return k, stepPass
	}
	s.words = append(s.words, k)
	return k + 1, stepTake
}

// nounBeforeRole keeps lower-case nouns inside the title when a role noun
// follows within three words: "a fire service official", "a UN human
// rights spokeswoman".
func nounBeforeRole(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	t := &a.d.toks[k]
	if t.kind == tWord && !t.cap && !s.w.hasHead && a.roleAhead(k+1, 3) && a.lx.speech[t.lower] == "" && !npFunctionWords.hasToken(t) {
		s.words = append(s.words, k)
		return k + 1, stepTake
	}
	return k, stepPass
}

// andBetweenRoles keeps "and" between two role nouns of one title, so that
// the of-phrase after the second still gives the body: "the president and
// CEO of the Canadian Chamber of Commerce".
func andBetweenRoles(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if toks[k].lower != "and" || !s.w.hasHead || s.lastHead != len(s.words) || k+1 >= len(toks) || toks[k+1].para != s.para {
		return k, stepPass
	}
	if kind := a.roleKind(k + 1); kind == rHead || a.officeAt(k+1) > k+1 {
		s.words = append(s.words, k)
		return k + 1, stepTake
	}
	return k, stepPass
}
