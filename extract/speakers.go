package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// voiced is a speaker resolved at a token, remembered so that a later "he
// said" can refer back to the last person quoted.
type voiced struct {
	tok int
	sp  speaker
}

// hasPersonNoun reports a noun for a person among tokens [f, l).
func (a *analysis) hasPersonNoun(f, l int) bool {
	for k := f; k < l; k++ {
		if a.personNoun(k) {
			return true
		}
	}
	return false
}

func possessivePronoun(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our", "my":
		return true
	}
	return false
}

// introducedIndefinite reports "a doctor" (or "one doctor", "Ahmado's
// doctor") before token at, which "the doctor" then refers to rather than
// to someone named.
func (a *analysis) introducedIndefinite(noun string, at int) bool {
	toks := a.d.toks
	for k := at - 1; k > 0 && k > at-600; k-- {
		if toks[k].lower == noun && a.quoteAt[k] < 0 {
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				// "a source", "one source", "Nisan Ahmado's source"
				if toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "one" || toks[j].lower == "'s" && j == k-1 {
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
	if namePrepositions.hasToken(&toks[k-1]) {
		return f // "a spokeswoman for APM Terminals Algeciras": the body she speaks for, no one's name
	}
	return k
}

// namePrepositions before a capitalised run at the end of a description
// make it the object of the preposition (a body or a place), not the
// name of the one described.
var namePrepositions = closedSet("for", "of", "at", "from", "with")

// bodyByNoun finds the body that "the commission" or "the company" before
// token at stands for: the last name written with that noun ("Ontario
// Civilian Police Commission"), else the last organisation whose name
// holds the noun or whose kind it names, else the last such noun in lower
// case after the state or name that owns it ("the Russian embassy",
// "Georgia's foreign ministry").
func (a *analysis) bodyByNoun(noun string, at int) (speaker, bool) {
	toks := a.d.toks
	var owned speaker   // "the Russian embassy": taken when no name nor known body fits
	var passing speaker // a name in a person's "who" clause: taken when no other name fits
	nearest := true
	for k := at - 1; k > 0 && k > at-800; k-- {
		t := toks[k]
		if t.lower != noun && singular(t.lower) != noun || a.quoteAt[k] >= 0 {
			continue
		}
		if !t.cap {
			if f, ok := a.ownerOfBodyNoun(k); ok && owned.name == "" {
				owned = speaker{name: a.d.text[toks[f].start:t.end], body: true}
			}
			if nearest {
				if f, e, ok := a.bodyBeforeApposition(k); ok {
					return speaker{name: a.d.text[toks[f].start:toks[e].end], body: true}, true
				}
				if f, e, ok := a.bodyAfterApposition(k); ok {
					return speaker{name: a.d.text[toks[f].start:toks[e].end], body: true}, true
				}
			}
			nearest = false // only the noun written last describes the one meant
			continue
		}
		f := k
		for f > 0 && toks[f-1].para == t.para && (toks[f-1].cap && toks[f-1].kind == tWord && !toks[f-1].sentStart ||
			a.bodyNameOpens(f-1) ||
			connectors.hasToken(&toks[f-1]) && f-2 >= 0 && toks[f-2].cap || a.possessiveInName(f-1)) {
			f--
		}
		for f < k && connectors.hasToken(&toks[f]) {
			f++
		}
		var named speaker
		if f < k {
			e := max(a.ofPlaceEnd(k), a.ofNameEnd(k)) // "International Federation of the Red Cross and Red Crescent Societies"
			named = speaker{name: a.d.text[toks[f].start:toks[e].end], body: true}
		} else if e := a.ofNameEnd(k); e > k {
			named = speaker{name: a.d.text[t.start:toks[e].end], body: true} // "Ethiopia's Ministry of Health"
		}
		if named.name == "" {
			continue
		}
		if !a.inPersonWhoClause(f) {
			return named, true
		}
		if passing.name == "" {
			passing = named
		}
	}
	if passing.name != "" {
		return passing, true
	}
	kinds := a.lx.bodyNounKinds[noun]
	// the organisations named before at, nearest first, within a bound
	i := sort.Search(len(a.orgs), func(i int) bool { return a.orgs[i].first >= at }) - 1
	for n := 0; i >= 0 && n < 40; i, n = i-1, n+1 {
		o := a.orgs[i]
		// the agency of a dateline ("DUBAI (Reuters) -") published the
		// story; no "the company" of the story is it
		if a.quoteAt[o.first] >= 0 || a.inDateline(o.first) {
			continue
		}
		g := a.lx.orgs[o.org]
		if slicesContain(kinds, g.Kind) || hasWordFold(g.Name, noun) {
			return speaker{name: a.writtenBodyName(o, g.Name), body: true}, true
		}
	}
	return owned, owned.name != ""
}

// writtenBodyName is the name of the body o as the text writes it when
// that is the fuller form of the gazetteer's name, a state's name or
// abbreviation opening it ("The U.S. State Department" for the State
// Department); else name.
func (a *analysis) writtenBodyName(o orgMention, name string) string {
	toks := a.d.toks
	f := o.first
	if m, ok := a.stateMentionAt(f - 1); ok && m.lim == f && !m.possessive && (m.kind == sName || m.kind == sAlias) {
		f = m.first
	}
	written := a.d.text[toks[f].start:toks[o.lim-1].end]
	if len(written) > len(name) && strings.HasSuffix(written, " "+name) {
		return written
	}
	return name
}

// possessiveInName reports a possessive mark at k inside a body's name of
// capitals, written on to the word before it, which no place nor person
// is: "the Norwegian Fishermen's Association", "the Police Chiefs'
// Council"; not "Norway's" nor "Smith's".
func (a *analysis) possessiveInName(k int) bool {
	toks := a.d.toks
	if k < 1 || k+1 >= len(toks) || !a.possessiveMarkInName(k) {
		return false
	}
	p := k - 1
	return toks[p].cap && toks[p].kind == tWord && toks[k+1].cap && toks[p].para == toks[k].para &&
		a.placeAt[p] < 0 && a.personAt[p] < 0 && a.orgAt[p] < 0
}

// bodyAfterApposition reads the capitalised name set off by commas after
// "the" and a lower-case body noun at k: "The regulator, Ofwat, said",
// "the committee, known as CONI," give the name's first and last tokens
// for "the regulator said". No
// person nor place is such a name.
func (a *analysis) bodyAfterApposition(k int) (int, int, bool) {
	toks := a.d.toks
	d := k - 1 // "the", perhaps before lower-case words: "the national rowing committee"
	for d > 0 && d > k-4 && toks[d].kind == tWord && !toks[d].cap && toks[d].lower != "the" && a.personAt[d] < 0 {
		d--
	}
	if k < 1 || d < 0 || toks[d].lower != "the" || k+3 >= len(toks) || toks[k+1].text != "," {
		return 0, 0, false
	}
	f := k + 2
	if f+2 < len(toks) && (toks[f].lower == "known" && toks[f+1].lower == "as" || toks[f].lower == "called") {
		f += 1 + btoi(toks[f].lower == "known") // "The committee, known as CONI, said"
	}
	e := f
	for e < len(toks) && e-f < 6 && toks[e].sent == toks[k].sent && (toks[e].cap && toks[e].kind == tWord || connectors.hasToken(&toks[e]) && e > f) {
		if a.personAt[e] >= 0 || a.placeAt[e] >= 0 {
			return 0, 0, false
		}
		e++
	}
	if e == f || e >= len(toks) || toks[e].text != "," || connectors.hasToken(&toks[e-1]) {
		return 0, 0, false
	}
	return f, e - 1, true
}

// bodyBeforeApposition reads the capitalised name that a lower-case body
// noun at k describes in an apposition: "The Air Line Pilots Association,
// the largest pilots' union," gives the name's first and last tokens for
// "the union said". No person nor place is such a name.
func (a *analysis) bodyBeforeApposition(k int) (int, int, bool) {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k+1].kind != tPunct && !a.quoteClass(k+1, qcSpeech) {
		return 0, 0, false // the noun ends the apposition: not "a union of 40,000 members"
	}
	j := k - 1
	for n := 0; n < 4 && j > 0 && (toks[j].kind == tWord && !toks[j].cap || a.pluralApostrophe(j)); n++ {
		j--
	}
	if j < 2 || toks[j].text != "," || !(toks[j+1].lower == "the" || toks[j+1].lower == "a" || toks[j+1].lower == "an") {
		return 0, 0, false
	}
	e := j - 1
	if !toks[e].cap || toks[e].kind != tWord || a.personAt[e] >= 0 || a.placeAt[e] >= 0 || toks[e].sent != toks[k].sent {
		return 0, 0, false
	}
	f := e
	for f > 0 && toks[f-1].sent == toks[e].sent && (toks[f-1].cap && toks[f-1].kind == tWord && toks[f-1].lower != "the" ||
		connectors.hasToken(&toks[f-1]) && f-2 >= 0 && toks[f-2].cap) {
		f--
	}
	for f < e && connectors.hasToken(&toks[f]) {
		f++
	}
	if f == e && !a.bodyWordAt(e) {
		return 0, 0, false // one word: a body only when it says so ("Unison" is read as a name)
	}
	return f, e, a.personAt[f] < 0
}

// ofPlaceEnd returns the last token of the name of a body whose noun at k
// is followed by "of" and a state or place: "Law Society of Kenya"; else k.
func (a *analysis) ofPlaceEnd(k int) int {
	toks := a.d.toks
	j := k + 1
	if j+1 >= len(toks) || toks[j].lower != "of" || toks[j+1].sent != toks[k].sent || a.placeAt[j+1] < 0 {
		return k
	}
	e := j + 1
	for e+1 < len(toks) && toks[e+1].sent == toks[k].sent && a.placeAt[e+1] == a.placeAt[j+1] {
		e++
	}
	return e
}

// ofNameEnd returns the last token of a body's name that its noun at k
// opens, capitalised words after "of" or "for" ("Ministry of Health and
// Social Affairs", "Commission for Human Rights"); else k. A person's
// name there makes it no body's.
func (a *analysis) ofNameEnd(k int) int {
	toks := a.d.toks
	j := k + 1
	if j+1 >= len(toks) || toks[j].lower != "of" && toks[j].lower != "for" {
		return k
	}
	e := k
	for n := j + 1; n < len(toks) && toks[n].sent == toks[k].sent && toks[n].kind == tWord; n++ {
		if a.personAt[n] >= 0 {
			return k
		}
		if toks[n].cap {
			e = n
		} else if !connectors.hasToken(&toks[n]) || n+1 >= len(toks) || !toks[n+1].cap {
			break
		}
	}
	return e
}

// ownedBodyAt reads a body that opens a sentence at f as a lower-case body
// noun after its owner: "Pakistan's military", "The Russian embassy".
func (a *analysis) ownedBodyAt(f int) (string, bool) {
	toks := a.d.toks
	for k := f + 1; k < len(toks) && k < f+6 && toks[k].sent == toks[f].sent; k++ {
		if toks[k].cap || !a.quoteClass(k, qcBodyNoun) {
			continue
		}
		o, ok := a.ownerOfBodyNoun(k)
		if !ok || o != f && !(toks[f].lower == "the" && o == f+1) || k+1 < len(toks) && toks[k+1].cap {
			return "", false // "The British aid group Gatsby": the name follows
		}
		return a.d.text[toks[o].start:toks[k].end], true
	}
	return "", false
}

// ownerOfBodyNoun finds the first token of the state or name that owns a
// body noun written in lower case at k, over at most two lower-case
// modifiers: "Russian embassy", "Georgia's foreign ministry"; not "the
// embassy" nor "Smith said the embassy".
func (a *analysis) ownerOfBodyNoun(k int) (int, bool) {
	toks := a.d.toks
	j := k - 1
	for n := 0; n < 2 && j > 0 && toks[j].kind == tWord && !toks[j].cap && !npFunctionWords.hasToken(&toks[j]) && toks[j].lower != "'s"; n++ {
		j--
	}
	if j > 0 && toks[j].lower == "'s" {
		j--
	}
	if j < 0 || toks[j].sent != toks[k].sent || !toks[j].cap || toks[j].kind != tWord || npFunctionWords.hasToken(&toks[j]) || a.personAt[j] >= 0 {
		return 0, false
	}
	if a.placeAt[j] < 0 && a.orgAt[j] < 0 {
		return 0, false
	}
	for j > 0 && toks[j-1].sent == toks[j].sent && toks[j-1].cap && toks[j-1].kind == tWord && !npFunctionWords.hasToken(&toks[j-1]) && a.personAt[j-1] < 0 {
		j-- // "South Korea's spy agency"
	}
	return j, true
}

// hasWordFold reports w as a whole word of s, ignoring case.
func hasWordFold(s, w string) bool {
	for rest := s; rest != ""; {
		var f string
		f, rest, _ = strings.Cut(rest, " ")
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// personWithKin finds the person the article introduces as a relative
// before token at: "her mother Ann Lee", "Ann Lee, her mother,", "Her
// mother, Ann Lee,".
func (a *analysis) personWithKin(noun string, at int) *person {
	per, _ := a.kinIntroduction(noun, at)
	return per
}

// kinIntroduction is personWithKin with the first token of the words that
// stood between the comma after the name and the relative's noun ("the"
// of "Ann Lee, the victims' mother"), or -1 when the noun stood before the
// name ("her mother Ann Lee"). A noun right after the comma ("Ann Lee,
// mother of ...") introduces no one here.
func (a *analysis) kinIntroduction(noun string, at int) (*person, int) {
	toks := a.d.toks
	var best *person
	bestFrom := -1
	for _, m := range a.mentions {
		if m.first >= at {
			continue
		}
		b := m.prefix - 1
		if b > 0 && toks[b].text == "," {
			b--
		}
		after := m.lim + 2
		if after < len(toks) && toks[m.lim].text == "," && (possessivePronoun(toks[m.lim+1].lower) || toks[m.lim+1].lower == "the") {
			for after < len(toks) && after < m.lim+6 && (toks[after].kind == tWord && a.lx.kin[toks[after].lower] == 0 || ownerMark(toks, after)) {
				after++ // "her son", "the girl's aunt", "the victims' mother"
			}
		}
		if b >= 0 && toks[b].lower == noun {
			best, bestFrom = a.people[m.person], -1
		} else if after < len(toks) && toks[after].lower == noun {
			best, bestFrom = a.people[m.person], m.lim+1
		}
	}
	return best, bestFrom
}

// joinedSubject finds two people joined by "and" as the subject of a
// recent sentence, whom a "they" refers to: "Owners Tore Sohlberg and Lehla
// Abreder said they respected the vote."
func (a *analysis) joinedSubject(at int) (speaker, bool) {
	toks := a.d.toks
	s := toks[at].sent
	for k := at - 1; k > 0 && toks[k].sent >= s-2; k-- {
		mi := a.personAt[k]
		if mi < 0 || toks[k].lower != a.d.toks[a.mentions[mi].lim-1].lower {
			continue
		}
		m := a.mentions[mi]
		p := m.prefix - 1
		if p < 1 || toks[p].lower != "and" || a.personAt[p-1] < 0 || m.lim >= len(toks) {
			continue
		}
		if a.quoteBits(m.lim)&(qcSpeech|qcAuxAdverb) == 0 {
			continue
		}
		o := a.mentions[a.personAt[p-1]]
		return speaker{name: a.people[o.person].name + " and " + a.people[m.person].name, body: true}, true
	}
	return speaker{}, false
}

// trimModifiers drops the words that tie a body to another before its
// name: "Al-Qaeda-linked al-Shabaab", "London-based Redress".
func trimModifiers(s string) string {
	for {
		h, rest, ok := strings.Cut(s, " ")
		if !ok || rest == "" || !hasTieSuffix(h) && !bodyEpithetBefore(h, rest) {
			return s
		}
		s = rest
	}
}

// bodyEpithetBefore reports a lower-case adjective that describes the
// named body after it, no part of its name: "the opposition Party of
// Socialists", "the ruling Unity Front"; not "the opposition leader".
func bodyEpithetBefore(h, rest string) bool {
	if !bodyEpithets.has(h) || h != strings.ToLower(h) { // the list first: most words are in none, and need no lowering
		return false
	}
	if n, more, ok := strings.Cut(rest, " "); ok && bodyEpithets.has(n) {
		return bodyEpithetBefore(n, more) // "the main opposition Workers Alliance"
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// bodyEpithets: words_quotes.tsv body-epithet.
var bodyEpithets = wordList("body-epithet")

func hasTieSuffix(w string) bool {
	for _, suf := range tieSuffixes {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

var tieSuffixes = []string{"-linked", "-backed", "-based", "-led", "-allied", "-affiliated", "-aligned", "-funded", "-owned", "-run", "-born"}

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
	for _, d := range []string{"the ", "The ", "a ", "A ", "an ", "An ", "one ", "One "} {
		if strings.HasPrefix(s, d) && !strings.HasPrefix(s[len(d):], "of ") {
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
	return a.personWithHeadFitting(head, at, nil)
}

// personWithHeadFitting is personWithHead among the people fits accepts
// (all when fits is nil): "the US deputy ambassador" is no diplomat
// named before who is no deputy, but Robert Kaplan named after it.
func (a *analysis) personWithHeadFitting(head string, at int, fits func(*person) bool) *person {
	var best *person
	bestTok := -1
	for _, p := range a.people {
		if p.role == nil || !a.holdsRole(p, head) || fits != nil && !fits(p) {
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

// personWithTitle is personWithHead for a description with modifiers,
// whose holder's title must hold its words: "the home secretary" is no
// foreign secretary, and "the first minister" no deputy First Minister
// (a second-rank word the description lacks makes another office).
func (a *analysis) personWithTitle(desc, head string, at int) *person {
	var best *person
	bestTok := -1
	for _, p := range a.people {
		if p.role == nil || !a.holdsRole(p, head) || !strings.Contains(strings.ToLower(p.role.title), desc) || rankMissing(p.role.title, desc) {
			continue
		}
		for _, mi := range p.mentionIdx {
			if m := a.mentions[mi]; m.first < at && m.first > bestTok {
				best, bestTok = p, m.first
			}
		}
	}
	return best
}

// holdsRole reports a role with the given head that p holds, also one read
// from the very description being resolved: findAnaphoricRoles gives it
// only to the subject the description refers back to, no victim or
// detainee ("Tony Blair says ... The prime minister said"). A title that
// ends in the head noun holds it too: "chief operating officer", whose
// head is "chief", is who "the chief operating officer said" means.
func (a *analysis) holdsRole(p *person, head string) bool {
	return a.holdsOffice(p, head, true)
}

// holdsOffice is holdsRole, with titles that end in the head noun only
// when byEnding is set.
func (a *analysis) holdsOffice(p *person, head string, byEnding bool) bool {
	for _, r := range p.roles {
		if r.head != head && !(byEnding && a.titleEndsIn(r, head)) && !(judicialHeads.has(r.head) && judicialHeads.has(head)) && !(diplomaticHeads.has(r.head) && diplomaticHeads.has(head)) &&
			!a.rankAbbreviates(r, head) && !a.headAbbreviates(r, head) && !a.presidesCourt(r, head) && !heldRankNames(r, head) && !a.leadingHead(r, head) && !(r.head == "counterpart" && a.counterpartHead(r) == head) {
			continue // "Justice Lavoie ... the judge told him", "the diplomat ... the envoy said": one office
		}
		return true
	}
	return false
}

// titleEndsIn reports a role whose title's last word is the noun head.
func (a *analysis) titleEndsIn(r role, head string) bool {
	words := a.lowerFields(r.title)
	return len(words) > 1 && words[len(words)-1] == head
}

// counterpartHead returns the head of the office a counterpart holds: the
// role of the nearest person named before the title in its sentence
// ("Foreign Minister NAME and his Somali counterpart, NAME," is a
// minister, so "the Somali minister said" may be him), or "".
func (a *analysis) counterpartHead(r role) string {
	toks := a.d.toks
	if r.titleLo <= 0 || r.titleLo >= len(toks) {
		return ""
	}
	first := a.d.sents[toks[r.titleLo].sent].first
	for k := r.titleLo - 1; k >= first; k-- {
		if mi := a.personAt[k]; mi >= 0 {
			if p := a.people[a.mentions[mi].person]; p.role != nil && p.role.head != "counterpart" {
				return p.role.head
			}
			return ""
		}
	}
	return ""
}

// rankAbbreviates reports a rank that the role noun names: a word of a
// title of ranks only, written out or short: "Gen. Asim Rauf ... the
// general said", "Col." and "the colonel", "Sgt. Paul Reid ... the
// sergeant", "Detective Superintendent Alan Hargreaves ... the detective".
func (a *analysis) rankAbbreviates(r role, head string) bool {
	for _, w := range a.lowerFields(r.title) {
		short := strings.TrimSuffix(w, ".")
		if short == head || len(short) >= 2 && len(head) > len(short) && shortFor(short, head) {
			return a.rankOnly(r) // the dearer test last
		}
	}
	return false
}

// leadingHead reports a role noun that is a word of the title before its
// head and a role of its own: "Detective Superintendent Alan Hargreaves ...
// the detective said", "Attorney General NAME ... the attorney".
func (a *analysis) leadingHead(r role, head string) bool {
	words := a.lowerFields(r.title)
	for _, w := range words[:max(len(words)-1, 0)] {
		if w == head && a.lx.roleOf(w) == rHead {
			return true
		}
	}
	return false
}

// shortFor reports short as an abbreviation of word: its first letter and
// then its letters in order, "gen" of "general", "sgt" of "sergeant", "lt"
// of "lieutenant", "supt" of "superintendent".
func shortFor(short, word string) bool {
	if short[0] != word[0] {
		return false
	}
	j := 1
	for i := 1; i < len(word) && j < len(short); i++ {
		if word[i] == short[j] {
			j++
		}
	}
	return j == len(short)
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
	pick := pronounPick{bestScore: -1e9, bestTok: -1, voiceScore: -1e9, voiceTok: -1}
	yields := a.subjectBeforeQuote(gender, at)
	consider := func(tok int, p *person, bonus float64) {
		bonus, ok := a.pronounBonus(gender, at, tok, p, yields, bonus)
		if !ok {
			return
		}
		dist := sent - toks[tok].sent
		if dist < 0 || dist > window {
			return
		}
		pick.add(tok, p, bonus, bonus-float64(dist))
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
		if a.pronounCannotMean(m, gender, at) {
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
	for s := max(0, int(sent)-window); s <= int(sent); s++ {
		if p, tok, bonus := a.describedSubject(s, at); p != nil {
			consider(tok, p, bonus)
		}
		if p, tok := a.describedAside(s, at); p != nil {
			consider(tok, p, 2.5) // "Pruitt had argued with a cook, the major said, then ..."
		}
	}
	for i := len(a.focus) - 1; i >= 0; i-- {
		v := a.focus[i]
		if v.tok < from {
			break
		}
		if v.tok < at {
			consider(v.tok, v.sp.person, 1.5)
		}
	}
	best := pick.best
	if best == nil && gender != 0 {
		best = a.lastOfGender(gender, order[:k], toks[at].para)
	}
	if best != nil && pick.voice != nil && pick.voice != best && pick.voiceScore >= pick.bestScore-1 &&
		a.spokenOf(best, pick.bestTok, pick.voiceTok) && a.quoteSpeaksOf(gender, at) {
		best = pick.voice
	}
	return best
}

// pronounPick tallies the candidates for a pronoun: the best scored, and
// the best that spoke (or was the subject of a speech verb) in the window,
// which a quote that speaks of someone of the gender goes back to.
type pronounPick struct {
	best, voice           *person
	bestScore, voiceScore float64
	bestTok, voiceTok     int
}

// add tallies p, named at token tok, with its bonus and score: a bonus of
// a speaker's (2.5 or more) makes p a voice; of equal scores the later
// mention wins.
func (pk *pronounPick) add(tok int, p *person, bonus, score float64) {
	if bonus >= 2.5 && score > pk.voiceScore {
		pk.voice, pk.voiceScore, pk.voiceTok = p, score, tok
	}
	if score > pk.bestScore || (score == pk.bestScore && tok > pk.bestTok) {
		pk.best, pk.bestScore, pk.bestTok = p, score, tok
	}
}

// pronounBonus returns the bonus of p, named at token tok, as what a
// pronoun of gender at token at refers to, and false when p cannot be
// meant: a gender that clashes (unless p is the subject the quote yields
// to), someone dead by then, or, in the pronoun's own sentence, someone
// named after an earlier pronoun or asked about. One called by the other
// pronoun before keeps a lower bonus.
func (a *analysis) pronounBonus(gender byte, at, tok int, p, yields *person, bonus float64) (float64, bool) {
	toks := a.d.toks
	sent := toks[at].sent
	if pg := a.genderOf(p); gender != 0 && pg != 0 && pg != gender && p != yields || !a.personLike(p) {
		return 0, false
	}
	if g := a.chained[p]; gender != 0 && g != 0 && g != gender {
		bonus -= 1.5 // called "he" before: "she" is someone else, if anyone fits
	}
	if gender != 0 && a.genderOf(p) == 0 && a.chained[p] == 0 && a.objectPronounAfter(tok, gender) {
		bonus -= 1.5 // "NAME stood next to her as she spoke": "her" is someone else, and so is a later "she"
	}
	if bonus > 1 && a.inFrontedClause(tok, p, gender) {
		bonus = 1 // "Although Trump has tweeted …, its inclusion …": named in passing
	}
	if a.diedBefore(p, at) {
		return 0, false // "Okafor … died at the scene. "…," he said": someone else
	}
	if gender != 0 && toks[tok].sent == sent && a.pronounBefore(gender, tok) {
		return 0, false // "Asked what he would tell Mayor Tory, he said": not Tory
	}
	if toks[tok].sent == sent && a.askedAbout(at) {
		return 0, false // "Asked whether Sutrisno had quit, he said": not Sutrisno
	}
	if gender != 0 && a.quoteNamesBefore(p, at) {
		return 0, false // ""Leo is fit again," he said": not Leo
	}
	return bonus, true
}

// spokenOf reports a person p, last named at token tok, whom the speaker
// named at token v spoke of after it in that sentence ("Coach Dwyer warned
// that Burger needed a rest. Burger, 21, was crowned player of the year.
// "It's his first year," he said."), and who said nothing after in the
// sentence of tok: a quote that goes on about "him" is the speaker's, not
// Burger's. "Tolbert, 30, said …" speaks himself.
func (a *analysis) spokenOf(p *person, tok, v int) bool {
	toks := a.d.toks
	if v < 0 || tok <= v {
		return false
	}
	for j, lim := tok, a.d.sents[toks[tok].sent].lim; j < lim; j++ {
		if a.quoteAt[j] < 0 && !toks[j].cap && a.quoteClass(j, qcSpeech) {
			return false
		}
	}
	for j, lim := v+1, a.d.sents[toks[v].sent].lim; j < lim; j++ {
		mi := a.personAt[j]
		if mi < 0 || a.people[a.mentions[mi].person] != p {
			continue
		}
		if l := a.mentions[mi].lim; l >= len(toks) || toks[l].lower != "'s" {
			return true
		}
		j = a.mentions[mi].lim - 1
	}
	return false
}

// quoteSpeaksOf reports a quote that closes right before token at (a comma
// between) with a third-person pronoun of the gender in its words ("his
// first year", "he's played"): someone the speaker talks about, not the
// speaker. Gender 0 never matches.
func (a *analysis) quoteSpeaksOf(gender byte, at int) bool {
	toks := a.d.toks
	k := at - 1
	if k > 0 && toks[k].text == "," && a.quoteAt[k] < 0 {
		k--
	}
	if gender == 0 || k < 0 || a.quoteAt[k] < 0 {
		return false
	}
	for j := k; j >= 0 && a.quoteAt[j] == a.quoteAt[k]; j-- {
		w := toks[j].lower
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "he's", "she'd"
		}
		if thirdPersonGender(w) == gender {
			return true
		}
	}
	return false
}

// thirdPersonGender is the gender of a third-person singular pronoun, in
// any case: personPronouns' "he", "him", "she", "her", and the possessive
// and reflexive forms ("his", "himself"); or 0.
func thirdPersonGender(w string) byte {
	if g := personPronouns()[w]; g != 0 {
		return g
	}
	switch w {
	case "his", "himself":
		return 'M'
	case "hers", "herself":
		return 'F'
	}
	return 0
}

// subjectBeforeQuote is the one person named, as its subject, in the
// sentence before a quote that opens the next sentence of the same
// paragraph and that the pronoun at follows ("Its secretary, Phil Kearney,
// said staff were leaving. "…," she said."), when only the given-name list
// gave that person a gender: the writer's pronoun there outweighs the list,
// which errs on names both sexes bear. A pronoun of that gender in the
// sentence ("Her husband, Abdul Karim, drowned") is someone else the later
// one may mean. Nil when there is none.
func (a *analysis) subjectBeforeQuote(gender byte, at int) *person {
	toks := a.d.toks
	k := at - 1
	if k > 0 && toks[k].text == "," && a.quoteAt[k] < 0 {
		k--
	}
	if k < 1 || a.quoteAt[k] < 0 {
		return nil
	}
	open := k
	for open > 0 && a.quoteAt[open-1] == a.quoteAt[k] {
		open--
	}
	if !toks[open].sentStart || toks[open].sent == 0 {
		return nil
	}
	s := a.d.sents[int(toks[open].sent)-1]
	if toks[s.first].para != toks[open].para {
		return nil
	}
	if gender == 0 || a.pronounBefore(gender, s.lim-1) {
		return nil
	}
	var subject *person
	for j := s.first; j < s.lim; j++ {
		mi := a.personAt[j]
		if mi < 0 || a.quoteAt[j] >= 0 || j > 0 && a.personAt[j-1] == mi || a.spelledAcronym(j) {
			continue
		}
		m := a.mentions[mi]
		p := a.people[m.person]
		if subject != nil && p != subject || !a.isSubject(m) {
			return nil // two people, or one named in passing
		}
		subject = p
	}
	if subject == nil || !subject.nameGender {
		return nil
	}
	if a.genderOf(subject); a.textGender[subject] != 0 {
		return nil // "Moreau said he": the text has spoken
	}
	if a.otherAgreesBefore(subject, gender, at) {
		return nil // "Maria Lopez sat beside John Smith. "…," Smith said. "…," she said."
	}
	return subject
}

// pronounCannotMean reports a mention m that a pronoun at token at
// cannot mean, whatever its score: a name inside a quote, a party, a
// person a pronoun of the gender opened, a firm after "of", a caption's
// person, a name fronted before the speech verb.
func (a *analysis) pronounCannotMean(m personMention, gender byte, at int) bool {
	toks := a.d.toks
	if a.quoteAt[m.first] >= 0 {
		return true
	}
	if m.first > 0 && toks[m.first-1].lower == "the" && len(a.people[m.person].words) == 1 {
		return true // "The Greens, with three seats, …": a party, no "he"
	}
	if gender != 0 && a.openedByPronoun(gender, m.first) {
		return true // "He said …, run by his friend, Martin Legere": not Legere
	}
	if a.affiliationOf(m.first) {
		return true // "Tom Hill of Castlegate Research": his firm, no "he"
	}
	if gender != 0 && a.namedBeforeOpenerPronoun(gender, m) {
		return true // "At a dinner given by Tom Hale, he said": not Hale
	}
	if toks[m.first].para != toks[at].para && a.photoCaption(int(toks[m.first].para)) {
		return true // "Ann Roy looks on. (AP Photo)": no sentence of the story (a
		// gallery's caption that quotes her is one)
	}
	if a.frontedBefore(m.lim, at) {
		return true // "Schumer, he said, "knows …"": Schumer is spoken of
	}
	if a.quotedObjectOfSubject(m, at) {
		return true // "A statement from Raj Bhavan quoted him as saying": not the source
	}
	return false
}

// quotedObjectOfSubject reports an object pronoun at at right after a
// verb of quoting ("quoted him as saying") and the mention m in that
// verb's subject, in the same clause with no comma between: the one who
// quotes is not the one quoted.
func (a *analysis) quotedObjectOfSubject(m personMention, at int) bool {
	toks := a.d.toks
	if at < 1 || toks[at].lower != "him" && toks[at].lower != "her" {
		return false
	}
	if w := toks[at-1].lower; w != "quoted" && w != "quoting" && w != "quotes" || toks[m.first].sent != toks[at].sent || m.lim > at-1 {
		return false
	}
	for k := m.lim; k < at-1; k++ {
		if toks[k].kind != tWord {
			return false
		}
	}
	return true
}

// genderOf is the gender a pronoun must agree with to stand for p: the
// given-name list's gives way to the text's own where the text says "NAME
// said she …" (and never "NAME said he …") of a person the list calls a
// man, or the reverse.
func (a *analysis) genderOf(p *person) byte {
	if !p.nameGender {
		return p.gender
	}
	if a.textGender == nil {
		a.textGender = a.pronounGenders()
	}
	if g, ok := a.textGender[p]; ok {
		return g
	}
	return p.gender
}

// pronounGenders reads, outside quotes, a name followed by "said" or
// "says" and "he" or "she", or "his" or "her" ("Lindsay said she's
// excited", "Kim says that he", "Oyelaran said his office"): the pronoun is the name's, unless someone else it may stand for is
// named in that sentence or the one before, or the name is a surname two
// people share. It returns the people with a gender from the given-name
// list whom only one of the pronouns follows, with that pronoun's gender.
func (a *analysis) pronounGenders() map[*person]byte {
	toks := a.d.toks
	said := map[*person][2]bool{}
	for _, m := range a.mentions {
		j := m.lim
		if j+2 >= len(toks) || a.quoteAt[m.first] >= 0 || toks[j].lower != "said" && toks[j].lower != "says" || a.surnameOfTwo(m) {
			continue
		}
		if j++; toks[j].lower == "that" {
			j++
		}
		w := toks[j].lower
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "she's", "he’d"
		}
		// "Oyelaran said his office would file charges": a possessive
		// before the speaker's own office or team is the subject's too
		// ("Smith said her death" may be anyone's)
		if j+1 < len(toks) && ownBodies.hasToken(&toks[j+1]) {
			switch w {
			case "his":
				w = "he"
			case "her":
				w = "she"
			}
		}
		if a.quoteAt[j] >= 0 || w != "he" && w != "she" {
			continue
		}
		p := a.people[m.person]
		if a.otherOfGender(p, w == "she", j) {
			continue // "… Lorraine DePietro. Donnelly said she was a bystander"
		}
		s := said[p]
		s[btoi(w == "she")] = true
		said[p] = s
	}
	out := map[*person]byte{}
	for p, s := range said {
		if s[0] != s[1] && p.nameGender {
			out[p] = "MF"[btoi(s[1])]
		}
	}
	return out
}

// ownBodies are the offices and teams a speaker calls their own after
// "said his" or "said her": "said his office", "said her department".
var ownBodies = wordList("own-body")

// surnameOfTwo reports a mention shorter than its person's name whose
// last word another person's name ends in too: "Bialas said she" may be
// the mother as well as the son.
func (a *analysis) surnameOfTwo(m personMention) bool {
	p := a.people[m.person]
	if m.lim-m.first >= len(p.words) {
		return false
	}
	for _, q := range a.people {
		if q != p && q.surname == p.surname {
			return true
		}
	}
	return false
}

// femaleNouns and maleNouns name a woman or a man who is no one's kin.
var (
	femaleNouns = wordList("female-noun")
	maleNouns   = wordList("male-noun")
)

// otherOfGender reports someone else a pronoun at j of the gender given
// (female or not) may stand for, outside quotes, from the sentence before
// to it: another person of that gender or of none known, a relative or a
// noun of that gender ("The woman, who is his aunt, …"), or a sentence
// that the same pronoun opens.
func (a *analysis) otherOfGender(p *person, female bool, j int) bool {
	toks := a.d.toks
	g := byte('M')
	nouns := maleNouns
	if female {
		g, nouns = 'F', femaleNouns
	}
	pronoun := "he"
	if female {
		pronoun = "she"
	}
	for k := a.d.sents[max(0, int(toks[j].sent)-1)].first; k < j; k++ {
		if a.quoteAt[k] >= 0 {
			continue
		}
		if toks[k].sentStart && toks[k].lower == pronoun {
			return true // "She is in stable condition. Ross said she is talking"
		}
		if mi := a.personAt[k]; mi >= 0 {
			if q := a.people[a.mentions[mi].person]; q != p && (q.gender == g || q.gender == 0) {
				return true
			}
			continue
		}
		if nouns.hasToken(&toks[k]) || a.lx.kin[toks[k].lower] == g {
			return true
		}
	}
	return false
}

// affiliationOf reports a name at token f that follows a person's name
// and "of": "Tom Hill of Castlegate Research", "Jingyi Pan of IG" name the
// person's firm or place, which is no one a later pronoun means.
func (a *analysis) affiliationOf(f int) bool {
	return f >= 2 && a.d.toks[f-1].lower == "of" && a.personAt[f-2] >= 0
}

// frontedBefore reports a name ending at lim that a comma sets before the
// pronoun at, itself a speaker set off by commas: in "Schumer, he said,
// "knows the minds of his colleagues"", the name is the subject of the
// words reported, and "he" someone else.
func (a *analysis) frontedBefore(lim, at int) bool {
	toks := a.d.toks
	if lim+1 != at || toks[lim].text != "," || at+2 >= len(toks) {
		return false
	}
	v := at + 1
	return a.quoteClass(v, qcSpeech) && !toks[v].cap && toks[v+1].text == ","
}

// describedSubject reads a sentence opened, before token at, by a
// description of someone's office that is its subject: "The president also
// said she had spoken to ..." names the president for a later "she said",
// as her name would. It returns the holder, the description's token and
// its salience (that of a speech verb's subject, or of a subject).
func (a *analysis) describedSubject(s, at int) (*person, int, float64) {
	toks := a.d.toks
	k := a.d.sents[s].first
	if k < len(toks) && (toks[k].lower == "but" || toks[k].lower == "and") {
		k++
	}
	if k+2 >= at || toks[k].lower != "the" || a.quoteAt[k] >= 0 {
		return nil, 0, 0
	}
	j := k + 1
	for j < at && (a.roleKind(j) == rMod || a.roleKind(j) == rQual) {
		j++
	}
	if j >= at || a.roleKind(j) != rHead || a.personAt[j] >= 0 {
		return nil, 0, 0
	}
	v := j + 1
	for v < at && isAuxOrAdverb(toks[v].lower) {
		v++
	}
	if v >= at || toks[v].cap || toks[v].kind != tWord || notVerbAfterName.hasToken(&toks[v]) {
		return nil, 0, 0
	}
	p := a.personWithHead(toks[j].lower, k)
	if j > k+1 {
		p = a.personWithTitle(strings.ToLower(a.d.text[toks[k+1].start:toks[j].end]), toks[j].lower, k)
	}
	if p == nil {
		p = a.describedHolder(k, j+1) // "the former general is Sri Lanka's minister ... The former general told"
	}
	if p == nil && j == k+1 {
		p = a.leadHolder(toks[j].lower, k) // "…, the mission's commander said. Rear Admiral NAME … said … The commander rejected that"
	}
	if p == nil {
		return nil, 0, 0
	}
	if a.quoteClass(v, qcSpeech) {
		return p, k, 2.5
	}
	return p, k, 1.5
}

// photoCaption reports a paragraph that captions a photograph, closed by
// its credit: "( THE CANADIAN PRESS FILE PHOTO )", "(Jane Doe/Reuters)",
// "Photo: Getty Images". A person named there is shown, not spoken of, and
// takes no later "he said".
func (a *analysis) photoCaption(p int) bool {
	// the pronouns ask of few paragraphs, again and again
	if is, known := a.captions.lookup(p, len(a.d.paras)); known {
		return is
	}
	return a.captions.keep(p, a.readPhotoCaption(p))
}

// readPhotoCaption is photoCaption read from the tokens: a pure read of
// paragraph p, so that its answer may be kept.
func (a *analysis) readPhotoCaption(p int) bool {
	toks := a.d.toks
	para := a.d.paras[p]
	l := para.lim
	if l > para.first && toks[l-1].text == "." {
		l--
	}
	for k := l - 1; k >= para.first && k >= l-14; k-- {
		if isPhotoWord(toks[k].lower) && (k+1 < para.lim && toks[k+1].text == ":" || l > 0 && toks[l-1].text == ")") {
			return true // "Photo: NAME", "(AP Photo/NAME)"
		}
		if toks[k].text == "/" && toks[l-1].text == ")" {
			return true
		}
		if toks[k].text == "(" {
			return false
		}
	}
	return false
}

// isPhotoWord reports a word that names a photograph in its credit.
func isPhotoWord(w string) bool {
	return w == "photo" || w == "photos" || w == "photograph"
}

// lastOfGender is the person of the given (known) gender last named, outside
// quotes, among the mentions before a pronoun whose window held nobody: a
// feature says "she says" paragraphs after it last named its subject.
func (a *analysis) lastOfGender(gender byte, before []int, para int32) *person {
	for i := len(before) - 1; i >= 0; i-- {
		m := a.mentions[before[i]]
		if p := a.people[m.person]; a.genderOf(p) == gender && a.quoteAt[m.first] < 0 && a.personLike(p) &&
			(a.d.toks[m.first].para == para || !a.photoCaption(int(a.d.toks[m.first].para))) {
			return p
		}
	}
	return nil
}

// pronounBefore reports a pronoun of the given gender earlier in the
// sentence of token tok, outside quotes: someone else already holds it.
func (a *analysis) pronounBefore(gender byte, tok int) bool {
	toks := a.d.toks
	for k := a.d.sents[toks[tok].sent].first; k < tok; k++ {
		if a.quoteClass(k, qcPronoun) && personPronouns()[toks[k].lower] == gender && a.quoteAt[k] < 0 {
			return true
		}
		if gender == 'M' && toks[k].lower == "his" && a.quoteAt[k] < 0 {
			return true
		}
	}
	return false
}

// askedAbout reports a pronoun right after the comma that closes a
// sentence's opening "Asked ..." clause: whoever that clause names is what
// the question was about, not the one who answers.
func (a *analysis) askedAbout(at int) bool {
	toks := a.d.toks
	k := a.d.sents[toks[at].sent].first
	return at > k+2 && toks[k].lower == "asked" && toks[at-1].text == "," && a.quoteAt[k] < 0
}

// openedByPronoun reports a person named in a sentence that a pronoun of
// the given gender opens as its subject, outside quotes: the pronoun holds
// the subject, and the later "he said" goes on with it, not with the
// person named in passing.
func (a *analysis) openedByPronoun(gender byte, tok int) bool {
	toks := a.d.toks
	k := a.d.sents[toks[tok].sent].first
	if k < tok && (toks[k].lower == "but" || toks[k].lower == "and") {
		k++
	}
	if k < tok && !a.quoteClass(k, qcPronoun) {
		k = a.pronounAfterOpener(k, tok) // "Asked whether ..., he said NAME had written"
	}
	if k >= tok || a.quoteAt[k] >= 0 || toks[k].lower == "him" || toks[k].lower == "her" {
		return false
	}
	if a.invertedSpeakerAfterComma(tok) {
		return false // "She has seen it before, said NAME": the pronoun is NAME's
	}
	return a.quoteClass(k, qcPronoun) && personPronouns()[toks[k].lower] == gender
}

// invertedSpeakerAfterComma reports a name at tok right after a speech
// verb that follows a comma, outside quotes: "She knew the river, says
// NAME, a ferryman": the reported clause before it is the name's own, and
// so is the pronoun that opens it.
func (a *analysis) invertedSpeakerAfterComma(tok int) bool {
	return a.speechVerbAfterComma(tok - 1)
}

// speechVerbAfterComma reports a lower-case speech verb at v right after a
// comma, outside quotes: ", says NAME", ", said council spokesman NAME,".
func (a *analysis) speechVerbAfterComma(v int) bool {
	toks := a.d.toks
	return v > 1 && toks[v-1].text == "," && !toks[v].cap && a.quoteAt[v] < 0 && a.speechVerbAt(v) == v
}

// chainPronouns resolves, in text order, each "he" or "she" that opens a
// sentence outside quotes, and keeps the person as in focus there: a
// feature names its subject once and then says "she" for paragraphs.
func (a *analysis) chainPronouns() {
	toks := a.d.toks
	for _, s := range a.d.sents {
		k := s.first
		if k < len(toks) && (toks[k].lower == "but" || toks[k].lower == "and") {
			k++
		}
		if k >= s.lim || a.quoteAt[k] >= 0 {
			continue
		}
		if !a.quoteClass(k, qcPronoun) || toks[k].lower == "him" || toks[k].lower == "her" {
			continue
		}
		g := personPronouns()[toks[k].lower]
		if p := a.resolvePronoun(g, k); p != nil {
			a.focus = append(a.focus, voiced{tok: k, sp: speaker{name: p.name, person: p}})
			if p.gender == 0 && g != 0 && !a.otherVoiceIn(k, g) {
				if a.chained == nil {
					a.chained = map[*person]byte{}
				}
				a.chained[p] = g
			}
		}
	}
}

// otherVoiceIn reports a pronoun of the other gender before a speech verb
// in the sentence of token k: in "He lived with his mother, she said," the
// "He" is spoken of by someone else, so who he is stays unsure.
func (a *analysis) otherVoiceIn(k int, g byte) bool {
	toks := a.d.toks
	s := a.d.sents[toks[k].sent]
	for i := k + 1; i+1 < s.lim; i++ {
		if pg, ok := personPronouns()[toks[i].lower]; ok && pg != 0 && pg != g && a.quoteClass(i+1, qcSpeech) {
			return true
		}
	}
	return false
}

// salience is how likely a mention makes its person the one a later
// pronoun means, computed once per mention: a clause subject counts, the
// subject of a speech verb as much as a speaker, a person introduced (or
// brought back) by full name almost as much, unless someone else is the
// subject of that sentence; one of two people joined by "and" is no
// singular subject; a possessive names someone in passing.
func (a *analysis) salience(mi int) float64 {
	if mi >= len(a.salienceOf) {
		a.growSalience(mi)
	}
	if b := a.salienceOf[mi]; b.known {
		return b.bonus
	}
	m := a.mentions[mi]
	bonus := 0.0
	subject := a.isSubject(m) && !a.joinedPerson(m) && !a.reportedSubject(m) && !a.comparedSubject(m)
	if subject {
		bonus = 1.5
		// "Lindsay said she's excited", "Hiram Macharia, an executive,
		// said": the subject of a speech verb is as good as a speaker
		if v := a.skipApposition(a.limPastTitle(m)); v < len(a.d.toks) && a.quoteClass(v, qcSpeech) {
			bonus = 2.5
		}
	}
	// "A survivor, who gave his name only as Mamadou, said", "A fan who
	// would give only his first name, Rangi, said": the name closes the
	// relative clause of the speech verb's subject
	if toks := a.d.toks; m.lim+1 < len(toks) && toks[m.lim].text == "," && a.quoteClass(m.lim+1, qcSpeech) &&
		!toks[m.lim+1].cap && (a.namedOnlyAs(m.first) || a.usesTheName(m.first, m.lim) || a.firstNameGiven(m.first)) {
		bonus = 2.5
	}
	// "…, the village priest, Father Ioane, said": a name set off after
	// its description is the speech verb's subject
	if bonus < 2.5 && a.apposedNameSpeaker(m) {
		bonus = 2.5
	}
	// "a volunteer cook, Amina, who did not give her surname, served
	// tea": the name in apposition to the clause's subject
	if bonus < 1.5 && a.givenNameApposed(m.first, m.lim) {
		bonus = 1.5
	}
	// inverted: "…, adds Al Basha."
	if p := m.prefix - 1; p > 0 && a.quoteClass(p, qcSpeech) && !a.d.toks[p].cap &&
		(a.d.toks[p-1].text == "," || a.d.toks[p-1].kind == tQuote) &&
		(m.lim >= len(a.d.toks) || a.d.toks[m.lim].text == "." || a.d.toks[m.lim].text == ",") {
		bonus = 2.5
	}
	// "I'm talking about Alfonso Espinos, who was born in Mexico": a
	// relative clause set off after the name describes the person
	if toks := a.d.toks; bonus < 1 && m.lim+1 < len(toks) && toks[m.lim].text == "," && toks[m.lim+1].lower == "who" {
		bonus = 1
	}
	if a.fullMention(m) && bonus < 2 && a.introduces(mi) {
		bonus = 2
		if !subject && a.otherSubject(mi) || a.joinedPerson(m) {
			bonus = 1 // "Niederreiter ... traded him for Victor Rask"
		}
	}
	if m.lim < len(a.d.toks) && a.d.toks[m.lim].lower == "'s" && bonus < 1.5 {
		bonus -= 1
	}
	if bonus > 1 && a.relativeSubject(m) {
		bonus = 1 // "a text message that Olazabal sent to Poulter"
	}
	a.salienceOf[mi] = salienceMemo{bonus, true}
	return bonus
}

// salienceMemo is salience's answer for one mention, once known.
type salienceMemo struct {
	bonus float64
	known bool
}

// growSalience makes room in a.salienceOf for mention mi and all the
// mentions made so far. The first time in an analysis it starts from the
// document's room emptied (nothing of an earlier document or pass is
// read); new entries are unknown. Mentions are only appended, so an index
// keeps its mention and its answer.
func (a *analysis) growSalience(mi int) {
	memo := a.salienceOf
	if memo == nil {
		memo = a.d.rooms.salience[:0]
	}
	n := max(mi+1, len(a.mentions))
	memo = append(memo, make([]salienceMemo, n-len(memo))...)
	a.salienceOf, a.d.rooms.salience = memo, memo
}

// relativeSubject reports the subject of a clause that "that" or "which"
// opens after a noun ("a message that Captain Olazabal sent"), not of a
// speech verb: the sentence is about the noun, and a later "he" goes on
// with the story's subject, not with the man named inside it.
func (a *analysis) relativeSubject(m personMention) bool {
	toks := a.d.toks
	j := m.prefix
	for j > 0 && j > m.prefix-4 && !toks[j-1].sentStart && (a.titleWordAt(j-1) || a.roleKind(j-1) != 0 ||
		toks[j-1].lower == "the" || toks[j-1].cap && toks[j-1].kind == tWord) {
		j--
	}
	if j < 2 || toks[j-1].lower != "that" && toks[j-1].lower != "which" || toks[j-1].sentStart || a.quoteAt[j-1] >= 0 {
		return false
	}
	if w := toks[j-2]; w.kind != tWord || w.cap || a.lx.speech[w.lower] != "" {
		return false // "said that NAME", "Now that NAME"
	}
	l := a.limPastTitle(m)
	return l >= len(toks) || !a.quoteClass(l, qcSpeech)
}

// introduces reports a mention by full name of a person not named in full
// in the three sentences before: a first mention, or one that brings the
// person back into the story.
func (a *analysis) introduces(mi int) bool {
	m := a.mentions[mi]
	sent := a.d.toks[m.first].sent
	for _, o := range a.people[m.person].mentionIdx {
		om := a.mentions[o]
		if om.first < m.first && a.fullMention(om) && a.d.toks[om.first].sent >= sent-3 {
			return false
		}
	}
	return true
}

// fullMention reports a mention by given name and surname, not by a
// surname of several words ("Al Mnajer").
func (a *analysis) fullMention(m personMention) bool {
	p := a.people[m.person]
	return m.lim-m.first >= 2 && len(p.words) >= 2 && a.d.toks[m.first].text == p.words[0]
}

// otherSubject reports another person who is the subject of the sentence
// of mention mi.
func (a *analysis) otherSubject(mi int) bool {
	m := a.mentions[mi]
	s := a.d.sents[a.d.toks[m.first].sent]
	order := a.mentionsInOrder()
	k := sort.Search(len(order), func(i int) bool { return a.mentions[order[i]].first >= s.first })
	for ; k < len(order) && a.mentions[order[k]].first < s.lim; k++ {
		o := a.mentions[order[k]]
		if o.person != m.person && a.isSubject(o) && !a.joinedPerson(o) && !a.reportedSubject(o) {
			return true
		}
	}
	return false
}

// reportedSubject reports the subject of a reported clause, right after
// its speech verb or "that": in "the chairperson, Annabel Mtalimanja, said
// Banda-Mwale had won", Banda-Mwale is spoken of, and a later "she said"
// goes on with the one who said it.
func (a *analysis) reportedSubject(m personMention) bool {
	p := m.prefix - 1
	if p < 1 || a.quoteAt[p] >= 0 {
		return false
	}
	if a.d.toks[p].lower == "that" {
		p-- // "said that Banda-Mwale had won", not "a comment that Scheer found"
	}
	if t := a.d.toks[p]; t.cap || a.lx.speech[t.lower] == "" || !a.verbUse(p) {
		return false
	}
	// "quoted Mr Clarke telling activists": the one quoted speaks
	l := a.limPastTitle(m)
	return l >= len(a.d.toks) || !a.quoteClass(l, qcSpeech)
}

// limPastTitle is the token after a mention and the title written after the
// name, if any: "Simon Okafor KC said".
func (a *analysis) limPastTitle(m personMention) int {
	if m.lim < len(a.d.toks) && postNominals.has(a.d.toks[m.lim].text) {
		return m.lim + 1
	}
	return m.lim
}

// joinedPerson reports a mention joined to another person's by "and" or
// "or": "Silverman and Svensson have won" names no single subject.
func (a *analysis) joinedPerson(m personMention) bool {
	toks := a.d.toks
	if m.lim+1 < len(toks) && (toks[m.lim].lower == "and" || toks[m.lim].lower == "or") && a.personAt[m.lim+1] >= 0 {
		return true
	}
	// "Tavakoli's wife, Shirin Tavakoli, and her lawyer met him": a name
	// in apposition joined to the next phrase
	if p := m.prefix - 1; p > 0 && toks[p].text == "," && m.lim+1 < len(toks) && toks[m.lim].text == "," && toks[m.lim+1].lower == "and" {
		return true
	}
	p := m.prefix - 1
	return p > 0 && (toks[p].lower == "and" || toks[p].lower == "or") && a.personAt[p-1] >= 0
}

// isSubject guesses that a mention is its clause's subject: it opens its
// sentence (after titles) or a verb follows it.
func (a *analysis) isSubject(m personMention) bool {
	toks := a.d.toks
	// "Langat's lawyer, NAME, ... said", "Mr Brown's Budget was": the
	// owner is no subject, unless what is owned speaks for them ("Mr
	// Crosby's statement said")
	if m.lim+1 < len(toks) && toks[m.lim].lower == "'s" && !a.quoteClass(m.lim+1, qcDocument) {
		return false
	}
	s := a.d.sents[toks[m.first].sent]
	k := m.prefix
	for k > s.first && (a.titleWordAt(k-1) || toks[k-1].lower == "the" || toks[k-1].lower == "but" || toks[k-1].lower == "and" ||
		generationWords.hasToken(&toks[k-1]) && k-2 >= s.first && toks[k-2].lower == "the") {
		k-- // "The younger Rabuka, asked how many ..., said"
	}
	if k == s.first || a.openerComma(k, s.first) {
		return true
	}
	// "who like Montalban was born", "Nick Van den Brul of BNP Paribas
	// said": the object of a preposition, but not past "and" ("six points
	// of leaders Barcelona and Owen is confident")
	j := m.prefix
	for j > s.first && (a.titleWordAt(j-1) || toks[j-1].lower == "the") {
		j--
	}
	if j > 0 && objectOfPreposition(toks[j-1].lower) {
		return false
	}
	if a.titledSubject(m, s.first) {
		return true // "The Labour MP for Lewisham East, Janet Okoro-Daly, said"
	}
	if lim := a.limPastTitle(m); lim < len(toks) {
		n := toks[lim] // "Simon Okafor KC said"
		if a.quoteBits(lim)&(qcSpeech|qcAuxAdverb) != 0 {
			return true
		}
		// "Foster pieced", "Scheer found", "Mulder didn't": a lower-case
		// word that is no preposition, conjunction or time word follows
		if n.kind == tWord && !n.cap && !notVerbAfterName.hasToken(&n) {
			return true
		}
		if n.text == "," && toks[m.lim-1].sent == n.sent {
			return false
		}
	}
	return false
}

// objectOfPreposition reports a preposition before a name that makes the
// name its object, not a clause's subject; "after", "before", "since" and
// "until" also open clauses ("after Poulter led Europe").
func objectOfPreposition(w string) bool {
	switch w {
	case "after", "before", "since", "until":
		return false
	case "of", "for", "to", "in", "on":
		return true
	}
	return prepositions.has(w)
}

// resolveBody finds the body an "it", "they" or "the statement" refers to:
// the last body quoted, else the last body that said something, else the
// last organisation named.
func (a *analysis) resolveBody(at int) (speaker, bool) {
	s, _, ok := a.resolveBodyTok(at)
	return s, ok
}

// resolveBodyTok is resolveBody with the token where the body was found.
func (a *analysis) resolveBodyTok(at int) (speaker, int, bool) {
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
			if f >= at || f <= bestTok || !toks[f].cap || a.personAt[f] >= 0 && !isAcronym(toks[f].text) || a.quoteAt[f] >= 0 {
				continue
			}
			if o, ok := a.orgAtTok(f); ok {
				best, bestTok = speaker{name: a.lx.orgs[o.org].Name, body: true}, f
				break
			}
			if isAcronym(toks[f].text) && f+1 < len(toks) && !toks[f+1].cap && toks[f+1].text != ":" {
				best, bestTok = speaker{name: toks[f].text, body: true}, f
				break
			}
			// "The Canadian Medical Association sent a letter …"
			if name, ok := a.namedBodyAt(f); ok {
				best, bestTok = speaker{name: name, body: true}, f
				break
			}
			// "Pakistan's military rejected the account. "…," it said"
			if name, ok := a.ownedBodyAt(f); ok {
				best, bestTok = speaker{name: name, body: true}, f
				break
			}
			// "The foreign ministry of the United Arab Emirates said ... "…," it said"
			if name, ok := a.bodyOfStateAt(f); ok {
				best, bestTok = speaker{name: name, body: true}, f
				break
			}
		}
	}
	return best, bestTok, bestTok >= 0
}

// namedBodyAt reads a body's name of capitalised words that ends in a word
// for an institution, at token f (after "The"): "The Canadian Medical
// Association".
func (a *analysis) namedBodyAt(f int) (string, bool) {
	toks := a.d.toks
	if toks[f].lower == "the" {
		f++
	}
	l := f
	for l < len(toks) && l < f+8 && toks[l].para == toks[f].para && (toks[l].cap && toks[l].kind == tWord || connectors.hasToken(&toks[l]) && l > f) && a.personAt[l] < 0 {
		l++
	}
	for l > f && !toks[l-1].cap {
		l--
	}
	if l-f < 2 || !a.institutionWord(toks[l-1].lower) {
		return "", false
	}
	return a.d.text[toks[f].start:toks[l-1].end], true
}

// lastBodySaying finds the nearest speech verb before token at whose subject
// is a body, not a person: "the US military said in a statement".
func (a *analysis) lastBodySaying(at int) (speaker, int, bool) {
	toks := a.d.toks
	for v := at - 1; v >= 0 && v > at-400; v-- {
		if a.quoteAt[v] >= 0 || !a.quoteClass(v, qcSpeech) || toks[v].cap {
			continue
		}
		e := v
		if f, b, ok := a.apposedBodyBefore(v); ok {
			return speaker{name: a.d.text[toks[f].start:toks[b-1].end], body: true}, f, true
		}
		if c := a.whichAsideBefore(e); c > 0 {
			e = c // "The United Arab Emirates, which claims the islands, said"
		}
		f := a.npBackward(e, a.d.sents[toks[v].sent].first)
		if b, ok := a.bodyOfSpokesman(f, e); ok && a.verbUse(v) {
			return b, f, true // "A spokesperson for Minera Altiplano said"
		}
		if f >= e || a.personAt[e-1] >= 0 && !a.unprovenSubject(f, e) && !a.spelledAcronym(e-1) {
			continue
		}
		w := toks[f].lower
		if a.isPronounLike(w) || a.quoteClass(e-1, qcDocument) || !a.verbUse(v) || !a.namesBody(f, e) {
			continue
		}
		if o, ok := a.orgAtTok(e - 1); ok {
			return speaker{name: a.lx.orgs[o.org].Name, body: true}, f, true
		}
		if !toks[e-1].cap && !a.anyCap(f+1, e) {
			// "the company said": the body it stands for, if named
			if s, ok := a.bodyByNoun(toks[e-1].lower, f); ok {
				return s, f, true
			}
			// "BC Hydro said …. …, the utility said. "…," it said"
			if len(a.lx.bodyNounKinds[toks[e-1].lower]) > 0 {
				if s, tok, ok := a.lastBodySaying(f); ok && toks[f].para-toks[tok].para <= 4 && !a.otherKindOfBody(s.name, toks[e-1].lower) {
					return s, f, true
				}
			}
		}
		if raw := trimDeterminer(strings.TrimSpace(a.d.text[toks[f].start:toks[e-1].end])); raw != "" {
			return speaker{name: raw, body: true}, f, true
		}
	}
	return speaker{}, 0, false
}

// bodyOfSpokesman reads a subject [f, e) that is the spokesman of a named
// body, "a spokesperson for Minera Altiplano": the body speaks through
// them, and a later "the company said" is that body.
func (a *analysis) bodyOfSpokesman(f, e int) (speaker, bool) {
	toks := a.d.toks
	for k := f + 1; k+1 < e; k++ {
		if toks[k].lower != "for" || !strings.HasPrefix(toks[k-1].lower, "spokes") {
			continue
		}
		if !a.namesBody(k+1, e) {
			return speaker{}, false
		}
		for j := k + 1; j < e; j++ {
			// capitals alone may have made a person of a firm's name;
			// a given name, a title or a gender prove one
			if mi := a.personAt[j]; mi >= 0 {
				if p := a.people[a.mentions[mi].person]; p.given || p.titled || p.gender != 0 {
					return speaker{}, false
				}
			}
		}
		if o, ok := a.orgAtTok(e - 1); ok {
			return speaker{name: a.lx.orgs[o.org].Name, body: true}, true
		}
		return speaker{name: trimDeterminer(a.d.text[toks[k+1].start:toks[e-1].end]), body: true}, true
	}
	return speaker{}, false
}

// unprovenSubject reports a subject [f, e) before a speech verb that ends
// in a name nothing but capitals makes a person's, the capitals before it
// part of the same name: no known given name, no title nor honorific, no
// gender, every mention the same words, a single word always after the
// same capitalised word ("BC Hydro said …", "Severn Vale Water said …",
// "the Association of Flight Attendants called …"); no object of a
// preposition ("freed from Guantanamo Bay telling them") nor owned
// ("Channel 4's Anna Berg"). Before "the utility said" or "it said", such a
// subject is the body.
func (a *analysis) unprovenSubject(f, e int) bool {
	toks := a.d.toks
	m0 := a.mentions[a.personAt[e-1]]
	p := a.people[m0.person]
	if toks[f].lower == "the" {
		f++
	}
	if m0.lim != e || f > 0 && (objectOfPreposition(toks[f-1].lower) || toks[f-1].lower == "'s") {
		return false
	}
	// the body's name may run on before the mention: "the Association of
	// Flight Attendants", "Greater Clark County Schools"
	for k := f; k < m0.first; k++ {
		if !(toks[k].cap && toks[k].kind == tWord || connectors.hasToken(&toks[k]) && k > f) || a.personAt[k] >= 0 {
			return false
		}
	}
	if p.given || p.titled || p.gender != 0 || a.chained[p] != 0 {
		return false
	}
	for _, i := range p.mentionIdx {
		m := a.mentions[i]
		if m.lim-m.first != len(p.words) || len(p.words) == 1 && (m.first == 0 || !toks[m.first-1].cap ||
			toks[m.first-1].kind != tWord || toks[m.first-1].text != toks[m0.first-1].text) {
			return false
		}
	}
	return true
}

// apposedBodyBefore reads a body's name set off by commas between a
// lower-case noun and the speech verb at v: "The operator, Channel Link
// Ferries, said", "The ship's manager, Aegean Dry Bulk, said". It returns
// the name's first token and its end; no person's name is such a body.
func (a *analysis) apposedBodyBefore(v int) (int, int, bool) {
	toks := a.d.toks
	b := v - 1
	if b < 3 || toks[b].text != "," {
		return 0, 0, false
	}
	f := b
	for f > 0 && b-f < 6 && (toks[f-1].cap && toks[f-1].kind == tWord || connectors.hasToken(&toks[f-1]) && f < b) {
		f--
	}
	if f == b || f < 2 || toks[f-1].text != "," || toks[f-2].cap || toks[f-2].kind != tWord || toks[f].sent != toks[v].sent {
		return 0, 0, false
	}
	for k := f; k < b; k++ {
		if a.personAt[k] >= 0 {
			return 0, 0, false
		}
	}
	// a place may open a body's name ("Aegean Dry Bulk"), not be all of it
	if pi := a.placeAt[f]; pi >= 0 && a.places[pi].lim >= b {
		return 0, 0, false
	}
	return f, b, b-f >= 2 && a.namesBody(f, b)
}

// namesBody reports a phrase [f, e) that names a body rather than a person
// or a thing: capitalised words after an optional "the", possibly ending in
// a noun for a body ("the US military", "Clearwater police"); not "Bomb
// threats", "Chinese official" or "cover Suncor's".
func (a *analysis) namesBody(f, e int) bool {
	toks := a.d.toks
	the := toks[f].lower == "the"
	if the {
		f++
	}
	if f >= e || !toks[f].cap && !(the && e-f == 1 && a.quoteClass(f, qcBodyNoun)) || !toks[e-1].cap && a.personNoun(e-1) && !a.quoteClass(e-1, qcBodyNoun) {
		return false // but "the army said" is a body
	}
	if !toks[f].cap {
		return true
	}
	// one word names a body only as a known body or an acronym, not "Story"
	if e-f == 1 && a.orgAt[f] < 0 && !isAcronym(toks[f].text) {
		return false
	}
	for k := f; k < e; k++ {
		t := toks[k]
		switch {
		case t.cap, t.kind == tNum:
		case connectors.hasToken(&t) && k > f && k < e-1:
		case t.lower == "'s" && k > f && k < e-1: // "Mali's army"
		case k > f && k < e-1 && a.nameApostrophe(k): // "the Actors' Equity Association"
		case bodyNouns.hasToken(&t) && k == e-1:
		default:
			return false
		}
	}
	return true
}

// expandAcronym finds the name an acronym stands for in the article before
// byte offset before, by
// the initials of its capitalised words ("EDC": "Export Development
// Canada"; "IRCC": "Immigration, Refugees and Citizenship Canada"), else
// returns the acronym.
func (a *analysis) expandAcronym(acr string, before int) string {
	if a.expansions == nil {
		a.expansions = map[string][2]int{}
	}
	e, ok := a.expansions[acr]
	if !ok {
		e[0], e[1] = a.firstExpansion(acr)
		a.expansions[acr] = e
	}
	if e[0] < 0 || int(a.d.toks[e[0]].start) >= before {
		return acr
	}
	return a.d.text[a.d.toks[e[0]].start:a.d.toks[e[1]-1].end]
}

// firstExpansion returns the token range [k, j) of the first name in the
// article whose capitalised words have acr's initials, or -1. Only words
// with acr's first letter are tried, from an index built once.
func (a *analysis) firstExpansion(acr string) (int, int) {
	toks := a.d.toks
	for _, k32 := range a.capitalsByInitial()[acr[0]] {
		k := int(k32)
		if toks[k].text == acr {
			continue
		}
		j, n := k, 0
		for j < len(toks) && n < len(acr) && toks[j].para == toks[k].para {
			t := toks[j]
			switch {
			case t.cap && t.kind == tWord && !isAcronym(t.text) && t.text[0] == acr[n]:
				n++
			case n > 0 && (connectors.hasToken(&t) || t.text == ","):
			default:
				n = -1
			}
			if n < 0 {
				break
			}
			j++
		}
		if n == len(acr) && (j >= len(toks) || !toks[j].cap || toks[j].kind != tWord) {
			return k, j
		}
	}
	return -1, -1
}

// capitalsByInitial indexes the capitalised words by their first byte, in
// text order.
func (a *analysis) capitalsByInitial() *[256][]int32 {
	if a.capsByInitial == nil {
		a.capsByInitial = new([256][]int32)
		for k, t := range a.d.toks {
			if t.cap && t.kind == tWord {
				a.capsByInitial[t.text[0]] = append(a.capsByInitial[t.text[0]], int32(k))
			}
		}
	}
	return a.capsByInitial
}

// institutionWord reports a word for an institution that ends a body's
// name: "Association", "Commission", "Prison".
func (a *analysis) institutionWord(w string) bool {
	b, ok := a.lx.bodyWords[w]
	return ok && (b.kind == "state" || b.kind == "body" || b.kind == "company" || b.kind == "media")
}

// officialCountry is the country reported for a person's role.
func (a *analysis) officialCountry(p *person) string {
	if p.role == nil {
		return ""
	}
	return p.role.country
}

// kinOpener reports a sentence opened, up to the comma at c, by a
// relative of someone named: "Tavakoli's wife, Shirin Tavakoli, said",
// "His daughter, Ana Ruiz, said".
func (a *analysis) kinOpener(first, c int) bool {
	toks := a.d.toks
	if c-1 <= first || a.lx.kin[strings.TrimPrefix(strings.TrimPrefix(toks[c-1].lower, "great-"), "great-")] == 0 {
		return false // "His great-uncle," is kin as "His uncle," is
	}
	for k := first; k < c-1; k++ {
		if t := toks[k]; !t.cap && t.lower != "'s" && !possessivePronoun(t.lower) {
			return false
		}
	}
	return true
}

// titledSubject reports a name set off by commas after the title that
// opens its sentence, before the verb: "The Labour MP for Lewisham East,
// Janet Okoro-Daly, said she had written to ...".
func (a *analysis) titledSubject(m personMention, first int) bool {
	toks := a.d.toks
	if m.prefix < 1 || toks[m.prefix-1].text != "," || m.lim+1 >= len(toks) || toks[m.lim].text != "," {
		return false
	}
	opened := false
	for _, r := range a.people[m.person].roles {
		if r.rule != ruleTitleComma || r.at != m.first || r.titleLo < first {
			continue
		}
		// only "the", capitalised words (a party, a state) and an owner's
		// "'s" or "her" before the title: "Wendland's finance minister, NAME,"
		opened = true
		for k := first; k < r.titleLo; k++ {
			if t := toks[k]; t.lower != "the" && !t.cap && t.lower != "'s" && !possessivePronoun(t.lower) {
				opened = false
			}
		}
	}
	if !opened && !a.kinOpener(first, m.prefix-1) {
		return false
	}
	v := m.lim + 1
	if toks[v].kind == tNum && v+2 < len(toks) && toks[v+1].text == "," {
		v += 2 // "His great-uncle, David Brathwaite, 56, said": past the age
	}
	if toks[v].lower == "who" {
		// "NAME, who will lead the talks, said": past the relative clause
		if v = a.skipApposition(m.lim); v == m.lim || v >= len(toks) {
			return false
		}
	}
	n := toks[v]
	return n.kind == tWord && !n.cap && (a.quoteBits(v)&(qcSpeech|qcAuxAdverb) != 0 || !notVerbAfterName.hasToken(&n))
}
