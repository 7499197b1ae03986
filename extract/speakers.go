package extract

import (
	"sort"
	"strings"
)

// voiced is a speaker resolved at a token, remembered so that a later "he
// said" can refer back to the last person quoted.
type voiced struct {
	tok int
	sp  speaker
}

// documentNouns stand for the body that issued them: "the statement said".
var documentNouns = map[string]bool{
	"statement": true, "report": true, "release": true, "letter": true, "post": true,
	"tweet": true, "message": true, "memo": true, "communique": true, "communiqué": true,
	"document": true, "notice": true, "filing": true, "ruling": true, "judgment": true,
	"judgement": true, "order": true, "complaint": true, "lawsuit": true, "claim": true, "suit": true, "indictment": true,
	"affidavit": true, "email": true, "e-mail": true, "text": true, "video": true, "note": true,
}

// resolveNP turns the speaker phrase [f, l) into a speaker. at is the token of
// the quote it attributes, for pronouns.
func (a *analysis) resolveNP(f, l, at int) (speaker, bool) {
	toks := a.d.toks
	if f >= l || l-f > 12 {
		return speaker{}, false
	}
	first := toks[f]
	if l-f == 1 {
		if g, ok := personPronouns[first.lower]; ok {
			if p := a.resolvePronoun(g, f); p != nil {
				return a.personSpeaker(p, f), true
			}
			return speaker{}, false
		}
		switch first.lower {
		case "it", "they":
			if s, ok := a.resolveBody(f); ok {
				return s, true
			}
			if first.lower == "they" {
				if p := a.resolvePronoun(0, f); p != nil {
					return a.personSpeaker(p, f), true
				}
			}
			return speaker{}, false
		case "i", "we", "you", "this", "that", "there", "what", "which", "who":
			return speaker{}, false
		}
	}
	// people named in the phrase
	var ppl []int
	possessive := -1
	for k := f; k < l; k++ {
		if mi := a.personAt[k]; mi >= 0 {
			pi := a.mentions[mi].person
			if len(ppl) == 0 || ppl[len(ppl)-1] != pi {
				ppl = append(ppl, pi)
			}
			k = a.mentions[mi].lim - 1
			if k+1 < l && toks[k+1].lower == "'s" {
				possessive = k + 1
			}
		}
	}
	raw := strings.TrimSpace(a.d.text[first.start:toks[l-1].end])
	raw = trimDeterminer(raw)
	switch {
	case len(ppl) == 1 && possessive >= 0 && possessive+1 < l:
		// "Prime Minister Tony Blair's official spokesman"; not "Donald
		// Trump's flurry of late-night tweets"
		if k := a.roleKind(l - 1); k != rHead && k != rWeak && !humanNouns[toks[l-1].lower] {
			return speaker{}, false
		}
		p := a.people[ppl[0]]
		return speaker{name: p.name + "'s " + a.d.text[toks[possessive+1].start:toks[l-1].end], body: true}, true
	case len(ppl) == 1:
		return a.personSpeaker(a.people[ppl[0]], f), true
	case len(ppl) > 1 && a.hasWord(f, l, "and"):
		// "Lord Justice Rix and Mr Justice Forbes"
		return speaker{name: raw, body: true}, true
	case len(ppl) > 1:
		// the last name heads the phrase: "Carolina coach Rod Brind'Amour"
		return a.personSpeaker(a.people[ppl[len(ppl)-1]], f), true
	}
	// "I’m", "We're": a contraction is no speaker
	if h, _, ok := strings.Cut(strings.ReplaceAll(first.lower, "’", "'"), "'"); ok && (a.isPronounLike(h) || h == "i") {
		return speaker{}, false
	}
	// "one of the players", "some of the residents": a part of a group
	if (first.lower == "one" || first.lower == "some" || first.lower == "many") && l-f > 2 && toks[f+1].lower == "of" {
		return speaker{name: raw, body: true}, true
	}
	if a.isPronounLike(first.lower) {
		return speaker{}, false
	}
	last := toks[l-1]
	// a phrase must end on a noun or a name: not "stripping out a", "as a"
	if last.kind != tWord || npFunctionWords[last.lower] || isAdverb(last) {
		return speaker{}, false
	}
	det := first.lower == "the" || first.lower == "a" || first.lower == "an"
	// "University of the Fraser Valley political scientist Hamish Telford":
	// a name at the end of a description is the speaker
	if r := a.trailingName(f, l); r > f {
		return speaker{name: a.d.text[toks[r].start:last.end], named: true}, true
	}
	if documentNouns[last.lower] {
		if s, ok := a.resolveBody(f); ok {
			return s, true
		}
		return speaker{}, false
	}
	// "the company", "the agency": the body named last
	if first.lower == "the" && bodyNouns[last.lower] && l-f <= 3 {
		if s, ok := a.lastBody(f); ok {
			return s, true
		}
	}
	if k := a.roleKind(l - 1); (k == rHead || k == rWeak) && det {
		if first.lower == "the" {
			if p := a.personWithHead(last.lower, f); p != nil {
				return a.personSpeaker(p, f), true
			}
		}
		return speaker{name: raw, body: true}, true
	}
	// "the lanky, bespectacled professor", "the affable proprietor": a
	// person described, who is the person in focus unless an indefinite
	// "a professor" came first
	if first.lower == "the" && (!last.cap && !a.anyCapNotPlace(f, l) || partyMembers[last.lower]) && !bodyNouns[last.lower] && !a.introducedIndefinite(last.lower, f) {
		if p := a.resolvePronoun(0, f); p != nil {
			return a.personSpeaker(p, f), true
		}
	}
	if !first.cap && !det && !possessivePronoun(first.lower) && !(l-f <= 2 && (humanNouns[last.lower] || bodyNouns[last.lower])) {
		return speaker{}, false // "features a New York Times"
	}
	if l-f <= 2 && notNameWords[first.lower] {
		return speaker{}, false // "Later", "April", "Early Friday"
	}
	switch {
	case a.anyCap(f, l), det:
		// a body or a description: "the Swedish Prosecution Authority",
		// "Hamas", "a spokesperson", "the doctor"
	case l-f <= 2 && (humanNouns[last.lower] || bodyNouns[last.lower]):
		// "officials said", "police said"
	default:
		return speaker{}, false
	}
	if raw == "" {
		return speaker{}, false
	}
	return speaker{name: raw, body: true}, true
}

func possessivePronoun(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our", "my":
		return true
	}
	return false
}

// npFunctionWords cannot end a speaker phrase.
var npFunctionWords = map[string]bool{
	"the": true, "a": true, "an": true, "as": true, "in": true, "like": true, "its": true, "his": true,
	"her": true, "their": true, "of": true, "to": true, "for": true, "with": true, "and": true,
	"or": true, "but": true, "that": true, "this": true, "not": true, "did": true, "does": true,
	"do": true, "was": true, "is": true, "be": true, "also": true, "which": true, "who": true,
	"when": true, "if": true, "by": true, "on": true, "at": true, "from": true, "than": true,
	"then": true, "so": true, "very": true, "more": true, "most": true, "just": true, "only": true,
	"never": true, "mind": true, "while": true, "some": true, "any": true, "all": true,
}

// bodyNouns stand for an organisation named earlier: "the company said".
var bodyNouns = map[string]bool{
	"company": true, "agency": true, "firm": true, "ministry": true, "department": true,
	"government": true, "police": true, "court": true, "commission": true, "university": true,
	"school": true, "group": true, "organization": true, "organisation": true, "team": true,
	"club": true, "board": true, "council": true, "union": true, "party": true, "campaign": true,
	"office": true, "service": true, "military": true, "army": true, "bank": true, "charity": true,
	"network": true, "committee": true, "institute": true, "hospital": true, "airline": true,
	"retailer": true, "broadcaster": true, "newspaper": true, "authority": true, "authorities": true,
	"officials": true, "administration": true, "embassy": true, "regime": true, "league": true,
	"association": true, "foundation": true, "coalition": true, "alliance": true, "city": true,
	"province": true, "state": true, "county": true, "utility": true, "station": true,
}

// humanNouns describe a person: "the professor said", "a resident said".
var humanNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "mother": true, "father": true, "son": true,
	"daughter": true, "wife": true, "husband": true, "brother": true, "sister": true, "professor": true,
	"doctor": true, "expert": true, "analyst": true, "resident": true, "witness": true, "teacher": true,
	"student": true, "lawyer": true, "attorney": true, "owner": true, "founder": true, "author": true,
	"writer": true, "artist": true, "singer": true, "actor": true, "actress": true, "player": true,
	"coach": true, "manager": true, "veteran": true, "survivor": true, "victim": true, "activist": true,
	"economist": true, "scientist": true, "researcher": true, "officer": true, "driver": true,
	"neighbour": true, "neighbor": true, "friend": true, "colleague": true, "source": true,
	"defenceman": true, "defenseman": true, "forward": true, "goalie": true, "rookie": true,
	"entrepreneur": true, "executive": true, "chef": true, "nurse": true, "farmer": true,
	"worker": true, "employee": true, "volunteer": true, "organizer": true, "organiser": true,
	"maverick": true, "candidate": true, "politician": true, "lawmaker": true, "mayor": true,
	"councillor": true, "councilor": true, "premier": true, "minister": true, "senator": true,
	"official": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "officials": true,
	"judge": true, "justice": true, "prosecutor": true, "critic": true, "critics": true, "people": true,
	"residents": true, "experts": true, "analysts": true, "witnesses": true, "doctors": true,
	"teenager": true, "child": true, "parent": true, "parents": true, "journalist": true,
}

// partyMembers are capitalised nouns for a person: "the Kentucky Republican".
var partyMembers = map[string]bool{
	"republican": true, "democrat": true, "conservative": true, "liberal": true, "tory": true,
	"socialist": true, "communist": true, "independent": true, "labourite": true, "nationalist": true,
}

// introducedIndefinite reports "a doctor" before token at, which "the
// doctor" then refers to rather than to someone named.
func (a *analysis) introducedIndefinite(noun string, at int) bool {
	toks := a.d.toks
	for k := at - 1; k > 0 && k > at-600; k-- {
		if toks[k].lower == noun && a.quoteAt[k] < 0 {
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "one" {
					return true
				}
				if toks[j].kind != tWord {
					break
				}
			}
		}
	}
	return false
}

// trailingName finds a name of two or more capitalised words that ends a
// description, not yet known as a person: returns its first token, or f.
func (a *analysis) trailingName(f, l int) int {
	toks := a.d.toks
	k := l
	for k > f && a.isNameWord(k-1) && a.placeAt[k-1] < 0 && a.orgAt[k-1] < 0 && !a.titleWordAt(k-1) && !a.bodyWordAt(k-1) {
		k--
	}
	if l-k < 2 || k == f || toks[k-1].cap && !a.titleWordAt(k-1) {
		return f
	}
	return k
}

// lastBody returns the organisation named last before token at.
func (a *analysis) lastBody(at int) (speaker, bool) {
	for i := len(a.orgs) - 1; i >= 0; i-- {
		o := a.orgs[i]
		if o.first < at && a.quoteAt[o.first] < 0 {
			return speaker{name: a.lx.orgs[o.org].Name, body: true}, true
		}
	}
	return speaker{}, false
}

func (a *analysis) hasWord(f, l int, w string) bool {
	for k := f; k < l; k++ {
		if a.d.toks[k].lower == w {
			return true
		}
	}
	return false
}

// anyCapNotPlace reports a capitalised word that is not a place:
// "the laid-back Cambridge resident" is still a description.
func (a *analysis) anyCapNotPlace(f, l int) bool {
	for k := f; k < l; k++ {
		if a.d.toks[k].cap && a.placeAt[k] < 0 {
			return true
		}
	}
	return false
}

func (a *analysis) anyCap(f, l int) bool {
	for k := f; k < l; k++ {
		if a.d.toks[k].cap {
			return true
		}
	}
	return false
}

func (a *analysis) isPronounLike(w string) bool {
	switch w {
	case "i", "we", "you", "this", "that", "there", "what", "which", "who", "these", "those",
		"some", "others", "one", "many", "most", "all", "both", "each", "it", "they", "he", "she":
		return true
	}
	return false
}

func trimDeterminer(s string) string {
	for _, d := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, d) {
			return strings.TrimSpace(s[len(d):])
		}
	}
	return s
}

func (a *analysis) personSpeaker(p *person, at int) speaker {
	s := speaker{name: p.name, person: p}
	a.spoken = append(a.spoken, voiced{tok: at, sp: s})
	return s
}

// personWithHead finds the person most recently mentioned before token at
// whose role has the given head noun: "the minister" -> the minister named.
func (a *analysis) personWithHead(head string, at int) *person {
	var best *person
	bestTok := -1
	for _, p := range a.people {
		if p.role == nil || !hasHead(p, head) {
			continue
		}
		for _, mi := range p.mentionIdx {
			m := a.mentions[mi]
			if m.first < at && m.first > bestTok {
				best, bestTok = p, m.first
			}
		}
		if best == nil && bestTok < 0 {
			best = p // named only later: still the one meant
		}
	}
	return best
}

// resolvePronoun finds the person a pronoun at token at refers to. Each
// earlier mention outside quotes, and each speaker resolved so far, is a
// candidate: the nearer in sentences the better, a speaker or a clause
// subject much better than a person merely named in passing. Gender must
// agree where it is known; gender 0 accepts anyone.
func (a *analysis) resolvePronoun(gender byte, at int) *person {
	toks := a.d.toks
	if at >= len(toks) {
		return nil
	}
	sent := toks[at].sent
	const window = 6
	var best *person
	bestScore, bestTok := -1e9, -1
	consider := func(tok int, p *person, bonus float64) {
		if gender != 0 && p.gender != 0 && p.gender != gender {
			return
		}
		dist := sent - toks[tok].sent
		if dist < 0 || dist > window {
			return
		}
		score := bonus - float64(dist)
		if score > bestScore || (score == bestScore && tok > bestTok) {
			best, bestScore, bestTok = p, score, tok
		}
	}
	// only the mentions inside the window, found through their text order
	order := a.mentionsInOrder()
	from := a.d.sents[max(0, sent-window)].first
	k := sort.Search(len(order), func(i int) bool { return a.mentions[order[i]].first >= from })
	for ; k < len(order); k++ {
		mi := order[k]
		m := a.mentions[mi]
		if m.first >= at {
			break
		}
		if a.quoteAt[m.first] >= 0 {
			continue
		}
		consider(m.first, a.people[m.person], a.salience(mi))
	}
	for i := len(a.spoken) - 1; i >= 0; i-- {
		v := a.spoken[i]
		if v.tok < from {
			break
		}
		if v.tok < at && v.sp.person != nil {
			consider(v.tok, v.sp.person, 2.5)
		}
	}
	return best
}

// mentionsInOrder lists mention indexes in text order, built once.
func (a *analysis) mentionsInOrder() []int {
	if a.mentionOrder == nil {
		a.mentionOrder = make([]int, len(a.mentions))
		for i := range a.mentionOrder {
			a.mentionOrder[i] = i
		}
		sort.Slice(a.mentionOrder, func(i, j int) bool {
			return a.mentions[a.mentionOrder[i]].first < a.mentions[a.mentionOrder[j]].first
		})
	}
	return a.mentionOrder
}

// salience is how likely a mention makes its person the one a later
// pronoun means, computed once per mention: a clause subject counts, the
// subject of a speech verb as much as a speaker, a person introduced by full
// name almost as much; a possessive names someone in passing.
func (a *analysis) salience(mi int) float64 {
	if a.salienceOf == nil {
		a.salienceOf = make(map[int]float64)
	}
	if b, ok := a.salienceOf[mi]; ok {
		return b
	}
	m := a.mentions[mi]
	bonus := 0.0
	if a.isSubject(m) {
		bonus = 1.5
		// "Lindsay said she's excited", "Hiram Macharia, an executive,
		// said": the subject of a speech verb is as good as a speaker
		if v := a.skipApposition(m.lim); v < len(a.d.toks) && a.lx.speech[a.d.toks[v].lower] != "" {
			bonus = 2.5
		}
	}
	if p := a.people[m.person]; p.mentionIdx[0] == mi && m.lim-m.first >= 2 && bonus < 2 {
		bonus = 2
	}
	if m.lim < len(a.d.toks) && a.d.toks[m.lim].lower == "'s" && bonus < 1.5 {
		bonus -= 1
	}
	a.salienceOf[mi] = bonus
	return bonus
}

// isSubject guesses that a mention is its clause's subject: it opens its
// sentence (after titles) or a verb follows it.
func (a *analysis) isSubject(m personMention) bool {
	toks := a.d.toks
	s := a.d.sents[toks[m.first].sent]
	k := m.prefix
	for k > s.first && (a.titleWordAt(k-1) || toks[k-1].lower == "the" || toks[k-1].lower == "but" || toks[k-1].lower == "and") {
		k--
	}
	if k == s.first {
		return true
	}
	if m.lim < len(toks) {
		n := toks[m.lim]
		if a.lx.speech[n.lower] != "" || auxAdverbs[n.lower] {
			return true
		}
		// "Foster pieced", "Foster writes": a verb-like word follows
		if n.kind == tWord && !n.cap && len(n.lower) > 3 && (strings.HasSuffix(n.lower, "ed") || strings.HasSuffix(n.lower, "s") && !strings.HasSuffix(n.lower, "ss")) {
			return true
		}
		if n.text == "," && toks[m.lim-1].sent == n.sent {
			return false
		}
	}
	return false
}

// resolveBody finds the body an "it", "they" or "the statement" refers to:
// the last body quoted, else the last body that said something, else the
// last organisation named.
func (a *analysis) resolveBody(at int) (speaker, bool) {
	toks := a.d.toks
	best, bestTok := speaker{}, -1
	for i := len(a.spoken) - 1; i >= 0; i-- {
		if v := a.spoken[i]; v.tok < at && v.sp.body && toks[at].para-toks[v.tok].para <= 3 {
			best, bestTok = v.sp, v.tok
			break
		}
	}
	// "The army said in a statement that … "…," the statement said."
	if s, tok, ok := a.lastBodySaying(at); ok && tok > bestTok {
		best, bestTok = s, tok
	}
	// "EDC declined to answer. "…," it said": a body opening a recent sentence
	if at < len(toks) {
		for s := toks[at].sent; s >= 0 && s >= toks[at].sent-2; s-- {
			f := a.d.sents[s].first
			if f >= at || f <= bestTok || !toks[f].cap || a.personAt[f] >= 0 || a.quoteAt[f] >= 0 {
				continue
			}
			if o, ok := a.orgAtTok(f); ok {
				best, bestTok = speaker{name: a.lx.orgs[o.org].Name, body: true}, f
				break
			}
			if l := a.npForward(f); l == f+1 && isAcronym(toks[f].text) {
				best, bestTok = speaker{name: toks[f].text, body: true}, f
				break
			}
		}
	}
	return best, bestTok >= 0
}

// lastBodySaying finds the nearest speech verb before token at whose subject
// is a body, not a person: "the US military said in a statement".
func (a *analysis) lastBodySaying(at int) (speaker, int, bool) {
	toks := a.d.toks
	for v := at - 1; v >= 0 && v > at-400; v-- {
		if a.quoteAt[v] >= 0 || a.lx.speech[toks[v].lower] == "" || toks[v].cap {
			continue
		}
		e := v
		f := a.npBackward(e, a.d.sents[toks[v].sent].first)
		if f >= e || a.personAt[e-1] >= 0 {
			continue
		}
		w := toks[f].lower
		if a.isPronounLike(w) || documentNouns[toks[e-1].lower] {
			continue
		}
		raw := trimDeterminer(strings.TrimSpace(a.d.text[toks[f].start:toks[e-1].end]))
		if raw != "" && a.anyCap(f, e) {
			return speaker{name: raw, body: true}, f, true
		}
	}
	return speaker{}, 0, false
}

// isAcronym reports an all-capitals word of two to six letters: "EDC", "IRCC".
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// officialCountry is the country reported for a person's role.
func (a *analysis) officialCountry(p *person) string {
	if p.role == nil {
		return ""
	}
	return p.role.country
}
