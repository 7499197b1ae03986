package extract

import (
	"strings"
	"unicode/utf8"
)

// Bodies named by their type ("the union", "the Israeli military"), and
// what they say about whose office a role is.

// bodyKindAt returns the kind of body the word at i names by its type
// (body_nouns.tsv): "nonstate", "military", "police", "government",
// "ministry"; "" for other words.
func (a *analysis) bodyKindAt(i int) string {
	if i < 0 || i >= len(a.d.toks) || a.d.toks[i].kind != tWord {
		return ""
	}
	if a.forceGroupAt(i) {
		return "military" // "Ukraine's eastern group of forces"
	}
	kind := a.lx.bodyKinds[a.d.toks[i].lower]
	if kind == "military" && a.nonStateForceMod(i-1) {
		return "nonstate" // "a spokesman for the tribal forces"
	}
	return kind
}

// nonStateNoun reports a lower-case noun at i that names a body that is no
// state's: "the company's vice-president", "a spokesman for the alliance".
func (a *analysis) nonStateNoun(i int) bool {
	return i >= 0 && i < len(a.d.toks) && !a.d.toks[i].cap && a.bodyKindAt(i) == "nonstate"
}

// lowerWordsOnly reports title words that are all lower-case words no role
// noun heads yet: "the ruling" before "party's leader".
func (a *analysis) lowerWordsOnly(words []int) bool {
	for _, k := range words {
		if t := a.d.toks[k]; t.cap || t.kind != tWord {
			return false
		}
	}
	return true
}

// bodyNounAfter skips a lower-case noun at e that names the body a state or
// a body of the gazetteer qualifies ("of the Kenyan contingent", "of the
// UAW union") and returns the token after the phrase; a body that is no
// state's marks the role.
func (a *analysis) bodyNounAfter(e int, w *titleWalk) int {
	if e >= len(a.d.toks) || a.d.toks[e].cap {
		return e
	}
	if a.nonStateNoun(e) {
		w.nonState = true
		return e + 1
	}
	if a.bodyKindAt(e) != "" || orgTypeNouns.hasToken(&a.d.toks[e]) {
		return e + 1
	}
	// "the RSF leadership": a part of the body right after its name
	if t := a.d.toks; t[e].kind == tWord && bodyParts.hasToken(&t[e]) {
		return e + 1
	}
	// "the Hamas political bureau", "the Houthi military wing": a part of
	// the body, one modifier before its noun
	if t := a.d.toks; e+1 < len(t) && t[e].kind == tWord && !t[e+1].cap && bodyParts.hasToken(&t[e+1]) {
		return e + 2
	}
	// "the Taliban defence ministry", "the Houthi interior ministry": a
	// ministry of a government that is no state's, the body's own
	if t := a.d.toks; e+1 < len(t) && t[e].kind == tWord && !t[e+1].cap && !connectors.hasToken(&t[e]) && t[e+1].lower == "ministry" {
		return e + 2
	}
	return a.bodyNounRunAfter(e, w)
}

// stateBodyNounAfter is bodyNounAfter after a state's name, which may
// also name one of the state's institutions through one modifier: "the
// Ukrainian presidential office", not "the MEF and executive chairman".
func (a *analysis) stateBodyNounAfter(e int, w *titleWalk) int {
	if n := a.bodyNounAfter(e, w); n > e {
		return n
	}
	t := a.d.toks
	if e < len(t) && !t[e].cap && diplomaticPosts.hasToken(&t[e]) {
		return e + 1 // "the French embassy"
	}
	if e < len(t) && t[e].kind == tWord && !t[e].cap && a.isStateBodyWord(e) {
		return e + 1 // "a member of the Kyrgyz parliament"
	}
	if e+1 < len(t) && t[e].kind == tWord && !t[e].cap && !t[e+1].cap && !connectors.hasToken(&t[e]) && a.isStateBodyWord(e+1) {
		return e + 2
	}
	return e
}

// isStateBodyWord reports a noun at i that names a state's institution
// (body_words.tsv): "office", "ministry", "court".
func (a *analysis) isStateBodyWord(i int) bool {
	return a.lx.bodyWords[a.d.toks[i].lower].kind == "state"
}

// bodyParts are the parts of a body after its name: "political bureau".
var bodyParts = wordList("body-part")

// placeAfterIn reads "in Nigeria", "in the Gaza Strip", "in Geneva" at k,
// where a role is held, and returns the token after it, or k. The place
// says where the role is served, not whose it is; a place that opens a
// body's name of the gazetteer ("in the US Navy") is left to the body.
func (a *analysis) placeAfterIn(k int) int {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "in" {
		return k
	}
	j := k + 1
	if toks[j].lower == "the" && j+1 < len(toks) && (a.placeAt[j] < 0 || a.places[a.placeAt[j]].first != j) {
		j++ // "in the Philippines": the article may open the place's name or not
	}
	if a.placeAt[j] < 0 || a.places[a.placeAt[j]].first != j {
		return k
	}
	if a.places[a.placeAt[j]].kind == sAdjective {
		return k // "in the Kenyan teachers' union": an adjective opens what the role is in
	}
	lim := a.places[a.placeAt[j]].lim
	if oi := a.orgAt[j]; oi >= 0 && a.orgs[oi].first == j && a.orgs[oi].lim > lim {
		return k // "in the US Navy": the place opens a body's name, whose role it is
	}
	return lim
}

// legislatureOf reports a chamber or house whose of-phrase is the plural of
// a role noun, as the houses of states are named: "Chamber of Deputies",
// "House of Representatives" (a "Chamber of Commerce" is no state's).
func (a *analysis) legislatureOf(head, hi int) bool {
	toks := a.d.toks
	if head+2 >= hi || toks[head+1].lower != "of" || !legislatureHeads.hasToken(&toks[head]) {
		return false
	}
	w := toks[head+2].lower
	return singular(w) != w && a.lx.roleOf(singular(w)) != 0
}

// bodyNamedBefore reads a complement [j, end) that names a body that is no
// state's, "the Ontario Chamber of Commerce", "the CGT union", and records
// it as the role's body.
func (a *analysis) bodyNamedBefore(j, end int, w *titleWalk) {
	toks := a.d.toks
	if j < end && toks[j].lower == "the" {
		j++
	}
	e := a.nameRunEnd(j)
	if e <= j {
		return
	}
	switch {
	case e == end-1 && a.nonStateNoun(e):
		w.org, w.nonState = a.d.text[toks[j].start:toks[e].end], true
	case e == end:
		if state, ok := a.bodyName(j, e); ok && !state {
			w.org, w.nonState = a.d.text[toks[j].start:toks[e-1].end], true
		}
	}
}

// nameRunEnd is capRunEnd past a plural possessive inside a name: "the
// Workers' Party group", "the Chaman Traders' Union" are one name.
func (a *analysis) nameRunEnd(j int) int {
	toks := a.d.toks
	e := a.capRunEnd(j)
	if e > j && e+1 < len(toks) && a.pluralPossessive(e) && toks[e+1].cap && toks[e+1].kind == tWord && a.personAt[e+1] < 0 {
		return a.capRunEnd(e + 1)
	}
	return e
}

// bodyGroup says which kind of state body a title belongs to: the body noun
// written in it or right before it ("Army spokesman", "Government
// spokesman", "ministry spokesman"), "rank" for military ranks with no
// other role ("Lt. Col.", "spokesman Colonel"), "speaker" for a bare
// spokesman, or the capitalised name of a state's body ("National Assembly
// President": "assembly"). Empty when the title names no body.
func (a *analysis) bodyGroup(r *role) (group string, named bool) {
	toks := a.d.toks
	lo := r.titleLo
	if lo > 0 && !toks[lo-1].cap && a.bodyKindAt(lo-1) != "" {
		lo-- // "ministry spokesman Colonel X": the noun the title walk left out
	}
	for _, k := range []int{r.owner, lo} {
		switch kind := a.bodyKindAt(k); kind {
		case "military", "police", "government", "ministry":
			return kind, false // "the government's communications minister"
		}
	}
	rank, speaker, other := false, false, r.titleHi <= r.titleLo
	for k := lo; k < r.titleHi && k < len(toks); k++ {
		switch kind := a.bodyKindAt(k); {
		case kind == "government" && a.namedBodyHead(k, lo):
			other = true // "head of the Central Weather Administration": that body, not "the government"
		case kind == "military" || kind == "police" || kind == "government" || kind == "ministry":
			return kind, false
		case a.lx.roleTaggedToken(tagMilitary, &toks[k]):
			rank = true
		case a.lx.roleTaggedToken(tagSpeaker, &toks[k]):
			speaker = true
		case toks[k].text != "." && a.roleKind(k) != rQual:
			other = true
		}
	}
	for k := lo; k < r.titleHi && k < len(toks); k++ {
		if b, ok := a.lx.bodyWords[toks[k].lower]; ok && b.kind == "state" && toks[k].cap && !toks[k].sentStart {
			return toks[k].lower, true
		}
	}
	switch {
	case other:
		return "", false
	case rank:
		return "rank", false
	case speaker:
		return "speaker", false
	}
	return "", false
}

// bodyMatches reports a body noun at k of the group a title asks for: ranks
// belong to the armed forces or the police, ministries to governments.
func (a *analysis) bodyMatches(k int, group string, named bool) bool {
	if named {
		return a.d.toks[k].cap && a.d.toks[k].lower == group
	}
	kind := a.bodyKindAt(k)
	switch group {
	case "speaker":
		return kind == "military" || kind == "police" || kind == "ministry" || kind == "government"
	case "rank":
		return kind == "military" || kind == "police" || kind == "ministry" // "the defence ministry said ... Col. X"
	case "ministry", "government":
		return kind == "ministry" || kind == "government"
	}
	return kind != "" && kind == group
}

// bodyState returns the state that qualifies the body noun at n: "the
// Israeli military", "Sudan's army", "Burundi's defence ministry", "the
// government in Baghdad", "the army of Mali"; "" if none.
func (a *analysis) bodyState(n int) string {
	toks := a.d.toks
	if a.orgAt[n] >= 0 {
		return "" // "Free Syrian Army": a body of the gazetteer
	}
	if m, ok := a.bodyStateMention(n); ok {
		return m.code
	}
	if j := n + 1; j+1 < len(toks) && (toks[j].lower == "in" || toks[j].lower == "of") {
		if toks[j+1].lower == "the" {
			j++
		}
		if m, ok := a.placeCovering(j + 1); ok && m.kind != sPlace {
			return m.code
		}
	}
	return ""
}

// bodyStateMention returns the state written before the body noun at n,
// past up to three modifiers: "the Israeli military", "Sudan's army",
// "Burundi's defence ministry".
func (a *analysis) bodyStateMention(n int) (placeMention, bool) {
	toks := a.d.toks
	k := n - 1
	for k >= 0 && n-k <= 3 && a.placeAt[k] < 0 && (toks[k].cap && toks[k].kind == tWord && a.personAt[k] < 0 && !toks[k].sentStart && !commonStarters.hasToken(&toks[k]) ||
		!toks[k].cap && (a.roleKind(k) == rMod || a.roleKind(k) == rQual)) {
		k-- // "defence ministry", "National Assembly"
	}
	if k >= 1 && toks[k].lower == "'s" {
		k--
	}
	if k >= 0 && a.placeAt[k] >= 0 {
		// a capital before the noun is a city's: "Whitehall police"
		if m := a.places[a.placeAt[k]]; m.state && m.kind != sCapital && m.lim == k+1 {
			return m, true
		}
	}
	return placeMention{}, false
}

// agencyOwnerState returns the state of a state agency of the gazetteer
// whose possessive "'s" is at k: "the People's Liberation Army's Eastern
// Theater Command" is China's, as "China's Eastern Theater Command" is. A
// party, company or armed group owns no state's body; "" if none.
func (a *analysis) agencyOwnerState(k int) string {
	toks := a.d.toks
	if k < 1 || k >= len(toks) || toks[k].lower != "'s" || a.orgAt[k-1] < 0 {
		return ""
	}
	o := a.orgs[a.orgAt[k-1]]
	if a.lx.orgs[o.org].Kind != "agency" {
		return ""
	}
	return a.orgState(o)
}

// legislatureHeads name a house of a legislature before "of" and its members.
var legislatureHeads = closedWords(func() map[string]bool {
	return map[string]bool{"chamber": true, "house": true}
})

// placeCovering returns the place mention that starts at token j.
func (a *analysis) placeCovering(j int) (placeMention, bool) {
	if j < 0 || j >= len(a.placeAt) || a.placeAt[j] < 0 {
		return placeMention{}, false
	}
	m := a.places[a.placeAt[j]]
	return m, m.first == j
}

// bodyAnaphorState gives a role whose title names a state body by its type
// the state of that body where the article names it with its state: "The
// Israeli military said ... Military spokesman Lt. Col. X", "the defence
// ministry in Bujumbura said ... ministry spokesman Colonel X", "Venezuela's
// National Assembly ... National Assembly President X". A body that speaks
// ("the Israeli military said") is looked for first, in the role's
// sentence, then before it (a body's name also after it); the armed forces
// of a conflict's other side ("Russian forces shelled the city") say
// nothing of whose spokesman someone is, but a government or a named body
// does.
func (a *analysis) bodyAnaphorState(r *role) string {
	group, named := a.bodyGroup(r)
	if group == "" || r.at >= len(a.d.toks) {
		return ""
	}
	if c := a.titleSeatState(r, group); c != "" {
		return c // "A ministry spokeswoman in Astana, NAME,"
	}
	if c := a.capitalBeforeAgent(r.titleLo); c != "" {
		return c // "The announcement, made in Jakarta by ministry spokesman Brigadier General NAME,"
	}
	anySource := named || group == "government" || group == "ministry" || a.definiteForceOwner(r)
	if group == "rank" && a.ownCommandBefore(r) {
		return "" // "the head of the Joint Arctic Command, Major General NAME": the command's, not an earlier force's
	}
	for _, source := range []bool{true, false} {
		if !source && !anySource {
			break
		}
		if c := a.bodyStateNear(r, group, named, source); c != "" {
			return c
		}
	}
	return ""
}

// definiteForceOwner reports a role whose sentence opens with "the
// military's" or "the army's" before its title, with no state named
// there: "The military's spokesman, Major General NAME," takes the force
// named before, even one that did not speak ("A Myanmar military air
// strike ...").
func (a *analysis) definiteForceOwner(r *role) bool {
	toks := a.d.toks
	s := a.d.sents[toks[r.at].sent]
	k := s.first
	if k+2 >= r.titleLo || k+2 >= len(toks) || toks[k].lower != "the" || toks[k+2].lower != "'s" {
		return false
	}
	kind := a.bodyKindAt(k + 1)
	return (kind == "military" || kind == "police") && a.placeAt[k+1] < 0
}

// bodyStateNear looks for the body of a group with its state in the role's
// sentence, then before it, nearest first, then, for a body's name, after
// it; with source, only a body that speaks counts.
func (a *analysis) bodyStateNear(r *role, group string, named, source bool) string {
	toks := a.d.toks
	s := a.d.sents[toks[r.at].sent]
	try := func(k int) string {
		if k >= r.titleLo && k < r.titleHi || k == r.owner || !a.bodyMatches(k, group, named) || a.inOtherTitle(k, r) {
			return "" // "Spanish government spokeswoman NAME": that spokeswoman's body
		}
		if source && (!a.bodySpeaks(k) || a.bodyStatedAfterPreposition(k)) {
			return ""
		}
		if k > r.at && k < s.lim && a.prepositionObject(k) && !a.bodySpeaks(k) {
			return "" // "NAME, said Amman had raised it with the authorities in Damascus": the other side
		}
		return a.bodyState(k)
	}
	for k := s.first; k < s.lim; k++ {
		if c := try(k); c != "" {
			return c
		}
	}
	// before it, nearest first; the home force, where there is one, wins
	// over a nearer force of another state
	home, nearest := a.homeForceState(group), ""
	lo := max(a.sceneStart(r.at), s.first-bodyAnaphorReach)
	for k := s.first - 1; k >= lo; k-- {
		c := try(k)
		if c != "" && nearest == "" && source {
			if lead := a.leadForceOf(r, k); lead != "" {
				return lead // "Lebanon's army has moved ..." ... "Israel's military said" ... "The army's commander"
			}
		}
		if c != "" && (home == "" || c == home && a.homeBodyWins(k, nearest)) {
			return c
		} else if nearest == "" {
			nearest = c
		}
	}
	if nearest != "" {
		return nearest
	}
	if !named {
		return "" // a ministry speaking later may be another state's: "Pakistan's foreign ministry condemned the attack"
	}
	for k := s.lim; k < len(toks) && k < s.lim+bodyAnaphorReach; k++ {
		if c := try(k); c != "" {
			return c
		}
	}
	return ""
}

// homeForceState returns the dateline's state for a military, rank or
// police group when the story is most about that state: in a story
// datelined in Freetown about a clash with Guinea, "the army's spokesman"
// and a bare "Lieutenant General" are Sierra Leone's when its force was
// named before within reach, even when Guinea's army spoke last. ""
// otherwise.
func (a *analysis) homeForceState(group string) string {
	if group != "military" && group != "rank" && group != "police" {
		return ""
	}
	dl := a.datelineState()
	home := a.homeRanking()
	if len(home) == 0 {
		return ""
	}
	if home[0] != dl {
		return ""
	}
	return dl
}

// bodySpeaks reports a body noun at n that is the source of a statement or
// the agent of an act: "the Israeli military said", "the defence ministry
// in Bujumbura said", "China's defence ministry blamed India".
func (a *analysis) bodySpeaks(n int) bool {
	toks := a.d.toks
	j := n + 1
	if e := a.placeAfterIn(j); e > j {
		j = e
	}
	if j+1 < len(toks) && toks[j].kind == tWord && !toks[j].cap && !a.peopleClass(j, pcSpeech) && !agentWords.hasToken(&toks[j]) &&
		!npFunctionWords.hasToken(&toks[j]) && !prepositions.hasToken(&toks[j]) {
		j++ // "Ukraine's military intelligence said"
	}
	for j < len(toks) && !toks[j].cap && (toks[j].lower == "has" || toks[j].lower == "had" || toks[j].lower == "also" || toks[j].lower == "later") {
		j++
	}
	return j < len(toks) && !toks[j].cap && (a.peopleClass(j, pcSpeech) || agentWords.hasToken(&toks[j]))
}

// bodyAnaphorReach is how many tokens away a body named by its type is
// looked for: a few paragraphs of wire copy.
const bodyAnaphorReach = 400

// nonStateWords marks a title holding a lower-case noun that names a body
// that is no state's: "mission spokesman", "union leader", "opposition
// leader".
func (a *analysis) nonStateWords(w *titleWalk, words []int) {
	for _, k := range words {
		if a.chamberSide(k, w.head, words) {
			continue // "the opposition leader, NAME,": the legislature's side, the state's
		}
		// "an opposition senator": a seat in the state's legislature,
		// whatever side it sits on
		if (a.nonStateNoun(k) || a.sentenceCapBody(k, w)) && !(a.roleKind(k) == rMod && a.seatTitle(w, words)) {
			w.nonState = true
			return
		}
		// "Coptic Pope", "Russian Orthodox Patriarch": a church's cleric;
		// the state's adjective before the church's name is the church's
		if denominations.hasToken(&a.d.toks[k]) && clergyHeads.has(w.head) {
			w.nonState, w.country = true, ""
			return
		}
	}
}

// seatTitle reports a title whose head is a legislator's seat: "senator",
// or a member of a legislature ("an opposition member of the National
// Assembly").
func (a *analysis) seatTitle(w *titleWalk, words []int) bool {
	if legislatorHeads.has(w.head) {
		return true
	}
	for _, k := range words {
		if a.d.toks[k].lower == w.head && a.memberOfLegislature(k) {
			return true
		}
	}
	return false
}

// sentenceCapBody reports a body's type noun capitalised only because it
// opens the sentence and the title ("Union negotiator NAME said" after
// "The FNV Havens union called the strike"): the article writes it in
// lower case elsewhere, and the head is no state's national office
// ("Union Minister", "Union minister" in India are the state's).
func (a *analysis) sentenceCapBody(k int, w *titleWalk) bool {
	t := a.d.toks[k]
	if !t.sentStart || !t.cap || a.bodyKindAt(k) != "nonstate" || !orgTypeNouns.hasToken(&t) || nationalOffices.has(w.head) {
		return false
	}
	return a.writtenLower(t.lower)
}

// denominations and clergyHeads make a cleric's title a church's
// (words_people.tsv denomination, clergy-head).
var (
	denominations = wordList("denomination")
	clergyHeads   = wordList("clergy-head")
)

// pluralPossessive reports an apostrophe at k that makes the capitalised
// plural before it an owner: "the United Nations' coordinator".
func (a *analysis) pluralPossessive(k int) bool {
	toks := a.d.toks
	if k < 1 || k >= len(toks) || toks[k].spaceBefore || toks[k].start != toks[k-1].end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[k].text)
	p := toks[k-1]
	return len(toks[k].text) == utf8.RuneLen(r) && isApostrophe(r) && p.cap && strings.HasSuffix(p.lower, "s")
}

// lowerPluralPossessive reports an apostrophe at k after a lower-case
// plural and before a lower-case noun, inside a body's description: "the
// construction workers' union", "the miners' federation".
func (a *analysis) lowerPluralPossessive(k int) bool {
	return a.ownerApostrophe(k) && !a.d.toks[k-1].cap && a.d.toks[k+1].spaceBefore
}

// ownerApostrophe reports a single mark at k that closes a plural as its
// owner, before a lower-case noun: "the victims' father", "the families'
// lawyer".
func (a *analysis) ownerApostrophe(k int) bool {
	toks := a.d.toks
	if k < 1 || k+1 >= len(toks) || toks[k].spaceBefore || toks[k].start != toks[k-1].end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[k].text)
	p, n := toks[k-1], toks[k+1]
	return len(toks[k].text) == utf8.RuneLen(r) && isApostrophe(r) && p.kind == tWord && strings.HasSuffix(p.lower, "s") &&
		n.kind == tWord && !n.cap && n.para == p.para
}

// nounAfterName returns the head noun of "farmers' union" in "the FNSEA
// farmers' union": the token at e, or after up to two plain nouns, each
// maybe with a plural's apostrophe.
func (a *analysis) nounAfterName(e int) int {
	toks := a.d.toks
	n := e
	for i := 0; i < 2 && n+1 < len(toks) && a.plainNoun(n); i++ {
		n++
		if r, _ := utf8.DecodeRuneInString(toks[n].text); isApostrophe(r) && len(toks[n].text) == utf8.RuneLen(r) && !toks[n].spaceBefore {
			n++
		} else if a.peopleOwnerAt(n) {
			n++ // "the Mbour fishermen's association": the members' body
			break
		}
	}
	if n < len(toks) && a.nonStateNoun(n) {
		return n
	}
	return e
}

// bodyByHeadNoun returns the body that "the" and the last word of its
// name, in lower case, stand for at j in a complement that starts at k:
// "a military spokesman for the front" after "the Polisario Front" is
// the front's, no state's ("a commander at the front" in a story that
// names no front stays the army's, and so does "a commander at the
// front": "at" is where, not whose). The body is the last one named
// before j that is no state's agency; the phrase must end at the noun.
func (a *analysis) bodyByHeadNoun(k, j int) (int, bool) {
	toks := a.d.toks
	if p := toks[k].lower; p != "for" && p != "of" || j != k+2 || toks[k+1].lower != "the" || j+1 >= len(toks) || toks[j].cap || toks[j].kind != tWord || toks[j+1].kind != tPunct {
		return 0, false
	}
	if stateInstitutions.hasToken(&toks[j]) {
		return 0, false // "the commander of the army's 303rd Brigade" after "New People's Army rebels": the state's army
	}
	for x := len(a.orgs) - 1; x >= 0; x-- {
		o := a.orgs[x]
		if o.lim > j || a.lx.orgs[o.org].Kind == "agency" || o.lim-o.first < 2 {
			continue
		}
		if toks[o.lim-1].lower == toks[j].lower {
			return o.org, true
		}
	}
	return 0, false
}

// ownerReach is how many sentences before a role's own typedOwnerBody
// looks back for the body its owner noun names.
const ownerReach = 4

// typedOwnerBody returns the body that a lower-case owner noun before a
// role's title refers back to ("the agency's director-general" after "the
// Pacific Islands Forum Fisheries Agency", "the bank's regional director"
// after "the European Bank for Reconstruction and Development", "The
// party's publicity secretary" after "the Peoples Democratic Party"), or
// that opens a title before a name when it names a party of the gazetteer
// ("Party secretary NAME" after "the Liberal Party"): the
// nearest name before the role, in its sentence or the ownerReach before
// it, whose head word is that noun written in capitals. A name of the
// gazetteer counts unless it is a state's agency; another capitalised name
// only when it names a body that is no state's by its words. "" when the
// nearest such name is a state's body, a person's or a place's, or there is
// none.
// chamberBodies are owner nouns of bodies that a legislature has as often
// as a private body does: an unlisted one gives its officer no body
// ("The committee's chair, NAME, the Labour MP", r16).
var chamberBodies = wordList("chamber-body")

func (a *analysis) typedOwnerBody(r *role) string {
	toks := a.d.toks
	o, opening := r.owner, false
	if o < 0 && r.rule == ruleTitleBefore && r.titleLo >= 0 && r.titleLo+1 < r.titleHi && a.roleKind(r.titleLo) == rMod {
		o, opening = r.titleLo, true // "Party secretary NAME" after "The opposition Liberal Party has ...": the title opens with it
	} else if o < 1 || o+1 >= len(toks) || toks[o].cap || toks[o].lower == "'s" || toks[o-1].lower != "the" {
		return ""
	}
	if toks[o].kind != tWord || toks[o].cap && !toks[o].sentStart {
		return ""
	}
	switch a.bodyKindAt(o) {
	case "military", "police":
		if !opening {
			return a.missionForceBack(o) // "the force's spokesman" after "UNIFIL"
		}
		return ""
	case "government", "ministry":
		return "" // "the ministry's spokesman": a state's
	}
	if k := a.ownerNameBack(o); k < 0 && !opening {
		if body := a.describedOrgBack(o); body != "" {
			return body // "the agency's chief of mission" after "The International Organization for Migration, the UN migration agency,"
		}
		if body := a.orgAfterDescriptionBack(o); body != "" {
			return body // "the agency's deputy representative" after "The UN refugee agency, UNHCR,"
		}
		if body := a.kindOrgBack(o); body != "" {
			return body // "the agency's representative" after "UNHCR said"
		}
		if body := a.ofNameBack(o); body != "" {
			return body // "the board's president" after "the elected board of Sri Lanka Cricket"
		}
		if body := a.chainedOwnerBody(o); body != "" {
			return body // "the agency's headquarters" after "Frontex", sentences before "the agency's deputy director"
		}
	} else if k >= 0 {
		if g, ok := a.orgAtTok(k); ok {
			org := a.lx.orgs[g.org]
			switch {
			case org.Kind == "agency" || opening && org.Kind != "party":
				return "" // a title that opens with "Committee" or "school" is as often a state's
			case org.Kind == "party" && org.Country != "" && !a.namesState(org.Country):
				// "the opposition Liberal Party" in Honduras: not Canada's
				return stripInvisible(a.d.text[toks[g.first].start:toks[g.lim-1].end])
			}
			return org.Name // "the European Bank for Reconstruction and Development"
		}
		if opening || chamberBodies.hasToken(&toks[o]) {
			return "" // an unlisted "Public Accounts Committee": as often a legislature's, the state's
		}
		lo := k
		for lo > 0 && (toks[lo-1].cap && toks[lo-1].kind == tWord || lo > 1 && connectors.hasToken(&toks[lo-1]) && toks[lo-1].lower != "the" && toks[lo-2].cap) {
			lo-- // "Western and Central Pacific Fisheries Commission"
		}
		if toks[lo].lower == "the" || toks[lo].sentStart && !a.midSentenceCap()[toks[lo].text] {
			lo++
		}
		e := a.capRunEnd(lo)
		if e <= k || a.bodyHead(lo, e) != k {
			return ""
		}
		if state, ok := a.bodyName(lo, e); ok && !state && !a.stateNamedIn(lo, e) {
			return stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])
		}
	}
	return ""
}

// describedOrgBack returns the body of the gazetteer that an apposition
// describes with the lower-case owner noun at o, before it in its
// sentence or the ownerReach before it: "The International Organization
// for Migration, the UN migration agency, said ... the agency's chief";
// "" if none.
func (a *analysis) describedOrgBack(o int) string {
	toks := a.d.toks
	from := a.d.sents[max(int(toks[o].sent)-ownerReach, 0)].first
	for k := o - 2; k >= from; k-- {
		if toks[k].cap || toks[k].lower != toks[o].lower || k+1 >= len(toks) || toks[k+1].text != "," {
			continue
		}
		for c := k - 1; c >= from && c >= k-5; c-- {
			if toks[c].text != "," {
				continue
			}
			if g, ok := a.orgAtTok(c - 1); ok && c+1 < k && toks[c+1].lower == "the" && g.lim == c {
				return a.lx.orgs[g.org].Name
			}
			break
		}
	}
	return ""
}

// ownerNameBack returns the token of the nearest capitalised word before
// the lower-case owner noun at o, in its sentence or the ownerReach before
// it, that is that noun ("Regulator" for "the regulator's"), or -1.
func (a *analysis) ownerNameBack(o int) int {
	toks := a.d.toks
	from := a.d.sents[max(int(toks[o].sent)-ownerReach, 0)].first
	for k := o - 2; k >= from; k-- {
		if toks[k].cap && toks[k].lower == toks[o].lower && a.personAt[k] < 0 {
			return k
		}
	}
	return -1
}

// ownerBackState returns the state whose name or adjective opens the name
// that a lower-case owner noun refers back to: "Tracy Sletto, the
// regulator's chief executive" after "The Canada Energy Regulator" holds a
// Canadian office, as "the Canada Energy Regulator's chief executive"
// would. Only a state named in the name counts, not a place after it ("the
// OAS Permanent Council in Washington"); a name that holds a body of the
// gazetteer gives none.
func (a *analysis) ownerBackState(r *role) string {
	return a.nounBackState(r.owner)
}

// nounBackState is ownerBackState for the lower-case noun at o after
// "the": the state that opens the name the noun refers back to, or whose
// possessive stands before it ("Azerbaijan's National Agency for Mine
// Action ... The agency").
func (a *analysis) nounBackState(o int) string {
	toks := a.d.toks
	if o < 1 || o+1 >= len(toks) || toks[o].cap || toks[o].kind != tWord || toks[o-1].lower != "the" || chamberBodies.hasToken(&toks[o]) {
		return ""
	}
	k := a.ownerNameBack(o)
	if k < 0 {
		return ""
	}
	for j := k; j >= 0 && j > k-5 && toks[j].cap && toks[j].kind == tWord; j-- {
		if a.orgAt[j] >= 0 {
			return "" // "the OAS Permanent Council": a body of the gazetteer's
		}
		if pi := a.placeAt[j]; pi >= 0 && a.places[pi].state && a.places[pi].kind != sCapital {
			return a.places[pi].code // "The Canada Energy Regulator"
		}
		if j >= 2 && toks[j-1].lower == "'s" {
			if pi := a.placeAt[j-2]; pi >= 0 && a.places[pi].state && a.places[pi].kind != sCapital {
				return a.places[pi].code // "Azerbaijan's National Agency"
			}
			if c := a.agencyOwnerState(j - 1); c != "" {
				return c // "the People's Liberation Army's Eastern Theater Command"
			}
		}
	}
	return ""
}

// stateNamedIn reports a state's name or adjective among tokens [lo, hi):
// "Japan Fisheries Agency", "National" aside, names a state's body.
func (a *analysis) stateNamedIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if pi := a.placeAt[k]; pi >= 0 && a.places[pi].state {
			return true
		}
		if a.d.toks[k].lower == "national" {
			return true
		}
	}
	return false
}

// ownerNounState returns the state whose adjective or name qualifies the
// lower-case owner noun before a role's title: "The Georgian railway's
// chairman, NAME," holds a Georgian office whatever state the sentence
// before was about; "the Japanese carmaker's chief executive" (a body
// that is no state's) does not.
func (a *analysis) ownerNounState(r *role) string {
	o := r.owner
	if o < 1 || o >= len(a.d.toks) || a.d.toks[o].cap || a.d.toks[o].kind != tWord || a.nonStateNoun(o) {
		return ""
	}
	return a.bodyState(o)
}

// qualifierKeeps are nouns of bodies that are no state's whose office a
// state or place before them does not make no state's (words_people.tsv
// qualifier-keeps): a state's own ("Ghana's mission to the UN", "Kenya's
// opposition") and a sports side ("the Welsh rugby team").
var qualifierKeeps = wordList("qualifier-keeps")

// qualifiedBodyHead returns the head noun of a body's phrase that opens at
// e, right after a state or a place that qualifies it, when that noun
// names a body that is no state's: "Luxembourg's largest trade union,",
// "Uruguay's PIT-CNT trade union federation,", "the Rio Grande do Sul rice
// growers' federation,". Modifiers, a plural possessive and a name may
// stand before the head, which must end the phrase (at punctuation, a
// preposition or a relative word). It returns -1 otherwise, and for a
// state's own body ("Ghana's mission", "the Thai army") or a sports side.
func (a *analysis) qualifiedBodyHead(e int) int {
	toks := a.d.toks
	e = a.skipPossessive(e)
	head, n := -1, e
	for ; n < len(toks) && n < e+6 && toks[n].para == toks[e].para; n++ {
		t := toks[n]
		if a.pluralApostrophe(n) {
			continue
		}
		if t.kind != tWord || complementPreps.hasToken(&t) || relativeOpeners.hasToken(&t) || t.lower == "and" || t.lower == "or" {
			break
		}
		if a.personAt[n] >= 0 || a.placeAt[n] >= 0 || a.roleKind(n) == rHead || a.roleKind(n) == rWeak {
			return -1
		}
		head = n
	}
	if head < 0 || n == e+6 || !a.nonStateNoun(head) && !a.rankedFirm(e, head) && !a.partyNoun(head) || qualifierKeeps.hasToken(&toks[head]) || a.sectorOrganisation(e, head) {
		return -1
	}
	return head
}

// firmNouns name a business by its trade (words_people.tsv firm-noun):
// "trader", "producer", "carmaker".
var firmNouns = wordList("firm-noun")

// rankedFirm reports a firm's noun at head that a superlative before it
// ranks, from e: "Ukraine's largest grain trader", "Brazil's leading
// steel producer" are firms, no state's bodies; "Ukraine's grain
// trader" is left alone.
func (a *analysis) rankedFirm(e, head int) bool {
	toks := a.d.toks
	if !firmNouns.hasToken(&toks[head]) {
		return false
	}
	for n := e; n < head; n++ {
		if w := toks[n].lower; !toks[n].cap && (len(w) > 5 && strings.HasSuffix(w, "est") || w == "leading" || w == "top") {
			return true
		}
	}
	return false
}

// sectorHeads are nouns of bodies that are no state's, save after a
// state's possessive and plain nouns of a sector (words_people.tsv
// sector-head): "Iran's fisheries organisation" is Iran's agency,
// "Luxembourg's largest employers' organisation" the employers'.
var sectorHeads = wordList("sector-head")

// sectorOrganisation reports a sector head at head after lower-case words
// only from e: no members' plural possessive, no superlative, role noun or
// capitalised name between ("Iran's fisheries organisation", not
// "Kenya's largest farmers' organisation").
func (a *analysis) sectorOrganisation(e, head int) bool {
	toks := a.d.toks
	if !sectorHeads.hasToken(&toks[head]) || head == e {
		return false
	}
	for n := e; n < head; n++ {
		t := toks[n]
		if t.kind != tWord || t.cap || a.pluralApostrophe(n) || strings.HasSuffix(t.lower, "est") || a.roleKind(n) == rHead {
			return false
		}
	}
	return true
}

// missionOfficeMods make the command after them a multinational
// mission's (words_people.tsv mission-office-mod): "force commander".
var missionOfficeMods = wordList("mission-office-mod")

// missionContext say an article is about a mission or its peacekeepers
// (words_people.tsv mission-context).
var missionContext = wordList("mission-context")

// missionCommand reports a title that names the command of a mission's
// force with no state or body written ("The force commander, Lieutenant
// General NAME,", "NAME, the deputy force commander,") in an article that
// has named a mission or peacekeepers before it: the holder commands
// several states' contingents for the mission, whatever state hosts it.
// A state's body before "force" ("the police force commander") is not
// such a command.
func (a *analysis) missionCommand(r *role) bool {
	toks := a.d.toks
	lo := a.rankAfterTitle(r).titleLo
	if lo < 0 {
		return false
	}
	for k := lo; k+1 < len(toks) && k+1 < r.titleHi; k++ {
		if toks[k].cap || !missionOfficeMods.hasToken(&toks[k]) || a.roleKind(k+1) != rHead || toks[k+1].lower != "commander" {
			continue
		}
		if k > 0 && a.bodyKindAt(k-1) != "" {
			return false
		}
		for j := 0; j < lo; j++ {
			if !toks[j].cap && missionContext.hasToken(&toks[j]) {
				return true
			}
		}
		return false
	}
	return false
}

// missionCommanded reports a person one of whose roles, with no state or
// body written, is a mission's command (missionCommand): "Lieutenant
// General NAME, the force commander,".
func (a *analysis) missionCommanded(p *person) bool {
	for i := range p.roles {
		if q := &p.roles[i]; q.country == "" && q.org == "" && a.missionCommand(q) {
			return true
		}
	}
	return false
}

// sendingVerbs are verbs by which a body sends a person on its errand
// (words_people.tsv sending-verb).
var sendingVerbs = wordList("sending-verb")

// sentByBody returns the body of the gazetteer (no party) that opens the
// sentence as the subject of a verb of sending or appointing whose object
// is the title: "ECOWAS also sent a mediator, NAME,", "The African Union
// has appointed a special envoy, NAME,". The person holds the body's
// office, whatever state they come from; "" otherwise.
func (a *analysis) sentByBody(r *role) string {
	toks := a.d.toks
	k := r.titleLo - 1
	if k < 2 || k >= len(toks) {
		return ""
	}
	if d := toks[k].lower; d == "a" || d == "an" || d == "its" || d == "the" {
		k--
	}
	if !sendingVerbs.hasToken(&toks[k]) && !appointVerbs.hasToken(&toks[k]) {
		return ""
	}
	for k--; k > 0 && (passiveAuxiliaries.hasToken(&toks[k]) || toks[k].lower == "have" || toks[k].lower == "also"); k-- {
	}
	o, ok := a.orgAtTok(k)
	if !ok || o.lim != k+1 || o.first != a.subjectStart(k) {
		return ""
	}
	if g := a.lx.orgs[o.org]; g.Kind != "party" {
		return g.Name
	}
	return ""
}

// intlCourtBody is the body of a judge's role that no place binds to a
// state's court, when the court the text last names by name before it is
// a body of the gazetteer, no state's: "The East African Court of Justice
// ruled ... The court's appeals division ... Principal Judge NAME". The
// lower-case "the court" between refers back to it; the search stops at
// the start of the paragraph before the role's, unless a lower-case
// "court" in that window refers further back.
func (a *analysis) intlCourtBody(r *role) string {
	toks := a.d.toks
	if !judicialHeads.has(r.head) || r.at >= len(toks) || r.titleLo < 1 || a.courtState(r) != "" {
		return ""
	}
	stop := 0
	if p := int(toks[r.at].para); p > 0 {
		stop = a.d.paras[p-1].first
	}
	// a lower-case "court" in the window refers back further: the search
	// then goes on to the story's start ("The court's principal judge ...
	// Justice NAME, who wrote the leading opinion")
	back := false
	for k := r.titleLo - 1; k >= 0 && (k >= stop || back); k-- {
		if !courtWords.hasToken(&toks[k]) {
			continue
		}
		if !toks[k].cap {
			back = true
			continue
		}
		if g, ok := a.orgAtTok(k); ok && a.lx.orgs[g.org].Kind == "intl" {
			return a.lx.orgs[g.org].Name
		}
		return "" // "the Supreme Court": a state's
	}
	return ""
}

// missionOwner returns the mission of the gazetteer that "the mission's"
// (or "the force's", of an international body) before one of p's titles
// stands for ("The mission's head, Lieutenant General NAME," after
// "UNISFA"; "NAME, the force's commander," after "UNIFIL"), unless an
// apposition gives a state's unit the person leads ("NAME, who commands
// the Kenyan contingent"), or "".
func (a *analysis) missionOwner(p *person) string {
	toks := a.d.toks
	for i := range p.roles {
		q := &p.roles[i]
		o := q.owner
		if o < 1 || toks[o].cap || toks[o-1].lower != "the" || a.unitApposition(p, q) != "" {
			continue
		}
		if toks[o].lower == "mission" {
			return a.missionBack(o)
		}
		if toks[o].lower == "force" && o+1 < len(toks) && toks[o+1].lower == "'s" {
			if a.ownerNameBack(o) < 0 {
				return a.missionBack(o) // "NAME, the force's head of mission," after "UNIFIL"
			}
			return a.missionForceBack(o)
		}
	}
	return ""
}

// missionBack returns the mission of the gazetteer named last before
// token o, or "": the article's mission is the body "the mission" stands
// for.
func (a *analysis) missionBack(o int) string {
	for i := len(a.orgs) - 1; i >= 0; i-- {
		if m := a.orgs[i]; m.lim <= o && a.lx.missions[a.lx.orgs[m.org].Name] {
			return a.lx.orgs[m.org].Name
		}
	}
	return ""
}

// missionForceBack returns the body of the gazetteer, no state's nor a
// party's, whose name the lower-case force noun at o refers back to ("the
// force's spokesman" after "The United Nations Interim Force in Lebanon"
// or "The Gang Suppression Force"), or "": a state's army or police
// ("the Israeli Air Force ... the force's spokesman") is a state's.
func (a *analysis) missionForceBack(o int) string {
	k := a.ownerNameBack(o)
	if k < 0 {
		return ""
	}
	if g, ok := a.orgAtTok(k); ok {
		if org := a.lx.orgs[g.org]; org.Kind == "intl" {
			return org.Name
		}
	}
	return ""
}
