package extract

// The state that sends or holds a troop figure, beyond the state written in
// the figure's own phrase: the subject of the verb that deploys them
// ("Britain will send 1,800 troops"), never a wire dateline's country
// ("KABUL, Afghanistan (Reuters) - Britain will send ..."), and for a figure
// that continues a deployment told before ("The first group of about 60
// service members left ...") the state of that deployment.

// Rule names of the ways a troop figure's state is found, for the tests.
const (
	ruleStateDateline     = "dateline-not-sender"  // the dateline's country sends nothing
	ruleStateDeployer     = "subject-of-deploying" // "Britain will rotate 900 troops"
	ruleStateContinuation = "same-deployment"      // "The first group of 60 service members"
)

// deployerState returns the state that is the subject of the verb deploying
// the figure at token first: "Britain will send", "The United States has
// begun withdrawing", "Russia's army has sent", "the British army will
// deploy". It beats any other state in the sentence. A body of no state
// as the subject ("NATO will send", "the African Union will deploy") gives
// "" and true: the figure has no sending state.
func (a *analysis) deployerState(start, first int) (string, bool) {
	return a.verbSubjectState(start, first, deployVerbs.words())
}

// verbSubjectState returns the state that is the subject of a verb of
// verbs within eight words before the figure at token first, as
// deployerState does for verbs of deploying.
func (a *analysis) verbSubjectState(start, first int, verbs map[string]bool) (string, bool) {
	toks := a.d.toks
	v := -1
	for k := first - 1; k >= start && k >= first-8; k-- {
		if verbs[toks[k].lower] {
			v = k
			break
		}
		if toks[k].kind == tQuote && a.quoteOpensFigure(k, first) {
			continue // "would move \"no fewer than 5,600 soldiers\"": the verb's own object, quoted
		}
		if toks[k].kind == tPunct || toks[k].kind == tQuote {
			return "", false
		}
	}
	if v < 0 {
		return "", false
	}
	k := v - 1
	for k >= start && k > v-7 && (verbChain.hasToken(&toks[k]) || isAdverb(toks[k])) {
		k--
	}
	k = a.pastSaidAside(k, start) // "Warsaw, he added, had offered"
	if k < start {
		return "", false
	}
	if c, ok := a.stateForceSubject(k); ok {
		return c, true // "Indian officials said the PLA had massed 3,000 troops"
	}
	// "the British army will send", "Russia's defence ministry has sent"
	s := k
	for s > start && s > k-3 && (bodyNouns.hasToken(&toks[s]) || forceBodies.hasToken(&toks[s]) || stateBodyWords.hasToken(&toks[s])) {
		s--
	}
	if s < k && s > 0 && toks[s].lower == "'s" {
		s--
	}
	if a.placeAt[s] < 0 {
		if a.noStateBody(k) || groupOfStates.hasToken(&toks[k]) && (k == 0 || a.placeAt[k-1] < 0) {
			return "", true // "NATO will send", "the allies will send"
		}
		return "", false
	}
	m := a.places[a.placeAt[s]]
	// a capital acts for its state: "asked Bujumbura to keep 1,500 of its men"
	if !m.state && m.kind != sCapital || m.lim != s+1 || a.inDateline(m.first) {
		return "", false
	}
	if s == k && m.kind == sAdjective {
		return "", false // "five Indian soldiers sent": an adjective alone is no subject
	}
	if s == k && a.hostBefore(m.first) {
		return "", false // "its contingent in Bosnia will grow": where the subject serves
	}
	return a.jointSubjectState(m, start, first), true // "Kenya and Rwanda have pledged": no one state's
}

// hostBefore reports a force's noun and a preposition of where personnel
// are ("in", "at", "inside") before the state mention that starts at
// first, past "the": the state closes the subject's phrase as the force's
// host ("its contingent in Bosnia"); "the junta in Niamey" is the state's
// own. A compass word may stand before the state: "its contingent in the
// eastern Democratic Republic of Congo".
func (a *analysis) hostBefore(first int) bool {
	toks := a.d.toks
	p := first - 1
	if p > 0 && compassWords.hasToken(&toks[p]) && !toks[p].cap {
		p--
	}
	if p > 0 && toks[p].lower == "the" {
		p--
	}
	if p < 1 || !hostPrepositions[toks[p].lower] || toks[p].cap {
		return false
	}
	_, strong := a.strongPersonnelAt(p - 1)
	return strong || forceNouns.hasToken(&toks[p-1]) || deployedUnits.hasToken(&toks[p-1])
}

// firstConjunct returns the first state of a coordinated subject that ends
// with m: "Jamaica and the Bahamas" opens with Jamaica.
func (a *analysis) firstConjunct(m placeMention, start int) placeMention {
	toks := a.d.toks
	for links := 0; ; links++ {
		k := m.first - 1
		if k >= start && toks[k].lower == "the" {
			k--
		}
		// "A and B", "A, B and C"; "In Somalia, Ethiopia" is no list
		if k <= start || toks[k].lower != "and" && (toks[k].text != "," || links == 0) || a.placeAt[k-1] < 0 {
			return m
		}
		p := a.places[a.placeAt[k-1]]
		if !p.state || p.lim != k || p.kind == sAdjective {
			return m
		}
		m = p
	}
}

// noStateBody reports a body of no state ending at token k: "NATO", "the
// African Union".
func (a *analysis) noStateBody(k int) bool {
	if k < 0 || k >= len(a.orgAt) || a.orgAt[k] < 0 {
		return false
	}
	o := a.orgs[a.orgAt[k]]
	return a.lx.orgs[o.org].Country == "" && o.lim == k+1 && a.spelledOrgState(o) == "" && a.lx.hiredForces[a.lx.orgs[o.org].Name] == ""
}

// groupOfStates stand for several states as a subject: "NATO allies", "the
// member states", "Western countries".
var groupOfStates = wordList("group-of-states")

// deployVerbs are the finite and infinitive forms of verbs that deploy,
// pledge or withdraw personnel, whose subject is the state that sends them.
var deployVerbs = wordList("deploy-verb")

// verbChain may stand between a subject and its verb of deployment: "will",
// "has begun", "plans to", "agreed to".
var verbChain = closedWords(func() map[string]bool {
	return map[string]bool{
		"will": true, "would": true, "shall": true, "can": true, "could": true, "may": true, "might": true,
		"must": true, "should": true, "has": true, "have": true, "had": true, "is": true, "are": true,
		"was": true, "were": true, "be": true, "been": true, "to": true, "also": true, "already": true,
		"now": true, "soon": true, "then": true, "plans": true, "planned": true, "plan": true, "agreed": true,
		"decided": true, "began": true, "begun": true, "begin": true, "begins": true, "started": true,
		"starts": true, "wants": true, "intends": true, "intended": true, "expected": true, "set": true,
		"due": true, "about": true, "still": true, "again": true, "says": true, "said": true, "it": true,
		"would've": true, "vowed": true, "announced": true, "pledged": true, "offered": true,
		"out": true, "back": true, "up": true, "in": true,
	}
})

// stateBodyWords stand for a state's government or forces after its name:
// "Russia's defence ministry", "the British army".
var stateBodyWords = wordList("state-body")

// continuesDeployment reports a figure whose phrase refers back to a
// deployment told before: "The first group of about 60 service members",
// "The additional 900 soldiers", "The incoming brigade of about 4,000
// soldiers", "Its 300 engineers". The figure must stand in its sentence's
// subject, before any verb.
func (a *analysis) continuesDeployment(first int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	start := s.first
	if k := a.datelineEnd(int(toks[first].para)); k > start && k <= first {
		start = k
	}
	if first-start > 8 || first == start {
		return false
	}
	switch toks[start].lower {
	case "the", "these", "those", "its", "their", "another", "a":
	default:
		return false
	}
	marked := toks[start].lower != "a"
	for k := start + 1; k < first; k++ {
		w := toks[k].lower
		if continuationWords.has(w) {
			marked = true
			continue
		}
		if w == "of" || hedgeWord(w) || troopMods.has(w) || strongUnits.has(w) || w == "group" || w == "batch" || w == "wave" || w == "contingent" {
			continue
		}
		return false
	}
	return marked
}

// hedgeWord reports a word that may open a hedge: "about", "some", "nearly".
func hedgeWord(w string) bool {
	switch w {
	case "about", "around", "some", "nearly", "almost", "roughly", "approximately", "more", "than",
		"at", "least", "up", "to", "over", "under", "just", "fewer", "less", "estimated", "an":
		return true
	}
	return false
}

// continuationWords mark a part of a deployment told before.
var continuationWords = wordList("continuation")

// troopSoFar is the state and paragraph of the last troop figure with a
// state, kept while the figures are read in text order.
type troopSoFar struct {
	country string
	unit    string // the figure's personnel noun
	para    int
	sent    int   // the figure's sentence
	count   int64 // the figure's number
}

// continuedState returns the state of the deployment that a figure at
// token first continues, told within the three paragraphs before, or "".
func (a *analysis) continuedState(first int) string {
	last := a.lastTroop
	if last.country == "" || int(a.d.toks[first].para)-last.para > 3 || !a.continuesDeployment(first) {
		return ""
	}
	return last.country
}

// reporterState returns the state of an official whose speech verb opens
// the clause of a figure at first: "His defence minister, Vladimir
// Padrino López, announced on Tuesday that nearly 200,000 troops would
// take part", the official's state told by his role. Else "".
func (a *analysis) reporterState(start, first int) string {
	toks := a.d.toks
	if c := a.asideSpeakerState(first); c != "" {
		return c // "In all, he said, some 1,500 personnel would arrive"
	}
	// the verb, perhaps before "that", and a hedge before the number:
	// "said more than four million", "announced on Tuesday that nearly"
	v := first - 1
	if v <= start {
		return "" // a figure that opens its clause has no verb before it
	}
	for v > start && v >= first-4 && toks[v].lower != "that" && a.speechVerbAt(v) != v {
		v--
	}
	if toks[v].lower == "that" {
		that := v
		for v > start && v >= that-6 && a.speechVerbAt(v) != v {
			v-- // "announced on Tuesday that", "told reporters at the airport that"
		}
	}
	if v <= start || a.speechVerbAt(v) != v {
		return ""
	}
	e := v - 1
	if o := a.partyTagOpen(e); o > start {
		e = o // "Sen. NAME, D-Ore., noted that"
	}
	if toks[e].text == "," && e > start {
		e-- // "His defence minister, NAME, announced"
	}
	m := a.personAtTok(e)
	if m < 0 || a.mentions[m].lim != e+1 {
		return a.ownerOfSpeakers(start, v) // "Officials in his delegation said"
	}
	if r := a.people[a.mentions[m].person].role; r != nil && r.org == "" {
		return r.country
	}
	return ""
}

// ownerOfSpeakers returns the state of the official whom "his" or "her"
// in a speaking subject from start to v refers to, or "he" or "she" as
// that subject: the last person with a state's role named in the sentence
// before, in the same paragraph ("President Paul Kagame told the summit
// ... Officials in his delegation said that meant about 850 soldiers";
// "The head of the State Border Service, Major General NAME, flew to
// Batken. He told reporters that about 600 border guards ..."), or "the
// minister" whose role noun is that person's ("Defence Minister NAME
// ... . The minister said 600 more troops"); else "".
func (a *analysis) ownerOfSpeakers(start, v int) string {
	toks := a.d.toks
	owned := false
	for j := start; j < v; j++ {
		owned = owned || toks[j].lower == "his" || toks[j].lower == "her"
	}
	// "He told reporters that ...": the pronoun is that person himself
	owned = owned || v == start+1 && (toks[start].lower == "he" || toks[start].lower == "she")
	// "The minister said ...": the role's noun names that person too
	head := ""
	if v == start+2 && toks[start].lower == "the" && !toks[start+1].cap && a.roleKind(start+1) == rHead {
		head, owned = toks[start+1].lower, true
	}
	prev, ok := a.sentenceBefore(start)
	if !owned || !ok {
		return ""
	}
	for j := start - 1; j >= prev.first; j-- {
		m := a.personAtTok(j)
		if m < 0 {
			continue
		}
		if r := a.people[a.mentions[m].person].role; r != nil && r.org == "" && r.country != "" && (head == "" || r.head == head) {
			return r.country
		}
		return "" // the last person named holds no state's role
	}
	return ""
}

// pairedNounState returns the one state that the article names right
// before the personnel noun ending the figure at lim, earlier than the
// figure, perhaps with one modifier between: after "the first group of US
// Marines", "about 9,000 Marines are to leave Okinawa" are the US's. A
// noun that several states qualify gives "".
func (a *analysis) pairedNounState(first, lim int) string {
	toks := a.d.toks
	if lim <= first+1 || lim > len(toks) || toks[lim-1].kind != tWord {
		return ""
	}
	noun := toks[lim-1].lower
	found := ""
	for k := 1; k < first; k++ {
		if toks[k].lower != noun {
			continue
		}
		e := k - 1
		if e > 0 && troopMods.hasToken(&toks[e]) {
			e-- // "US combat troops"
		}
		c, ok := a.stateAt(e)
		if !ok || a.places[a.placeAt[e]].lim != e+1 || a.inDateline(e) {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// lastTroopNear returns the state of the last troop figure with one, told
// in the paragraph of the figure at first or the one before: a force
// named without its state goes on with the deployment being told ("The
// United States will cut its garrison from 28,500 troops ... A Stryker
// brigade of roughly 4,000 soldiers ... will not be replaced").
func (a *analysis) lastTroopNear(first int) string {
	last := a.lastTroop
	if last.country == "" || int(a.d.toks[first].para)-last.para > 1 {
		return ""
	}
	return last.country
}

// lastTroopOrHome returns lastTroopNear's state, else the article's home
// state.
func (a *analysis) lastTroopOrHome(first int) string {
	if c := a.lastTroopNear(first); c != "" {
		return c
	}
	return a.homeCountry()
}

// possessVerbs only say that their subject has personnel: "has", "keeps".
var possessVerbs = wordList("possess-verb")

// personnelHolderAt reports a subject before the verb at k that can hold
// military or police personnel: a state or its capital ("Mali has 300
// advisers"), a state's force or body ("the army keeps"), a body such as a
// mission ("UNMISS has"), states together ("the allies have") or a
// pronoun. "The hotel has five security officers on duty", "the city has
// 57 contractors" tell of staff, not of a force.
func (a *analysis) personnelHolderAt(k int) bool {
	toks := a.d.toks
	s := k - 1
	for s >= 0 && toks[s].sent == toks[k].sent && (isAdverb(toks[s]) || verbChain.hasToken(&toks[s]) && toks[s].lower != "it") {
		s--
	}
	if s > 0 && toks[s].text == "," {
		s = a.beforeRelative(s) // "Russia's Africa Corps, which took over in 2024, has"
	}
	if s < 0 || toks[s].sent != toks[k].sent {
		return false
	}
	s = a.relativeHolder(s) // "Ireland, which keeps five officers"
	w := toks[s].lower
	switch w {
	case "it", "they", "we":
		return true
	}
	if _, ok := a.stateAt(s); ok {
		return true
	}
	if s < len(a.orgAt) && a.orgAt[s] >= 0 {
		return true
	}
	return forceBodies.has(w) || stateBodyWords.has(w) || stateForces.has(w) || groupOfStates.has(w)
}

// beliefBeforeTo reports a verb of belief at s before "to" in a chain
// that hedges a holding: "is believed to have 2,000 men", "is thought to
// keep".
func (a *analysis) beliefBeforeTo(s int) bool {
	toks := a.d.toks
	return s+1 < len(toks) && s > 0 && beliefVerbs.hasToken(&toks[s]) && toks[s+1].lower == "to" && beAux.hasToken(&toks[s-1])
}

// arrivalVerbs move personnel to a place named after "to" or "into":
// "sent to", "deployed to", "flown into".
var arrivalVerbs = wordList("arrival-verb")

// landingVerbs bring personnel into a place named after "in": "arrived
// in", "landed in" ("deployed in" may be a state's own ground).
var landingVerbs = wordList("landing-verb")

// destinationState returns the state named by its name right after the
// personnel ending at lim as where they go or leave: "300 soldiers to
// Romania", "its last 80 instructors out of Niger". A state never sends
// troops to itself, so a state guessed for the figure that is its
// destination is wrong. A state's adjective or a place inside it ("to
// the Belarusian border", "to Nairobi") gives "".
func (a *analysis) destinationState(lim int) string {
	toks := a.d.toks
	k := lim
	if k >= len(toks) {
		return ""
	}
	// "300 soldiers will be sent to Romania", "landed in Chad": the
	// destination after the figure's verb, in its clause
	// past a unit's name or the comma that closes an apposition: "650
	// soldiers from the 1st Battalion Irish Guards will deploy to Cyprus",
	// "The battalion, some 650 soldiers, will deploy to Cyprus"
	for j := lim; j < len(toks) && j < lim+8 && toks[j].sent == toks[lim-1].sent && (toks[j].kind == tWord || ordinalToken(toks[j].lower) || j == lim && toks[j].text == ","); j++ {
		if j+1 < len(toks) && (arrivalVerbs.hasToken(&toks[j]) && (toks[j+1].lower == "to" || toks[j+1].lower == "into") || landingVerbs.hasToken(&toks[j]) && toks[j+1].lower == "in") {
			k = j + 1
			break
		}
	}
	switch toks[k].lower {
	case "to", "into", "in":
		if toks[k].lower == "in" && k == lim {
			return "" // "300 soldiers in Romania": where they are, perhaps at home
		}
		k++
	case "out":
		if k+1 >= len(toks) || toks[k+1].lower != "of" {
			return ""
		}
		k += 2
	default:
		return ""
	}
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if k >= len(a.placeAt) || a.placeAt[k] < 0 {
		return ""
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.first != k || m.possessive || m.kind != sName && m.kind != sAlias {
		return ""
	}
	if a.featureNamedAt(m.lim) {
		return "" // "to the Senegal river valley": a place named after the state
	}
	return m.code
}

// beforeRelative returns the token before the relative clause that the
// comma at c closes (", which ... ,", ", who ... ,"), else -1.
func (a *analysis) beforeRelative(c int) int {
	toks := a.d.toks
	for j := c - 1; j > 0 && toks[j].sent == toks[c].sent; j-- {
		if toks[j].text == "," {
			if w := toks[j+1].lower; w == "which" || w == "who" || w == "whose" {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// homeGovernments after "the" stand for the government of the state the
// story is about: "the government", "the cabinet".
var homeGovernments = wordList("home-government")

// homeGovernmentOpens returns the article's home state for a paragraph
// whose first clause, at start, has "the government" as its subject: a
// government not named at a paragraph's opening is the story's own, not
// that of a state told in an aside before ("The Netherlands said it would
// add 100 marines to that force.\n\nThe government will at the same time
// pull its last 80 instructors out of Niger": Belgium's, in a Belgian
// story). Else "".
func (a *analysis) homeGovernmentOpens(start int) string {
	toks := a.d.toks
	if start+1 >= len(toks) || toks[start].lower != "the" || !homeGovernments.hasToken(&toks[start+1]) {
		return ""
	}
	if start > 0 && toks[start-1].para == toks[start].para {
		return ""
	}
	return a.homeCountry()
}

// appositionState returns the state of the personnel or force that a
// figure at first stands in apposition to, named by its adjective or
// possessive right before the noun: "Russian troops, some 500 soldiers,",
// "the German brigade, some 4,800 soldiers,". The figure counts them, so
// it is theirs, whoever speaks of them. Else "".
func (a *analysis) appositionState(first int) string {
	toks := a.d.toks
	c := first - 1
	for c > 0 && hedgeWord(toks[c].lower) {
		c--
	}
	h := a.appositionHead(c)
	if h < 1 || toks[h].sent != toks[first].sent {
		return ""
	}
	if _, ok := a.strongPersonnelAt(h); !ok && !formationNouns.hasToken(&toks[h]) && !forceBodies.hasToken(&toks[h]) {
		return ""
	}
	for j := h - 1; j >= 0 && j >= h-2 && toks[j].sent == toks[h].sent; j-- {
		if a.placeAt[j] < 0 {
			continue
		}
		m := a.places[a.placeAt[j]]
		if m.state && m.lim == j+1 && (m.kind == sAdjective || m.possessive) && !a.inDateline(m.first) {
			return m.code
		}
		return ""
	}
	return ""
}

// appositionSender returns the state that sends the formation a figure
// at first stands in apposition to, named after "from" ("The battalion
// from Kathmandu, 850 soldiers,") or as the subject of a relative clause
// with no "which" ("The regiment Islamabad rushed to the frontier, nearly
// 4,000 men,"); else "".
func (a *analysis) appositionSender(first int) string {
	toks := a.d.toks
	c := first - 1
	for c > 0 && hedgeWord(toks[c].lower) {
		c--
	}
	if c < 2 || toks[c].text != "," {
		return ""
	}
	if p := a.placeAt[c-1]; p >= 0 {
		m := a.places[p]
		if f := m.first - 2; m.lim == c && f >= 0 && (formationNouns.hasToken(&toks[f]) || forceNouns.hasToken(&toks[f])) {
			if code, ok := a.senderAfterFromAt(m.first - 1); ok {
				return code
			}
		}
	}
	for i := c - 1; i > 1 && i >= c-6 && toks[i].kind == tWord; i-- {
		if placeAfterPreposition(toks[i].lower) {
			h := a.contactClauseHead(i - 1)
			if h < 0 || !formationNouns.hasToken(&toks[h]) && !forceNouns.hasToken(&toks[h]) {
				return ""
			}
			if code, ok := a.placeCodeAt(i - 2); ok {
				return code
			}
			return ""
		}
	}
	return ""
}

// inOpeningWhole reports a figure at first inside a sentence's opening
// phrase "Of the N troops ...," that names the whole a state's part is
// taken from: "Of the 12,000 troops in the force, Rwanda supplies about
// 2,600". The state after the comma holds the part, not the whole; with
// no state there ("Of the 5,100 troops once deployed under Operation
// Barkhane, fewer than 2,500 remain") the whole keeps its state.
func (a *analysis) inOpeningWhole(first int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	if toks[s.first].lower != "of" || s.first+1 >= first || toks[s.first+1].lower != "the" {
		return false
	}
	for k := s.first + 2; k < first; k++ {
		if toks[k].text == "," {
			return false
		}
	}
	// the part's holder: a state opening the clause after the phrase
	for k := first + 1; k < s.lim; k++ {
		if toks[k].text == "," {
			_, ok := a.stateAt(k + 1)
			return ok
		}
	}
	return false
}

// speakerOfGovernment returns the state of the official whose speech
// verb reports a clause with "the government" (or the army, the
// ministry) as its subject, before the figure at first: "Defence Minister
// Theo Francken of Belgium told lawmakers the government would send 300
// soldiers to Romania" (the minister's government). Else "".
func (a *analysis) speakerOfGovernment(start, first int) string {
	toks := a.d.toks
	for k := first - 2; k > start && k >= first-10; k-- {
		if toks[k].lower != "the" || !stateForces.hasToken(&toks[k+1]) {
			continue
		}
		for v := k - 1; v > start && v >= k-3; v-- {
			if a.speechVerbAt(v) != v {
				continue
			}
			e := v - 1
			if p := a.placeAt[e]; p >= 0 && a.places[p].first > 1 && toks[a.places[p].first-1].lower == "of" {
				e = a.places[p].first - 2 // "NAME of Belgium told"
			}
			m := a.personAtTok(e)
			if m < 0 || a.mentions[m].lim != e+1 {
				return ""
			}
			if r := a.people[a.mentions[m].person].role; r != nil && r.org == "" {
				return r.country
			}
			return ""
		}
		return ""
	}
	return ""
}

// quoteOpensFigure reports a quotation mark at q that opens on the figure
// at first, after a word and with only words between: a verb's object
// given in the speaker's words.
func (a *analysis) quoteOpensFigure(q, first int) bool {
	toks := a.d.toks
	if q < 1 || first-q > 4 || toks[q-1].kind != tWord {
		return false
	}
	for j := q + 1; j < first; j++ {
		if toks[j].kind != tWord {
			return false
		}
	}
	return true
}
