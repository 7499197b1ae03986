package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// role is a title the article gives a person, with the state or body it
// belongs to.
type role struct {
	title    string
	head     string // the role noun, lower case: "minister"
	country  string
	org      string
	orgKind  string // the gazetteer's kind of org; "" for bodies it does not hold
	orgState string // the state of a party or agency in the gazetteer
	notState string // a state the role serves in, not its own: "envoy to Ukraine"
	// notOnly: notState is only ruled out ("met his Turkish counterpart");
	// the states the article is about after it may still be the role's
	notOnly  bool
	nonState bool // the role is a body's that is no state's, named by its type: "the union's leader"
	owner    int  // token of a possessive owner noun ("the government's minister"), -1
	rule     string
	rank     int  // rule preference: lower wins
	explicit bool // the country is written in the title phrase itself
	at       int  // token where the role was found
	titleLo  int  // token range of the title words, for marking used states
	titleHi  int
	// heldRank: a rank written after the role, left out of the title
	// ("Police spokesman Sgt. NAME"), still a hint of the press's state
	heldRank string
	// principal: 1 + the mention of the person the role serves ("an aide
	// to President NAME"), whose state it shares; 0 for none
	principal int
}

// Rule names, recorded on each official so that a wrong record can be traced.
const (
	ruleTitleBefore = "title-before-name"
	ruleTitleComma  = "title-comma-name"
	ruleApposition  = "apposition"
	ruleIncluding   = "plural-title-including"
	ruleAnaphora    = "definite-description"
	ruleRoleVerb    = "role-verb"
)

// titleWalk collects a title phrase backwards from token end-1.
type titleWalk struct {
	lo, hi   int // token range of title words kept, [lo, hi)
	words    []int
	hasHead  bool
	head     string
	weak     bool
	country  string
	org      string
	orgKind  string
	orgState string // the gazetteer's state of a party or agency
	notState string // a state the role serves in: "ambassador to France"
	ownerAt  int    // token of a possessive owner ("Blair's spokesman"), -1
	nonState bool   // a body that is no state's owns the role: "the company's", "for the union"
	heldRank string // a rank dropped after the role ("Police spokesman Sgt."), see stackedRank
	// principal: 1 + the mention of the person the role serves ("an aide
	// to President NAME"), 0 for none
	principal int
}

// complementState reads a state in the complement of a role noun: "president
// of Haiti", "an aide to Azerbaijan's president" say whose role it is;
// "ambassador to France", "envoy for Syria", "expert on Russia" name a state
// the role serves or studies, which is then not its own.
func (w *titleWalk) complementState(prep, code string, possessive bool) {
	if prep == "of" || possessive {
		w.country = code
		return
	}
	w.notState = code
}

// setOrg records the body a title belongs to; an agency's state is the
// title's state, a party's is kept aside (placeRoles decides on it).
func (w *titleWalk) setOrg(o org) {
	w.org, w.orgKind = o.Name, o.Kind
	switch o.Kind {
	case "agency":
		if w.country == "" {
			w.country = o.Country
		}
		w.orgState = o.Country
	case "party":
		w.orgState = o.Country
	}
}

// bodyInTitle takes out of a title the name of a body that is no state's,
// written in front of the role noun: "Countryside Alliance chairman" is the
// chairman of the Countryside Alliance. A state's body stays in the title
// ("National Security Council official").
func (a *analysis) bodyInTitle(w *titleWalk) {
	toks := a.d.toks
	// "the European Commission ... Commission Vice-President": the last
	// word of a body named before, opening the title, stands for the body
	if n := len(w.words); n > 1 && w.org == "" {
		if k := w.words[n-1]; toks[k].cap && a.placeAt[k] < 0 && !a.isTitleHead(k) {
			if o, ok := a.orgNamedBefore(k); ok {
				w.setOrg(o)
				w.words = w.words[: n-1 : n-1]
				return
			}
			if name := a.membersBodyNamedBefore(k); name != "" {
				w.org, w.orgKind = name, "" // "The Nova Scotia Nurses' Union welcomed ... Union president NAME"
				w.words = w.words[: n-1 : n-1]
				return
			}
		}
	}
	a.bodyNameInTitle(w)
}

// bodyNameInTitle takes out of a title a capitalised body's name that is no
// state's before the role noun, with a state's adjective that opens it:
// "Australian Medical Association president".
func (a *analysis) bodyNameInTitle(w *titleWalk) {
	toks := a.d.toks
	// w.words runs right to left: find the capitalised words before the head
	hi := -1
	for i, k := range w.words {
		if a.bodyHeadInTitle(k) && toks[k].cap && a.placeAt[k] < 0 {
			hi = i
			break
		}
	}
	if hi < 0 {
		return
	}
	lo := a.bodyRunStart(w, hi)
	first, last := w.words[lo], w.words[hi]
	state, ok := a.bodyName(first, last+1)
	if !ok && hi == 1 && lo == len(w.words)-1 && last-first >= 1 && a.companyBeforeHead(first, last+1, w.words[0]) {
		// "Mineração Serra Azul president": a name of two or more unknown
		// capitalised words before a lower-case head is its body's
		state, ok = false, true
	}
	if !ok || state || w.org != "" || w.head == "minister" && toks[w.words[0]].cap {
		// "Public Service Minister NAME": before a minister's title a
		// body's name is the portfolio, a state's office
		return
	}
	// "Australian Medical Association president": a state's adjective
	// that opens the body's name is the body's, and gives the title no state
	if pi := a.placeAt[max(first-1, 0)]; first > 0 && pi >= 0 && a.places[pi].kind == sAdjective && a.places[pi].lim == first && w.country == a.places[pi].code {
		first = a.places[pi].first
		w.country, w.nonState = "", true
	}
	hi = a.ofPlaceInBody(w, hi) // "University of California President": the body's name goes on
	last = w.words[hi]
	w.org, w.orgKind = a.d.text[toks[first].start:toks[last].end], ""
	w.words = append(w.words[:hi:hi], w.words[lo+1:]...)
}

// ofPlaceInBody extends the body's name whose last word is w.words[hi]
// over "of" and the capitalised words after it, before the role words:
// "University of California President NAME" is the president of the
// University of California, not "of California President". It returns
// the index of the name's new last word.
func (a *analysis) ofPlaceInBody(w *titleWalk, hi int) int {
	toks := a.d.toks
	if hi < 3 || toks[w.words[hi-1]].lower != "of" {
		return hi
	}
	j := hi - 2
	if !toks[w.words[j]].cap || a.roleKind(w.words[j]) != 0 {
		return hi
	}
	for j-1 >= 1 && toks[w.words[j-1]].cap && a.roleKind(w.words[j-1]) == 0 {
		j--
	}
	return j
}

// companyBeforeHead reports a capitalised name [lo, hi) of words the
// gazetteers do not know, right before the lower-case role noun at head,
// that the article also names alone elsewhere: "Mineração Serra Azul
// president Ricardo ..." after "mines operated by Mineração Serra Azul".
func (a *analysis) companyBeforeHead(lo, hi, head int) bool {
	toks := a.d.toks
	if head != hi || toks[head].cap || a.roleKind(head) != rHead {
		return false
	}
	for k := lo; k < hi; k++ {
		if toks[k].kind != tWord || !toks[k].cap || a.placeAt[k] >= 0 || a.orgAt[k] >= 0 || a.personAt[k] >= 0 || a.roleKind(k) != 0 {
			return false
		}
		if _, ok := a.lx.bodyWords[toks[k].lower]; ok {
			return false
		}
	}
	// the same name elsewhere, not before a role noun nor a place's noun
	n, found := hi-lo, false
	for k := 0; k+n <= len(toks); k++ {
		if k == lo {
			continue
		}
		same := true
		for j := 0; j < n && same; j++ {
			same = toks[k+j].text == toks[lo+j].text
		}
		if same && k+n < len(toks) && !toks[k+n].cap && a.lx.bodyWords[toks[k+n].lower].kind == "place" {
			return false // "in the Lower Shabelle region": a place's name, whose governor is a state's
		}
		found = found || same && (k+n >= len(toks) || a.roleKind(k+n) == 0)
	}
	return found
}

// bodyName reports a capitalised run [lo, hi) that names a body by its head
// word, the last one or the last before "of" or "for" ("American Farm
// Bureau", "Association of Suicidology"), and whether the body is a state's
// by that word ("Swedish Prosecution Authority"), by "Federal" or "State"
// in front ("Federal Academy for Security Policy") or by a state's word
// before its head ("Government Communication Service").
func (a *analysis) bodyName(lo, hi int) (state, ok bool) {
	toks := a.d.toks
	if hi <= lo {
		return false, false
	}
	head := a.bodyHead(lo, hi)
	b, found := a.lx.bodyWords[toks[head].lower]
	if !found || !toks[head].cap {
		return false, false
	}
	switch b.kind {
	case "state":
		if head < hi-1 && a.membersOf(hi-1) {
			return false, true // "Queensland Council of Unions": its members' own
		}
		if a.religiousNamed(lo, head) {
			return false, true // "Indonesian Ulema Council": its clerics' own
		}
		return true, true
	case "body", "company", "media":
		members := a.membersBody(head)
		if x := toks[lo].lower; x == "federal" || x == "state" || x == "royal" || x == "national" && nationalHeads.hasToken(&toks[head]) {
			return true, true // "National Mining Agency": a state's
		}
		// "Lagos State Emergency Management Agency": a place inside a state
		// and its kind of local government open a local state's body
		if pi := a.placeAt[lo]; pi >= 0 && a.places[pi].kind == sPlace && a.places[pi].lim < head && localUnits.hasToken(&toks[a.places[pi].lim]) {
			return true, true
		}
		if a.metroGovernment(lo, head) {
			return true, true // "Karachi Metropolitan Corporation": the city's government
		}
		for k := lo; k < head && !members; k++ {
			if b, ok := a.lx.bodyWords[toks[k].lower]; ok && b.kind == "state" {
				return true, true // "Government Communication Service"
			}
		}
		if a.legislatureOf(head, hi) {
			return true, true // "Chamber of Deputies"
		}
		if a.stateDutyCommittee(head, hi) {
			return true, true // "Committee of Emergency Situations"
		}
		if !members && a.stateOwnsOrgan(lo, head, hi) {
			return true, true // "the Jordanian Security Services"
		}
		return false, true
	}
	return false, false
}

// religiousNamed reports a word of a denomination or of religious members
// before a body's head at head: "Ulema Council", "Catholic Bishops'
// Conference" name bodies that are no state's.
func (a *analysis) religiousNamed(lo, head int) bool {
	for k := lo; k < head; k++ {
		w := strings.TrimSuffix(strings.TrimSuffix(a.d.toks[k].lower, "'s"), "'")
		if denominations.has(w) || religiousMembers.has(w) {
			return true
		}
	}
	return false
}

// religiousMembers are the members a religious body is named after
// (words_people.tsv religious-member).
var religiousMembers = wordList("religious-member")

// membersOf reports the last word of a body's of-phrase that names its
// members as bodies of their own: "Council of Unions", "Congress of
// Trade Unions", "Confederation of Employers' Associations".
func (a *analysis) membersOf(k int) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(a.d.toks[k].lower, "'"), "s")
	return w != a.d.toks[k].lower && memberBodyHeads.has(w)
}

// bodyHead is the head word of a body's name [lo, hi): its last word, or
// the word before "of" or "for" ("National Union of Journalists").
func (a *analysis) bodyHead(lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if x := a.d.toks[k].lower; x == "of" || x == "for" {
			return k - 1
		}
	}
	return hi - 1
}

// membersBody reports a body's head word that makes it its members' own,
// whatever state body the words before it name: "Police Officers
// Association", "Government Employees Union", "Army Wives Federation".
// A company's or a group's name may still be a state's ("Army Group").
func (a *analysis) membersBody(head int) bool {
	switch w := a.d.toks[head].lower; w {
	case "company", "corporation", "group":
		return false
	default:
		return memberBodyHeads.has(w)
	}
}

// bodyRunStart returns the index in w.words (which run right to left) of
// the first word of the capitalised run that ends at index hi. The run may
// hold connectors ("Association of Suicidology") and modifiers of roles
// ("Medical Association"), but not a word that names a state's body
// ("Police Federation" is read as "Federation", as before).
func (a *analysis) bodyRunStart(w *titleWalk, hi int) int {
	toks := a.d.toks
	lo := hi
	for lo+1 < len(w.words) && w.words[lo+1] == w.words[lo]-1 {
		n := w.words[lo+1]
		if connectors.hasToken(&toks[n]) && lo+2 < len(w.words) && toks[w.words[lo+2]].cap {
			lo++
			continue
		}
		if a.roleKind(n) != 0 && (a.roleKind(n) != rMod || a.lx.bodyWords[toks[n].lower].kind == "state") && !a.membersOfHead(n, w.words[hi]) || !toks[n].cap || a.placeAt[n] >= 0 {
			break
		}
		lo++
	}
	return lo
}

// membersOfHead reports a body's head at n whose of-phrase, ending at
// last, names its members: "Council" of "Council of Unions".
func (a *analysis) membersOfHead(n, last int) bool {
	return n+1 < last && a.d.toks[n+1].lower == "of" && a.membersOf(last)
}

// roleEndingAt returns the first token of a multi-word role listed as a
// phrase that ends right before token end ("district attorney", "state's
// attorney", "U.S. attorney"), or -1; only roles whose last word is no role
// noun by itself need it.
func (a *analysis) roleEndingAt(end int) int {
	if end <= 1 || end > len(a.d.toks) {
		return -1
	}
	if k := a.roleKind(end - 1); k == rHead || k == rWeak || k == rRank {
		return -1
	}
	for s := max(0, end-maxRolePhrase); s < end-1; s++ {
		vals, lim := a.lx.roleTrie.match(a.d.toks, s, true)
		if lim != end {
			continue
		}
		for _, v := range vals {
			// a long phrase only as an office read whole ("chief of the
			// general staff"); a long head keeps its complement apart
			if k := a.lx.roleKinds[v]; k == rOffice || (k == rHead || k == rWeak) && end-s <= 4 {
				return s
			}
		}
	}
	return -1
}

// officeAt returns the end of a multi-word role listed only as a whole
// phrase ("campaign manager") that starts at k, or k.
func (a *analysis) officeAt(k int) int {
	if a.d.toks[k].kind != tWord || a.d.toks[k].cap {
		return k
	}
	vals, lim := a.lx.roleTrie.match(a.d.toks, k, true)
	for _, v := range vals {
		if a.lx.roleKinds[v] == rOffice && lim > k+1 {
			return lim
		}
	}
	return k
}

// roleAhead reports a role noun within n words from k.
func (a *analysis) roleAhead(k, n int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+n; j++ {
		if kind := a.roleKind(j); kind == rHead || kind == rWeak {
			return true
		}
		if toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// servedRoleEnd returns the token after the role noun of the official an
// aide serves, which starts at k, a few title words at most: "(an adviser
// to the Argentine) foreign minister", "(to the Indonesian) coordinating
// minister". roleAhead has found one there.
func (a *analysis) servedRoleEnd(k int) int {
	for j := k; j < len(a.d.toks) && j < k+3; j++ {
		if kind := a.roleKind(j); kind == rHead || kind == rWeak {
			return j + 1
		}
	}
	return k
}

// compoundBefore reports that the lower-case word at k sits inside a title:
// a title word, a state, a body or a possessive stands right before it
// ("foreign office", "Pakistan's foreign office spokeswoman").
func (a *analysis) compoundBefore(k int) bool {
	if k == 0 || a.peopleClass(k, pcSpeech) || npFunctionWords.hasToken(&a.d.toks[k]) || prepositions.hasToken(&a.d.toks[k]) {
		return false
	}
	p := k - 1
	switch kind := a.roleKind(p); {
	case kind == rMod || kind == rQual:
		return true
	case a.placeAt[p] >= 0 || a.orgAt[p] >= 0 || a.d.toks[p].lower == "'s" || a.openingDeterminer(p):
		return true
	}
	// "Spain's ecological transition minister", "UN human rights chief":
	// plain nouns back to an owner or a body; "Belgian asylum and
	// migration minister": two portfolios joined by "and"
	for n := 0; n < 3 && p > 0 && (a.plainNoun(p) || a.portfolioAnd(p)); n++ {
		p--
	}
	return p < k-1 && (a.d.toks[p].lower == "'s" || a.openingDeterminer(p) || a.pluralPossessive(p) || a.placeAt[p] >= 0 && a.places[a.placeAt[p]].state || a.orgAt[p] >= 0 || a.modifiedCompoundOwner(p))
}

// portfolioAnd reports an "and" at k that joins two portfolio nouns inside
// a title: "asylum and migration minister", "business and trade
// secretary"; not people joined to a title ("soldiers and defence
// secretary"), so the noun before it is neither a noun for a person nor
// a plural; nor a phrase joined to a title that a role's modifier opens
// ("Labour's record and party leader NAME").
func (a *analysis) portfolioAnd(k int) bool {
	toks := a.d.toks
	if a.modifiersAnd(k) {
		return true // "water and energy minister"
	}
	if k < 1 || k+1 >= len(toks) || toks[k].lower != "and" || !a.plainNoun(k-1) || a.roleKind(k+1) == rMod {
		return false
	}
	w := toks[k-1].lower
	return !humanNouns.has(w) && !plural(w)
}

// plainNoun reports a lower-case word at k that may stand inside a title
// as a noun or adjective: no role word, function word, preposition, speech
// verb or participle.
func (a *analysis) plainNoun(k int) bool {
	t := &a.d.toks[k]
	return t.kind == tWord && !t.cap && a.roleKind(k) == 0 && !npFunctionWords.hasToken(t) && !prepositions.hasToken(t) &&
		!connectors.hasToken(t) && a.lx.speech[t.lower] == "" && !agentWords.hasToken(t) && !strings.HasSuffix(t.lower, "ed")
}

// connectsTitle reports a connector at k that joins a role noun on its left
// to the title words on its right: "Secretary of State", "Speaker of the
// House", "Minister for Foreign Affairs"; not "associate of President".
func (a *analysis) connectsTitle(k int) bool {
	toks := a.d.toks
	left := toks[k-1]
	switch kind := a.roleKind(k - 1); {
	case kind == rHead || kind == rWeak:
		return true
	case toks[k].lower == "for" && a.roleEndingAt(k) >= 0:
		return true // "minister of state | for finance": a listed office's complement
	case toks[k].lower == "the" && (left.lower == "of" || left.lower == "for"):
		return k > 1 && a.connectsTitle(k-1)
	case left.cap && left.kind == tWord && kind != rQual && toks[k].lower != "the":
		return true
	}
	return false
}

// titleText joins the title words in text order.
func (a *analysis) titleText(words []int) string {
	toks := a.d.toks
	var b strings.Builder
	for i := len(words) - 1; i >= 0; i-- {
		t := toks[words[i]]
		if t.text == "." {
			continue
		}
		if b.Len() == 0 && t.lower == "new" && i > 0 && a.placeAt[words[i]] < 0 && a.roleKind(words[i]) == rQual {
			continue // "The new defence minister": the office is the defence ministry's
		}
		if b.Len() > 0 && t.lower != "'s" && t.text != "," {
			b.WriteByte(' ')
		}
		if b.Len() == 0 {
			b.WriteString(formerForThen(t.text))
			continue
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// formerForThen writes a title's opening "then" as the qualifier a past
// role keeps ("then-President" is "former President", GUIDELINES: "A
// former role keeps its qualifier"); other words are returned as written.
func formerForThen(w string) string {
	switch {
	case w == "then" || w == "Then":
		return "former"
	case len(w) > 5 && (strings.HasPrefix(w, "then-") || strings.HasPrefix(w, "Then-")):
		return "former " + w[5:]
	}
	return w
}

// bareComplementBefore reports a complement that is a state or a body of
// the gazetteer ending at token k, right before a name without a comma:
// "former special envoy to Ukraine Kurt Volker", "Ambassador to the
// European Union Gordon Sondland".
func (a *analysis) bareComplementBefore(k int) bool {
	toks := a.d.toks
	lo := -1
	if m, ok := a.stateMentionAt(k); ok {
		lo = m.first
	} else if o, ok := a.orgAtTok(k); ok {
		lo = o.first
	} else if f := a.seatBeforeName(k); f >= 0 {
		lo = f
	}
	if lo < 2 {
		return false
	}
	if toks[lo-1].lower == "the" {
		lo--
	}
	if lo < 2 || !complementPreps.hasToken(&toks[lo-1]) {
		return false
	}
	kind := a.roleKind(lo - 2)
	return kind == rHead || kind == rWeak
}

// seatBeforeName returns the first token of a city or a place inside a
// state (no state, no adjective) that ends at k after a territorial head
// and "of", before a given name and a surname: "Mayor of London Sadiq
// Khan", "Governor of Texas Greg Abbott"; not "mayor of Portland Bay". It
// returns -1 when there is none.
func (a *analysis) seatBeforeName(k int) int {
	toks := a.d.toks
	if k < 0 || k+2 >= len(toks) || a.placeAt[k] < 0 {
		return -1
	}
	m := a.places[a.placeAt[k]]
	if m.lim != k+1 || m.kind != sPlace && m.kind != sCapital {
		return -1
	}
	f := m.first
	if f < 2 || toks[f-1].lower != "of" || !territorialHeads.hasToken(&toks[f-2]) {
		return -1
	}
	if !a.lx.givenNameWord(toks[k+1].text) || !toks[k+2].cap {
		return -1
	}
	return f
}

// readComplement reads one complement of a role noun, the preposition at k:
// a state ("of Haiti", "envoy to Ukraine"), a body of the gazetteer ("at
// the IMF"), a capitalised name ("of the Joint Chiefs of Staff", kept in the
// title, or "of the Trades Union Congress", a body that is no state's), a
// body named after its type ("of the human rights organisation Redress") or
// a short lower-case phrase left out of the title ("for defense and foreign
// policy studies"). It returns the token after it.
func (a *analysis) readComplement(k int, w *titleWalk, words *[]int) (int, bool) {
	toks := a.d.toks
	prep := toks[k].lower
	if a.lx.roleVerbs[prep] != "" || prep == "over" && k > 0 && a.lx.roleVerbs[toks[k-1].lower] != "" {
		prep = "of" // "who heads the agency", "presides over the Senate": the head of the agency
	}
	j := a.complementStart(k)
	if e, ok := a.rivalGovernmentComplement(j, w); ok {
		return e, true // "prime minister of the rival Benghazi-based government": no state's
	}
	if e := a.unitAtBody(k, j); e > k {
		return e, true // "director of the Latin America program at the Wilson Center": the body's
	}
	capEnd := a.nameRunEnd(j)
	if e := a.particleRunEnd(j); e > capEnd {
		capEnd = e // "governor of Norte de Santander": a Spanish or Portuguese name joined by its particle
	}
	capEnd = a.possessiveNameEnd(j, capEnd) // "the head of the Harbour Fishermen's Union"
	if next, ok := a.nationalBranchOrg(j, capEnd, w); ok {
		return next, true // "head of the Chilean Red Cross": the branch's, no state's
	}
	if next, ok := a.possessiveFirmOrg(j, w); ok {
		return next, true // "a spokesman for Russia's Gazprom": the firm's, no state's
	}
	if next, ok := a.personsPartOf(a.ownerNameEnd(j, capEnd), w); ok {
		return next, true // "a spokesman for Condori's faction of the Movement for Socialism"
	}
	m, isState := a.stateMentionAt(j)
	if isState && m.lim < capEnd && prep == "for" && w.country == "" && a.stateBodyAfter(m) {
		w.country = m.code // "a spokesman for the US Embassy in Seoul": the embassy's state
	}
	if isState && m.lim < capEnd && (prep == "for" || prep == "of") && w.country == "" && !m.possessive && a.stateInstitutionAfter(m, capEnd) {
		w.country = m.code // "who speaks for the Rwanda Defence Force": a state's institution named after it
	}
	if isState && (m.lim >= capEnd || a.stateBodyNamed(m, j, capEnd)) {
		return a.stateComplement(prep, m, w), true // "for the Jordanian | Interior Ministry"
	}
	if next, ok := a.personComplement(j, w); ok {
		return next, true
	}
	if next, ok := a.namedBodyOfState(prep, j, w); ok {
		return next, true // "for the Interior Ministry of Jordan": Jordan's, out of the title
	}
	if next, ok := a.slashJoinedOrg(j, w); ok {
		return next, true // "a spokesman for the FNL/UPR"
	}
	if next, ok := a.complementOrg(j, capEnd, w); ok {
		return next, true
	}
	if next, ok := a.complementTypedBody(toks[k].para, j, w); ok {
		return next, true
	}
	if e, ok := a.localAgency(j, capEnd, w); ok {
		return e, true
	}
	// "the CGT union", "the Whitfield campaign": a name before a noun that
	// names a body that is no state's
	if n := a.nounAfterName(capEnd); capEnd > j && a.nonStateNoun(n) {
		return a.nonStateBodyName(j, n, w), true
	}
	// "for African affairs": a capitalised adjective before a portfolio
	// noun (words_people.tsv adjective-portfolio) is a portfolio's phrase,
	// not a name
	adjPhrase := capEnd == j+1 && capEnd < len(toks) && adjectivePortfolios.hasToken(&toks[capEnd]) && a.placeAt[j] < 0 && a.orgAt[j] < 0 && a.personAt[j] < 0 ||
		a.regionAdjectivesBefore(j, capEnd) || // "for Latin American sovereigns", "of European equities"
		a.affairsPortfolio(j, capEnd) // "for Pacific Island affairs"
	if capEnd > j && !adjPhrase {
		return a.complementName(k, j, capEnd, w, words), true
	}
	if o, ok := a.bodyByHeadNoun(k, j); ok {
		if w.org == "" {
			w.setOrg(a.lx.orgs[o])
		}
		w.nonState = true
		return j + 1, true
	}
	return a.complementPhrase(k, j, w, words)
}

// regionAdjectivesBefore reports capitalised words [j, e) that are all
// adjectives of states or regions ("European", "Latin American", "West
// African") before a plain lower-case noun and the end of the phrase: the
// phrase names a portfolio ("a director for Latin American sovereigns at
// Fitch"), not a body.
func (a *analysis) regionAdjectivesBefore(j, e int) bool {
	toks := a.d.toks
	if e <= j || e-j > 3 || e+1 >= len(toks) || !a.plainNoun(e) || a.bodyKindAt(e) != "" || !a.complementPhraseEnds(e+1) {
		return false
	}
	for k := j; k < e; k++ {
		w := toks[k]
		region := continentalWords.hasToken(&w) || compassWords.hasToken(&w) || regionPrefixes.has(w.text)
		adjective := a.placeAt[k] >= 0 && a.places[a.placeAt[k]].kind == sAdjective
		if !region && !adjective && !(k > j && w.text == "American" && regionPrefixes.has(toks[k-1].text)) {
			return false
		}
	}
	return true
}

// stateComplement reads a complement that is a state, mention m after the
// preposition prep ("of Haiti", "envoy to Ukraine", "for the Thai army"),
// and returns the token after it.
func (a *analysis) stateComplement(prep string, m placeMention, w *titleWalk) int {
	// "a spokesman for the Thai army": a state's own body makes the
	// office the state's, as "of" does (readComplementBefore too)
	if kind := a.bodyKindAt(m.lim); prep == "for" && (kind != "" && kind != "nonstate" || a.stateBodyAfter(m)) {
		prep = "of"
	}
	if a.ownsStateBody(prep, m, w.head) {
		prep = "of" // "an official at the Dutch foreign ministry": its own body's
	}
	aide := a.aideOfStateOfficial(prep, m, w.head)
	if aide {
		prep = "of" // "an adviser to the Indonesian foreign minister": serves that state's official
	}
	if w.country == "" && !aide && prep != "to" {
		// "president of Luxembourg's largest trade union": the state
		// qualifies a body that is no state's, whose office it is
		if h := a.qualifiedBodyHead(m.lim); h >= 0 {
			w.nonState = true
			return h + 1
		}
	}
	if w.country == "" {
		w.complementState(prep, m.code, m.possessive)
	}
	w.bodyOwnerOverAdjective(prep, m)
	if aide {
		return a.servedRoleEnd(m.lim) // the official served is no part of the title
	}
	// the longer of the two: "the Jordanian | security services", "the
	// Dutch | ministry of defence"
	return max(a.stateBodyNounAfter(m.lim, w), a.stateBodyPhraseEnd(m.lim))
}

// personComplement reads a complement that names a person, after at most
// four capitalised role words from j: "a top aide to Vice President
// Pence" serves that person, who is left out of the title. It returns
// the token after it, and false where no person stands there.
func (a *analysis) personComplement(j int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	x := j
	for x < len(toks) && x < j+4 && a.personAt[x] < 0 && a.roleKind(x) != 0 && toks[x].cap {
		x++
	}
	if x >= len(toks) || a.personAt[x] < 0 {
		return 0, false
	}
	lim := a.mentions[a.personAt[x]].lim
	if w.principal == 0 {
		w.principal = 1 + int(a.personAt[x]) // "an aide to President NAME": the president's state
	}
	// "for the Fitch campaign": a body named after a person, no state's
	if n := a.nounAfterName(lim); x == j && a.nonStateNoun(n) {
		return a.nonStateBodyName(j, n, w), true
	}
	if e, ok := a.possessedParty(lim, w); ok {
		return e, true // "of Kronberger's Christian Democrats": the party's
	}
	return lim, true
}

// nonStateBodyName takes the name from j to the noun n ("the CGT union",
// "the Fitch campaign") as the body of walk w, unless it has one, and
// makes the office no state's. It returns the token after the noun.
func (a *analysis) nonStateBodyName(j, n int, w *titleWalk) int {
	if w.org == "" {
		w.org, w.orgKind = a.d.text[a.d.toks[j].start:a.d.toks[n].end], ""
	}
	w.nonState = true
	return n + 1
}

// adjectivePortfolios follow a capitalised adjective in a portfolio's
// phrase: "for African affairs".
var adjectivePortfolios = wordList("adjective-portfolio")

// localUnits name a local government after its place: "Lagos State",
// "Orange County".
var localUnits = wordList("local-unit")

// metroUnits and localGovHeads name a city's government after its place:
// "Karachi Metropolitan Corporation", "Tokyo Metropolitan Government".
var (
	metroUnits    = wordList("metro-unit")
	localGovHeads = wordList("local-gov-head")
)

// metroGovernment reports a place inside a state, a metro-unit word and a
// local-gov-head at head: a city's own government, no company's.
func (a *analysis) metroGovernment(lo, head int) bool {
	toks := a.d.toks
	pi := a.placeAt[lo]
	return pi >= 0 && a.places[pi].kind == sPlace && a.places[pi].lim == head-1 &&
		metroUnits.hasToken(&toks[head-1]) && localGovHeads.hasToken(&toks[head])
}

// nationalHeads are heads of a body's name that "National" before them
// makes a state's (words_places.tsv national-head).
var nationalHeads = wordList("national-head")

// localAgency reads a state's local body named after a place inside the
// state (or a capitalised name the gazetteer lacks), at j: "(head of the) West Sumatra disaster mitigation agency",
// "Sindh health department". The place's state holds the office; the
// index after the body's noun is returned.
func (a *analysis) localAgency(j, capEnd int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	if capEnd <= j || capEnd-j > 3 || a.personAt[j] >= 0 {
		return j, false
	}
	code := ""
	if a.placeAt[j] >= 0 {
		m := a.places[a.placeAt[j]]
		if m.first != j || m.lim != capEnd || m.kind != sPlace {
			return j, false
		}
		code = m.code
	}
	for n := capEnd; n < len(toks) && n < capEnd+4 && toks[n].kind == tWord && !toks[n].cap; n++ {
		if localAgencies.hasToken(&toks[n]) {
			if w.country == "" && code != "" {
				w.country = code
			}
			return n + 1, true
		}
		if a.nonStateNoun(n) {
			break
		}
	}
	return j, false
}

// localAgencies head the names of a state's local bodies.
var localAgencies = wordList("local-agency")

// complementStart returns the first token of the complement opened at k,
// after "the", a place a body is based in ("the London-based monitoring
// group") and an owner noun ("the government's Federal Academy").
func (a *analysis) complementStart(k int) int {
	toks := a.d.toks
	j := k + 1
	if (toks[j].lower == "the" || a.indefiniteBody(j)) && j+1 < len(toks) {
		j++ // "for the army", "for a Filipino company"
	}
	if b := a.basedBefore(j); b > j {
		j = b
	}
	j = a.compoundBeforeOrg(j) // "for the eastern-based Libyan National Army"
	for j+1 < len(toks) && !toks[j].cap && recognisedMods.hasToken(&toks[j]) && toks[j+1].kind == tWord {
		j++ // "of the internationally recognised Presidential Council": the state's own government
	}
	if j+2 < len(toks) && toks[j].kind == tWord && !toks[j].cap && toks[j+1].lower == "'s" && toks[j+2].cap {
		j += 2
	}
	return j
}

// recognisedMods say a government is the one states recognise, the
// state's own (words_people.tsv recognised-mod): "the internationally
// recognised Presidential Leadership Council".
var recognisedMods = wordList("recognised-mod")

// complementOrg reads a body of the gazetteer at j ("at the IMF"). A longer
// name that holds one ("the Federal Reserve Bank of New York") gives an
// agency's state, or another body's name, and reads on.
func (a *analysis) complementOrg(j, capEnd int, w *titleWalk) (int, bool) {
	o, ok := a.orgAtTok(j)
	if !ok {
		return j, false
	}
	if o.lim >= capEnd {
		if w.org == "" {
			w.setOrg(a.lx.orgs[o.org])
		}
		if e := a.portfolioBodyEnd(o.lim); e > o.lim {
			return e, true // "of the Seimas national security and defence committee"
		}
		n := a.bodyNounAfter(o.lim, w)
		if n == o.lim {
			n = a.bodyPostAfter(n, a.lx.orgs[o.org]) // "head of the ICRC delegation in Yemen"
		}
		return a.bodyOfficeEnd(n), true
	}
	if g := a.lx.orgs[o.org]; g.Kind == "agency" && w.country == "" {
		w.country = g.Country
	} else if g.Kind != "agency" && w.org == "" && !a.partyNounAt(capEnd) && !a.firmOpensStateBody(g, o.lim, capEnd) {
		// "the Republican Rally party" is a party of its own, not the Republicans'

		w.setOrg(g) // "the U.N. Office for Disaster Risk Reduction" is the UN's
	}
	return j, false
}

// complementTypedBody reads a body named after its type: "the human rights
// organisation Redress" is Redress, and so is a firm named after its trade
// and the city it is based in: "at the Munich carmaker Aurelis".
func (a *analysis) complementTypedBody(para int32, j int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	lo := a.cityBefore(j)
	m := lo
	for m < len(toks) && toks[m].para == para && toks[m].kind == tWord && !toks[m].cap && m-lo < 5 {
		m++
	}
	if !(m > lo && m < len(toks) && toks[m].cap) {
		return j, false
	}
	if typ := &toks[m-1]; !orgTypeNouns.hasToken(typ) && !firmNouns.hasToken(typ) || lo > j && !firmNouns.hasToken(typ) {
		return j, false
	}
	if o, ok := a.orgAtTok(m); ok && o.first == m {
		if w.org == "" {
			w.setOrg(a.lx.orgs[o.org])
		}
		return o.lim, true
	}
	e := m
	for e < len(toks) && toks[e].para == para && toks[e].kind == tWord && toks[e].cap {
		e++
	}
	if w.org == "" {
		w.org, w.orgKind = a.d.text[toks[m].start:toks[e-1].end], ""
	}
	return e, true
}

// complementName reads a capitalised name [j, e) after the preposition at
// k: a body that is no state's ("general secretary of the Trades Union
// Congress", "for APM Terminals Algeciras, which runs ...") or words that
// stay in the title ("of the Joint Chiefs of Staff"). It returns the token
// after it.
func (a *analysis) complementName(k, j, e int, w *titleWalk, words *[]int) int {
	toks := a.d.toks
	if state, ok := a.bodyName(j, e); ok && (!state || a.communityBody(j, e)) || !ok && (a.partyNounAt(e) || a.partyApposedAt(e) || a.peopleNamedBody(j, e)) || a.continentalBody(j, e) || !ok && a.unknownBodyOf(k, j, e, w) || a.programmeBody(k, j, e, w) || a.armedGroupNameAt(j, e) != "" || a.thingBeforeWhich(j, j, e) {
		if w.org == "" {
			w.org, w.orgKind = a.d.text[toks[j].start:toks[e-1].end], ""
			if !ok && legislatorHeads.has(w.head) {
				w.orgKind = "party" // "a national deputy for the Radical party": a state's seat, found as for a listed party's
			}
		}
	} else {
		for x := k; x < e; x++ {
			*words = append(*words, x)
		}
	}
	// "member of the Senate Armed Services Committee", "of the Left party"
	w.weak = false
	if e < len(toks) && toks[e].kind == tWord && !toks[e].cap && a.lx.bodyWords[toks[e].lower].kind == "place" && w.org == "" {
		return e + 1 // "the governor of Gedo region": the noun of the kind of place
	}
	return a.bodyNounAfter(e, w)
}

// programmeHeads end the name of a programme, which an office of it makes
// a body rather than a document (words_people.tsv programme-head).
var programmeHeads = wordList("programme-head")

// programmeBody reports a programme's name [j, e) after "of" at k that
// names no state and opens with no state's word: "NAME, coordinator of
// the Caspian Environment Programme," holds the programme's office, no
// state's; "director of the Nigerian Immunisation Programme" is
// Nigeria's.
func (a *analysis) programmeBody(k, j, e int, w *titleWalk) bool {
	toks := a.d.toks
	if toks[k].lower != "of" || w.country != "" || w.org != "" || e-j < 2 || !programmeHeads.hasToken(&toks[e-1]) {
		return false
	}
	if x := toks[j].lower; x == "federal" || x == "state" || x == "national" || x == "royal" {
		return false
	}
	for x := j; x < e; x++ {
		if m, ok := a.stateMentionAt(x); ok && m.kind != sAdjective || a.placeAt[x] >= 0 && a.places[a.placeAt[x]].state {
			return false
		}
	}
	return true
}

// unknownBodyOf reports a capitalised name [j, e) after "of" at k that
// the gazetteers lack and that is no state's: "NAME, general secretary
// of Unite," is the body's, as "Unite's general secretary" is. A
// governor's, a mayor's or a commander's is a place or a command ("mayor
// of Krnov"), an acronym alone may be a state's agency ("head of ONPE"),
// and a state written in the title keeps the office.
func (a *analysis) unknownBodyOf(k, j, e int, w *titleWalk) bool {
	toks := a.d.toks
	if toks[k].lower != "of" || w.country != "" || w.org != "" || territorialHeads.has(w.head) || e == j+1 && isAcronym(toks[j].text) {
		return false
	}
	if a.lx.roleTags[w.head+"/speaker"] {
		return false // "spokesman of Roseville": a town's, as often as a body's
	}
	if a.placeUnitBeforeOf(k) {
		return false // "chief district officer of Dhading": the district's
	}
	if k > 0 && toks[k-1].cap && !toks[k-1].sentStart {
		return false // "Leader of the Commons", "Head of Research": a formal office or a department
	}
	if e < len(toks) && toks[e].kind == tWord && !toks[e].cap && (a.lx.bodyWords[toks[e].lower].kind != "" || localBodies.hasToken(&toks[e]) || a.bodyKindAt(e) != "") {
		return false // "chairman of Ikorodu council": the name modifies a body's noun
	}
	for x := j; x < e; x++ {
		// "coroner of Avoyelles Parish": a local government's place
		if b := a.lx.bodyWords[toks[x].lower].kind; b == "state" || b == "place" || localBodies.hasToken(&toks[x]) {
			return false
		}
	}
	lo := a.unknownBodyBefore(e)
	return lo == j || lo == j+1 && toks[j].lower == "the"
}

// peopleNamedBody reports a capitalised name [j, e) whose head, before
// "of", is the plural of a noun of people: "the United Nurses of
// Alberta", "the Progressive Teachers of Ontario" are their members'
// bodies, not offices of the place after "of".
func (a *analysis) peopleNamedBody(j, e int) bool {
	h := a.bodyHead(j, e)
	t := &a.d.toks[h]
	// "Nurses" is no "nurs"+"es": the bare "s" is tried as well
	return h+1 < e && t.cap && t.kind == tWord && strings.HasSuffix(t.lower, "s") &&
		(humanNouns.has(singular(t.lower)) || humanNouns.has(strings.TrimSuffix(t.lower, "s")))
}

// continentalBody reports a name [j, e) of two words or more that a
// continent or a region of states opens, perhaps after compass words, and
// that names no state: "the Africa Centres for Disease Control and
// Prevention", "the Western and Central Pacific Fisheries Commission" are
// no state's bodies.
func (a *analysis) continentalBody(j, e int) bool {
	c := j
	for c+1 < e && (compassWords.hasToken(&a.d.toks[c]) || c > j && a.d.toks[c].lower == "and") {
		c++ // "the Western and Central Pacific Fisheries Commission"
	}
	if e-c < 2 || !continentalWords.hasToken(&a.d.toks[c]) {
		return false
	}
	for k := j; k < e; k++ {
		if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].state {
			return false
		}
	}
	return true
}

// continentalWords open the names of bodies of a continent's states.
var continentalWords = wordList("continental")

// compassWords may stand before a continental word in such a name.
var compassWords = wordList("compass")

// partyNounAt reports a lower-case "party" or "bloc" at e, after a
// capitalised name that is the party's: "of the Republican Rally party",
// "of the Democratic Rally party" name a party no gazetteer need know.
func (a *analysis) partyNounAt(e int) bool {
	if e >= len(a.d.toks) {
		return false
	}
	t := a.d.toks[e]
	return !t.cap && (t.lower == "party" || t.lower == "bloc")
}

// complementPhrase reads a phrase left out of the title, in which a
// capitalised name is the body: "a spokesman for the army delegation", "a
// spokesman for the local People's Defence Force".
func (a *analysis) complementPhrase(k, j int, w *titleWalk, words *[]int) (int, bool) {
	toks := a.d.toks
	para := toks[k].para
	e, capStart, capEnd, joined, owner := j, -1, -1, false, -1
	target := -1 // "the coalition against the Islamic State group": whom the body fights, no part of its name
	for e < len(toks) && toks[e].para == para && e-j < 8 && (toks[e].kind == tWord || toks[e].lower == "'s" && e > j && toks[e-1].cap ||
		e > j && a.lowerPluralPossessive(e) || e > j && a.lowerSingularPossessive(e)) {
		if complementPreps.hasToken(&toks[e]) && e > j {
			if !a.ofInName(e) {
				break // the next complement: "for defense studies at the Cato Institute"
			}
			joined = true
		}
		if e > j && a.stateBodyInState(e) {
			break // "the interior ministry in Kenya": the state whose body it is, read next
		}
		if relativeOpeners.hasToken(&toks[e]) && e > j {
			break // "vice-minister for water resources who now teaches": the clause is the person's
		}
		if a.placeAfterName(e, capEnd) {
			break // "the hospital run by Médecins Sans Frontières in the town": where it is
		}
		if e > j && !(j == k+1 && e == j+1) && a.bodyServedIn(e) {
			// "of the dockers' union in Genoa": where the body sits, not its
			// name; "head of mission in Goma" is one bare noun, the role's own
			break
		}
		if e > j && target < 0 && toks[e].lower == "against" && a.nonStateNoun(e-1) {
			target = e
		}
		if toks[e].cap && target < 0 {
			if capStart < 0 {
				capStart = e
			}
			capEnd = e + 1
		} else if capEnd == e && toks[e].lower == "'s" {
			capEnd = e + 1
		} else if a.lowerSingularPossessive(e) {
			owner = e - 1 // "the union's local branch": the union owns it
		}
		e++
	}
	if owner >= 0 && !a.complementPhraseEnds(e) {
		e, owner = owner+1, -1 // "the state police's intelligence unit until 2023": as far as the owner
	}
	if !a.complementPhraseEnds(e) && !a.bodyServedIn(e) && !a.stateBodyInState(e) && !a.placeAfterName(e, capEnd) || e == j || toks[e-1].lower == "'s" {
		return k, false
	}
	// "the state Department of Education" is a state's body, no org
	if state, ok := a.bodyName(capStart, capEnd); capStart >= 0 && w.org == "" && capEnd-capStart >= 2 && !(joined && ok && state) && !a.regionAdjectivesBefore(capStart, capEnd) && !a.affairsPortfolio(capStart, capEnd) {
		w.org = a.d.text[toks[capStart].start:toks[capEnd-1].end]
	}
	if target > 0 {
		w.nonState = true // the body is named by its noun alone
	}
	if capStart < 0 && (a.nonStateNoun(e-1) || owner >= 0 && a.nonStateNoun(owner) || toks[k].lower == "of" && a.ownedPhraseBack(j, e-1)) {
		w.nonState = true // "vice-president for the company", "a spokesman for the alliance"
	}
	if toks[k].lower == "of" && j == k+1 && !toks[j].cap && (e == j+1 || toks[j+1].lower == "in") {
		*words = append(*words, k, j) // "head of delegation (in Kabul)": one bare noun is the role's own
	}
	return e, true
}

// bodyServedIn reports "in" or "at" at k between a lower-case noun of a
// body that is no state's and a capitalised name: "the dockers' union in
// Genoa", "the miners' union at Mina Sur". The name is where the body
// sits; its office stays the body's, not the state's of the place.
func (a *analysis) bodyServedIn(k int) bool {
	toks := a.d.toks
	return k > 0 && k+1 < len(toks) && (toks[k].lower == "in" || toks[k].lower == "at") && a.nonStateNoun(k-1) &&
		toks[k+1].cap && toks[k+1].kind == tWord && toks[k+1].para == toks[k].para
}

// complementPhraseEnds reports that a complement phrase may end at e: at
// punctuation, the next complement or a relative clause.
func (a *analysis) complementPhraseEnds(e int) bool {
	toks := a.d.toks
	return e >= len(toks) || toks[e].kind == tPunct || complementPreps.hasToken(&toks[e]) || relativeOpeners.hasToken(&toks[e])
}

// lowerSingularPossessive reports "'s" at k between two lower-case words
// inside a complement phrase: "chairman of the park's branch of the
// Metal Workers Federation", "secretary of the plant's chapter": the
// phrase goes on to its noun, and the body follows in the next of-phrase.
func (a *analysis) lowerSingularPossessive(k int) bool {
	toks := a.d.toks
	if k < 1 || k+1 >= len(toks) || toks[k].lower != "'s" {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	return p.kind == tWord && !p.cap && n.kind == tWord && !n.cap && n.para == p.para
}

// relativeOpeners open a relative clause about the person after a title's
// complement.
var relativeOpeners = closedSet("who", "whose")

// ofInName reports an "of" between capitalised words, inside one name: "the
// state Department of Education" is one body, not two complements.
func (a *analysis) ofInName(e int) bool {
	toks := a.d.toks
	return toks[e].lower == "of" && e+1 < len(toks) && toks[e-1].cap && toks[e+1].cap && toks[e+1].para == toks[e].para
}

// capRunStart returns the first word of the capitalised run of words that
// ends at j within j's sentence, stopping before "the": "Minerals Council"
// from "Council", "Pimicikamak Cree" from "Cree".
func (a *analysis) capRunStart(j int) int {
	toks := a.d.toks
	for j > 0 && toks[j-1].cap && toks[j-1].kind == tWord && toks[j-1].lower != "the" && !toks[j].sentStart {
		j--
	}
	return j
}

// capRunEnd returns the end of a capitalised name starting at j, which may
// hold "of", "and", "for" and "the" between capitalised words ("Federal
// Reserve Bank of New York", "Middle East and North Africa"); j if none.
func (a *analysis) capRunEnd(j int) int {
	toks := a.d.toks
	e := j
	for e < len(toks) && toks[e].para == toks[j].para {
		t := toks[e]
		if t.kind == tWord && t.cap && a.personAt[e] < 0 {
			e++
			continue
		}
		if e > j && (t.lower == "of" || t.lower == "and" || t.lower == "the" || t.lower == "for") && e+1 < len(toks) && toks[e+1].cap && toks[e+1].kind == tWord {
			e++
			continue
		}
		if e > j && t.lower == "on" && a.longerNameOn(e) {
			e++
			continue // "the European Council on Foreign Relations"
		}
		// "the St. Louis Federal Reserve": an abbreviation's period
		if e > j && t.text == "." && t.start == toks[e-1].end && placeAbbrevs.hasToken(&toks[e-1]) && e+1 < len(toks) && toks[e+1].cap && toks[e+1].kind == tWord {
			e++
			continue
		}
		if a.capRunInnerMark(j, e) {
			e++ // "the Kuki-Zo Volunteers' Front", "the S. Rajaratnam School"
			continue
		}
		if e > j && a.personAt[e] < 0 && a.particleWord(e) {
			e++ // "Asaib Ahl al-Haq"
			continue
		}
		break
	}
	// a trailing connector is not part of it
	for e > j && !toks[e-1].cap && !a.particleWord(e-1) {
		e--
	}
	// "Capital City Lodge 9", "Teamsters Local 727": a number ends the name
	// when nothing but a mark follows it
	if e > j && e+1 < len(toks) && toks[e].kind == tNum && toks[e].para == toks[j].para && toks[e+1].kind == tPunct && toks[e+1].text != "." {
		e++
	}
	return e
}

// stateInstitutionAfter reports a capitalised name from the end of state
// mention m to e that is one of the state's institutions by its head word
// (body_words.tsv state): "the Rwanda Defence Force", "the Kenya Prisons
// Service" is no body of its own, as "the Kenya Football Federation" is.
func (a *analysis) stateInstitutionAfter(m placeMention, e int) bool {
	if m.kind != sName && m.kind != sAdjective && m.kind != sAlias {
		return false
	}
	state, ok := a.bodyName(m.lim, e)
	return ok && state
}

// diplomaticPosts are a state's missions abroad (words_people.tsv).
var diplomaticPosts = wordList("diplomatic-post")

// stateBodyAfter reports a state's own body right after the state mention
// m, past up to two capitalised words: "the US Embassy", "the French
// embassy", "the Russian Foreign Ministry", "the Thai army"; not "the
// Kenya Human Rights Commission", a body named after the state.
func (a *analysis) stateBodyAfter(m placeMention) bool {
	toks := a.d.toks
	for k := m.lim; k < len(toks) && k < m.lim+3 && toks[k].kind == tWord; k++ {
		if kind := a.bodyKindAt(k); diplomaticPosts.hasToken(&toks[k]) || kind != "" && kind != "nonstate" {
			return true
		}
		if !toks[k].cap {
			return false
		}
	}
	return false
}

// stateMentionAt returns the state mention starting at or covering token j.
func (a *analysis) stateMentionAt(j int) (placeMention, bool) {
	if j < 0 || j >= len(a.placeAt) || a.placeAt[j] < 0 {
		return placeMention{}, false
	}
	m := a.places[a.placeAt[j]]
	return m, m.state
}

// stateEndingAt returns the state whose mention ends at token k.
func (a *analysis) stateEndingAt(k int) (placeMention, bool) {
	if k < 0 || k >= len(a.placeAt) || a.placeAt[k] < 0 {
		return placeMention{}, false
	}
	m := a.places[a.placeAt[k]]
	return m, m.state && m.lim == k+1
}

// findRoles attaches to each person the roles the article gives them.
func (a *analysis) findRoles() {
	for mi := range a.mentions {
		p := a.people[a.mentions[mi].person]
		found := false
		for _, r := range roleRules {
			if r.unlessFound && found {
				continue
			}
			if r.find(a, r.rule, p, mi) {
				// a rank alone ("Brig. Gen.") leaves room for the title
				// before the comma: "Sudan's army spokesman, Brig. Gen. ..."
				last := p.roles[len(p.roles)-1]
				found = found || r.rule != ruleTitleBefore || !a.rankOnly(last) && !a.writtenRank(last) && !a.describedAfterTitle(last) && !a.formerAfterComma(last) && !a.bareTitleAfterComma(last)
			}
		}
	}
	a.dropAdjectiveTitles() // "the last major Marburg outbreak": no Major
	a.findAnaphoricRoles()
	a.findLeadRole()
	a.findPronounOffices()
	a.findSuccessionRoles()
	for _, p := range a.people {
		a.chooseRole(p)
	}
	a.placeRoles()
}

// roleRules find the roles written around one mention of a person, in this
// order; each records its roles under its rule name, which the official's
// rule field shows. A rule marked unlessFound runs only when no rule before
// it found a role at that mention.
var roleRules = []struct {
	rule        string
	unlessFound bool
	find        func(a *analysis, rule string, p *person, mi int) bool
}{
	{ruleTitleBefore, false, (*analysis).titleBeforeName},
	{ruleTitleComma, true, (*analysis).titleCommaName},
	{ruleApposition, false, (*analysis).appositionRole},
	{ruleRoleVerb, false, (*analysis).verbRole},
	{ruleTakesOffice, false, (*analysis).takesOfficeAsRole},
	{ruleIncluding, false, (*analysis).pluralTitleIncluding},
	{rulePostNominal, true, (*analysis).postNominalRole},
	{ruleNamedAs, true, (*analysis).namedAsRole},
	{ruleWhoAs, true, (*analysis).whoAsRole},
	{ruleNameGiven, true, (*analysis).nameGivenRole},
	{ruleRepresents, true, (*analysis).representsRole},
	{ruleCopula, true, (*analysis).copulaAfterName},
	{ruleTakenBefore, true, (*analysis).officeTakenBefore},
	{ruleOpenTitleBefore, true, (*analysis).openTitleBefore},
	{ruleMinistryOpener, false, (*analysis).ministryOpenerRole},
	{ruleAliasClause, true, (*analysis).aliasClauseRole},
}

// ruleTakenBefore names the role a sentence before gives without a name,
// taking office: "The new finance minister was sworn in on Monday. NAME,
// 54, ..."
const ruleTakenBefore = "office-taken-before"

// officeTaken are the participles by which an unnamed role takes office
// (words_people.tsv office-taken).
var officeTaken = wordList("office-taken")

// officeTakenBefore reads the role that opens the sentence before when the
// name opens its own sentence with the age apposition of a person just
// introduced ("NAME, 54,") and that sentence has its role take office
// ("was sworn in", "was appointed"): the new holder is named next. A role
// that only speaks ("The finance minister said") may be anyone's next.
func (a *analysis) officeTakenBefore(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	if m.prefix != m.first || !toks[m.first].sentStart || m.lim+3 >= len(toks) || toks[m.lim].text != "," || toks[m.lim+1].kind != tNum || toks[m.lim+2].text != "," {
		return false
	}
	s := toks[m.first].sent
	if s == 0 || a.d.sents[s-1].lim != m.first {
		return false
	}
	first := a.d.sents[s-1].first
	end := first
	for end < first+8 && end < m.first && toks[end].lower != "was" && toks[end].lower != "has" {
		end++
	}
	// the role is the subject, opening the sentence: "The new finance
	// minister", "Kenya's new interior minister"
	w, ok := a.titleBefore(end)
	if !ok || w.hi != end || w.lo > first+2 || w.weak && w.org == "" && w.country == "" || end+2 >= m.first {
		return false
	}
	k := end + 1
	if toks[k].lower == "been" {
		k++
	}
	if !officeTaken.hasToken(&toks[k]) {
		return false
	}
	if n := len(w.words); n > 1 && newcomerWords.hasToken(&toks[w.words[n-1]]) {
		w.words, w.lo = w.words[:n-1], w.words[n-2] // "new finance minister": the office is "finance minister"
	}
	w.principal = 0
	a.addRole(p, w, rule, 3, mi)
	return true
}

// newcomerWords say a role has a new holder, no part of the office.
var newcomerWords = closedSet("new", "incoming")

// ruleCopula names the role a copula after the name states: "Ruwan
// Gunasekara is Sri Lanka's minister of public security".
const ruleCopula = "copula-after-name"

// copulaAfterName reads a title opened by its state or body ("Sri Lanka's
// minister", "a senior Hamas official") after "is", "was", "remains" or
// "became" (perhaps with "now" or "also") right after the name, when no
// rule found one at the mention: the sentence says what office the
// person holds.
func (a *analysis) copulaAfterName(rule string, p *person, mi int) bool {
	toks := a.d.toks
	k := a.mentions[mi].lim
	if k+2 >= len(toks) || toks[k].para != toks[a.mentions[mi].first].para {
		return false
	}
	if toks[k].text == "," && a.namedAsBefore(a.mentions[mi].first) {
		k++ // "one of the men, whom it named as NAME, was a Hezbollah commander"
	}
	switch toks[k].lower {
	case "is", "was", "remains", "became":
	default:
		return false
	}
	k++
	if x := toks[k].lower; x == "now" || x == "also" || x == "currently" {
		k++
	}
	// only an office whose state or body is written before it makes the
	// copula a statement of office: "is a good prime minister" is a
	// judgement, "was named best director for his debut Garden State" no
	// office at all
	j := k
	for j < k+3 && j < len(toks) && (articles.hasToken(&toks[j]) || a.roleKind(j) == rMod || a.roleKind(j) == rQual) {
		j++
	}
	if j >= len(toks) || a.placeAt[j] < 0 && a.orgAt[j] < 0 {
		return false
	}
	w, _, ok := a.titleAfter(k)
	if !ok || w.country == "" && w.org == "" {
		return false
	}
	a.addRole(p, w, rule, 3, mi)
	return true
}

// ruleRepresents names the member of a legislature a relative clause
// makes someone: "who has represented Kericho in the Senate".
const ruleRepresents = "who-represents"

// representsRole reads ", who (has) represent(s|ed) PLACE in (the) BODY"
// after the name, BODY a legislature of members.tsv: the member's title.
func (a *analysis) representsRole(rule string, p *person, mi int) bool {
	toks := a.d.toks
	v := a.afterWho(mi)
	if v < 0 || v+1 >= len(toks) {
		return false
	}
	if haveAux.hasToken(&toks[v]) {
		v++
	}
	if v+1 >= len(toks) {
		return false // "who has represented" ends the text
	}
	if x := toks[v].lower; x != "represents" && x != "represented" {
		return false
	}
	if n := toks[v+1]; n.cap && a.lx.members[n.lower] != "" && v+2 < len(toks) && toks[v+2].kind == tNum {
		// "Kerrigan, who represented Ward 9 for two terms": a councillor
		title := a.lx.members[n.lower]
		w := titleWalk{ownerAt: -1, head: strings.ToLower(title), lo: v, hi: v + 1}
		a.addRoleText(p, w, title, rule, 3, mi)
		return true
	}
	for k := v + 1; k+1 < len(toks) && k < v+8 && toks[k].sent == toks[v].sent; k++ {
		if toks[k].text == "," || toks[k].kind == tQuote {
			return false
		}
		if toks[k].lower != "in" {
			continue
		}
		j := k + 1
		if toks[j].lower == "the" {
			j++
		}
		// "the House of Commons": the name's last word
		for j+2 < len(toks) && toks[j].cap && (toks[j+1].cap && toks[j+1].kind == tWord || toks[j+1].lower == "of" && toks[j+2].cap) {
			j++
			if toks[j].lower == "of" {
				j++
			}
		}
		if j < len(toks) && toks[j].cap {
			if title := a.lx.members[toks[j].lower]; title != "" {
				w := titleWalk{ownerAt: -1, head: strings.ToLower(title), lo: v, hi: v + 1}
				a.addRoleText(p, w, title, rule, 3, mi)
				return true
			}
		}
		return false
	}
	return false
}

// afterWho returns the token after ", who" right after mention mi, or -1.
func (a *analysis) afterWho(mi int) int {
	toks := a.d.toks
	m := a.mentions[mi]
	if m.lim+2 >= len(toks) || toks[m.lim].text != "," || toks[m.lim+1].lower != "who" {
		return -1
	}
	return m.lim + 2
}

// afterDescribedWho returns the token after "who" when a short
// description in lower case stands between the name's comma at c and it:
// ", an economist who", ", a Dutch former sprinter who"; else -1.
func (a *analysis) afterDescribedWho(c int) int {
	toks := a.d.toks
	if c+3 >= len(toks) || toks[c].text != "," || toks[c+1].lower != "a" && toks[c+1].lower != "an" {
		return -1
	}
	for k := c + 2; k < len(toks) && k < c+6 && toks[k].kind == tWord && toks[k].para == toks[c].para; k++ {
		if toks[k].lower == "who" {
			return k + 1
		}
		if a.personAt[k] >= 0 || toks[k].cap && a.placeAt[k] < 0 || a.roleKind(k) == rHead {
			return -1 // "a senior official who": the apposition's own title
		}
	}
	return -1
}

// ruleWhoAs names the role a relative clause gives after "as": "Katrin
// Behrendt, who governed the state capital as its mayor from 2019".
const ruleWhoAs = "who-as"

// whoAsRole reads ", who VERB ... as TITLE" after the name, within the
// clause: "who ran the programme as director general until June", "who
// served as mayor". The title must end the clause or meet a time ("from
// 2019", "until"), so "who spoke as the president looked on" gives none;
// "the" before the title is too loose to count.
func (a *analysis) whoAsRole(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	start := a.afterWho(mi)
	if start < 0 {
		start = a.afterDescribedWho(m.lim) // "NAME, an economist who served as deputy finance minister"
	}
	if start < 0 {
		return false
	}
	for k := start; k < len(toks) && k < start+12; k++ {
		t := toks[k]
		if t.kind != tWord || t.lower == "who" || a.personAt[k] >= 0 {
			return false
		}
		if t.lower != "as" || k == start {
			continue
		}
		j := k + 1
		if j < len(toks) && possessiveDeterminers.hasToken(&toks[j]) {
			j++
		}
		if j < len(toks) && toks[j].lower == "the" && !a.ownerAhead(j+1) && !serveAsVerbs.hasToken(&toks[k-1]) {
			return false // "who served as the de facto foreign minister" holds the office
		}
		w, _, ok := a.titleAfter(j)
		if !ok || w.weak && w.org == "" && w.country == "" {
			return false
		}
		a.addRole(p, w, rule, 3, mi)
		return true
	}
	return false
}

// ownerAhead reports a possessive "'s" within the three words from k, after
// words only: "as the Palestinian Authority's prime minister", "as the
// authority's prime minister" name the owner of the title after "the".
func (a *analysis) ownerAhead(k int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].lower == "'s" || a.pluralPossessive(j) {
			return j > k
		}
		if toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// serveAsVerbs say an office was held when "as the TITLE" follows them:
// "who served as the de facto foreign minister" (words_people.tsv
// serve-as-verb).
var serveAsVerbs = wordList("serve-as-verb")

// possessiveDeterminers may stand before the title after "as": "as its mayor".
var possessiveDeterminers = closedSet("its", "his", "her", "their")

// ruleNameGiven names the role of a person whom the article introduces by
// the role alone, before the name they give for themselves.
const ruleNameGiven = "role-name-given"

// nameSelf are the participles before "himself as" or "herself as" by
// which someone gives a name for themselves: "identified himself as".
var nameSelf = wordList("name-self")

// nameGivenRole reads the title that ends before "who" when the name
// closes the relative clause in which its bearer gives it: "A YBS
// commander who gave his name as Heval Mazlum said", "a police officer,
// who identified herself as Ana Ruiz,". A role written only around the
// name is no better evidence than one the source gives with it; a plain
// person noun ("A man who gave his name as") holds no office.
func (a *analysis) nameGivenRole(rule string, p *person, mi int) bool {
	who := a.whoBeforeGivenName(a.mentions[mi].first)
	if who < 0 {
		return false
	}
	end := who
	if a.d.toks[end-1].text == "," {
		end--
	}
	if w, ok := a.roleOfAnaphor(end); ok {
		a.addRole(p, w, rule, 3, mi) // "A spokesman for the group said ... The man, who identified himself as NAME,"
		return true
	}
	w, ok := a.titleBefore(end)
	if !ok || w.weak && w.org == "" && w.country == "" {
		return false
	}
	a.addRole(p, w, rule, 3, mi)
	return true
}

// anaphorPersons are the plain person nouns that, after "the", point back
// to someone the sentence before introduced by a role alone.
var anaphorPersons = closedSet("man", "woman")

// roleOfAnaphor reads "the man" or "the woman" ending before end, opening
// its sentence, as the unnamed holder of the role that opens the sentence
// before: "A spokesman for the Popular Front said ... The man, who
// identified himself as NAME," The role must be indefinite ("A
// spokesman", someone new) and hold an office; "A shopkeeper said" holds
// none.
func (a *analysis) roleOfAnaphor(end int) (titleWalk, bool) {
	toks := a.d.toks
	k := end - 1
	if k < 1 || !anaphorPersons.hasToken(&toks[k]) || toks[k-1].lower != "the" || !toks[k-1].sentStart {
		return titleWalk{}, false
	}
	s := toks[k].sent
	if s == 0 {
		return titleWalk{}, false
	}
	first := a.d.sents[s-1].first
	if x := toks[first].lower; x != "a" && x != "an" {
		return titleWalk{}, false
	}
	w, end, ok := a.titleAfter(first)
	if !ok || w.weak && w.org == "" && w.country == "" || len(w.words) == 0 {
		return titleWalk{}, false
	}
	w.principal = 0 // the role is carried to another sentence: no one there is served
	if j := w.words[0] + 1; w.org == "" && j+1 < end && (toks[j].lower == "for" || toks[j].lower == "of") {
		if toks[j+1].lower == "the" {
			j++
		}
		w.org = a.armedGroupNameAt(j+1, end) // "A spokesman for the Popular Front": the title walk stops at the noun
	}
	return w, true
}

// whoBeforeGivenName returns the token "who" that opens a clause giving the
// name at first ("who gave his name as", "who would give her name only
// as", "who identified himself as"), or -1.
func (a *analysis) whoBeforeGivenName(first int) int {
	toks := a.d.toks
	k := first - 1
	if k < 4 || toks[k].lower != "as" || toks[k].para != toks[first].para {
		return -1
	}
	k--
	if toks[k].lower == "only" {
		k--
	}
	switch {
	case (toks[k].lower == "himself" || toks[k].lower == "herself") && nameSelf.hasToken(&toks[k-1]):
		k -= 2
	case toks[k].lower == "name" && possessiveDeterminers.hasToken(&toks[k-1]) && nameGivers.hasToken(&toks[k-2]):
		k -= 3
	default:
		return -1
	}
	for j := k; j >= 1 && j > k-3; j-- {
		if toks[j].lower == "who" {
			return j
		}
		if toks[j].kind != tWord || toks[j].cap {
			return -1 // "who would not give": only auxiliaries and adverbs between
		}
	}
	return -1
}

// ruleNamedAs names the role an appointment gives: "named Kim Min-seok as
// prime minister".
const ruleNamedAs = "named-as"

// appointVerbs give the person they take as object the office after "as".
var appointVerbs = wordList("appoint-verb")

// appointDays end the office an appointment gives: "as prime minister on
// Wednesday".
var appointDays = wordList("weekday")

// namedAsRole reads the office an appointment verb before the name gives
// after "as": "President Lee named Kim Min-seok as prime minister",
// "appointed Ana Ruiz as finance minister"; not "named Kim as a suspect".
func (a *analysis) namedAsRole(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	if m.prefix < 1 || !appointVerbs.hasToken(&toks[m.prefix-1]) || m.lim+1 >= len(toks) || toks[m.lim].lower != "as" {
		return false
	}
	w, end, ok := a.titleAfter(m.lim + 1)
	if !ok {
		return false
	}
	a.dropAppointDay(&w, m.lim+1, end) // "as prime minister on Wednesday"
	a.addRole(p, w, rule, 3, mi)
	return true
}

// dropAppointDay keeps out of an office read after "as" between from and
// end the words from "on" and a weekday on: "as prime minister on
// Wednesday" gives "prime minister".
func (a *analysis) dropAppointDay(w *titleWalk, from, end int) {
	toks := a.d.toks
	for k := from; k+1 < end; k++ {
		if toks[k].lower == "on" && appointDays.hasToken(&toks[k+1]) {
			kept := w.words[:0]
			for _, j := range w.words {
				if j < k {
					kept = append(kept, j)
				}
			}
			w.words = kept
			return
		}
	}
}

// rulePostNominal names the role a post-nominal title gives.
const rulePostNominal = "post-nominal"

// silks are post-nominals of senior barristers, who hold no state's office.
var silks = closedSet("KC", "QC", "SC")

// postNominalRole reads a title written after the name, when no rule found
// one around the mention: "Simon Okafor KC said" is a King's Counsel (no
// state's office), "Jane Roe MP said" a legislator.
func (a *analysis) postNominalRole(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	if m.lim >= len(toks) || !postNominals.has(toks[m.lim].text) || toks[m.lim].para != toks[m.first].para {
		return false
	}
	t := toks[m.lim].text
	w := titleWalk{lo: m.lim, hi: m.lim + 1, words: []int{m.lim}, hasHead: true, head: strings.ToLower(t), ownerAt: -1, nonState: silks.has(t)}
	a.addRoleText(p, w, t, rule, 3, mi)
	return true
}

// titleBeforeName reads a title written right before the name: "Egyptian
// Foreign Minister Badr Abdelatty"; an apposition before the title says
// whose office it is ("Russia's leader, President Vladimir Putin").
func (a *analysis) titleBeforeName(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	w, ok := a.titleBeforeRanks(m.first)
	if !ok {
		w, ok = a.titleBefore(m.first)
	}
	if !ok {
		w, ok = a.listTitleBefore(m)
		if ok {
			// shared with the list, so a title of the person's own wins
			a.addRoleText(p, w, singularTitle(a.titleText(w.words)), rule, 4, mi)
			return true
		}
	}
	if !ok || a.pluralTitleOfOne(w, m) || a.bodyEndAfterComplement(w, p, m) || a.titleGoesOn(m) {
		return false
	}
	if w.country == "" && w.org == "" && w.lo > 1 && toks[w.lo-1].text == "," {
		// a plural title ("after talks with Australian officials,") is no
		// apposition to one person
		if w2, ok := a.titleBefore(w.lo - 1); ok && a.definiteBefore(w2.lo) && !a.pluralHead(w2.head) {
			// the body's kind goes with it: an agency's title keeps its state
			w.country, w.org, w.orgKind, w.orgState = w2.country, w2.org, w2.orgKind, w2.orgState
			if w.notState == "" {
				w.notState = a.askerSubjectState(w2.lo) // "at the request of the junta leader, Col. ..."
			}
		}
	}
	if w.org == "" && a.formerWords(w.words) && w.lo > 1 && toks[w.lo-1].text == "," {
		// "The head of the AU mission, former Tanzanian prime minister
		// NAME": the present office, a body's, before the former one
		if w2, ok := a.titleBefore(w.lo - 1); ok && w2.org != "" && w2.orgKind != "agency" && w2.orgKind != "party" && !a.pluralHead(w2.head) && !a.formerWords(w2.words) {
			w.org, w.orgKind, w.orgState, w.country = w2.org, w2.orgKind, w2.orgState, ""
		} else if ok && w2.org == "" && w2.country == "" && !a.pluralHead(w2.head) && !a.formerWords(w2.words) {
			if body := a.itsBodyOfTitle(w2); body != "" {
				// "Its chairperson, former Botswanan foreign minister NAME"
				// after "The Commonwealth Observer Group presented ...": the
				// body "its" names
				w.org, w.orgKind, w.orgState, w.country = body, "", "", ""
			}
		}
	}
	if w.org == "" && a.formerWords(w.words) {
		if o, found := a.ledBodyBefore(w.lo); found {
			w.setOrg(o) // "The Commonwealth group, headed by former Ghanaian President NAME"
			w.country = ""
		}
	}
	if o, found := a.ledGroupBody(w); found {
		w.setOrg(o) // "the Houthi delegation, led by chief negotiator NAME"
	}
	if w.country == "" && w.org == "" {
		w.country = a.ledByState(w.lo) // "The Emirati delegation, led by Minister of State ..."
	}
	if w.country == "" && w.org == "" {
		w.country = a.delegationState(w.lo) // "NAME, Iraq's foreign minister, arrived with a delegation that included Water Resources Minister ..."
	}
	if w.country == "" && w.org == "" && w.notState == "" {
		w.notState = a.askerSubjectState(w.lo)
	}
	if a.pluralHead(w.head) {
		w.head = singular(w.head)
		a.addRoleText(p, w, singularTitle(a.titleText(w.words)), rule, 1, mi)
	} else if a.courtesyAt(m.first-1) && len(w.words) == 1 {
		// "Prince Abdulaziz" after "foreign minister,": the office wins
		a.addRole(p, w, rule, 4, mi)
		return false
	} else {
		a.addRole(p, w, rule, 1, mi)
	}
	return true
}

// courtesyAt reports a style of rank at token k ("Prince", "Justice") that
// yields to an office written before it.
func (a *analysis) courtesyAt(k int) bool {
	return k >= 0 && a.d.toks[k].cap && a.lx.roleTaggedToken(tagCourtesy, &a.d.toks[k])
}

// leadVerb reports a participle that says who leads a group after its
// name and a comma: ", led by", ", headed by", ", commanded by".
func leadVerb(w string) bool {
	return w == "led" || w == "headed" || w == "commanded"
}

// ledByState reads the state of a group that ", led by", ", headed by" or
// ", commanded by" (or "is led by") before the title at lo says the
// person leads: "The Emirati delegation, led by Minister of State Noura
// al-Ketbi" is the UAE's minister, "The Australian contingent is led by
// Commander NAME" Australia's.
func (a *analysis) ledByState(lo int) string {
	toks := a.d.toks
	if lo < 4 || toks[lo-1].lower != "by" || !leadVerb(toks[lo-2].lower) || toks[lo-3].text != "," && !beForm(toks[lo-3].lower) {
		return "" // ", led by" or "is led by"
	}
	passive := toks[lo-3].text != ","
	reach := lo - 10
	if passive {
		reach = lo - 6 // "is led by": the subject right before, "The Australian (police) contingent"
	}
	for k := lo - 4; k >= 0 && k >= reach && toks[k].sent == toks[lo].sent; k-- {
		if passive && (toks[k].kind != tWord || toks[k].lower == "and") {
			break // "the contingent arrived, and the talks were led by": another clause's
		}
		if c, ok := a.stateAt(k); ok && k > 0 && a.places[a.placeAt[k]].kind == sAdjective {
			if x := toks[k-1].lower; x == "the" || x == "a" || x == "an" {
				return c // "A Tanzanian contingent under the SADC flag, commanded by Colonel NAME"
			}
		}
	}
	return ""
}

// beForm reports a form of "be" that makes a passive: "is led by".
func beForm(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been":
		return true
	}
	return false
}

// delegationState reads "a delegation that included" before the title at
// lo: a member of the delegation is of the state of the one it came with,
// the state that the sentence names before "delegation" with a
// possessive or as its adjective ("NAME, Iraq's foreign minister, arrived
// with a delegation that included Water Resources Minister NAME"), not
// the host's named after it.
func (a *analysis) delegationState(lo int) string {
	toks := a.d.toks
	if lo < 3 || toks[lo-1].lower != "included" && toks[lo-1].lower != "including" {
		return ""
	}
	d := -1
	for k := lo - 2; k >= 0 && k >= lo-4 && toks[k].sent == toks[lo].sent; k-- {
		if toks[k].lower == "delegation" {
			d = k
			break
		}
	}
	if d < 0 {
		return ""
	}
	for k := a.d.sents[toks[lo].sent].first; k < d; k++ {
		if pi := a.placeAt[k]; pi >= 0 {
			if m := a.places[pi]; m.state && (m.possessive || m.kind == sAdjective && m.lim == d) {
				return m.code // "Iraq's foreign minister", "the Iraqi delegation"; not "Turkish officials said a delegation"
			}
		}
	}
	return ""
}

// askerSubjectState reads "at the request of" before the title at lo: the
// state that is the subject of the sentence did what the person asked, so
// it is another state than the person's ("Buenos Aires sent them back at
// the request of President Fernando Alencar").
func (a *analysis) askerSubjectState(lo int) string {
	toks := a.d.toks
	if lo > 0 && (toks[lo-1].lower == "the" || possessiveDeterminers.hasToken(&toks[lo-1])) {
		lo-- // "at the request of the junta leader, Col. Assimi Goita"
	}
	if lo < 4 || toks[lo-1].lower != "of" || !requestNouns.hasToken(&toks[lo-2]) || toks[lo-3].lower != "the" {
		return ""
	}
	sent := a.d.sents[toks[lo].sent]
	start := sort.Search(len(a.places), func(pi int) bool { return a.places[pi].first >= sent.first })
	for pi := start; pi < len(a.places) && a.places[pi].first < lo-3; pi++ {
		if m := a.places[pi]; m.state && a.subjectLike(m, sent.first) {
			return m.code
		}
	}
	return ""
}

// bodyEndAfterComplement reports a lone capitalised word after a title's
// of- or for-phrase, with no honorific: it ends the body's name ("director
// general of the British Chambers of Commerce", "a spokesman for Union
// Investment"), where a person would be named in full ("Speaker of the
// House Nancy Pell") or by title ("Minister for Europe Lord Bach").
func (a *analysis) bodyEndAfterComplement(w titleWalk, p *person, m personMention) bool {
	toks := a.d.toks
	if len(p.words) > 1 || m.lim-m.first > 1 || m.first == 0 {
		return false
	}
	if k := a.roleKind(m.first - 1); k == rHonorific || k == rRank || toks[m.first-1].text == "." {
		return false
	}
	for k := w.lo; k < m.first; k++ {
		if x := toks[k].lower; x == "of" || x == "for" {
			return true
		}
	}
	return false
}

// titleCommaName reads a definite title before a comma and the name, with
// honorifics after the comma: "The county coroner, Dr. Ellen Pratt,".
func (a *analysis) titleCommaName(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	c := a.honorificsBefore(m)
	// "Sudan's army spokesman, Brig. Gen. Nabil Abdallah,": ranks between
	// the comma and the name
	if r := a.ranksBefore(m.first); r < m.first && r > 1 && toks[r-1].text == "," && m.lim-m.first >= 2 {
		c = r
	}
	if c < 0 && m.prefix+1 == m.first && a.courtesyAt(m.prefix) {
		c = m.prefix // "Saudi Arabia's foreign minister, Prince Abdulaziz"
	}
	if c < 0 {
		c = a.bareTitleStart(p, m.first) // "The agency's director, Ambassador NAME,"
	}
	if c == m.first {
		c = a.describedAfterComma(c) // "The chairman of the committee, Australian lawyer Fiona Lee,"
	}
	if c < 0 || c == m.first {
		c = a.formerTitleStart(p, mi, c) // "The DRP chairman, former Energy Minister NAME,"
	}
	if c > 2 && c < m.first && toks[c-1].lower == "the" && toks[c-2].text == "," {
		c-- // "The Bishop of Durham, the Rev Tom Wright,": a style after "the"
	}
	if c <= 1 || toks[c-1].text != "," || a.listGoesOn(m.lim) {
		return false
	}
	c = a.localTitleAside(c)
	c = a.oneNameAside(c) // "the spokesman ..., who like many Afghans uses one name, NAME"
	placed := c
	c = a.placeAfterTitle(c) // "A hospital spokesman in Montgomery, NAME,"
	if c >= 4 && (isAcronym(toks[c-2].text) || a.bodyNameAside(c-2, c-1)) && toks[c-3].text == "," && !toks[c-4].cap {
		c -= 2 // "The head of the Catholic bishops' conference, CENCO, Monsignor NAME,": the body's acronym aside
	}
	if a.aideBeforeComma(rule, p, mi, c-1) {
		return true
	}
	w, ok := a.titleBefore(c - 1)
	if !ok {
		return a.relativeBeforeComma(rule, p, mi, c-1)
	}
	if placed != c && w.country == "" {
		w.country = a.placeOfTitle(w, c, placed-1) // "in Jammu": its state
	}
	a.typedFirmBeforeComma(&w, c-1) // "the Lyon transport operator TCL,": the firm's
	coordinated := !a.definiteBefore(w.lo) && a.coordinatedTitleBefore(w.lo)
	if coordinated && w.org != "" {
		w.country = "" // "The AU special representative for Somalia and head of AUSSOM,": the body's office, not the state the first title serves
	}
	if !a.definiteBefore(w.lo) && !coordinated && !(a.plainPluralPossessive(w.lo-1) && a.pluralHead(w.head)) && !a.indefiniteWithComplement(w, c-1) || a.predicateAs(w.lo) {
		return false
	}
	if a.pluralTitlePair(rule, p, mi, w) {
		return true
	}
	if a.pluralHead(w.head) && !a.listGoesOnAfter(m.lim) && !a.oneOfBefore(w.lo) {
		return false // "After talks with Australian officials, NAME, the finance minister,": not one of them
	}
	if w.country == "" && w.org == "" && w.notState == "" {
		w.notState = a.askerSubjectState(w.lo)
	}
	if a.pluralHead(w.head) && a.oneOfBefore(w.lo) {
		// "One of the dissenting magistrates, NAME,": one magistrate
		w.head = singular(w.head)
		a.addRoleText(p, w, singularTitle(a.titleText(w.words)), rule, 2, mi)
		return true
	}
	a.addRole(p, w, rule, 2, mi)
	return true
}

// listGoesOnAfter reports another name after a name that ends at e, past
// "and", "or" or a comma: "Two envoys, NAME and NAME,".
func (a *analysis) listGoesOnAfter(e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || toks[e].lower != "and" && toks[e].lower != "or" && toks[e].text != "," {
		return false
	}
	return a.personAt[e+1] >= 0 || toks[e+1].cap && toks[e+1].kind == tWord && !toks[e+1].sentStart && e+2 < len(toks) && a.personAt[e+2] >= 0
}

// oneOfBefore reports "of" or "among" in the few words before a plural
// title that opens at lo: "one of his MPs, NAME,", "one of Mr Brown's
// closest Treasury aides, NAME," name one of them.
func (a *analysis) oneOfBefore(lo int) bool {
	toks := a.d.toks
	for k := lo - 1; k >= 0 && k >= lo-5; k-- {
		if toks[k].lower == "of" || toks[k].lower == "among" {
			return true
		}
		if toks[k].kind != tWord && toks[k].lower != "'s" || toks[k].sentStart {
			return false
		}
	}
	return false
}

// listGoesOn reports a list that goes on after a name at token e with
// "and" or "or" and a word in lower case: "includes a controller,
// Chromecast Ultra and three months of play" names things, not a person
// in apposition to a title.
func (a *analysis) listGoesOn(e int) bool {
	toks := a.d.toks
	return e+1 < len(toks) && (toks[e].lower == "and" || toks[e].lower == "or") && !toks[e+1].cap && toks[e+1].sent == toks[e].sent
}

// localTitleAside steps back over an aside that gives a title's local
// name, between the title's comma and the name's at c-1: "Gagauzia's
// governor, known locally as the bashkan, NAME", "the regional governor,
// or wali, NAME". It returns the index after the title's comma, or c.
func (a *analysis) localTitleAside(c int) int {
	toks := a.d.toks
	q := c - 2
	for q > 0 && q > c-9 && toks[q].text != "," {
		if t := toks[q]; t.kind == tQuote || t.text == "." || a.personAt[q] >= 0 {
			return c
		}
		q--
	}
	if q < 1 || toks[q].text != "," || q+2 > c-2 {
		return c
	}
	switch toks[q+1].lower {
	case "or":
		if q+2 == c-2 && toks[q+2].kind == tWord && !toks[q+2].cap {
			return q + 1 // ", or wali,": one lower-case word glosses the title
		}
		for j := q + 2; j < c-1; j++ {
			if r, w := a.roleKind(j), toks[j].lower; r == rHead || r == rWeak || w == "his" || w == "her" || w == "its" || w == "their" {
				return c // "The mayor, or her deputy, NAME": the deputy
			}
		}
		if c-2-(q+1) <= 3 {
			return q + 1 // ", or wali,"
		}
	case "known", "called":
		for j := q + 2; j < c-1 && j <= q+4; j++ {
			if toks[j].lower == "as" {
				return q + 1 // ", known locally as the bashkan,"
			}
		}
	}
	return c
}

// aideBeforeComma reads a role that serves a titled person named before
// the comma: "an adviser to President Vladimir Putin, Yuri Ushakov,", "A
// senior aide to Prime Minister NAME, NAME,". The role shares the state
// of the person it serves (principalState).
func (a *analysis) aideBeforeComma(rule string, p *person, mi, comma int) bool {
	toks := a.d.toks
	if comma < 1 || a.personAt[comma-1] < 0 {
		return false
	}
	pm := a.mentions[a.personAt[comma-1]]
	to := a.servedTitleStart(pm) - 1
	if to+1 == pm.first || to < 1 || toks[to].lower != "to" && toks[to].lower != "for" {
		return false // the person served is titled: "to President NAME"
	}
	// a weak role noun needs no more than the titled person it serves:
	// "An aide to Hamas leader NAME, NAME,"
	w, ok := a.titleBefore(to)
	ok = ok || w.weak && len(w.words) > 0
	if !ok || !w.hasHead || w.lo < 1 || !a.definiteBefore(w.lo) && toks[w.lo-1].lower != "a" && toks[w.lo-1].lower != "an" {
		return false
	}
	w.principal = 1 + int(a.personAt[comma-1])
	a.addRole(p, w, rule, 2, mi)
	return true
}

// servedTitleStart is the first token of the title written before a
// mention: its honorific or rank ("President NAME"), or the title of a
// role found there with its body or state ("Hamas leader NAME").
func (a *analysis) servedTitleStart(pm personMention) int {
	lo := pm.prefix
	for _, r := range a.people[pm.person].roles {
		if r.at == pm.first && r.titleLo >= 0 && r.titleLo < lo && r.rule == ruleTitleBefore {
			lo = r.titleLo
		}
	}
	for lo > 0 && lo < pm.first && (a.orgAt[lo-1] >= 0 || a.placeAt[lo-1] >= 0) {
		lo-- // the body or state the title is written with: "Hamas leader"
	}
	return lo
}

// relativeBeforeComma reads a title whose relative clause runs up to the
// comma before the name: "The Ghanaian diplomat who heads the UN mission,
// Abena Osei,". A role verb in the clause gives the role ("head" of the
// UN); else the definite title before "who" does.
func (a *analysis) relativeBeforeComma(rule string, p *person, mi, comma int) bool {
	toks := a.d.toks
	who := -1
	for k := comma - 1; k > 0 && k > comma-10 && toks[k].sent == toks[comma].sent; k-- {
		if toks[k].text == "," || toks[k].kind == tQuote || a.personAt[k] >= 0 {
			return false
		}
		if toks[k].lower == "who" {
			who = k
			break
		}
	}
	if who < 1 {
		return false
	}
	lead, ok := a.titleBefore(who)
	if !ok || !a.definiteBefore(lead.lo) {
		return false
	}
	if v := a.roleVerbAt(who + 1); v >= 0 && v < comma {
		w := titleWalk{ownerAt: -1}
		var words []int
		if _, ok := a.readComplement(a.roleVerbObject(v)-1, &w, &words); ok {
			w.head = a.lx.roleVerbs[toks[v].lower]
			w.lo, w.hi = v, v+1
			a.addRoleText(p, w, w.head, rule, 2, mi)
			return true
		}
	}
	a.addRole(p, lead, rule, 2, mi)
	return true
}

// describedAfterComma steps back from the name at c over a plain
// description of the person, a noun for a human perhaps after a state's
// adjective ("Australian lawyer"), to just after the comma before it, so
// that the title before the comma is read; else it returns c.
func (a *analysis) describedAfterComma(c int) int {
	toks := a.d.toks
	k := c - 1
	if k < 2 || toks[k].cap || !a.peopleClass(k, pcHuman) && a.roleKind(k) != rHead {
		return c // "Australian lawyer", "the Namibian diplomat"
	}
	k--
	if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].kind == sAdjective {
		k = a.places[a.placeAt[k]].first - 1
	}
	if k > 1 && (toks[k].lower == "the" || toks[k].lower == "a") && toks[k-1].text == "," {
		return k + 1 // "The head of UNMISS, the Namibian diplomat NAME,"
	}
	if k < 1 || toks[k].text != "," {
		return c
	}
	return k + 1
}

// describedAfterTitle reports a role read before the name that is only a
// description of the person, a state's adjective and one noun after
// "the" or "a" and a comma ("The head of UNMISS, the Namibian diplomat
// NAME,"): the title before the comma is still read, the more specific
// office, whose body makes the nationality no state's office.
func (a *analysis) describedAfterTitle(r role) bool {
	toks := a.d.toks
	lo := r.titleLo - 1 // the adjective, left out of the title's words
	if r.titleHi-r.titleLo != 1 || lo < 3 || toks[r.titleLo].cap || a.placeAt[lo] < 0 || a.places[a.placeAt[lo]].kind != sAdjective {
		return false
	}
	return (toks[lo-1].lower == "the" || toks[lo-1].lower == "a") && toks[lo-2].text == ","
}

// predicateAs reports "as" before the title starting at lo, past a state
// or body written before it: "his second term as US President, Tony Blair
// has said" gives the office to someone named earlier, not to the name
// after the comma.
func (a *analysis) predicateAs(lo int) bool {
	k := lo - 1
	for k >= 0 && (a.placeAt[k] >= 0 || a.orgAt[k] >= 0) {
		k--
	}
	return k >= 0 && a.d.toks[k].lower == "as"
}

// indefiniteWithComplement reports "a" or "an" before a strong title,
// perhaps after a body's noun, that ends at the comma or whose of- or
// for-phrase (or from-phrase) runs up to it: "A court spokeswoman, Judith
// Weber,", "A spokesperson for Beaulieu, Jean-Philippe Gagnon, said", "A
// Republican senator from Kansas, NAME,", not "A man, John Smith, said".
func (a *analysis) indefiniteWithComplement(w titleWalk, comma int) bool {
	toks := a.d.toks
	lo := w.lo
	if lo > 1 && !toks[lo-1].cap && bodyNouns.hasToken(&toks[lo-1]) {
		lo-- // "A court spokeswoman, Judith Weber,"
	}
	if lo > 1 && toks[lo-1].cap && w.org != "" && strings.HasSuffix(w.org, toks[lo-1].text) {
		lo-- // "A Commission spokeswoman, NAME," after "the European Commission": the body's short name
	}
	if lo < 1 || toks[lo-1].lower != "a" && toks[lo-1].lower != "an" {
		return false
	}
	for k := w.lo; k < comma; k++ {
		if a.memberOfLegislature(k) {
			return true // "A member of parliament for Ha'apai, NAME,": a seat
		}
	}
	owned := w.org != "" || w.country != "" || w.nonState // "An official with the teachers' union,": a body no state's
	if w.weak && !owned {
		return false // "A member of the public, NAME,"
	}
	for k := w.lo + 1; k < comma; k++ {
		if x := toks[k].lower; (x == "for" || x == "of" || x == "at" || x == "from" || x == "in" || x == "with" || x == "to") && (a.roleKind(k-1) == rHead || a.roleKind(k-1) == rWeak && owned) {
			return true // "A representative of Hamas, NAME,", "An official with the Dutch army, NAME,": a weak head that its body or state completes
		}
	}
	// "A court spokeswoman, Judith Weber,": a strong title that ends at
	// the comma
	return a.roleKind(comma-1) == rHead
}

// appositionRole reads a title in an apposition after the name, past an
// age: "Bassem Naim, a senior Hamas official", "Mr Mousa, 28, a hotel
// receptionist".
func (a *analysis) appositionRole(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	k := m.lim
	if k >= len(toks) || toks[k].text != "," || k+1 >= len(toks) {
		return false
	}
	if m.prefix == m.first && m.first > 0 && toks[m.first-1].text == "the" {
		return false // "in the Northern Echo, the Bishop said": a paper's name, no person's
	}
	j := k + 1
	if toks[j].kind == tNum && j+2 < len(toks) && toks[j+1].text == "," {
		j += 2
	}
	if c := a.copulaAfterWho(j); c > j {
		j = c // "Kenji Oshiro, who had been finance minister since 2023"
	}
	if a.itsApposedTitle(mi, j) {
		j++ // "NAME, its executive director," after the body "its" stands for
	}
	w, e, ok := a.titleAfter(j)
	if !ok {
		// "an emergency physician in Hamilton and a co-founder of the
		// group": the role may be the second of two descriptions
		if e2 := a.secondDescription(j, e); e2 > 0 {
			w, _, ok = a.titleAfter(e2)
		}
	}
	if !ok {
		// "the South African who serves as the force's special
		// representative": a body's office after where the person is from
		if who := a.describedWhoAt(j); who > 0 {
			w, ok = a.servedOfficeAt(who)
		}
	}
	if ok && w.org == "" && a.formerWords(w.words) {
		// "The AU's observer mission, led by NAME, a former vice-president
		// of Botswana,": the person serves the body whose group he leads
		if o, found := a.ledBodyBefore(m.first); found {
			w.setOrg(o)
			w.country = ""
		}
	}
	if ok && a.describedSpeakerAfter(j, w) {
		return false
	}
	if ok {
		w = a.servedOfficeAfter(w, e) // "a Ghanaian diplomat who serves as the bloc's special envoy"
		a.addRole(p, w, rule, 3, mi)
	}
	return ok
}

// describedSpeakerAfter reports a title w read from "the" at j that a
// speech verb follows without a comma: "Asked about President NAME, the
// prime minister said" names a second person, the subject of "said", no
// apposition to NAME.
func (a *analysis) describedSpeakerAfter(j int, w titleWalk) bool {
	toks := a.d.toks
	if toks[j].lower != "the" || len(w.words) == 0 {
		return false
	}
	v := w.words[0] + 1
	return v < len(toks) && toks[v].kind == tWord && !toks[v].cap && a.lx.speech[toks[v].lower] != ""
}

// formerWords reports a title qualified by "former": an office held
// before.
func (a *analysis) formerWords(words []int) bool {
	for _, k := range words {
		if a.d.toks[k].lower == "former" {
			return true
		}
	}
	return false
}

// itsBodyOfTitle returns the body that is no state's which "its" before
// the title w names ("The African Union sent its special envoy", "The
// Commonwealth Observer Group ... Its chairperson"), or "".
func (a *analysis) itsBodyOfTitle(w titleWalk) string {
	lo := w.lo
	if len(w.words) > 0 {
		lo = w.words[len(w.words)-1]
	}
	if !a.ownedByState(lo) {
		return ""
	}
	r := &role{titleLo: lo}
	if ant := a.itsSubject(r, sentence{}); ant.kind != itsNone {
		return ant.body // "" for a state
	}
	return a.itsBody(r)
}

// ledBodyBefore returns the body that is no state's, named in the same
// sentence within eight words before ", led by", ", headed by" or "is
// led by" and the name or title at first: "The African Union's observer
// mission, led by NAME", "The SADC mission is headed by NAME".
func (a *analysis) ledBodyBefore(first int) (org, bool) {
	toks := a.d.toks
	if first < 4 || toks[first-1].lower != "by" || toks[first-2].lower != "led" && toks[first-2].lower != "headed" {
		return org{}, false
	}
	if x := toks[first-3].lower; x != "," && x != "is" && x != "was" {
		return org{}, false
	}
	for k := first - 4; k >= 0 && k >= first-12 && toks[k].sent == toks[first].sent; k-- {
		if oi := a.orgAt[k]; oi >= 0 {
			if o := a.lx.orgs[a.orgs[oi].org]; o.Kind != "agency" {
				return o, true
			}
			return org{}, false
		}
		if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].state || a.personAt[k] >= 0 {
			return org{}, false // "The Emirati delegation, led by": a state's group
		}
	}
	return org{}, false
}

// copulaAfterWho returns the token after "who is", "who was", "who has
// been", "who had been", "who remains", "who became" or "who will
// become" at j, where a relative clause states a role as an apposition
// would; else j.
func (a *analysis) copulaAfterWho(j int) int {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j].lower != "who" {
		return j
	}
	switch k := j + 1; toks[k].lower {
	case "is", "was", "remains", "becomes", "became":
		return k + 1
	case "has", "had":
		if toks[k+1].lower == "been" {
			return k + 2
		}
	case "will":
		if toks[k+1].lower == "become" {
			return k + 2 // "who will become ambassador to Spain"
		}
	}
	return j
}

// secondDescription returns the token after "and" that opens a second
// indefinite description in an apposition whose first, from j, is no
// title: "…, an emergency physician in Hamilton and a co-founder of …",
// or one that shares the article after plain nouns ("a former firefighter
// and Reform UK councillor", plainNounsFrom); 0
// when there is none. The first must itself be a plain description: an
// article, lower-case words and at most a place after "in".
func (a *analysis) secondDescription(j, e int) int {
	toks := a.d.toks
	if j >= len(toks) || toks[j].lower != "a" && toks[j].lower != "an" {
		return 0
	}
	for k := j + 1; k < len(toks) && k < j+12 && toks[k].para == toks[j].para; k++ {
		t := toks[k]
		if t.lower == "and" && k+1 < len(toks) && (toks[k+1].lower == "a" || toks[k+1].lower == "an") {
			return k + 1
		}
		if t.lower == "and" && k+1 < len(toks) && toks[k+1].kind == tWord && toks[k+1].para == t.para && a.plainNounsFrom(j+1, k) {
			return k + 1 // the article shared: "a former firefighter and Reform UK councillor"
		}
		if t.kind != tWord || t.cap && a.placeAt[k] < 0 {
			return 0
		}
	}
	return 0
}

// pluralTitleIncluding reads a plural title before "including" or "such
// as" and the name: "US envoys, including Steve Witkoff".
func (a *analysis) pluralTitleIncluding(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	if !(m.first > 3 && (toks[m.first-1].lower == "including" || (toks[m.first-1].lower == "as" && toks[m.first-2].lower == "such"))) {
		return false
	}
	e := m.first - 1
	if toks[e].lower == "as" {
		e--
	}
	if toks[e-1].text == "," {
		e--
	}
	w, ok := a.titleBefore(e)
	if !ok || !strings.HasSuffix(toks[w.words[0]].lower, "s") {
		return false
	}
	w.head = singular(w.head)
	a.addRoleText(p, w, singularTitle(a.titleText(w.words)), rule, 4, mi)
	return true
}

// honorificsBefore returns the first token of mention m with the honorifics
// written in front of it ("Dr. Ellen Pratt"), or -1 when anything else,
// such as a title, stands there, or when an honorific comes with a surname
// alone, as it does after a clause ending with a title.
func (a *analysis) honorificsBefore(m personMention) int {
	if m.prefix < m.first && m.lim-m.first < 2 && !a.closedApposition(m) {
		return -1 // "did not trust the prime minister, Mr Brown replied"
	}
	for k := m.prefix; k < m.first; k++ {
		if t := a.d.toks[k]; t.text != "." && a.roleKind(k) != rHonorific {
			return -1
		}
	}
	return m.prefix
}

// pluralTitleOfOne reports a plural role noun right before one name:
// "Premiership leaders Chelsea", "advisers PricewaterhouseCoopers" name no
// person; "Senators Ann Holt and Tom Reyes" name two.
func (a *analysis) pluralTitleOfOne(w titleWalk, m personMention) bool {
	if !a.pluralHead(w.head) {
		return false
	}
	toks := a.d.toks
	k := a.skipOfPlace(m.lim)
	return !(k+1 < len(toks) && (toks[k].lower == "and" || toks[k].text == ",") && a.personAt[k+1] >= 0)
}

// skipOfPlace steps over "of PLACE" at k, which says where each of a list
// of office holders serves: "Governors NAME of Kano and NAME of Anambra".
func (a *analysis) skipOfPlace(k int) int {
	toks := a.d.toks
	if k+1 < len(toks) && toks[k].lower == "of" && a.placeAt[k+1] >= 0 {
		return a.places[a.placeAt[k+1]].lim
	}
	if k+2 >= len(toks) || toks[k].lower != "of" {
		return k
	}
	// a place no gazetteer holds, of up to three capitalised words: "of
	// Anambra and", "of Sierra Vista and"; a role modifier may close it
	// ("of Lake Havasu City and")
	for e := k + 1; e < len(toks) && e <= k+3; e++ {
		if !toks[e].cap || toks[e].kind != tWord || a.personAt[e] >= 0 || a.roleKind(e) != 0 && (e == k+1 || a.roleKind(e) != rMod) {
			break
		}
		if e+1 < len(toks) && (toks[e+1].lower == "and" || toks[e+1].text == ",") {
			return e + 1
		}
	}
	return k
}

// listTitleBefore reads the plural title before a list of names that the
// mention m ends or continues: "Senators Ann Holt and Tom Reyes" gives Tom
// Reyes the title too, "Governors NAME of Kano and NAME of Anambra" both.
func (a *analysis) listTitleBefore(m personMention) (titleWalk, bool) {
	toks := a.d.toks
	for n := 0; n < 4; n++ {
		k := m.first - 1
		if k < 2 || toks[k].lower != "and" && toks[k].text != "," {
			break
		}
		j := k - 1
		if a.personAt[j] < 0 {
			// back over "of PLACE" to the name before it
			for j > k-5 && j > 0 && toks[j].lower != "of" {
				j--
			}
			if toks[j].lower != "of" || a.skipOfPlace(j) != k {
				break
			}
			j--
		}
		if j < 0 || a.personAt[j] < 0 {
			break
		}
		m = a.mentions[a.personAt[j]]
		if w, ok := a.titleBefore(m.first); ok {
			return w, a.pluralHead(w.head)
		}
	}
	return titleWalk{}, false
}

// pluralHead reports the plural of a role noun: "leaders", "MPs".
func (a *analysis) pluralHead(head string) bool {
	if a.pluralRank(head) {
		return true
	}
	s := singular(head)
	if s == head {
		return false
	}
	k := a.lx.roles[s]
	return k == rHead || k == rWeak
}

// definiteBefore reports a determiner or possessive right before token lo:
// "the then UK Home Secretary, Sajid Javid", "its president, Recep Tayyip Erdogan".
func (a *analysis) definiteBefore(lo int) bool {
	if lo <= 0 || a.d.toks[lo].sentStart {
		return lo >= 0 && lo < len(a.d.toks) && a.d.toks[lo].sentStart // "President of the Senate, Bukola Saraki, ..."
	}
	switch a.d.toks[lo-1].lower {
	case "the", "its", "his", "her", "their", "'s", "whose":
		return true
	}
	if a.pluralPossessive(lo - 1) {
		return true // "The United Nations' emergency relief coordinator,"
	}
	return a.placeAt[lo-1] >= 0 || a.orgAt[lo-1] >= 0
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

func singularTitle(t string) string {
	i := strings.LastIndexByte(t, ' ')
	return t[:i+1] + singular(t[i+1:])
}

func (a *analysis) addRole(p *person, w titleWalk, rule string, rank, mi int) {
	a.addRoleText(p, w, a.titleText(w.words), rule, rank, mi)
}

func (a *analysis) addRoleText(p *person, w titleWalk, title, rule string, rank, mi int) {
	if title == "" {
		return
	}
	lo, hi := w.lo, w.hi
	if len(w.words) > 0 {
		lo, hi = w.words[len(w.words)-1], w.words[0]+1
	}
	p.roles = append(p.roles, role{
		title: title, head: w.head, country: w.country, org: w.org, orgKind: w.orgKind, orgState: w.orgState, notState: w.notState, nonState: w.nonState, owner: w.ownerAt, rule: rule, rank: rank,
		explicit: w.country != "", at: a.mentions[mi].first, titleLo: lo, titleHi: hi, heldRank: w.heldRank, principal: w.principal,
	})
}

// findAnaphoricRoles gives a role to the person a definite description
// refers back to: "Tony Blair has predicted ... The prime minister was
// speaking", "Donald Trump's recent gains ... the Republican nominee's stance".
func (a *analysis) findAnaphoricRoles() {
	toks := a.d.toks
	var holders map[string][]*person // built on first use
	for i := 0; i < len(toks); i++ {
		if toks[i].lower != "the" {
			continue
		}
		end, ok := a.definiteDescription(i)
		if !ok {
			continue
		}
		possessive := end < len(toks) && toks[end].lower == "'s"
		if !toks[i].sentStart && !possessive || a.withinDoubleQuotes(i) {
			continue // inside quotation marks a description is the speaker's topic
		}
		if possessive && end+1 < len(toks) && toks[end+1].cap {
			continue // "the Queen's Lancashire Regiment" names a thing
		}
		w, ok := a.titleBefore(end)
		if !ok || w.weak {
			continue
		}
		ref := a.descriptionReferent(i)
		if ref < 0 || possessive && (a.subjectOfClause(ref, i) || a.appositionOf(ref, i)) {
			continue
		}
		if a.descriptionOfOther(ref, i) || a.subjectOtherThan(ref, w.head) {
			continue
		}
		p := a.people[a.mentions[ref].person]
		if len(p.roles) > 0 && !hasHead(p, w.head) || !a.personLike(p) {
			continue // "..., KXYZ-TV reports. ... the sheriff said": no one named
		}
		title := a.titleText(w.words)
		title = strings.TrimPrefix(strings.TrimPrefix(title, "the "), "The ")
		if holders == nil {
			holders = a.officeHolders()
		}
		if a.heldByOther(p, title, "", holders) || a.heldHeadByOther(p, title, w.head, i) || a.agedPerson(p) || a.sufferer(p) || a.pluralRole(end-1) || a.indefiniteSince(ref, end-1) {
			continue // "Peter Bauer was detained ... The home secretary said"; "the judges"; "A spokesperson ... The spokesperson"
		}
		a.addRoleText(p, w, title, ruleAnaphora, 5, ref)
	}
}

// definiteDescription reads the definite description that "the" at i
// opens: places, bodies, modifiers or a body's acronym, then a role noun
// with no name, comma, further role word or complement after it ("the
// prime minister", "the APC leader"), and no copula naming its holder. It
// returns the token after the role noun.
func (a *analysis) definiteDescription(i int) (int, bool) {
	toks := a.d.toks
	// the description ends at its role noun, with no name after it
	j := i + 1
	for j < len(toks) && toks[j].para == toks[i].para && (a.placeAt[j] >= 0 || a.orgAt[j] >= 0 || a.roleKind(j) == rMod || a.roleKind(j) == rQual || a.nounBeforeRole(j) ||
		j == i+1 && toks[j].cap && a.acronym(j) && a.roleKind(j) == 0) && a.personAt[j] < 0 {
		j++ // "the APC leader": a body's acronym no gazetteer holds
	}
	if j >= len(toks) || (a.roleKind(j) != rHead) || a.personAt[j] >= 0 {
		return 0, false
	}
	// multi-word heads: "prime minister" is mod + head already
	end := j + 1
	if end < len(toks) && (a.isNameWord(end) || toks[end].text == "," && !(toks[i].sentStart && a.asideAfterDescription(end)) || a.roleKind(end) != 0) {
		return 0, false
	}
	if end < len(toks) {
		switch toks[end].lower {
		case "of", "for", "to", "in", "at", "on":
			return 0, false // "the UN envoy for Sudan, Marta Ferreira": not a reference back
		}
	}
	if a.copulaRole(end) {
		return 0, false // "The new defence minister is Takeshi Noguchi"
	}
	return end, true
}

// descriptionReferent returns the mention a description at i refers back
// to, or -1: the last person named in this or the previous sentence, or
// before sentences that go on about them as "he", passing over names
// written inside quotation marks; else, for a description that opens its
// sentence, the speaker of a quote just before.
func (a *analysis) descriptionReferent(i int) int {
	toks := a.d.toks
	from := int(toks[i].sent) - 1
	if toks[i].sentStart {
		from = a.pronounChainStart(from)
	}
	ref := a.lastPersonBefore(i, from)
	for n := 0; n < 3 && ref >= 0 && a.quotedMention(ref); n++ {
		ref = a.lastPersonBefore(a.mentions[ref].first, from) // not a name in someone's words: dubbing him "Sir Wastealot"
	}
	if ref < 0 && toks[i].sentStart {
		ref = a.speakerAfterQuote(int(toks[i].sent) - 1)
	}
	return ref
}

// sufferer reports a person the text says was killed, hurt, arrested or
// held ("NAME was detained", "NAME had been shot"): a victim's or a
// detainee's, whom a following description of an office is not about.
func (a *analysis) sufferer(p *person) bool {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		k, aux := a.mentions[mi].lim, false
		for k < len(toks) && passiveAuxiliaries.hasToken(&toks[k]) {
			k, aux = k+1, true
		}
		if !aux {
			continue
		}
		vals, _ := a.lx.death.match(toks, k, true)
		for _, v := range vals {
			if kd := a.lx.deathKinds[v]; kd == dPassive || kd == dHurt {
				return true
			}
		}
	}
	return false
}

// passiveAuxiliaries stand between a name and a participle: "was",
// "has been".
var passiveAuxiliaries = closedSet("was", "were", "is", "has", "had", "been", "being")

// pluralRole reports a role noun written in the plural ("the judges"),
// which no one person is.
func (a *analysis) pluralRole(k int) bool {
	w := a.d.toks[k].lower
	return plural(w) && singular(w) != w && a.lx.roleOf(singular(w)) != 0
}

// indefiniteSince reports a description whose role noun at k an
// indefinite article introduced since the sentence of mention ref, so
// that it refers back to that unnamed one: "A spokesperson reiterated
// that NAME had left. The spokesperson also confirmed".
func (a *analysis) indefiniteSince(ref, k int) bool {
	toks := a.d.toks
	for j := a.d.sents[toks[a.mentions[ref].first].sent].first; j < k; j++ {
		if toks[j].lower != toks[k].lower {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-4 && toks[i].kind == tWord; i-- {
			if toks[i].lower == "a" || toks[i].lower == "an" {
				return true
			}
		}
	}
	return false
}

// subjectOtherThan reports a mention that the subject of its sentence,
// another person who holds no office of another head, precedes: the
// description after "Gordon Brown has appealed for unity after reports
// claimed Mr Blair went back on a pledge. The chancellor ..." is Brown,
// not Blair, named last, and with two candidates it is left unread; after
// "Home Secretary Charles Clarke vowed ... despite a call from Charles
// Kennedy. The Lib Dem leader said" the home secretary is no leader.
func (a *analysis) subjectOtherThan(ref int, head string) bool {
	m := a.mentions[ref]
	sent := a.d.sents[a.d.toks[m.first].sent]
	for _, mi := range a.mentionsInOrder() {
		o := a.mentions[mi]
		if o.first >= m.first {
			return false
		}
		if o.first < sent.first || o.person == m.person {
			continue
		}
		q := a.people[o.person]
		return a.personLike(q) && !a.quotedMention(mi) && a.opensSentence(sent.first, o.prefix) && !a.holdsOtherHead(q, head)
	}
	return false
}

// opensSentence reports a name whose title starts at k that opens the
// sentence starting at first, after a conjunction at most ("But Oliver
// Letwin", "BBC political editor NAME").
func (a *analysis) opensSentence(first, k int) bool {
	for j := first; j < k; j++ {
		t := a.d.toks[j]
		if !t.cap && a.roleKind(j) == 0 && !(j == first && sentenceConjunctions.hasToken(&t)) {
			return false
		}
	}
	return true
}

// sentenceConjunctions may open a sentence before its subject.
var sentenceConjunctions = closedSet("but", "and", "yet")

// holdsOtherHead reports a role found other than by anaphora whose head
// is not head.
func (a *analysis) holdsOtherHead(p *person, head string) bool {
	for _, r := range p.roles {
		if r.rule != ruleAnaphora && r.head != head {
			return true
		}
	}
	return false
}

// withinDoubleQuotes reports token i after an odd number of double
// quotation marks in its sentence: inside a quotation ("We will read the
// judge's charge carefully," the lawyer said). The sentence, not the
// paragraph: copy that runs paragraphs together opens each quoted
// sentence with a mark of its own and closes only the last.
func (a *analysis) withinDoubleQuotes(i int) bool {
	toks := a.d.toks
	in := false
	for k := a.d.sents[toks[i].sent].first; k < i; k++ {
		if toks[k].kind == tQuote && isDoubleMark(toks[k].text) {
			in = !in
		}
	}
	return in
}

// descriptionOfOther reports a description at i that cannot refer back to
// the person of mention ref (findAnaphoricRoles has already passed over one
// inside quotation marks, where someone speaks of a third person): it lies
// in ref's own apposition ("said NAME, a manager at the county
// administrator's office"); the sentence names the person again after it,
// other than as a possessor ("ahead of the chancellor's report, Mr Baume
// told"); or the sentence names two people before it, so that it may be
// either ("Mr Blair's decision has given Mr Brown something to aim for,
// even if the prime minister's intention ...").
func (a *analysis) descriptionOfOther(ref, i int) bool {
	toks := a.d.toks
	sent := a.d.sents[toks[i].sent]
	m := a.mentions[ref]
	if toks[m.first].sent == toks[i].sent && m.lim+1 < i && toks[m.lim].text == "," && a.appositionOpens(m.lim+1) && !a.punctBetween(m.lim+1, i) {
		return true
	}
	others := map[int]bool{}
	for _, mi := range a.mentionsInOrder() {
		o := a.mentions[mi]
		if o.first < sent.first || o.first >= sent.lim {
			continue
		}
		if o.first > i && o.person == m.person && (o.lim >= len(toks) || toks[o.lim].lower != "'s") {
			return true // not "The prime minister's spokesman set out Mr Blair's view"
		}
		if o.first < i {
			others[o.person] = true
		}
	}
	return len(others) > 1
}

// quotedMention reports a mention written inside quotation marks opened
// in its paragraph, the marks paired by their spacing: withinDoubleQuotes'
// parity in the sentence would take the closing mark of a quote that spans
// sentences ("... . But she ...," NAME said) for an opening one.
func (a *analysis) quotedMention(mi int) bool {
	k := a.mentions[mi].first
	return a.withinMarks(a.d.paras[a.d.sents[a.d.toks[k].sent].para].first, k)
}

// appositionOpens reports a word that opens an apposition after a name and
// a comma: an article or a role ("NAME, a manager at ...", "NAME, director
// of ..."), not a conjunction ("NAME, as the leader's supporters ...").
func (a *analysis) appositionOpens(k int) bool {
	switch a.d.toks[k].lower {
	case "a", "an", "the", "who":
		return true
	}
	return a.roleKind(k) != 0
}

// punctBetween reports a mark that ends a phrase among tokens [from, to).
func (a *analysis) punctBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch a.d.toks[k].text {
		case ",", ";", ":", "(", ")", "-", "\u2013", "\u2014":
			return true
		}
	}
	return false
}

// appositionOf reports a description at i set off by a comma right after
// the name of mention ref: in "Giulia Marchetti, the president's
// daughter," the owner of the possessive is someone else, so she is not
// the president.
func (a *analysis) appositionOf(ref, i int) bool {
	return i >= 2 && a.d.toks[i-1].text == "," && a.mentions[ref].lim == i-1
}

// copulaRole gives the description that ends before token end to the
// name that "is" or "was" joins to it: "The new defence minister is
// Takeshi Noguchi" names the holder, not someone named before.
func (a *analysis) copulaRole(end int) bool {
	toks := a.d.toks
	if end+1 >= len(toks) || toks[end].lower != "is" && toks[end].lower != "was" {
		return false
	}
	mi := a.personAt[end+1]
	if mi < 0 {
		return false
	}
	w, ok := a.titleBefore(end)
	if !ok || w.weak {
		return false
	}
	title := strings.TrimPrefix(strings.TrimPrefix(a.titleText(w.words), "the "), "The ")
	a.addRoleText(a.people[a.mentions[mi].person], w, title, ruleAnaphora, 2, int(mi))
	return true
}

// subjectOfClause reports a mention ref that is the subject of the clause
// in which a description at token i stands: "Tony Blair dismissed questions
// about the attorney general's advice" is about somebody else. A possessor
// ("Donald Trump's recent gains ... the Republican nominee's stance") or a
// name behind a comma ("ousted Evo Morales, after ... the socialist
// leader's supporters") may be the one described.
func (a *analysis) subjectOfClause(ref, i int) bool {
	toks := a.d.toks
	m := a.mentions[ref]
	if toks[m.first].sent != toks[i].sent || m.lim >= i {
		return false
	}
	if v := toks[m.lim]; v.kind != tWord || v.cap || v.lower == "'s" {
		return false
	}
	for k := m.lim; k < i; k++ {
		switch toks[k].text {
		case ",", ";", ":", "(", "-", "\u2013", "\u2014":
			return false
		}
	}
	return true
}

// ruleLeadRole names a role the lead gives before its holder is named.
const ruleLeadRole = "lead-role"

// findLeadRole gives the role of a description that opens the article
// before anyone is named ("The defence secretary has announced ...") to the
// person the next sentence names as its subject ("Alastair Penrose told
// MPs ..."), when no other role is theirs; and so for a paragraph that
// opens with a description (describedThenNamed), and last for a lead whose
// unnamed source of speech is the description (leadSourceThenNamed), which
// the roles the paragraphs give may show held by someone else.
func (a *analysis) findLeadRole() {
	toks := a.d.toks
	lead := a.firstProseSentence()
	if lead < 0 {
		return
	}
	s := a.d.sents[lead]
	i := s.first
	for k := s.first; k < s.lim && k < s.first+8; k++ {
		if toks[k].text == "—" || toks[k].text == "--" || toks[k].text == "-" && k > s.first && (toks[k-1].cap || toks[k-1].text == ")") {
			i = k + 1 // "OTTAWA — The federal justice minister"
			break
		}
	}
	a.describedThenNamed(lead, i, true)
	for si := lead + 1; si+1 < len(a.d.sents); si++ {
		if f := a.d.sents[si].first; f == a.d.paras[toks[f].para].first {
			a.describedThenNamed(si, f, false) // "Oman's defence minister visited ... . NAME said"
		}
	}
	a.leadSourceThenNamed(lead)
}

// leadSubject returns the one person sentence si names, by given name and
// surname, as its subject: opening it, or before a verb of speech
// ("Speaking in Croydon, Priya Ramdeen said").
func (a *analysis) leadSubject(si int) (int, bool) {
	toks := a.d.toks
	s := a.d.sents[si]
	order := a.mentionsInOrder()
	k := sort.Search(len(order), func(i int) bool { return a.mentions[order[i]].first >= s.first })
	if k >= len(order) || a.mentions[order[k]].first >= s.lim {
		return -1, false
	}
	ref := order[k]
	m := a.mentions[ref]
	for j := k + 1; j < len(order) && a.mentions[order[j]].first < s.lim; j++ {
		if q := a.people[a.mentions[order[j]].person]; q != a.people[m.person] && (m.prefix != s.first || len(q.roles) == 0) {
			return -1, false // two people: whose role is it; not "NAME held talks with Foreign Minister NAME2"
		}
	}
	if m.lim-m.first < 2 || len(a.people[m.person].words) < 2 || m.lim >= len(toks) {
		return -1, false
	}
	opens := m.prefix == s.first || toks[m.prefix-1].text == "," && toks[m.prefix-1].sent == int32(si)
	return ref, opens && (m.prefix == s.first || a.peopleClass(m.lim, pcSpeech)) && !toks[m.lim].cap
}

// leadDescriptionEnd reads a description from j ("European Union's foreign
// policy chief", "federal justice minister") and returns the token after
// its role noun, when a verb, not a name, follows it.
func (a *analysis) leadDescriptionEnd(j int) (int, bool) {
	toks := a.d.toks
	for j < len(toks) && toks[j].para == toks[j-1].para && a.personAt[j] < 0 &&
		(a.placeAt[j] >= 0 || a.orgAt[j] >= 0 || a.roleKind(j) == rMod || a.roleKind(j) == rQual || a.nounBeforeRole(j) ||
			toks[j].lower == "'s" && (a.placeAt[j-1] >= 0 || a.orgAt[j-1] >= 0)) {
		j++
	}
	for j+1 < len(toks) && a.roleKind(j) == rHead && a.roleKind(j+1) == rHead && a.personAt[j+1] < 0 {
		j++ // "justice minister": a head that heads the next one
	}
	if j >= len(toks) || a.roleKind(j) != rHead || a.personAt[j] >= 0 {
		return 0, false
	}
	end := j + 1
	if end >= len(toks) || toks[end].kind != tWord || toks[end].cap || a.roleKind(end) != 0 || toks[end].lower == "'s" {
		return 0, false
	}
	return end, true
}

// heldByOther reports an office that the article gives someone other than p
// by name: "The president says" refers to the president named earlier, not
// to the last person named. Offices are compared without qualifiers, so
// "the chancellor" is not the "shadow chancellor". For an office of state
// c ("" for any), another state's holder of the title holds another office:
// "Poland's foreign minister ... / NAME held talks with Spanish Foreign
// Minister NAME2".
func (a *analysis) heldByOther(p *person, title, c string, holders map[string][]*person) bool {
	bare := a.bareTitle(title)
	for _, q := range holders[bare] {
		if q == p {
			continue
		}
		if c == "" {
			return true // holders lists q for a role of this bare title
		}
		for _, r := range q.roles {
			if a.bareTitle(r.title) == bare && (r.country == "" || r.country == c) {
				return true
			}
		}
	}
	return false
}

// officeHolders indexes people by the bare titles of the roles not found by
// anaphora, which stay fixed while anaphora adds roles: looking over every
// person for each description made long texts quadratic.
func (a *analysis) officeHolders() map[string][]*person {
	holders := map[string][]*person{}
	for _, q := range a.people {
		for _, r := range q.roles {
			if r.rule == ruleAnaphora {
				continue
			}
			desc := a.bareTitle(r.title)
			if h := holders[desc]; len(h) == 0 || h[len(h)-1] != q {
				holders[desc] = append(h, q)
			}
		}
	}
	return holders
}

// bareTitle is a title in lower case without its qualifiers ("former",
// "then") and without a complement: "Former Home Secretary" is "home
// secretary".
func (a *analysis) bareTitle(title string) string {
	t, _, _ := strings.Cut(strings.ToLower(title), " of ")
	return strings.Join(a.lx.officeWords(t), " ")
}

// agedPerson reports a person introduced with an age ("Mr Mubanga, 32,"), as
// private people are: a definite role description is not theirs.
func (a *analysis) agedPerson(p *person) bool {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		k := a.mentions[mi].lim
		if k+2 < len(toks) && toks[k].text == "," && toks[k+1].kind == tNum && toks[k+2].text == "," {
			return true
		}
		if f := a.mentions[mi].prefix; f > 0 && isAgeWord(toks[f-1]) {
			return true // "22-year-old NAME"
		}
	}
	return false
}

// nounBeforeRole reports a lower-case noun inside a role description, a
// role noun following within two words: "the rural affairs minister".
func (a *analysis) nounBeforeRole(j int) bool {
	t := &a.d.toks[j]
	return t.kind == tWord && !t.cap && a.roleKind(j) == 0 && a.roleAhead(j+1, 2) &&
		!npFunctionWords.hasToken(t) && !prepositions.hasToken(t) && a.lx.speech[t.lower] == ""
}

func hasHead(p *person, head string) bool {
	for _, r := range p.roles {
		if r.head == head {
			return true
		}
	}
	return false
}

// pronounChainStart returns the sentence before s's run of sentences that
// open with "he" or "she" (at most three), or s itself: "Mr McConnell
// said ... He said he was proud ... The first minister also praised".
func (a *analysis) pronounChainStart(s int) int {
	for k := 0; k < 3 && s > 0; k++ {
		w := a.d.toks[a.d.sents[s].first].lower
		if w != "he" && w != "she" {
			break
		}
		s--
	}
	return s
}

// quoteOnlySentence reports a sentence that is all a quotation, with no
// cue nor name of its own: "\"We will not accept it.\"".
func (a *analysis) quoteOnlySentence(s int) bool {
	toks := a.d.toks
	sent := a.d.sents[s]
	if toks[sent.first].kind != tQuote || toks[sent.lim-1].kind != tQuote {
		return false
	}
	for k := sent.first; k < sent.lim; k++ {
		if a.personAt[k] >= 0 || k > sent.first && k < sent.lim-1 && toks[k].kind == tQuote {
			return false
		}
	}
	return true
}

// speakerAfterQuote returns the person who speaks in sentence s-1, the
// subject of its speech verb ("..., Bangura told a news conference."),
// when sentence s is a quotation of its own that goes on with their words:
// a description after it refers back to them. -1 if none.
func (a *analysis) speakerAfterQuote(s int) int {
	if s < 1 || !a.quoteOnlySentence(s) {
		return -1
	}
	sent := a.d.sents[s-1]
	for k := sent.first; k < sent.lim; k++ {
		if mi := a.personAt[k]; mi >= 0 && a.saysAt(a.mentions[mi].lim) {
			return int(mi)
		}
	}
	return -1
}

// lastPersonBefore returns the last person mention before token i that lies
// in sentence minSent or later, or -1.
func (a *analysis) lastPersonBefore(i, minSent int) int {
	order := a.mentionsInOrder()
	n := sort.Search(len(order), func(k int) bool { return a.mentions[order[k]].first >= i })
	if n == 0 {
		return -1
	}
	// of mentions starting at the same token, the one recorded first
	first := a.mentions[order[n-1]].first
	best := order[n-1]
	for k := n - 2; k >= 0 && a.mentions[order[k]].first == first; k-- {
		best = min(best, order[k])
	}
	if int(a.d.toks[first].sent) < minSent {
		return -1
	}
	return best
}

// formerTitle reports a title of an office held before: "former President".
func formerTitle(t string) bool {
	return strings.HasPrefix(t, "former ")
}

// chooseRole picks the role reported for a person: the most direct rule,
// then the first found; a missing state or body is filled from the others
// and, for state roles, from the context.
func (a *analysis) chooseRole(p *person) {
	if len(p.roles) == 0 {
		return
	}
	best := 0
	for i, r := range p.roles {
		b := p.roles[best]
		if r.rank < b.rank || (r.rank == b.rank && r.at < b.at) {
			best = i
		}
	}
	best = a.presentOverFormer(p.roles, best)
	best = a.rankYields(p, best)
	best = a.bodyOfficeOverRank(p, best)
	best = a.officeBeforeBareTitle(p, best)
	best = a.officeOverCandidacy(p.roles, best)
	best = a.relationalYields(p, best)
	r := p.roles[best]
	for _, o := range p.roles {
		// not when the chosen role serves a person: theirs is its state;
		// nor from a former office for a present one: "a mediator, NAME,
		// a former President of Cape Verde,"
		if r.country == "" && o.country != "" && r.principal == 0 && !(formerTitle(o.title) && !a.pastRole(r)) && !a.itsOwnedRole(r) {
			r.country = o.country
		}
		// "Suffolk Chief Constable NAME ... NAME, the Association of Chief
		// Police Officers' spokesman": a body that no gazetteer holds, named
		// with another office, is not the body of a formal title before the name
		// a former office's body is no body of the present one: "New
		// Zealand's finance minister, NAME, ... a former economist at the
		// Reserve Bank"
		if r.org == "" && o.org != "" && (o.orgKind != "" || o.head == r.head || !formalTitleBefore(r)) && !(formerTitle(o.title) && !formerTitle(r.title)) && !a.ownStateOffice(r, o) && !(a.retiredRank(r) && o.orgKind != "agency") {
			r.org, r.orgKind, r.orgState = o.org, o.orgKind, o.orgState
		}
	}
	// a state's envoy to a body: "Congo's U.N. ambassador", "the French
	// U.N. envoy" serve the state whose name is written with the title
	if r.explicit && r.orgKind == "intl" && a.lx.roleTags[r.head+"/envoy"] {
		r.org, r.orgKind, r.orgState = "", "", ""
	}
	// the officials of bodies that are no state's (the UN, Amnesty, Hamas)
	// hold no state's office; parties and agencies keep theirs
	if r.orgKind == "party" || r.orgKind == "agency" {
		r.nonState = false // "leader of the Labour group": the party's
	}
	// a mission's office whose title itself holds a state keeps it:
	// "KFOR's Turkish commander" is Turkey's; a description beside it
	// ("the head of UNMISS, the Ghanaian diplomat") is not the office
	keep := r.country != "" && a.lx.missions[r.org] && slices.ContainsFunc(p.roles, func(o role) bool { return o.explicit && o.country == r.country && o.org == r.org })
	if !keep && (r.org != "" && r.orgKind != "party" && r.orgKind != "agency" || r.nonState && !r.explicit) {
		r.country = ""
	}
	p.role = &r
}

// formalTitleBefore reports a capitalised title written before the name:
// "Suffolk Chief Constable", "Rep.".
func formalTitleBefore(r role) bool {
	return r.rule == ruleTitleBefore && r.title != "" && unicode.IsUpper([]rune(r.title)[0])
}

// orgNamedBefore returns the body of the gazetteer, named in the article
// before token k, whose name ends with the word at k and is of more than
// one word: "Commission" after "the European Commission". States' agencies
// are left out: their word stays in the title.
func (a *analysis) orgNamedBefore(k int) (org, bool) {
	w := a.d.toks[k].lower
	for _, m := range a.orgs {
		if m.first >= k {
			break
		}
		o := a.lx.orgs[m.org]
		if o.Kind == "agency" || o.Kind == "party" || m.lim-m.first < 2 || a.d.toks[m.lim-1].lower != w {
			continue
		}
		return o, true
	}
	return org{}, false
}

// membersBodyNamedBefore returns a members' own body the gazetteer does
// not hold, named in full in the sentence before token k or the one before
// that, whose last word is the word at k: "The Nova Scotia Nurses' Union
// welcomed the positions ... Union president NAME", or "".
func (a *analysis) membersBodyNamedBefore(k int) string {
	toks := a.d.toks
	s := toks[k].sent
	from := a.d.sents[max(s-1, 0)].first
	for j := k - 1; j >= from; j-- {
		if toks[j].text != toks[k].text || j+1 < len(toks) && toks[j+1].cap && toks[j+1].kind == tWord {
			continue
		}
		lo := j
		for lo > 0 && (toks[lo-1].cap && toks[lo-1].kind == tWord || a.pluralApostrophe(lo-1)) && a.personAt[lo-1] < 0 {
			lo--
		}
		if toks[lo].lower == "the" {
			lo++
		}
		if lo == j || !a.membersBody(j) {
			continue
		}
		if state, ok := a.bodyName(lo, j+1); ok && !state {
			return stripInvisible(a.d.text[toks[lo].start:toks[j].end])
		}
	}
	return ""
}

// ranksBefore returns the first token of the ranks and honorifics, with
// their full stops, written right before token first: "Brig. Gen.".
func (a *analysis) ranksBefore(first int) int {
	toks := a.d.toks
	k := first
	for k > 0 {
		t := toks[k-1]
		if t.text == "." && k > 1 && toks[k-2].end == t.start && (a.roleKind(k-2) == rRank || a.roleKind(k-2) == rHonorific) {
			k -= 2
			continue
		}
		if t.cap && (a.roleKind(k-1) == rRank || a.roleKind(k-1) == rHonorific) {
			k--
			continue
		}
		if n := a.militaryRankEnding(k); n > 0 {
			k -= n // "a sole administrator, retired Rear Admiral NAME,": a rank written out
			if k > 0 && toks[k-1].lower == "retired" {
				k--
			}
			continue
		}
		break
	}
	return k
}

// writtenRank reports a title that is a military rank written out, after
// qualifiers perhaps: "retired Rear Admiral", "Brigadier General".
func (a *analysis) writtenRank(r role) bool {
	words := a.officeWords(r.title) // the title's words split once a document
	return len(words) > 0 && a.lx.roleTags[strings.Join(words, " ")+"/military"]
}

// militaryRankEnding returns how many capitalised words before token k
// write out a military rank ("Rear Admiral", "Colonel"), or 0.
func (a *analysis) militaryRankEnding(k int) int {
	toks := a.d.toks
	if k < 1 || !toks[k-1].cap || toks[k-1].kind != tWord {
		return 0
	}
	if k >= 2 && toks[k-2].cap && toks[k-2].kind == tWord && a.lx.roleTags[toks[k-2].lower+" "+toks[k-1].lower+"/military"] {
		return 2
	}
	if a.lx.roleTaggedToken(tagMilitary, &toks[k-1]) {
		return 1
	}
	return 0
}

// rankOnly reports a role whose title is only ranks: "Brig. Gen.".
// The words are the title's lower-case words (lowerFields, split once a
// document) cut again at each period, the pieces lowering each field of
// the title with its periods made spaces would give.
func (a *analysis) rankOnly(r role) bool {
	for _, f := range a.lowerFields(r.title) {
		for w := range strings.SplitSeq(f, ".") {
			if w != "" && a.lx.roleOf(w) != rRank && a.lx.roleOf(w+".") != rRank {
				return false
			}
		}
	}
	return r.title != ""
}

// aideHeads are role nouns of people who serve an official: "an adviser
// to the Indonesian foreign minister" is Indonesia's, where "an envoy to
// the Russian president" serves another state.
var aideHeads = wordList("aide-head")

// aideOfStateOfficial reports a complement after "to" that opens with
// the state's adjective m before a role, under an aide's role noun head:
// "an adviser to the Indonesian foreign minister" serves that state's
// official and is that state's, as "of" makes it; so does one after
// "for" under a speaker's or an aide's head ("a spokesman for the
// Jordanian prime minister"). readComplement and readComplementBefore
// both ask it.
func (a *analysis) aideOfStateOfficial(prep string, m placeMention, head string) bool {
	serves := prep == "to" && aideHeads.has(head) || prep == "for" && (aideHeads.has(head) || a.lx.roleTags[head+"/speaker"])
	return serves && m.kind == sAdjective && a.roleAhead(m.lim, 3)
}

// cityBefore skips a place's name at j that is no state's and stands
// before a lower-case word ("the Munich carmaker"): where a firm is based,
// which does not make its office a state's. It returns j otherwise.
func (a *analysis) cityBefore(j int) int {
	toks := a.d.toks
	if j >= len(toks) || a.placeAt[j] < 0 || a.personAt[j] >= 0 {
		return j
	}
	if _, isState := a.stateMentionAt(j); isState {
		return j
	}
	e := a.capRunEnd(j)
	if e >= len(toks) || e > j+2 || toks[e].cap || toks[e].kind != tWord {
		return j
	}
	return e
}
