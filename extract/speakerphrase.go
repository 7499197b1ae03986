package extract

import (
	"strconv"
	"strings"
)

// A speaker phrase ("Rubio", "the ministry", "his lawyer", "the letter")
// is resolved by an ordered table of small rules, the first that decides
// wins: a rule accepts the phrase with a speaker, rejects it as no speaker,
// or passes it on to the next.

type npVerdict uint8

const (
	npPass npVerdict = iota
	npAccept
	npReject
)

// npPhrase is a speaker phrase, tokens [f, l), attributing the quote that
// opens at token at.
type npPhrase struct {
	f, l, at    int
	first, last token
	raw         string // the phrase as written, without its determiner
	det         bool   // opens with "the", "a" or "an"
	ppl         []int  // people named in it, in order
	possessive  int    // the "'s" after the one person named, or -1
}

// npRules are tried in order.
var npRules = []struct {
	name  string
	match func(a *analysis, p *npPhrase) (speaker, npVerdict)
}{
	{"pronoun", (*analysis).npPronoun},
	{"owned-unit", (*analysis).npOwnedUnit},
	{"named-people", (*analysis).npPeople},
	{"former-latter", (*analysis).npFormerLatter},
	{"witness-named-after", (*analysis).npWitnessNamedAfter},
	{"name-of-body", (*analysis).npNameOfBody},
	{"contraction", (*analysis).npContraction},
	{"part-of-group", (*analysis).npPartOfGroup},
	{"self-named-group", (*analysis).npSelfNamedGroup},
	{"one-described", (*analysis).npOneDescribed},
	{"pronoun-like", (*analysis).npPronounLike},
	{"age-described-person", (*analysis).npAgeDescribed},
	{"kin-epithet", (*analysis).npKinEpithet},
	{"no-noun-at-end", (*analysis).npNoNounAtEnd},
	{"trailing-name", (*analysis).npTrailingName},
	{"place-or-clause", (*analysis).npPlaceOrClause},
	{"owner-document", (*analysis).npOwnerDocument},
	{"issued-document", (*analysis).npIssuedDocument},
	{"document", (*analysis).npDocument},
	{"relative", (*analysis).npRelative},
	{"owned-introduced", (*analysis).npOwnedIntroduced},
	{"court-side", (*analysis).npCourtSide},
	{"body-noun", (*analysis).npBodyNoun},
	{"governing-body", (*analysis).npGoverningBody},
	{"body-spokesman", (*analysis).npBodySpokesman},
	{"named-group", (*analysis).npNamedGroup},
	{"place-owned-role", (*analysis).npPlaceOwnedRole},
	{"state-national", (*analysis).npStateNational},
	{"indefinite-role-since", (*analysis).npIndefiniteRoleSince},
	{"role-noun", (*analysis).npRoleNoun},
	{"role-with-complement", (*analysis).npRoleWithComplement},
	{"lead-named-next", (*analysis).npLeadNamedNext},
	{"apposed-noun", (*analysis).npApposedNoun},
	{"described-person", (*analysis).npDescribedPerson},
	{"described-anaphor", (*analysis).npDescribedAnaphor},
	{"owned-body-name", (*analysis).npOwnedBodyName},
	{"state-owned-of-name", (*analysis).npStateOwnedOfName},
	{"placed-person", (*analysis).npPlacedPerson},
	{"description", (*analysis).npDescription},
}

// resolveNP turns the speaker phrase [f, l) into a speaker. at is the token of
// the quote it attributes, for pronouns.
func (a *analysis) resolveNP(f, l, at int) (speaker, bool) {
	if f >= l || l-f > 12 {
		return speaker{}, false
	}
	if t := a.d.toks[l-1]; l-f >= 2 && t.kind == tWord && !t.cap && strings.HasSuffix(t.lower, "ed") && a.d.toks[l-2].cap {
		l-- // "Uber stepped in and tweeted": the subject before its first verb
	}
	p := a.npRoom.take()
	defer a.npRoom.give(p)
	a.newPhrase(p, f, l, at)
	for i := range npRules {
		r := &npRules[i] // read in place, no copy a rule
		sp, v := r.match(a, p)
		if v != npPass && a.trace != nil {
			a.trace("np/" + r.name)
		}
		switch v {
		case npAccept:
			return sp, true
		case npReject:
			return speaker{}, false
		}
	}
	return speaker{}, false
}

// newPhrase fills p with the speaker phrase [f, l) of the quote at token
// at, keeping the room of p.ppl.
func (a *analysis) newPhrase(p *npPhrase, f, l, at int) {
	toks := a.d.toks
	*p = npPhrase{f: f, l: l, at: at, first: toks[f], last: toks[l-1], possessive: -1, ppl: p.ppl[:0]}
	for k := f; k < l; k++ {
		if mi := a.personAt[k]; mi >= 0 && a.personLike(a.people[a.mentions[mi].person]) {
			pi := a.mentions[mi].person
			if len(p.ppl) == 0 || p.ppl[len(p.ppl)-1] != pi {
				p.ppl = append(p.ppl, pi)
			}
			k = a.mentions[mi].lim - 1
			if k+1 < l && toks[k+1].lower == "'s" {
				p.possessive = k + 1
			}
		}
	}
	p.raw = trimModifiers(trimDeterminer(strings.TrimSpace(a.d.text[p.first.start:p.last.end])))
	p.det = p.first.lower == "the" || p.first.lower == "a" || p.first.lower == "an"
}

// npPronoun: "he" and "she" are the person in focus; "it" and "they" the
// body (or the people) last speaking; "I", "we" and the like are nobody.
func (a *analysis) npPronoun(p *npPhrase) (speaker, npVerdict) {
	if p.l-p.f != 1 {
		return speaker{}, npPass
	}
	w := p.first.lower
	if g, ok := personPronouns()[w]; ok {
		if per := a.kinSubjectOfSurname(g, min(p.f, p.at)); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "Her father ... shook his head. "…," he said": Maria Neves's father
		}
		if per := a.resolvePronoun(g, p.f); per != nil {
			return a.personSpeaker(per, p.f), npAccept
		}
		if s, ok := a.kinSubjectBefore(g, p.f); ok {
			return s, npAccept // "Hale's wife stood beside him. "…," she said."
		}
		if s, ok := a.indefiniteSpeakerBefore(g, min(p.f, p.at)); ok {
			return s, npAccept // "A nurse at the clinic said … "…," she said."
		}
		if per := a.namedAfter(g, p.f); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "a woman … "…," she said. The woman, Rosa Almeida, …"
		}
		if s, ok := a.describedVoiceBefore(g, p.f, p.at); ok {
			return s, npAccept // ""…," said a police spokeswoman. "…," she added."
		}
		if s, ok := a.genderedSubjectBefore(g, min(p.f, p.at)); ok {
			return s, npAccept // "A police spokeswoman met the families. "…," she said."
		}
		return speaker{}, npReject
	}
	switch w {
	case "it", "they":
		if w == "they" {
			if s, ok := a.joinedSubject(p.f); ok {
				return s, npAccept
			}
			if s, ok := a.groupSubjectBefore(p.f); ok {
				return s, npAccept // "Prosecutors said ... "…," they said"
			}
		}
		s, tok, ok := a.resolveBodyTok(p.f)
		if w == "it" {
			if d, k, dok := a.issuedDocumentBefore(p.f); dok && (!ok || k > tok) {
				return d, npAccept // "Thirty farmers signed a letter. "…," it stated."
			}
		}
		if ok {
			return s, npAccept
		}
		if w == "they" {
			if per := a.resolvePronoun(0, p.f); per != nil {
				return a.personSpeaker(per, p.f), npAccept
			}
		}
		return speaker{}, npReject
	case "i", "we", "you", "this", "that", "there", "what", "which", "who":
		return speaker{}, npReject
	}
	return speaker{}, npPass
}

// npPeople: a phrase that names people is theirs: "Rubio", "Prime Minister
// Tony Blair's official spokesman", "Lord Justice Rix and Mr Justice
// Forbes", "Carolina coach Rod Brind'Amour".
func (a *analysis) npPeople(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	switch {
	case len(p.ppl) == 1 && p.possessive >= 0 && p.possessive+1 < p.l:
		// not "Donald Trump's flurry of late-night tweets"
		if k := a.roleKind(p.l - 1); k != rHead && k != rWeak && !humanNouns.hasToken(&p.last) && a.lx.kin[p.last.lower] == 0 {
			return speaker{}, npReject
		}
		per := a.people[p.ppl[0]]
		if kin := a.ownersKin(per, p); kin != nil {
			return a.personSpeaker(kin, p.f), npAccept // "Shannon Bird's mother" after "Loretta Bird, the victims' mother,"
		}
		return speaker{name: per.name + "'s " + a.d.text[toks[p.possessive+1].start:p.last.end], body: true}, npAccept
	case len(p.ppl) == 1 && a.personNounBefore(p):
		// "a spokesman for Prime Minister Tony Blair" is the spokesman
		return speaker{name: p.raw, body: true}, npAccept
	case len(p.ppl) == 1 && a.bodyOfName(p):
		// "the Catholic Diocese of Lexford": a body named after a place or person
		return speaker{name: p.raw, body: true}, npAccept
	case len(p.ppl) == 1 && a.firmNamedFrom(a.people[p.ppl[0]]) != "":
		// "Cairn said" after "Cairn Energy": the firm, by its fuller name
		return speaker{name: a.firmNamedFrom(a.people[p.ppl[0]]), body: true}, npAccept
	case len(p.ppl) == 1:
		return a.personSpeaker(a.people[p.ppl[0]], p.f), npAccept
	case len(p.ppl) > 1 && a.hasWord(p.f, p.l, "and"):
		return speaker{name: p.raw, body: true}, npAccept
	case len(p.ppl) > 1 && a.ofSecond(p):
		// "Jun Okabe of Kelso Capital"
		return a.personSpeaker(a.people[p.ppl[0]], p.f), npAccept
	case len(p.ppl) > 1:
		return a.personSpeaker(a.people[p.ppl[len(p.ppl)-1]], p.f), npAccept
	}
	return speaker{}, npPass
}

// ownersKin is the person the article introduced as the relative that
// "NAME's KIN" names, when the two share a surname and the introduction's
// owner fits the name: a lower-case owner ("Loretta Bird, the victims'
// mother," for "Shannon Bird's mother") or a pronoun ("her mother"). An
// introduction that names another owner, a relative of another surname
// ("Ann Lee, the suspect's mother" for "Tom Hale's mother") or the owner
// itself is none.
func (a *analysis) ownersKin(owner *person, p *npPhrase) *person {
	if w := p.last.lower; a.lx.kin[w] == 0 || p.l-p.possessive != 2 || w == "family" || plural(w) {
		return nil // "Smith's family" is a group, not the one relative introduced
	}
	toks := a.d.toks
	kin, from := a.kinIntroduction(p.last.lower, p.f)
	if kin == nil || kin == owner || from < 0 || !sameSurname(kin.name, owner.name) ||
		strings.HasSuffix(kin.name, owner.name) || strings.HasSuffix(owner.name, kin.name) {
		return nil
	}
	for k := from + 1; k < len(toks) && toks[k].lower != p.last.lower; k++ {
		if toks[k].kind == tWord && toks[k].cap {
			return nil // another named owner
		}
	}
	return kin
}

// sameSurname reports two names whose last words agree, folding case.
func sameSurname(x, y string) bool {
	fx, fy := strings.Fields(x), strings.Fields(y)
	return len(fx) > 1 && len(fy) > 1 && strings.EqualFold(fx[len(fx)-1], fy[len(fy)-1])
}

// ofSecond reports a phrase whose second name follows "of" or "at": the
// first is a person, the second the body they work for.
func (a *analysis) ofSecond(p *npPhrase) bool {
	seen := false
	for k := p.f; k < p.l; k++ {
		if mi := a.personAt[k]; mi >= 0 {
			m := a.mentions[mi]
			if seen {
				w := a.d.toks[m.prefix-1].lower
				return w == "of" || w == "at"
			}
			seen = true
			k = m.lim - 1
		}
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// npNameOfBody: "Jingyi Pan of IG", "Lena Ortiz at the University of
// Leeds": a name of two or three words before "of" or "at" is the person.
func (a *analysis) npNameOfBody(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	k := p.f
	for k < p.l && k < p.f+3 && a.isNameWord(k) && a.placeAt[k] < 0 && a.orgAt[k] < 0 && !a.titleWordAt(k) && !a.bodyWordAt(k) {
		k++
	}
	if k-p.f < 2 || k >= p.l || toks[k].lower != "of" && toks[k].lower != "at" {
		return speaker{}, npPass
	}
	return speaker{name: a.d.text[p.first.start:toks[k-1].end], named: true}, npAccept
}

// personNounBefore reports a phrase in which a noun for a person comes
// after a determiner and before "for" or "of" and the one name right after
// it: "a spokesman for Tony Blair", not "minister of infrastructure Amarjeet
// Sohi" or "Secretary of State Mike Pompeo".
func (a *analysis) personNounBefore(p *npPhrase) bool {
	toks := a.d.toks
	for k := p.f; k < p.l; k++ {
		mi := a.personAt[k]
		if mi < 0 {
			continue
		}
		b := a.mentions[mi].prefix - 1
		if b <= p.f || toks[b].lower != "for" && toks[b].lower != "of" {
			return false
		}
		// a described person opens with a determiner; a title does not:
		// "Secretary of State Mike Pompeo"
		if !p.det && !possessivePronoun(p.first.lower) {
			return false
		}
		for j := p.f; j < b; j++ {
			if !toks[j].cap && a.personNoun(j) || a.roleKind(j) == rHead || a.roleKind(j) == rWeak {
				return true // "a spokesman for", "the High Commissioner for Human Rights"
			}
		}
		return false
	}
	return false
}

// bodyOfName reports a phrase that names a body "of" the one name in it:
// "the Diocese of Lexford", "University of Toronto".
func (a *analysis) bodyOfName(p *npPhrase) bool {
	toks := a.d.toks
	for k := p.f + 2; k < p.l; k++ {
		if a.personAt[k] >= 0 && a.personAt[k-1] < 0 {
			return toks[k-1].lower == "of" && (a.institutionWord(toks[k-2].lower) || toks[k-2].cap && a.roleKind(k-2) == 0)
		}
	}
	return false
}

// npContraction: "I’m", "We're" are no speakers.
func (a *analysis) npContraction(p *npPhrase) (speaker, npVerdict) {
	if isPronounContraction(p.first.text) {
		return speaker{}, npReject
	}
	return speaker{}, npPass
}

// npPartOfGroup: "one of the players", "some of the residents".
func (a *analysis) npPartOfGroup(p *npPhrase) (speaker, npVerdict) {
	w := p.first.lower
	if (w == "one" || w == "some" || w == "many") && p.l-p.f > 2 && a.d.toks[p.f+1].lower == "of" {
		return speaker{name: p.raw, body: true}, npAccept
	}
	return speaker{}, npPass
}

// npOneDescribed: "one senior administration official", "one veteran of
// the projects" is one person described, as with "a".
func (a *analysis) npOneDescribed(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower == "one" && p.l-p.f >= 2 && a.hasPersonNoun(p.f+1, p.l) {
		return speaker{name: p.raw, body: true}, npAccept
	}
	return speaker{}, npPass
}

// npPronounLike: "some", "others", "both" name nobody in particular.
func (a *analysis) npPronounLike(p *npPhrase) (speaker, npVerdict) {
	if a.isPronounLike(p.first.lower) && !(p.first.cap && p.l-p.f >= 2 && a.isNameWord(p.f+1)) {
		return speaker{}, npReject // but "He Jianxiong" is a name
	}
	return speaker{}, npPass
}

// npNoNounAtEnd: a phrase must end on a noun or a name, not "stripping
// out a", "as a".
func (a *analysis) npNoNounAtEnd(p *npPhrase) (speaker, npVerdict) {
	if p.last.kind != tWord || npFunctionWords.hasToken(&p.last) || isAdverb(p.last) {
		return speaker{}, npReject
	}
	return speaker{}, npPass
}

// npTrailingName: "University of the Fraser Valley political scientist
// Hamish Telford": a name at the end of a description is the speaker.
func (a *analysis) npTrailingName(p *npPhrase) (speaker, npVerdict) {
	if r := a.trailingName(p.f, p.l); r > p.f {
		return speaker{name: a.d.text[a.d.toks[r].start:p.last.end], named: true}, npAccept
	}
	return speaker{}, npPass
}

// npPlaceOrClause: "Winston Churchill Square" is a place, and "the general
// message the Conservatives" a clause, not a speaker.
func (a *analysis) npPlaceOrClause(p *npPhrase) (speaker, npVerdict) {
	if a.lx.placeNouns[p.last.lower] {
		return speaker{}, npReject
	}
	for k := p.f + 1; k < p.l; k++ {
		if w := a.d.toks[k].lower; (w == "the" || w == "a" || w == "an") && !connectors.hasToken(&a.d.toks[k-1]) && a.d.toks[k-1].lower != "'s" {
			return speaker{}, npReject
		}
	}
	return speaker{}, npPass
}

// npOwnerDocument: "her statement said", "his letter reads": the text of
// the person the pronoun stands for.
func (a *analysis) npOwnerDocument(p *npPhrase) (speaker, npVerdict) {
	w := p.first.lower
	if p.l-p.f != 2 || !a.lx.documents[p.last.lower] || (w != "his" && w != "her") {
		return speaker{}, npPass
	}
	g := byte('M')
	if w == "her" {
		g = 'F'
	}
	if per := a.resolvePronoun(g, p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}

// npDocument: "the statement said" speaks for the body that issued it; "a
// Clearwater police news release" for the body written before it.
func (a *analysis) npDocument(p *npPhrase) (speaker, npVerdict) {
	if !a.lx.documents[p.last.lower] {
		return speaker{}, npPass
	}
	if s, ok := a.documentAuthor(p.l, p.at); ok {
		return s, npAccept
	}
	e := p.l - 1
	for e > p.f && (a.lx.documents[a.d.toks[e-1].lower] || a.d.toks[e-1].lower == "news" || a.d.toks[e-1].lower == "press") {
		e--
	}
	if e < p.l-1 && e > p.f && a.anyCap(p.f, e) && a.personAt[e-1] < 0 {
		if o, ok := a.orgAtTok(e - 1); ok {
			return speaker{name: a.lx.orgs[o.org].Name, body: true}, npAccept
		}
		if name := trimDeterminer(strings.TrimSpace(a.d.text[p.first.start:a.d.toks[e-1].end])); name != "" {
			return speaker{name: name, body: true}, npAccept
		}
	}
	// "the Electoral Commission, which …, issued a statement warning":
	// the document of the sentence's subject
	if v := p.f - 1; v > 0 && (authorVerbs.hasToken(&a.d.toks[v]) || a.d.toks[v].lower == "issued") && a.d.toks[v].sent == a.d.toks[p.f].sent {
		if s, ok := a.issuerOf(v); ok {
			return s, npAccept
		}
	}
	if s, ok := a.resolveBody(p.f); ok {
		return s, npAccept
	}
	if s, ok := a.documentByBefore(p.f); ok {
		return s, npAccept
	}
	if s, ok := a.documentSpokenIn(p.last.lower, p.f); ok {
		return s, npAccept
	}
	return speaker{}, npReject
}

// documentSpokenIn finds who spoke in the document that "the post read"
// names, from where the article wrote of it before, within three
// paragraphs, in a sentence with a speech verb: "Jason Kell stated in the
// company's blog post that …" makes Jason Kell the post's speaker.
func (a *analysis) documentSpokenIn(noun string, at int) (speaker, bool) {
	toks := a.d.toks
	for k := at - 1; k > 0 && toks[at].para-toks[k].para <= 3; k-- {
		if toks[k].lower != noun || a.quoteAt[k] >= 0 {
			continue
		}
		s := a.d.sents[toks[k].sent]
		for v := s.first; v < k; v++ {
			if a.quoteClass(v, qcSpeech) && !toks[v].cap && a.quoteAt[v] < 0 && a.verbUse(v) {
				return a.subjectNamed(s.first, v)
			}
		}
		if toks[s.first].lower == "in" {
			return a.openerDocumentSpeaker(k, s.lim)
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// openerDocumentSpeaker reads the speaker of a document that an opening
// phrase names ("In a sworn statement read to the court, a former finance
// officer, Lerato Mokoena, said"): the person named right before the
// first speech verb after the document, with the commas of an apposition;
// "In a letter to Ann Lee, the council said" names its addressee, no
// speaker.
func (a *analysis) openerDocumentSpeaker(k, lim int) (speaker, bool) {
	toks := a.d.toks
	// past the opener's comma: "read to the court" speaks of the document
	for k < lim && toks[k].text != "," {
		k++
	}
	for v := k + 1; v < lim; v++ {
		if !a.quoteClass(v, qcSpeech) || toks[v].cap || a.quoteAt[v] >= 0 || !a.verbUse(v) {
			continue
		}
		e := v
		if e > k+1 && toks[e-1].text == "," {
			e--
		}
		if per := a.nameEndingAt(e); per != nil {
			return a.personSpeaker(per, e-1), true
		}
		return a.selfNamedBefore(v, k) // "a spokesperson, who uses the name Sameer, said"
	}
	return speaker{}, false
}

// subjectNamed is the first person, else body, named in [f, v): the
// subject of a speech verb at v with the words before it.
func (a *analysis) subjectNamed(f, v int) (speaker, bool) {
	for j := f; j < v; j++ {
		if mi := a.personAt[j]; mi >= 0 {
			return a.personSpeaker(a.people[a.mentions[mi].person], j), true
		}
		if o, ok := a.orgAtTok(j); ok {
			return speaker{name: a.lx.orgs[o.org].Name, body: true}, true
		}
	}
	return speaker{}, false
}

// documentByBefore finds the author of the document an article introduced
// before token at as "a report by the railway company" or "a study by the
// Rideau Institute", within three paragraphs: "the report said" speaks
// for it.
func (a *analysis) documentByBefore(at int) (speaker, bool) {
	toks := a.d.toks
	for k := at - 1; k > 0 && toks[at].para-toks[k].para <= 3; k-- {
		if k+2 >= at || toks[k+1].lower != "by" || !a.quoteClass(k, qcDocument) || a.quoteAt[k] >= 0 {
			continue
		}
		f := k + 2
		l := min(a.npForward(f), at)
		// the name ends at its last capitalised word or noun for a body,
		// not in the verb and object that follow it
		for l > f+1 && !toks[l-1].cap && !a.quoteClass(l-1, qcBodyNoun) {
			l--
		}
		if l <= f {
			continue
		}
		if o, ok := a.orgAtTok(l - 1); ok {
			return speaker{name: a.lx.orgs[o.org].Name, body: true}, true
		}
		if a.namesBody(f, l) {
			return speaker{name: trimDeterminer(a.d.text[toks[f].start:toks[l-1].end]), body: true}, true
		}
		if !toks[l-1].cap && a.quoteClass(l-1, qcBodyNoun) {
			// "the railway company": the body named with a word of the
			// phrase, its modifiers first
			for j := f; j < l; j++ {
				if w := toks[j].lower; !toks[j].cap && toks[j].kind == tWord && !npDeterminers.has(w) {
					if s, ok := a.bodyByNoun(w, f); ok {
						return s, true
					}
				}
			}
		}
	}
	return speaker{}, false
}

// issuerOf reads the subject of the verb at token v that issued a
// document: a body or a person that opens the clause, past auxiliaries
// and adverbs ("The ministry later issued", "has also issued").
func (a *analysis) issuerOf(v int) (speaker, bool) {
	toks := a.d.toks
	start := a.d.sents[toks[v].sent].first
	v = a.skipAuxBack(v, start)
	if mi := a.personAt[v-1]; mi >= 0 {
		return a.personSpeaker(a.people[a.mentions[mi].person], v-1), true
	}
	if f := a.npBackward(v, start); f < v && a.namesBody(f, v) {
		return speaker{name: trimDeterminer(a.d.text[toks[f].start:toks[v-1].end]), body: true}, true
	} else if f < v && !toks[v-1].cap && a.quoteClass(v-1, qcBodyNoun) {
		// "the foreign ministry's consular office published": a body
		// described, written as the article words it
		if toks[f].lower == "the" && v-f > 1 {
			return speaker{name: trimDeterminer(a.d.text[toks[f].start:toks[v-1].end]), body: true}, true
		}
	}
	if b := a.appositionBack(v, start); b < v {
		if f := a.npBackward(b, start); f < b && a.namesBody(f, b) {
			return speaker{name: trimDeterminer(a.d.text[toks[f].start:toks[b-1].end]), body: true}, true
		}
	}
	return a.groupIssuer(v, start)
}

// documentAuthor reads "released by the Prime Minister's Office" or "from
// the Kenya Private Sector Alliance" after a document at token k: the body
// or person who issued it. "Obtained by" or "seen by" name a reader, not
// an author.
func (a *analysis) documentAuthor(k, at int) (speaker, bool) {
	toks := a.d.toks
	f := k + 2
	switch {
	case k+1 < len(toks) && toks[k].lower == "from":
		f = k + 1
	case k+2 >= len(toks) || !authorVerbs.hasToken(&toks[k]) || toks[k+1].lower != "by":
		return speaker{}, false
	}
	l := a.npForward(f)
	if l <= f {
		return speaker{}, false
	}
	if mi := a.personAt[l-1]; mi >= 0 {
		return a.personSpeaker(a.people[a.mentions[mi].person], f), true
	}
	if o, ok := a.orgAtTok(l - 1); ok {
		return speaker{name: a.lx.orgs[o.org].Name, body: true}, true
	}
	if a.namesBody(f, l) {
		return speaker{name: trimDeterminer(a.d.text[toks[f].start:toks[l-1].end]), body: true}, true
	}
	// "the letter signed by nine doctors": people described, not named
	if !toks[l-1].cap && a.personNoun(l-1) {
		return speaker{name: trimDeterminer(a.d.text[toks[f].start:toks[l-1].end]), body: true}, true
	}
	return speaker{}, false
}

// authorVerbs name who issued a document: "a statement released by".
var authorVerbs = wordList("author-verb")

// npRelative: "her mother", "the father" is a relative of someone, not the
// person in focus: the person the article introduces as such ("her mother,
// Ann Lee"), else the description.
func (a *analysis) npRelative(p *npPhrase) (speaker, npVerdict) {
	if a.lx.kin[p.last.lower] == 0 || (p.l-p.f > 3 || !(p.det || possessivePronoun(p.first.lower))) && !a.ownedKin(p) {
		return speaker{}, npPass
	}
	if per := a.personWithKin(p.last.lower, p.at); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	if per := a.otherChildFor(p); per != nil {
		return a.personSpeaker(per, p.f), npAccept // "Mrs Walsh's other daughter, NAME, ... her sister said"
	}
	if per := a.kinOfSurname(p.f, p.l-1, p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept // "Maria Neves ... her father said": the one Neves who is a man
	}
	given := a.kinGivenName(p.l - 1) // "Her husband, Peter, added:"
	if given == "" {
		given = a.kinGivenNameBefore(p.last.lower, p.f) // "Her husband, Peter, ... her husband said"
	}
	if given != "" {
		return speaker{name: given, named: true}, npAccept
	}
	name := p.raw
	if possessivePronoun(p.first.lower) {
		name = strings.TrimSpace(a.d.text[p.first.start:p.last.end])
	}
	return speaker{name: name, body: true}, npAccept
}

// ownedKin reports a relative named through an owner's "'s": "the
// victim's sister", "the girl's grandmother", "Destiny's mother", "Karen
// Doyle's husband"; the owner is a noun with "the" or a name.
func (a *analysis) ownedKin(p *npPhrase) bool {
	toks := a.d.toks
	s := p.l - 2
	if s <= p.f || toks[s].lower != "'s" || p.l-p.f > 5 {
		return false
	}
	if p.first.lower == "the" {
		for k := p.f + 1; k < s; k++ {
			if toks[k].kind != tWord || toks[k].cap {
				return false // "the dead man's uncle"; not "the Smith family's lawyer"
			}
		}
		return s > p.f+1
	}
	if s == p.f+1 && toks[p.f].cap && toks[p.f].kind == tWord && a.placeAt[p.f] < 0 && a.orgAt[p.f] < 0 {
		return true // "Destiny's mother": a given name the people pass did not take
	}
	return p.possessive == s && len(p.ppl) == 1 && a.personAt[p.f] >= 0
}

// npOwnedIntroduced: "his predecessor replied" is the person the article
// introduced with that phrase ("his predecessor, Tom Reed,"), as for a
// relative; otherwise the phrase is left to the rules after.
func (a *analysis) npOwnedIntroduced(p *npPhrase) (speaker, npVerdict) {
	if p.l-p.f != 2 || !possessivePronoun(p.first.lower) || p.last.cap || p.last.kind != tWord {
		return speaker{}, npPass
	}
	if per := a.personWithKin(p.last.lower, p.at); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}

// npBodyNoun: "the company", "the commission" is the body of that kind
// named last.
func (a *analysis) npBodyNoun(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower != "the" || !bodyNouns.hasToken(&p.last) {
		return speaker{}, npPass
	}
	if f, e, ok := a.bodyAfterApposition(p.l - 1); ok {
		return speaker{name: a.d.text[a.d.toks[f].start:a.d.toks[e].end], body: true}, npAccept // "The committee, known as CONI, said"
	}
	if name := a.bodyWrittenAs(p.f+1, p.l); name != "" {
		return speaker{name: name, body: true}, npAccept // "the national Olympic committee" of "the National Olympic Committee of Kenya"
	}
	if p.l-p.f > 3 {
		return speaker{}, npPass
	}
	if s, ok := a.bodyJustSaying(p); ok && !a.otherBodyThanNamed(p, s) {
		return s, npAccept
	}
	if s, ok := a.kindredBodyBefore(p); ok {
		return s, npAccept // "president of the Police Officers' Association, said the union …. the union said"
	}
	if s, ok := a.bodyByNoun(p.last.lower, p.f); ok && !a.otherBodyThanNamed(p, s) {
		return s, npAccept
	}
	// "BC Hydro said in a statement … the utility said": a noun for a kind
	// of organisation stands for the body that spoke last
	kinds := a.lx.bodyNounKinds[p.last.lower]
	said, saidTok, saidOK := speaker{}, -1, false
	if len(kinds) > 0 {
		if s, tok, ok := a.lastBodySaying(p.f); ok && a.d.toks[p.f].para-a.d.toks[tok].para <= 4 && !a.otherKindOfBody(s.name, p.last.lower) {
			said, saidTok, saidOK = s, tok, true
		}
	}
	// "welcomed by Families for Justice Canada, which has campaigned …
	// "…," the group said": a name that "which" follows is a body, nearer
	// than any that spoke
	if slicesContain(kinds, "ngo") {
		if s, tok, ok := a.whichBodyBefore(p.f); ok && tok > saidTok {
			return s, npAccept
		}
	}
	if saidOK && !a.otherBodyThanNamed(p, said) {
		return said, npAccept
	}
	return speaker{}, npPass
}

// npBodySpokesman: "A spokesman added" right after a body said something
// in the sentence before, in the same paragraph ("The Health Service
// Executive said in a statement …. A spokesman added that …") speaks for
// that body, as "a spokesman for the ministry" does.
func (a *analysis) npBodySpokesman(p *npPhrase) (speaker, npVerdict) {
	if p.l-p.f != 2 || p.first.lower != "a" || !strings.HasPrefix(p.last.lower, "spokes") {
		return speaker{}, npPass
	}
	s, tok, ok := a.lastBodySaying(p.f)
	toks := a.d.toks
	if !ok || toks[tok].para != toks[p.f].para || toks[p.f].sent-toks[tok].sent > 1 {
		return speaker{}, npPass
	}
	return s, npAccept
}

// whichBodyBefore finds, in the sentence of token at or the two before it
// (in the same paragraph or the one before), the last name of two or more
// capitalised words that ", which" follows: "Families for Justice Canada,
// which has campaigned". No person's name nor place is such a body. It
// returns the body and the name's first token.
func (a *analysis) whichBodyBefore(at int) (speaker, int, bool) {
	toks := a.d.toks
	if at >= len(toks) {
		return speaker{}, 0, false
	}
	from := a.d.sents[max(0, int(toks[at].sent)-2)].first
	for k := at - 3; k >= from; k-- {
		if toks[k+1].text != "," || toks[k+2].lower != "which" || !toks[k].cap || toks[k].kind != tWord ||
			a.quoteAt[k] >= 0 || toks[at].para-toks[k].para > 1 {
			continue
		}
		f := k
		for f > from && (toks[f-1].cap && toks[f-1].kind == tWord && !toks[f-1].sentStart || connectors.hasToken(&toks[f-1]) && f-2 >= 0 && toks[f-2].cap) {
			f--
		}
		for f < k && connectors.hasToken(&toks[f]) {
			f++
		}
		if k-f < 1 || a.hasPerson(f, k+1) {
			continue
		}
		if pi := a.placeAt[f]; pi >= 0 && a.places[pi].lim > k {
			continue // "Nova Scotia, which …"
		}
		if o, ok := a.orgAtTok(k); ok {
			return speaker{name: a.lx.orgs[o.org].Name, body: true}, f, true
		}
		return speaker{name: a.d.text[toks[f].start:toks[k].end], body: true}, f, true
	}
	return speaker{}, 0, false
}

// otherKindOfBody reports a body named only by a common noun of another
// kind than noun: "The government said …. "…," the company said" has an
// unnamed company speak, not the government. A name with capitals may be
// of any kind ("Tarn Valley Power"); "the firm said" may be the same
// body as "the company".
func (a *analysis) otherKindOfBody(name, noun string) bool {
	if strings.ToLower(name) != name {
		return false
	}
	head := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		head = name[i+1:]
	}
	head = singular(head)
	if head == noun {
		return false
	}
	for _, k := range a.lx.bodyNounKinds[head] {
		if slicesContain(a.lx.bodyNounKinds[noun], k) {
			return false
		}
	}
	return true
}

// npRoleNoun: "the minister" is the person named with that role; "a
// spokesperson", or a role no one named holds, stays a description.
func (a *analysis) npRoleNoun(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower == "the" && a.seatClause(p) {
		if per := a.epithetHolder(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "the lawmaker representing Warawa constituency"
		}
	}
	if k := a.roleKind(p.l - 1); (k != rHead && k != rWeak) || !p.det {
		return speaker{}, npPass
	}
	if per := a.newHolder(p); per != nil {
		return a.personSpeaker(per, p.f), npAccept // "Lund was sworn in as the new defence minister ... the new defence minister said"
	}
	if per := a.formerHolder(p); per != nil {
		return a.personSpeaker(per, p.f), npAccept // "He replaces NAME ... the former minister said"
	}
	if p.first.lower == "the" {
		fits := func(per *person) bool { return a.roleFits(per, p) }
		// "the Azerbaijani deputy minister": one of that state first, else
		// as before (the state the story gave the holder may be wrong)
		ofState := func(per *person) bool { return fits(per) && a.stateFits(per, p) }
		if per := a.personWithHeadFitting(p.last.lower, p.f, ofState); per != nil {
			return a.personSpeaker(per, p.f), npAccept
		}
		if per := a.personWithHeadFitting(p.last.lower, p.f, fits); per != nil {
			return a.personSpeaker(per, p.f), npAccept
		}
		if per := a.premierHolder(p, fits); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "The prime minister, NAME, ... the premier said"
		}
		if per := a.secondRankHolder(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "Her deputy, NAME ... the deputy governor said"
		}
		if per := a.stateLeader(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "the French leader told"
		}
		if per := a.bodyLeader(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "the INEC chief said"
		}
		if per := a.soleBodyLeader(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "NAME, president of the nurses' union ... the union leader said"
		}
		if per := a.ledByHolder(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "An IMF mission led by NAME ... the Fund's mission chief said"
		}
		// "A Home Office spokesperson said ... the spokesperson said"
		if p.l-p.f == 2 {
			if name, ok := a.indefiniteIntroduction(p.last.lower, p.f); ok {
				return speaker{name: name, body: true}, npAccept
			}
		}
		if per := a.epithetHolder(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "whether Sanders still senses anger ..., the Vermont senator acknowledged"
		}
		if per := a.describedHolder(p.f, p.l); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "NAME, the airline's chief human resources officer, ... the chief human resources officer said"
		}
		if per := a.leadHolder(p.last.lower, p.f); per != nil && (p.l-p.f == 2 || a.leadSaysPhrase(p)) {
			return a.personSpeaker(per, p.f), npAccept // "…, the mission's commander said. Rear Admiral NAME … said … the commander said"
		}
		if per := a.ministerAsSecretary(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "Labour Secretary NAME ... the minister said"
		}
		if per := a.formerEpithetHolder(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "opposition leader NAME ... the former prime minister said"
		}
		if per := a.partyMemberHolder(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "Plaid Cymru's spokesperson, NAME, ... the Plaid Cymru member said"
		}
		if per := a.legislatorHolder(p); per != nil {
			return a.personSpeaker(per, p.f), npAccept // "NAME, a member of the Kyrgyz parliament, ... the lawmaker said"
		}
	}
	return speaker{name: p.raw, body: true}, npAccept
}

// epithetHolder is the person a role noun with a place or party before it
// stands for when the article gives no one that role: "the Vermont
// senator", "the Indiana governor", "the Republican nominee" for the
// person in focus, named in the sentence or the one before, who holds no
// other role; a legislator's seat ("the Dublin South-West TD", "the
// Karaga legislator") may be the second office of a minister or
// spokesperson in focus.
func (a *analysis) epithetHolder(p *npPhrase) *person {
	seat := seatNoun(p.last) || a.partyLeaderEpithet(p) || a.seatClause(p)
	if p.l-p.f < 3 || p.last.cap && !postNominals.has(p.last.text) || !a.anyCap(p.f+1, p.l-1) && !seat {
		return nil // "The Scottish Executive said" is a body's name; "the ward representative" a legislator's seat
	}
	per := a.resolvePronoun(0, p.f)
	if per == nil || per.role != nil && per.role.head != p.last.lower && !seat || a.otherParty(per, p) {
		return nil
	}
	toks := a.d.toks
	sent, last := toks[p.f].sent, -1
	from := sent // the quote's first sentence, when it opens before the phrase
	if p.at >= 0 && p.at < p.f {
		from = toks[p.at].sent
	}
	for _, mi := range per.mentionIdx {
		m := a.mentions[mi]
		if m.first > p.f && toks[m.first].sent == sent {
			return nil // "the Lib Dem chief executive said ... that Mr Kennedy": someone else
		}
		if m.first < p.f && from-toks[m.first].sent <= 1 {
			last = m.prefix
		}
	}
	if last < 0 || last > 0 && toks[last-1].lower == "by" {
		return nil // "played by Steve Coogan": not the one in focus
	}
	return per
}

// seatClause reports a legislator's noun that "representing" follows in
// the phrase: "the lawmaker representing Warawa constituency".
func (a *analysis) seatClause(p *npPhrase) bool {
	toks := a.d.toks
	for k := p.f + 1; k+1 < p.l; k++ {
		if legislatorHeads.hasToken(&toks[k]) && toks[k+1].lower == "representing" {
			return true
		}
	}
	return false
}

// partyLeaderEpithet reports "the Fine Gael leader", "the Labour
// leader": a party's leader, which a minister or head of government in
// focus may also be.
func (a *analysis) partyLeaderEpithet(p *npPhrase) bool {
	if p.last.lower != "leader" {
		return false
	}
	for k := p.f + 1; k < p.l-1; k++ {
		if a.partyNameWord(k) {
			return true
		}
	}
	return false
}

// partyNameWord reports a capitalised word that names a party or is
// part of a party's name in the text ("the Fine Gael leader").
func (a *analysis) partyNameWord(k int) bool {
	t := &a.d.toks[k]
	if !t.cap {
		return false
	}
	o, ok := a.orgAtTok(k)
	return len(a.lx.partyWords[t.lower]) > 0 || ok && a.lx.orgs[o.org].Kind == "party"
}

// otherParty reports an epithet that names a party other than the one
// the story gave the person: "the Conservative MP" is not "Labour MP
// NAME".
func (a *analysis) otherParty(per *person, p *npPhrase) bool {
	if per.role == nil || per.role.org == "" {
		return false
	}
	held := strings.ToLower(per.role.title + " " + per.role.org)
	for k := p.f + 1; k < p.l-1; k++ {
		if o, ok := a.orgAtTok(k); ok && a.lx.orgs[o.org].Kind == "party" {
			if a.lx.orgs[o.org].Name != per.role.org {
				return true // "the Tory leader" is the Conservative Party's
			}
			continue
		}
		if t := a.d.toks[k]; t.cap && len(a.lx.partyWords[t.lower]) > 0 && !strings.Contains(held, t.lower) {
			return true
		}
	}
	return false
}

// npPlaceOwnedRole: "Wellington's mayor", "New Zealand's prime minister"
// is the person the story names with that role noun in that place's
// state whose title holds the phrase's other words, as "the mayor" would
// be; with no such person it stays a description.
func (a *analysis) npPlaceOwnedRole(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	pi := a.placeAt[p.f]
	if pi < 0 || a.roleKind(p.l-1) != rHead {
		return speaker{}, npPass
	}
	m := a.places[pi]
	if m.first != p.f || !m.possessive || m.code == "" || m.lim+1 >= p.l {
		return speaker{}, npPass
	}
	for k := m.lim + 1; k < p.l-1; k++ {
		if a.roleKind(k) == 0 && !a.plainNoun(k) {
			return speaker{}, npPass // "Britain's Prince Harry", "Wellington's Lambton Quay mayor"
		}
	}
	pre := npPhrase{f: m.lim, l: p.l}
	fits := func(per *person) bool {
		for k := m.lim + 1; k < p.l-1; k++ {
			if !hasWordFold(per.role.title, toks[k].lower) {
				return false // "Scotland's justice minister" is not First Minister Jack McConnell
			}
		}
		return per.role.country == m.code && a.roleFits(per, &pre)
	}
	if per := a.personWithHeadFitting(toks[p.l-1].lower, p.f, fits); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}

// npStateNational: "the Austrian said", "the Spaniard replied", "the
// Polish official said" is the official of that state named last before,
// when the story names one; with none it stays a description. A plural
// ("the Austrians") is the state's people, not one of them.
func (a *analysis) npStateNational(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	n := p.l - p.f
	if p.first.lower != "the" || n != 2 && !(n == 3 && genericOfficials.hasToken(&p.last)) {
		return speaker{}, npPass
	}
	pi := a.placeAt[p.f+1]
	if pi < 0 {
		return speaker{}, npPass
	}
	m := a.places[pi]
	if m.kind != sAdjective || m.first != p.f+1 || m.lim != p.f+2 || !m.state || n == 2 && plural(toks[p.f+1].lower) {
		return speaker{}, npPass
	}
	per := a.lastNamedBefore(p.f, func(per *person) bool {
		return per.role != nil && per.role.country == m.code
	})
	if per == nil && n == 2 {
		per = a.nationalNamedBefore(p.f, m.code)
	}
	if per == nil {
		return speaker{}, npPass
	}
	return a.personSpeaker(per, p.f), npAccept
}

// nationalNamedBefore returns the person a bare nationality refers to
// when no official of that state is named: "said the American" after
// "American Andy Roddick beat ...", or, when the story gives no one that
// adjective, the person a pronoun there would be, unless the adjective
// of another state introduced them ("Chilean Nicolas Massu"). nil when
// none fits.
func (a *analysis) nationalNamedBefore(at int, code string) *person {
	if per := a.lastNamedBefore(at, func(per *person) bool { return a.introducedAsNational(per) == code }); per != nil {
		return per
	}
	if per := a.resolvePronoun(0, at); per != nil && per.role == nil && a.introducedAsNational(per) == "" {
		return per
	}
	return nil
}

// introducedAsNational is the state whose adjective stands right before
// one of the person's names ("American Andy Roddick"), whose name owns it
// ("Kenya's Daniel Kiprotich") or follows it after "of" ("Abigail Carter
// of the United States"), or "".
func (a *analysis) introducedAsNational(per *person) string {
	toks := a.d.toks
	for _, mi := range per.mentionIdx {
		m := a.mentions[mi]
		for _, k := range [2]int{m.prefix - 1, m.first - 1} {
			if k >= 0 && a.placeAt[k] >= 0 {
				if pm := a.places[a.placeAt[k]]; pm.kind == sAdjective && pm.state && pm.lim == k+1 {
					return pm.code
				}
			}
			if k >= 1 && toks[k].lower == "'s" && a.placeAt[k-1] >= 0 {
				if pm := a.places[a.placeAt[k-1]]; pm.kind != sAdjective && pm.state && pm.possessive && pm.lim == k {
					return pm.code
				}
			}
		}
		if code := a.stateOfAfter(m.lim); code != "" {
			return code
		}
	}
	return ""
}

// stateOfAfter is the state named by "of" and the state's name at j,
// not opening a longer capitalised name ("of Ethiopia", "of the United
// States over 200m"), or "".
func (a *analysis) stateOfAfter(j int) string {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].lower != "of" {
		return ""
	}
	k := j + 1
	if toks[k].lower == "the" {
		k++
	}
	if k >= len(toks) || a.placeAt[k] < 0 {
		return ""
	}
	pm := a.places[a.placeAt[k]]
	if pm.kind != sName || !pm.state || pm.first != k || pm.possessive ||
		pm.lim < len(toks) && toks[pm.lim].kind == tWord && toks[pm.lim].cap && toks[pm.lim].sent == toks[k].sent {
		return "" // "Carter of the United States Olympic Committee"
	}
	return pm.code
}

// genericOfficials are nouns for any official: "the Polish official".
var genericOfficials = wordList("generic-official")

// npRoleWithComplement: "the MP for North Shropshire", "the Conservative
// MP for North Shropshire" is the one person of the story who holds that
// role noun ("The local MP, Daniel Ashcombe"): a complement of capitalised
// words after "for" or "of" says where the office is, which the story may
// not have said. With two holders of the role noun it stays a description.
func (a *analysis) npRoleWithComplement(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	if p.first.lower != "the" {
		return speaker{}, npPass
	}
	r := p.f + 1
	for r < p.l && a.roleKind(r) != rHead {
		r++
	}
	if r+2 >= p.l || toks[r+1].lower != "for" && toks[r+1].lower != "of" && toks[r+1].lower != "from" {
		return speaker{}, npPass
	}
	for k := r + 2; k < p.l; k++ {
		if !toks[k].cap || toks[k].kind != tWord {
			return speaker{}, npPass
		}
	}
	// "the minister from Kiribati": the holder of that state
	state := ""
	if m, ok := a.stateMentionAt(r + 2); ok && m.first == r+2 && m.lim == p.l {
		state = m.code
	} else if toks[r+1].lower == "from" {
		return speaker{}, npPass
	}
	head := toks[r].lower
	pre := npPhrase{f: p.f, l: r + 1}
	var holder *person
	for _, per := range a.people {
		if per.role == nil || !a.holdsRole(per, head) || !a.roleFits(per, &pre) || state != "" && per.role.country != state {
			continue
		}
		if holder != nil {
			return speaker{}, npPass
		}
		holder = per
	}
	if holder == nil {
		return speaker{}, npPass
	}
	return a.personSpeaker(holder, p.f), npAccept
}

// stateLeader is the person "the French leader" means: "leader" after a
// state's adjective or name, and someone named before who leads that state
// (a president, prime minister, chancellor, king ...).
func (a *analysis) stateLeader(p *npPhrase) *person {
	if p.last.lower != "leader" || p.l-p.f != 3 {
		return nil
	}
	c, ok := a.stateAt(p.f + 1)
	if !ok {
		return nil
	}
	return a.lastNamedBefore(p.f, func(per *person) bool {
		r := per.role
		return r != nil && r.country == c && (stateLeaders.has(r.head) || strings.HasSuffix(strings.ToLower(r.title), "prime minister")) &&
			!strings.HasPrefix(strings.ToLower(r.title), "former")
	})
}

// bodyLeader is the person "the INEC chief" or "the Hamas leader" means
// when no one holds that very role noun: someone named before who heads
// the body the phrase names in capitals ("INEC chairman Mahmood Yakubu",
// "Hamas political chief Ismail Haniyeh"), under another word for a head.
func (a *analysis) bodyLeader(p *npPhrase) *person {
	if !leadHeads.hasToken(&p.last) || p.l-p.f < 3 {
		return nil
	}
	named := false
	for k := p.f + 1; k < p.l-1; k++ {
		named = named || a.d.toks[k].cap && a.placeAt[k] < 0
	}
	if !named {
		return nil
	}
	return a.lastNamedBefore(p.f, func(per *person) bool {
		r := per.role
		return r != nil && leadHeads.has(r.head) && a.roleFits(per, p) && !strings.HasPrefix(strings.ToLower(r.title), "former")
	})
}

// ledByHolder is the person "the mission chief" or "the group's leader"
// means when the story named a body of that noun as "led by" someone: "An
// IMF mission led by Mr Olivier Lemaire", "the group, led by NAME". The
// last such leader before the phrase is taken.
func (a *analysis) ledByHolder(p *npPhrase) *person {
	toks := a.d.toks
	if !leadHeads.hasToken(&p.last) || p.l-p.f < 3 {
		return nil
	}
	fits := func(w string) bool {
		for k := p.f + 1; k < p.l-1; k++ {
			if t := toks[k]; t.kind == tWord && !t.cap && (t.lower == w || singular(t.lower) == w) {
				return true
			}
		}
		return false
	}
	for k := p.f - 2; k > 0 && k > p.f-800; k-- {
		if toks[k].lower != "led" || toks[k+1].lower != "by" || a.quoteAt[k] >= 0 {
			continue
		}
		n := k - 1
		if toks[n].text == "," && n > 0 {
			n--
		}
		if !fits(toks[n].lower) {
			continue
		}
		for j := k + 2; j < k+5 && j < p.f; j++ {
			if mi := a.personAt[j]; mi >= 0 {
				if m := a.mentions[mi]; m.prefix == k+2 || m.first == k+2 {
					return a.people[m.person]
				}
				break
			}
		}
	}
	return nil
}

// soleBodyLeader is the person "the union leader" or "the party chief"
// means when no one holds that very role noun and no capitals name the
// body: the one person named before who heads a body under another word
// for a head ("NAME, president of the United Nurses of Alberta"), when
// each word before the noun is in the holder's title or body, or is a
// noun for a kind of body the holder's body may be. With two such heads,
// or none, the phrase stays a description.
func (a *analysis) soleBodyLeader(p *npPhrase) *person {
	if !leadHeads.hasToken(&p.last) || p.l-p.f < 3 {
		return nil
	}
	for k := p.f + 1; k < p.l-1; k++ {
		if t := a.d.toks[k]; t.cap || t.kind != tWord {
			return nil // "the INEC chief" is bodyLeader's
		}
	}
	var sole *person
	for _, per := range a.people {
		r := per.role
		if r == nil || !leadHeads.has(r.head) || strings.HasPrefix(strings.ToLower(r.title), "former") || !a.namedBefore(per, p.f) || !a.bodyWordsFit(per, p) {
			continue
		}
		if sole != nil {
			return nil // "the union leader" of two unions' heads is either
		}
		sole = per
	}
	return sole
}

// namedBefore reports a mention of per before token at.
func (a *analysis) namedBefore(per *person, at int) bool {
	for _, mi := range per.mentionIdx {
		if a.mentions[mi].first < at {
			return true
		}
	}
	return false
}

// bodyWordsFit reports that each word between "the" and the role noun is
// in the holder's title or body, or a noun for a kind of body ("union")
// that the holder's named body may be: a state's president is no union
// leader.
func (a *analysis) bodyWordsFit(per *person, p *npPhrase) bool {
	r := per.role
	held := strings.ToLower(r.title + " " + r.org)
	for k := p.f + 1; k < p.l-1; k++ {
		t := a.d.toks[k]
		if hasWordFold(held, t.lower) {
			continue
		}
		if !bodyNouns.hasToken(&t) || r.org == "" && !a.headsTitledBody(r) {
			return false
		}
		if kinds := a.lx.bodyNounKinds[t.lower]; r.orgKind != "" && len(kinds) > 0 && !slicesContain(kinds, r.orgKind) {
			return false // "the union leader" is no party's leader
		}
	}
	return true
}

// headsTitledBody reports a title that names the body its holder heads after
// "of": "president of the United Nurses of Alberta", not "president of
// France" (a place) nor "head of state".
func (a *analysis) headsTitledBody(r *role) bool {
	toks := a.d.toks
	for j := range a.objectsOf("of", r.titleLo, r.titleHi) {
		if j >= len(toks) || !toks[j].cap || a.personAt[j] >= 0 {
			return false
		}
		if a.orgAt[j] >= 0 {
			return true
		}
		e := j
		for e < len(toks) && (toks[e].cap && toks[e].kind == tWord || connectors.hasToken(&toks[e]) && e > j) {
			e++
		}
		for e > j && !toks[e-1].cap {
			e--
		}
		pi := a.placeAt[j]
		return e-j >= 2 && (pi < 0 || a.places[pi].lim < e)
	}
	return false
}

// lastNamedBefore is the person that fits whose latest mention before
// token at comes last, or nil.
func (a *analysis) lastNamedBefore(at int, fits func(*person) bool) *person {
	var best *person
	bestTok := -1
	for _, per := range a.people {
		if !fits(per) {
			continue
		}
		for _, mi := range per.mentionIdx {
			if m := a.mentions[mi]; m.first < at && m.first > bestTok {
				best, bestTok = per, m.first
			}
		}
	}
	return best
}

// premierHolder is the person "the premier" means when no one holds that
// very role noun: the prime minister named last before ("The prime
// minister of the regional government, NAME, ... the premier said"), and
// the premier "the prime minister" means: two names of one office. A
// former holder holds it no more.
func (a *analysis) premierHolder(p *npPhrase, fits func(*person) bool) *person {
	var want func(r *role) bool
	switch {
	case p.l-p.f == 2 && p.last.lower == "premier":
		want = func(r *role) bool { return strings.HasSuffix(strings.ToLower(r.title), "prime minister") }
	case p.l-p.f == 3 && p.last.lower == "minister" && a.d.toks[p.f+1].lower == "prime":
		want = func(r *role) bool { return r.head == "premier" }
	default:
		return nil
	}
	return a.lastNamedBefore(p.f, func(per *person) bool {
		r := per.role
		return r != nil && want(r) && fits(per) && !strings.HasPrefix(strings.ToLower(r.title), "former")
	})
}

// leadHeads are role nouns for the head of a body, any of which may refer
// back to the holder of another: "chairman ... the INEC chief".
var leadHeads = wordList("lead-head")

// indefiniteIntroduction returns the description that introduced a role
// noun with "a" before token at, within its paragraph or the one before,
// when words stand between them: "Home Office spokesperson" of "A Home
// Office spokesperson said".
func (a *analysis) indefiniteIntroduction(noun string, at int) (string, bool) {
	toks := a.d.toks
	for k := at - 1; k > 0 && toks[at].para-toks[k].para <= 1; k-- {
		if toks[k].lower != noun || a.quoteAt[k] >= 0 {
			continue
		}
		j := a.indefiniteArticleBefore(k)
		if j < 0 {
			j = a.definiteModifiedBefore(k) // "The justice official told reporters"
		}
		if j < 0 || j+1 == k {
			return "", false
		}
		return a.d.text[toks[j+1].start:toks[k].end], true
	}
	return "", false
}

// definiteModifiedBefore is the "the" that opens the noun at k after words
// that modify it and name no one ("The justice official"), or -1.
func (a *analysis) definiteModifiedBefore(k int) int {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].kind == tWord && a.personAt[j] < 0; j-- {
		if toks[j].lower == "the" {
			return j
		}
	}
	return -1
}

// npDescribedAnaphor: "the source said" is the "French diplomatic source"
// introduced before with the words that describe it, when no one named
// holds the noun.
func (a *analysis) npDescribedAnaphor(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower != "the" || p.l-p.f != 2 || !humanNouns.hasToken(&p.last) {
		return speaker{}, npPass
	}
	if name, ok := a.indefiniteIntroduction(p.last.lower, p.f); ok {
		return speaker{name: name, body: true}, npAccept
	}
	return speaker{}, npPass
}

// indefiniteArticleBefore returns the "a" or "an" nearest before token k
// in the run of at most four words that ends there ("a local priest"), or
// -1.
func (a *analysis) indefiniteArticleBefore(k int) int {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].kind == tWord; j-- {
		if toks[j].lower == "a" || toks[j].lower == "an" {
			return j
		}
	}
	return -1
}

// roleFits reports that the words before the role noun ("the prime
// minister's official spokesman", "the Foreign Office spokesman") fit the
// role the person holds: an owner or a capitalised word of the phrase must
// be in the person's title or body.
func (a *analysis) roleFits(per *person, p *npPhrase) bool {
	if a.pastHolderOnly(per, p) || a.heldRankMissing(per, p) || !a.modifiersAgree(per, p) {
		return false
	}
	held := strings.ToLower(per.role.title + " " + per.role.org)
	// a title that only ends in the noun ("chief operating officer") must
	// hold the phrase's other words: "the chief human resources officer"
	// is someone else
	whole := a.holdsRole(per, p.last.lower) && !a.holdsOffice(per, p.last.lower, false)
	for k := p.f + 1; k < p.l-1; k++ {
		t := a.d.toks[k]
		if whole && t.kind == tWord && a.roleKind(k) != rQual && !hasWordFold(held, t.lower) {
			return false
		}
		if secondRanks.hasToken(&t) && !hasWordFold(held, t.lower) {
			return false // "the deputy governor" is not "Governor Esther Langat"
		}
		if t.lower == "'s" && !strings.Contains(held, a.d.toks[k-1].lower) {
			return false
		}
		// "the Conservative MP" is "The local MP, NAME" whose party the
		// story has not given; a party other than the one given is not
		if t.cap && a.placeAt[k] < 0 && !strings.Contains(held, t.lower) && (per.role.org != "" || len(a.lx.partyWords[t.lower]) == 0) {
			return false
		}
	}
	return true
}

// stateFits reports a holder whose role's state is every state the
// phrase names before its role noun: "the Azerbaijani deputy minister"
// is no Kazakh deputy minister. A phrase that names none fits anyone.
func (a *analysis) stateFits(per *person, p *npPhrase) bool {
	for k := p.f + 1; k < p.l-1; k++ {
		if pi := a.placeAt[k]; pi >= 0 && a.places[pi].state && a.places[pi].code != per.role.country {
			return false
		}
	}
	return true
}

// secondRanks make another office of a role noun: "deputy", "vice".
var secondRanks = wordList("second-rank")

// secondRankHolder is the person "the deputy governor" means when no
// governor's deputy is titled so: someone whose role noun is the
// qualifier itself ("Her deputy, Philip Langat"), named last before.
func (a *analysis) secondRankHolder(p *npPhrase) *person {
	for k := p.f + 1; k < p.l-1; k++ {
		if w := a.d.toks[k].lower; secondRanks.has(w) {
			return a.lastNamedBefore(p.f, func(per *person) bool { return per.role != nil && per.role.head == w })
		}
	}
	return nil
}

// npAgeDescribed: "the 39-year-old", "the 39-year-old founder of
// Studiocomix Press": an age after "the" describes someone the story has
// named, the person in focus, not the body the phrase may end on. "The
// 39-year-old's lawyer" and "the 39-year-old's mother" are someone else.
func (a *analysis) npAgeDescribed(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower != "the" || p.l-p.f < 2 || !isAgeWord(a.d.toks[p.f+1]) {
		return speaker{}, npPass
	}
	for k := p.f + 2; k < p.l; k++ {
		if a.d.toks[k].lower == "'s" || a.lx.kin[a.d.toks[k].lower] != 0 {
			return speaker{}, npPass
		}
	}
	if per := a.personOfAge(ageNumber(a.d.toks[p.f+1].lower), p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept // "NAME, 58, ... [others speak] ... the 58-year-old said"
	}
	if per := a.agedRoleHolder(p); per != nil {
		return a.personSpeaker(per, p.f), npAccept // "NAME, a former mayor, ... the 58-year-old former mayor said"
	}
	if per, ok := a.agedRoleOfParagraph(p); ok {
		return a.personSpeaker(per, p.f), npAccept // "Quiroga's supporters ... the 58-year-old former mayor of the city"
	}
	if per := a.resolvePronoun(0, p.f); per != nil {
		if age := a.statedAge(per, p.f); age > 0 && age != ageNumber(a.d.toks[p.f+1].lower) {
			return speaker{name: p.raw, body: true}, npAccept // "Ruiz, 34, ... the 9-year-old asked": her child
		}
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}

// agedRoleHolder is the person an age and a role describe ("the
// 58-year-old former mayor"): the one the article named with that role,
// not the person in focus, who may hold another.
func (a *analysis) agedRoleHolder(p *npPhrase) *person {
	if k := a.roleKind(p.l - 1); k != rHead && k != rWeak || p.l-p.f < 3 {
		return nil
	}
	age := ageNumber(a.d.toks[p.f+1].lower)
	for _, per := range a.people {
		if a.statedAge(per, p.f) == age {
			return nil // two of that age: the age is what the article goes by
		}
	}
	if per := a.describedHolder(p.f, p.l); per != nil {
		return per
	}
	return a.personWithHeadFitting(p.last.lower, p.f, func(per *person) bool { return a.roleFits(per, p) })
}

// statedAge is the age the text gives a person before token at, outside
// quotes: "Dillon, 31," or "31-year-old Dillon"; 0 if none.
func (a *analysis) statedAge(per *person, at int) int {
	toks := a.d.toks
	for _, mi := range per.mentionIdx {
		m := a.mentions[mi]
		if m.first >= at || a.quoteAt[m.first] >= 0 {
			continue
		}
		if m.lim+2 < len(toks) && toks[m.lim].text == "," && toks[m.lim+1].kind == tNum && toks[m.lim+2].text == "," {
			if n, err := strconv.Atoi(toks[m.lim+1].text); err == nil && n > 0 && n < 120 {
				return n
			}
		}
		if m.prefix > 0 && isAgeWord(toks[m.prefix-1]) {
			return ageNumber(toks[m.prefix-1].lower)
		}
	}
	return 0
}

// npKinEpithet: "the mother of three", "the father-of-four": a kin noun
// with a count of children describes the person in focus, of that
// gender, not a relative of theirs ("the mother" alone may be anyone's).
func (a *analysis) npKinEpithet(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	if p.first.lower != "the" {
		return speaker{}, npPass
	}
	kin, count := "", ""
	switch p.l - p.f {
	case 2: // "the mother-of-three"
		kin, count, _ = strings.Cut(toks[p.f+1].lower, "-of-")
	case 4: // "the mother of three"
		if toks[p.f+2].lower == "of" {
			kin, count = toks[p.f+1].lower, toks[p.f+3].lower
		}
	}
	g := a.lx.kin[kin]
	if g == 0 || !isChildCount(count) {
		return speaker{}, npPass
	}
	if g == 'U' {
		g = 0
	}
	if per := a.resolvePronoun(g, p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}

// isChildCount reports a count of two or more written in figures or as a
// word: "three", "4".
func isChildCount(w string) bool {
	if n, ok := unitWords()[w]; ok {
		return n >= 2
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 2 && n < 30
}

// npDescribedPerson: "the lanky, bespectacled professor", "the affable
// proprietor" is the person in focus, unless an indefinite "a professor"
// came first, or the noun is a case party ("the suspect").
func (a *analysis) npDescribedPerson(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower != "the" || bodyNouns.hasToken(&p.last) || caseParties.hasToken(&p.last) || a.introducedIndefinite(p.last.lower, p.f) {
		return speaker{}, npPass
	}
	// "the physicians stated" is a group, not the last person named
	if !p.last.cap && !a.anyCapNotPlace(p.f, p.l) && a.personNoun(p.l-1) && !a.pluralHeadNoun(p) || partyMembers.hasToken(&p.last) {
		if per := a.resolvePronoun(0, p.f); per != nil {
			return a.personSpeaker(per, p.f), npAccept
		}
	}
	return speaker{}, npPass
}

// caseParties are nouns for the other side of a crime or a case from the
// people a story follows: "the suspect said" is no person in focus.
var caseParties = wordList("case-party")

// pluralHeadNoun reports a phrase whose head noun, its last word or the
// word before its first "of", is plural: "the physicians", not "the
// mother of one of the victims".
func (a *analysis) pluralHeadNoun(p *npPhrase) bool {
	h := p.l - 1
	for k := p.f + 1; k < p.l; k++ {
		if a.d.toks[k].lower == "of" {
			h = k - 1
			break
		}
	}
	return plural(a.d.toks[h].lower)
}

// npApposedNoun: "the priest", "the teacher" is the person the article
// described with that noun in an apposition after the name, in the
// paragraph or the one before ("Tom Hale, a local priest, ... the priest
// said"); a noun introduced by itself ("a priest said") is left to the
// rules after.
func (a *analysis) npApposedNoun(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower != "the" || p.l-p.f != 2 && !a.epithetBefore(p) || p.last.cap || !a.personNoun(p.l-1) {
		return speaker{}, npPass
	}
	if per := a.apposedWith(p.last.lower, p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	if per := a.nounBeforeName(p.last.lower, p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	if per := a.definiteApposed(p.last.lower, p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}

// epithetBefore reports "the ADJECTIVE NOUN", an epithet of the person
// the noun describes: "the affable proprietor", "the veteran foreman";
// not a role of its own ("the deputy mayor") nor a name's word.
func (a *analysis) epithetBefore(p *npPhrase) bool {
	if p.l-p.f != 3 {
		return false
	}
	k := p.f + 1
	t := &a.d.toks[k]
	return t.kind == tWord && !t.cap && a.personAt[k] < 0 && !a.personNoun(k) && a.roleKind(k) == 0 && !otherHolderWords.hasToken(t) &&
		!bodyNouns.hasToken(t) && !npStop.hasToken(t) && !npFunctionWords.hasToken(t) && !plural(a.d.toks[p.l-1].lower)
}

// otherHolderWords before a noun may mean someone else than the one it
// described: "the new owner", "the former coach", "the other driver".
var otherHolderWords = closedSet("new", "former", "previous", "old", "late", "current", "next", "other", "second",
	"first", "outgoing", "incoming", "acting", "interim", "ex", "then", "same", "only")

// definiteApposed returns the person a definite description named in an
// apposition or a parenthesis: "the coach, NAME,", "The diner's owner,
// NAME,", "the suspect (NAME, 41)" before
// "the coach said", the nearest before token at, unless the noun brought
// in someone else since ("a coach", "another coach").
func (a *analysis) definiteApposed(noun string, at int) *person {
	toks := a.d.toks
	for k := at - 1; k >= 1 && k > at-1500; k-- {
		if toks[k].lower != noun || a.quoteAt[k] >= 0 {
			continue
		}
		if a.indefiniteArticleBefore(k) >= 0 || toks[k-1].lower == "another" {
			return nil // "a coach, NAME," is nearer: apposedWith's, or no one
		}
		if k+2 >= len(toks) || toks[k+1].text != "," && toks[k+1].text != "(" {
			continue // "the suspect (NAME, 41)" names him as a comma does
		}
		n := k + 2
		if n+2 < len(toks) && (toks[n].lower == "named" || toks[n].lower == "identified") && toks[n+1].lower == "as" {
			n += 2 // "the suspect, identified as NAME,"
		}
		mi := a.personAt[n]
		if mi < 0 || a.mentions[mi].prefix != n || !a.definiteNounBefore(k) {
			continue
		}
		if v := a.mentions[mi].lim; v < len(toks) && a.quoteClass(v, qcSpeech) {
			continue // "The regulator, NAME said, opened an inquiry": NAME speaks of it
		}
		return a.people[a.mentions[mi].person]
	}
	return nil
}

// definiteNounBefore reports a definite determiner or an owner a few words
// before the noun at k: "the coach", "the shift foreman", "the diner's
// owner", "her lawyer".
func (a *analysis) definiteNounBefore(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].kind == tWord || j == k-1 && toks[j].lower == "'s"; j-- {
		if w := toks[j].lower; w == "the" || w == "'s" || w == "’s" || possessivePronoun(w) {
			return true
		}
	}
	return false
}

// nounBeforeName returns the person last named before token at right
// after the noun, written in lower case as a description ("England coach
// Andy Robinson" for "the coach admitted"), or nil when the noun brought
// in someone else since ("one neighbor").
func (a *analysis) nounBeforeName(noun string, at int) *person {
	toks := a.d.toks
	var best *person
	bestTok := -1
	for _, m := range a.mentions {
		if k := m.prefix - 1; m.first < at && m.first > bestTok && k >= 0 && toks[k].lower == noun && !toks[k].cap && a.quoteAt[k] < 0 {
			best, bestTok = a.people[m.person], m.first
		}
	}
	// "One neighbor, who didn't want to be identified," after "neighbor
	// Abraham Oliva": the neighbor is the one brought in since
	for k := bestTok + 1; best != nil && k < at; k++ {
		if toks[k].lower == noun && a.quoteAt[k] < 0 {
			if w := toks[k-1].lower; w == "a" || w == "an" || w == "one" || w == "another" {
				return nil
			}
		}
	}
	return best
}

// apposedWith returns the person whose name an apposition "NAME, a [..]
// NOUN" (perhaps past an age: "NAME, 45, a NOUN") follows, the nearest
// before token at within its paragraph and the one before, or nil.
func (a *analysis) apposedWith(noun string, at int) *person {
	toks := a.d.toks
	for k := at - 1; k > 2 && toks[at].para-toks[k].para <= 1; k-- {
		if toks[k].lower != noun || a.quoteAt[k] >= 0 {
			continue
		}
		j := a.indefiniteArticleBefore(k)
		if j < 1 || toks[j-1].text != "," {
			continue
		}
		e := j - 2
		if e > 1 && toks[e].kind == tNum && toks[e-1].text == "," {
			e -= 2 // "NAME, 45, a teacher"
		}
		if per := a.nameEndingAt(e + 1); per != nil {
			return per
		}
	}
	return nil
}

// npDescription: what is left is a body or a description by name ("the
// Swedish Prosecution Authority", "Hamas", "a spokesperson", "police"),
// or nothing ("features a New York Times", "Early Friday").
func (a *analysis) npDescription(p *npPhrase) (speaker, npVerdict) {
	short := p.l-p.f <= 2 && (humanNouns.hasToken(&p.last) || bodyNouns.hasToken(&p.last) || a.personNoun(p.l-1))
	switch {
	case !p.first.cap && !p.det && !possessivePronoun(p.first.lower) && !short:
		return speaker{}, npReject
	case p.l-p.f <= 2 && p.first.cap && notNameWords.hasToken(&p.first):
		return speaker{}, npReject
	case p.l-p.f == 1 && !p.det && !p.first.cap && !a.listedPersonNoun(p.f) && !bodyNouns.hasToken(&p.first):
		// "despite recent comments": a lone word that only looks like a
		// person's noun ("-ent", "-er") speaks with a determiner or not at all
		return speaker{}, npReject
	case !a.anyCap(p.f, p.l) && !p.det && !short:
		return speaker{}, npReject
	case !a.anyCap(p.f+btoi(p.det), p.l) && !a.personNoun(p.l-1) && !bodyNouns.hasToken(&p.last) && !partyMembers.hasToken(&p.last):
		return speaker{}, npReject // "the main thing"
	case p.raw == "":
		return speaker{}, npReject
	case p.last.lower == "percent" || p.last.lower == "cent" || p.last.text == "%":
		return speaker{}, npReject // "73 percent said" is a share, no speaker
	case possessivePronoun(p.first.lower) && !a.personNoun(p.l-1) && !bodyNouns.hasToken(&p.last) && !a.lx.documents[p.last.lower] && a.lx.kin[p.last.lower] == 0:
		return speaker{}, npReject // "His assumption"
	}
	if a.plainName(p.f, p.l) {
		return speaker{name: p.raw, named: true}, npAccept // "He Jianxiong"
	}
	if p.l-p.f == 1 && p.first.cap {
		if name := a.firmNamedFromWord(p.first.text); name != "" {
			return speaker{name: name, body: true}, npAccept // "Dravo said" after "Dravo Copper Mining"
		}
		if name := a.holderNamedFromWord(p.first.text); name != "" {
			return speaker{name: name, named: true}, npAccept // "Xi said" after "Xi Jinping"
		}
	}
	return speaker{name: p.raw, body: true}, npAccept
}

// plainName reports two or three capitalised words that are no title,
// place, body or organisation: a person's name the name finder missed.
func (a *analysis) plainName(f, l int) bool {
	if l-f < 2 || l-f > 3 {
		return false
	}
	for k := f; k < l; k++ {
		t := a.d.toks[k]
		if t.kind != tWord || !t.cap || a.titleWordAt(k) || a.bodyWordAt(k) || a.lx.bodyWords[t.lower].kind != "" || isAcronym(t.text) {
			return false
		}
	}
	return true
}

// npNamedGroup: "the doctors" or "the group" is the body the article named
// with that word: "Canadian Doctors for Medical Neutrality" for "the
// doctors", the name after "the group" for "the group".
func (a *analysis) npNamedGroup(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower != "the" || p.l-p.f != 2 || p.last.cap || p.last.kind != tWord {
		return speaker{}, npPass
	}
	noun := p.last.lower
	typed := orgTypeNouns.has(noun)
	if !typed && !strings.HasSuffix(noun, "s") {
		return speaker{}, npPass
	}
	toks := a.d.toks
	for k := p.f - 1; k > 0 && k > p.f-400; k-- {
		t := toks[k]
		if a.quoteAt[k] >= 0 || t.lower != noun {
			continue
		}
		if typed && !t.cap {
			// "the group Canadian Doctors for Medical Neutrality"
			if e := a.capRunEnd(k + 1); e-(k+1) >= 2 && a.personAt[k+1] < 0 {
				return speaker{name: a.d.text[toks[k+1].start:toks[e-1].end], body: true}, npAccept
			}
			continue
		}
		if !t.cap || typed {
			continue
		}
		// "Canadian Doctors for Medical Neutrality": the capitalised name
		// that holds the plural noun
		f := k
		for f > 0 && toks[f-1].para == t.para && toks[f-1].cap && toks[f-1].kind == tWord && !toks[f-1].sentStart && a.personAt[f-1] < 0 {
			f--
		}
		e := a.capRunEnd(k)
		if e-f >= 2 {
			return speaker{name: a.d.text[toks[f].start:toks[e-1].end], body: true}, npAccept
		}
	}
	return speaker{}, npPass
}

// kinSubjectBefore finds, for a pronoun at token at that names no one, a
// relative described without a name who opens one of the two sentences
// before, of the pronoun's gender: "Hale's wife stood beside him. "…,"
// she said." gives "Hale's wife".
func (a *analysis) kinSubjectBefore(g byte, at int) (speaker, bool) {
	toks := a.d.toks
	if g == 0 || at >= len(toks) {
		return speaker{}, false
	}
	si := int(toks[at].sent)
	for s := si; s >= 0 && s >= si-2; s-- {
		first := a.d.sents[s].first
		if a.quoteAt[first] >= 0 {
			continue
		}
		// "Hale's wife", "His mother", "The victim's sister"
		k := first
		if toks[k].lower == "the" {
			k++
		}
		e := k
		switch {
		case e < len(toks) && possessivePronoun(toks[e].lower):
			e++
		case e+1 < len(toks) && toks[e+1].lower == "'s":
			e += 2
		case e+2 < len(toks) && toks[e+2].lower == "'s":
			e += 3 // "the victim's"
		default:
			continue
		}
		if e >= len(toks) || e >= at {
			continue
		}
		kg := a.lx.kin[toks[e].lower]
		if kg == 0 || kg != 'U' && kg != g {
			continue
		}
		if name := a.kinGivenName(e); name != "" {
			return speaker{name: name, named: true}, true // "Hale's sister, Karen, wept"
		}
		if e+1 < len(toks) && (toks[e+1].text == "," || a.personAt[e+1] >= 0) {
			continue // "His mother, Ann Lee," is named
		}
		return speaker{name: a.d.text[toks[first].start:toks[e].end], body: true}, true
	}
	return speaker{}, false
}

// indefiniteSpeakerBefore reads the sentence just before token at (the
// pronoun, or the quote it attributes when that opens first), when an unnamed person introduced by "a" or "an" is the subject of
// its speech verb: "A health worker at the hospital, who asked not to be
// named, said … "…," he said." The pronoun is that person, described by
// the phrase up to its noun, as "the minister" is when no name holds the
// role ("The minister said he welcomed it. "…," he said"). A noun of the other gender ("a woman" for
// "he") or a phrase with a name in it is none.
func (a *analysis) indefiniteSpeakerBefore(g byte, at int) (speaker, bool) {
	toks := a.d.toks
	si := int(toks[at].sent)
	if si < 1 {
		return speaker{}, false
	}
	k := a.d.sents[si-1].first
	if toks[k].lower == "but" || toks[k].lower == "and" {
		k++
	}
	if k >= at || a.quoteAt[k] >= 0 || toks[k].lower != "a" && toks[k].lower != "an" && toks[k].lower != "the" || toks[at].para-toks[k].para > 1 {
		return speaker{}, false
	}
	npLim := a.npForward(k)
	v := a.verbPastComplements(npLim, at)
	if npLim <= k+1 || v < 0 || a.hasPerson(k, npLim) {
		return speaker{}, false
	}
	for j := k + 1; j < npLim; j++ {
		if g == 'M' && femaleNouns.hasToken(&toks[j]) || g == 'F' && maleNouns.hasToken(&toks[j]) {
			return speaker{}, false
		}
	}
	for j := v + 1; j < at && toks[j].sent == toks[v].sent; j++ {
		if pg := personPronouns()[toks[j].lower]; pg != 0 && pg != g || toks[j].lower == "his" && g == 'F' {
			return speaker{}, false // "The governor said he …. "…," she said"
		}
	}
	h := k + 1 // the head noun ends the description: "a nurse at the clinic"
	for h+1 < npLim && !phrasePreps.hasToken(&toks[h+1]) && toks[h+1].lower != "of" {
		h++
	}
	if !a.personNoun(h) || a.anyCap(k+1, h+1) || h+1 < npLim && toks[h+1].lower == "for" {
		return speaker{}, false // "A spokesman for the ministry": the body's words
	}
	if per := a.describedHolder(k, h+1); toks[k].lower == "the" && per != nil && (g == 0 || a.genderOf(per) == 0 || a.genderOf(per) == g) {
		return a.personSpeaker(per, k), true // "NAME ... is Sri Lanka's minister of public security. The minister said he ..."
	}
	return speaker{name: trimModifiers(a.d.text[toks[k+1].start:toks[h].end]), body: true}, true
}

// verbPastComplements finds the speech verb of a subject that ends at
// token j, past its complements and asides ("at the hospital in Finote
// Selam, who asked not to be named, said"), before token at; -1 when a
// name, a quote or the sentence's end comes first.
func (a *analysis) verbPastComplements(j, at int) int {
	toks := a.d.toks
	if j >= len(toks) {
		return -1
	}
	sent := toks[j].sent
	for lim := min(at, j+20); j < lim && toks[j].sent == sent; {
		switch {
		case toks[j].text == ",":
			e := a.skipApposition(j)
			if e == j {
				return -1
			}
			j = e
		case a.speechVerbAt(j) == j && !toks[j].cap:
			return j
		case a.personAt[j] >= 0 || a.quoteAt[j] >= 0 || toks[j].kind != tWord:
			return -1
		default:
			j++
		}
	}
	return -1
}

// kinGivenName returns the given name set off by commas after the kin
// noun at e that the people pass did not take as a person: "Hale's
// sister, Karen, wept" names Karen; "" otherwise.
func (a *analysis) kinGivenName(e int) string {
	toks := a.d.toks
	if e+3 >= len(toks) || toks[e+1].text != "," || toks[e+3].text != "," || a.personAt[e+2] >= 0 {
		return ""
	}
	t := toks[e+2]
	if t.kind != tWord || !t.cap || a.placeAt[e+2] >= 0 || a.lx.givenNames.get(t.text) == 0 {
		return ""
	}
	if full := a.familyFullName(t.text); full != "" {
		return full // "His daughter, Maria, ..." and later "Maria Neves"
	}
	return t.text
}

// familyFullName returns the full name of the one person the story names
// with the given name first and a family name that another person named
// in it shares ("Maria Neves" beside "Joaquim Neves"): a relative the story
// first named by the given name alone. "" when none or several.
func (a *analysis) familyFullName(given string) string {
	found := ""
	for _, p := range a.people {
		if len(p.words) < 2 || p.words[0] != given || p.surname == "" {
			continue
		}
		kin := false
		for _, q := range a.people {
			kin = kin || q != p && len(q.words) >= 2 && q.surname == p.surname && q.words[0] != given
		}
		if !kin {
			continue
		}
		if found != "" && found != p.name {
			return ""
		}
		found = p.name
	}
	return found
}

// kinGivenNameBefore is kinGivenName for the kin noun written before token
// at in its paragraph or the one before: "Her husband, Peter, stood
// beside her. ... her husband added" names Peter.
func (a *analysis) kinGivenNameBefore(noun string, at int) string {
	toks := a.d.toks
	for e := at - 1; e >= 0 && toks[at].para-toks[e].para <= 1; e-- {
		if toks[e].lower == noun {
			return a.kinGivenName(e)
		}
	}
	return ""
}

// groupSubjectBefore finds a plural noun for people that opens the
// sentence of token at or the one before as the subject of a verb of
// saying: "Prosecutors said the sentence was fair. "…," they said."; or
// owned relatives that open it as the subject of any verb: "Her parents
// posted a tribute. "…," they wrote."
func (a *analysis) groupSubjectBefore(at int) (speaker, bool) {
	toks := a.d.toks
	s := toks[at].sent
	from := a.d.sents[s].first
	if s > 0 {
		from = a.d.sents[s-1].first
	}
	for k := at - 1; k >= from; k-- {
		t := toks[k]
		if t.sentStart && a.quoteAt[k] < 0 {
			if e := a.ownedKinGroup(k); e > k {
				// "Her parents posted a tribute. "…," they wrote."
				name := a.d.text[t.start:toks[e-1].end]
				if mi := a.personAt[k]; mi >= 0 {
					name = a.people[a.mentions[mi].person].name + "'s " + toks[e-1].text // "Olga Woltering's family"
				}
				return speaker{name: name, body: true}, true
			}
		}
		if !t.sentStart || !groupSpeakers.hasToken(&t) || k+1 >= len(toks) || !a.quoteClass(k+1, qcSpeech) || a.quoteAt[k] >= 0 {
			continue
		}
		return speaker{name: t.text, body: true}, true
	}
	return speaker{}, false
}

// ownedKinGroup returns the index after a relatives' plural noun that an
// owner opens at k ("Her parents", "The boy's family", "Ann Lee's
// parents"), or k: the subject a later "they" stands for, not one of its
// owners.
func (a *analysis) ownedKinGroup(k int) int {
	toks := a.d.toks
	j := k + 1
	switch {
	case possessivePronoun(toks[k].lower):
	case toks[k].lower == "the" && j+1 < len(toks) && toks[j].kind == tWord && !toks[j].cap && toks[j+1].lower == "'s":
		j += 2
	case a.personAt[k] >= 0:
		m := a.mentions[a.personAt[k]]
		if m.lim >= len(toks) || toks[m.lim].lower != "'s" {
			return k
		}
		j = m.lim + 1
	default:
		return k
	}
	if j >= len(toks) {
		return k
	}
	if w := toks[j].lower; w == "family" || plural(w) && a.lx.kin[strings.TrimSuffix(w, "s")] != 0 {
		return j + 1 // "parents", "relatives", "sisters"
	}
	return k
}

// groupSpeakers are plural nouns for people that speak as a group:
// "Prosecutors said", "Witnesses told reporters".
var groupSpeakers = wordList("group-speaker")

// npFormerLatter: "the former" and "the latter" are the first and the
// second of the last pair of people the story joined with "and" ("Pieter
// de Vries and his assistant, Ron Caulfield"); with no such pair they are
// no one.
func (a *analysis) npFormerLatter(p *npPhrase) (speaker, npVerdict) {
	if p.l-p.f != 2 || p.first.lower != "the" || p.last.lower != "former" && p.last.lower != "latter" {
		return speaker{}, npPass
	}
	x, y := a.pairBefore(p.f)
	if x == nil {
		return speaker{}, npReject
	}
	if p.last.lower == "latter" {
		x = y
	}
	return a.personSpeaker(x, p.f), npAccept
}

// pairBefore finds the last two people named one after the other, outside
// quotes, with "and" between them and at most a short apposition ("and his
// assistant,"), in the three sentences up to token at.
func (a *analysis) pairBefore(at int) (*person, *person) {
	toks := a.d.toks
	order := a.mentionsInOrder()
	from := a.d.sents[max(0, int(toks[at].sent)-3)].first
	var x, y *person
	prev := -1
	for _, mi := range order {
		m := a.mentions[mi]
		if m.first >= at {
			break
		}
		if m.first < from || a.quoteAt[m.first] >= 0 || !a.personLike(a.people[m.person]) {
			continue
		}
		if prev >= 0 {
			pm := a.mentions[prev]
			if pm.person != m.person && m.first-pm.lim <= 6 && a.andBetween(pm.lim, m.prefix) {
				x, y = a.people[pm.person], a.people[m.person]
			}
		}
		prev = mi
	}
	return x, y
}

// andBetween reports "and" among tokens [f, l), with no full stop.
func (a *analysis) andBetween(f, l int) bool {
	found := false
	for k := f; k < l; k++ {
		switch a.d.toks[k].lower {
		case "and":
			found = true
		case ".", ";":
			return false
		}
	}
	return found
}

// Nouns of the lawyers a court report introduces as "NAME, prosecuting,"
// and "NAME, defending,".
var (
	prosecutingNouns = wordList("court-prosecuting")
	defendingNouns   = wordList("court-defending")
)

// npCourtSide: "the prosecutor", "the defence barrister", "his lawyer" is
// the person a court report introduced as "NAME, prosecuting," or "NAME,
// defending,", the nearest before; otherwise the phrase is left to the
// rules after.
func (a *analysis) npCourtSide(p *npPhrase) (speaker, npVerdict) {
	if p.l-p.f > 3 || p.last.cap || p.last.kind != tWord || len(p.ppl) > 0 {
		return speaker{}, npPass
	}
	if w := p.first.lower; w != "the" && !possessivePronoun(w) && w != "defence" && w != "defense" {
		return speaker{}, npPass
	}
	side := ""
	switch {
	case prosecutingNouns.hasToken(&p.last):
		side = "prosecuting"
	case defendingNouns.hasToken(&p.last):
		side = "defending"
	default:
		return speaker{}, npPass
	}
	if per := a.introducedAs(side, p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}

// introducedAs returns the person named just before ", WORD," ("Daniel
// Osei, defending,"), the nearest before token at, or nil.
func (a *analysis) introducedAs(word string, at int) *person {
	toks := a.d.toks
	for k := at - 1; k >= 2; k-- {
		if toks[k].lower != word || toks[k-1].text != "," || k+1 >= len(toks) || toks[k+1].text != "," || a.quoteAt[k] >= 0 {
			continue
		}
		if per := a.nameEndingAt(k - 1); per != nil {
			return per
		}
	}
	return nil
}

// nameEndingAt returns the person whose name ends right before token e
// ("Daniel Osei" of "Daniel Osei, defending,"), or nil.
func (a *analysis) nameEndingAt(e int) *person {
	if e < 1 || e > len(a.personAt) {
		return nil
	}
	if mi := a.personAt[e-1]; mi >= 0 && a.mentions[mi].lim == e {
		return a.people[a.mentions[mi].person]
	}
	return nil
}

// sentencesNear returns the sentences [from, to) where a story names
// someone it has just quoted: the three after the one holding token at, as
// far as they lie in its paragraph or the next.
func (a *analysis) sentencesNear(at int) (from, to int) {
	toks := a.d.toks
	sent := int(toks[at].sent)
	from = sent + 1
	to = from
	for to <= sent+3 && to < len(a.d.sents) && toks[a.d.sents[to].first].para-toks[at].para <= 1 {
		to++
	}
	return from, to
}

// namedAfter finds the person a story names only after quoting them: a
// pronoun at token at that no one before it holds, for someone introduced
// as "a woman" (or "an older man"), whom one of the three sentences after
// it names as "The woman, NAME,", in the paragraph or the next. It returns
// nil when there is none, or the name's gender disagrees.
func (a *analysis) namedAfter(g byte, at int) *person {
	toks := a.d.toks
	from, to := a.sentencesNear(at)
	for s := from; s < to; s++ {
		f := a.d.sents[s].first
		if toks[f].lower != "the" || a.quoteAt[f] >= 0 {
			continue
		}
		j := f + 1
		for j < f+3 && j+1 < len(toks) && toks[j].kind == tWord && !toks[j].cap && toks[j+1].text != "," {
			j++ // "The older man, …"
		}
		if j+2 >= len(toks) || toks[j].cap || toks[j+1].text != "," || !a.personNoun(j) {
			continue
		}
		mi := a.personAt[j+2]
		if mi < 0 || a.mentions[mi].first != j+2 || !a.introducedIndefinite(toks[j].lower, at) {
			continue
		}
		if per := a.people[a.mentions[mi].person]; a.genderOf(per) == 0 || g == 0 || a.genderOf(per) == g {
			return per
		}
	}
	return nil
}
