package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Rule names of quote attribution.
const (
	ruleCueAfter    = "cue-after-quote"   // "…," Rubio said / said Rubio
	ruleCueBefore   = "cue-before-quote"  // Rubio said: "…"
	ruleAccordingTo = "according-to"      // "…," according to the ministry
	ruleSentenceEnd = "cue-ends-sentence" // "…" and more words, she said.
	ruleContinued   = "same-speaker-as-previous"
	ruleNearest     = "nearest-speaker"
	ruleLabel       = "speaker-label"     // Caller: "…" (a transcript's label)
	ruleColon       = "colon-subject"     // Kane was blunt: "…"
	ruleAlternate   = "alternating-turns" // "…?" Lee asked. / "…," Hill said. / "…?" (Lee again)
)

// markQuoteSpans records for each token the quote span holding it.
func (a *analysis) markQuoteSpans(spans []quoteSpan) {
	a.quoteAt = a.d.tokenMarks()
	for qi, q := range spans {
		lim := q.lim
		if q.close >= 0 {
			lim = q.close + 1
		}
		for k := q.open; k < lim && k < len(a.quoteAt); k++ {
			a.quoteAt[k] = int32(qi)
		}
	}
}

// attributeByCues attributes each quote by a cue after it, before it in
// its sentence or at the end of its sentence, in text order, and marks the
// second part of a sentence split by its attribution.
func (a *analysis) attributeByCues(spans []quoteSpan, res []attributedQuote) {
	for qi := range spans {
		q := &spans[qi]
		r := &res[qi]
		r.text = a.d.quoteText(q)
		if r.text == "" || isTitleOfWork(r.text) || a.isHeadingQuote(q) || a.inLinkHeadline(q) {
			r.text = ""
			continue
		}
		if sp, ok := a.labelSpeaker(q); ok {
			a.remember(q.open, sp)
			r.sp, r.rule = sp, ruleLabel
			continue
		}
		if sp, cue, cont, ok := a.cueAfter(q); ok {
			a.remember(q.open, sp)
			r.sp, r.cue, r.rule = sp, cue, ruleCueAfter
			if cue == "according to" {
				r.rule = ruleAccordingTo
			}
			if in, icue, ok := a.reportedInner(q, sp, cue); ok {
				r.sp, r.cue, r.rule = in, icue, ruleCueBefore // the person the verb before the quote gives
			}
			// "We are ready," she said, "to talk." is one quote: the first part
			// ends with a comma and the second goes on in lower case, or
			// after an opening "If …," with its main clause
			if cont && qi+1 < len(spans) && strings.HasSuffix(strings.TrimSpace(a.innerRaw(q)), ",") && a.continuesSentence(q, &spans[qi+1]) {
				res[qi+1].mergeTo = qi
			}
			continue
		}
		if res[qi].mergeTo >= 0 {
			continue
		}
		if sp, cue, ok := a.cueBefore(q); ok {
			a.remember(q.open, sp)
			r.sp, r.cue, r.rule = sp, cue, ruleCueBefore
			continue
		}
		if sp, cue, ok := a.cueAtSentenceEnd(q); ok {
			a.remember(q.open, sp)
			r.sp, r.cue, r.rule = sp, cue, ruleSentenceEnd
		}
	}
}

// labelSpeaker reads the label that opens a quote's paragraph in a
// transcript or an exchange: `Caller: "…"`, `Moss: "…"`. The label is
// nothing but a person's name or a noun for a person; "WATCH:" and "Q:"
// are none.
func (a *analysis) labelSpeaker(q *quoteSpan) (speaker, bool) {
	toks := a.d.toks
	c := q.open - 1
	if c < 1 || toks[c].text != ":" || toks[c].para != toks[q.open].para {
		return speaker{}, false
	}
	f := c - 1
	for f > 0 && toks[f-1].para == toks[c].para {
		f--
	}
	if c-f > 4 || !toks[f].cap {
		return speaker{}, false
	}
	// a label is capitalised words ("Mr Flynn said:" is a cue, read later)
	for k := f; k < c; k++ {
		if toks[k].text != "." && (toks[k].kind != tWord || !toks[k].cap && !nameParticles.hasToken(&toks[k])) {
			return speaker{}, false
		}
	}
	if sp, ok := a.resolveNP(f, c, q.open); ok && sp.person != nil {
		return sp, true
	}
	if c-f == 1 && len(toks[f].lower) > 2 && a.personNoun(f) {
		return speaker{name: toks[f].lower, body: true}, true
	}
	return speaker{}, false
}

// attributeStandalone gives quotes standing alone the speaker of the quote
// before them when nothing came between but the end of a sentence: a body
// that spoke just before, else the person most in focus (the last speaker
// counts most).
func (a *analysis) attributeStandalone(res []attributedQuote) {
	for qi := range res {
		r := &res[qi]
		if r.sp.name != "" || r.mergeTo >= 0 || r.text == "" {
			continue
		}
		if !a.standsAlone(&r.span) || a.repeatsProse(&r.span) {
			continue
		}
		if sp, ok := a.colonSubject(&r.span); ok {
			r.sp, r.rule = sp, ruleColon
			continue
		}
		var prev *attributedQuote
		k := qi - 1
		if qi > 0 {
			for k > 0 && res[k].mergeTo >= 0 {
				k = res[k].mergeTo
			}
			if p := &res[k]; p.sp.name != "" && a.d.toks[r.span.open].para-a.d.toks[p.span.open].para <= 1 {
				prev = p
			}
		}
		if a.colonPronounClash(&r.span, prev) {
			continue // "Grant said …. She said: "…"": not Grant's
		}
		switch {
		case prev != nil && prev.sp.person == nil:
			r.sp, r.rule = prev.sp, ruleContinued
		case prev != nil:
			r.sp, r.rule = prev.sp, ruleContinued
			if sp, ok := a.alternateTurn(res, qi, k); ok {
				r.sp, r.rule = sp, ruleAlternate
				continue
			}
			if p := a.resolvePronoun(0, r.span.open); p != nil && p != prev.sp.person && !a.namedInside(p, r.span) {
				r.sp, r.rule = speaker{name: p.name, person: p}, ruleNearest
			}
		default:
			if p := a.resolvePronoun(0, r.span.open); p != nil {
				r.sp, r.rule = speaker{name: p.name, person: p}, ruleNearest
			} else if sp, ok := a.saidInParagraphBefore(&r.span); ok {
				r.sp, r.rule = sp, ruleNearest
			}
		}
	}
}

// colonSubject finds the person who opens, as its subject, the sentence
// that a colon ends just before the quote: "The former was blunt: "…"",
// "On a call she was direct: "…"". A subject who was asked or told
// something ("Kane was asked: "…"") hears the quote, and says nothing; a
// sentence that names someone else, or a name after "of" ("a photograph of
// Prince Harry"), or a narrator's "I", or a second clause (", and United's
// statement said:") may give the quote to someone else.
func (a *analysis) colonSubject(q *quoteSpan) (speaker, bool) {
	toks := a.d.toks
	c := q.open - 1
	if c <= 0 || toks[c].text != ":" || toks[c].para != toks[q.open].para {
		return speaker{}, false
	}
	start := a.d.sents[toks[c].sent].first
	if toks[start].lower == "asked" {
		return speaker{}, false // "Asked if she plays, she confesses: "…""
	}
	for k := start; k < c; k++ {
		switch w := toks[k].lower; {
		case toks[k].kind == tQuote, w == "i" || w == "we":
			return speaker{}, false // "…, that I had to change my answer: "…""
		case w == "and" && k > start && toks[k-1].text == ",":
			return speaker{}, false // "Glazer owns 28%, and United's statement said: "…""
		case (w == "was" || w == "were" || w == "been" || w == "is" || w == "are") && k+1 < c && a.quoteClass(k+1, qcSpeech):
			return speaker{}, false // "Kane was asked: "…"": the subject hears the quote
		}
	}
	sp, ok := a.sentenceSubject(start, c, q.open)
	if !ok || sp.person == nil {
		return speaker{}, false
	}
	for k := start; k < c; k++ {
		mi := a.personAt[k]
		if mi < 0 {
			continue
		}
		m := a.mentions[mi]
		if a.people[m.person] != sp.person || m.prefix > 0 && toks[m.prefix-1].lower == "of" {
			return speaker{}, false // "Hill read out a letter from Ann Lee", "A photograph of Prince Harry"
		}
	}
	return sp, true
}

// namedInside reports a mention of p inside the quote's words: "it was
// something he (Kerr) looked at" is not Kerr speaking of himself.
func (a *analysis) namedInside(p *person, span quoteSpan) bool {
	for k := span.first; k < span.lim && k < len(a.personAt); k++ {
		if mi := a.personAt[k]; mi >= 0 && a.people[a.mentions[mi].person] == p {
			return true
		}
	}
	return false
}

// quoteOutput builds the output, folding continued quotes into their first
// part and leaving out quotes nobody said.
func (a *analysis) quoteOutput(res []attributedQuote) []Quote {
	n := 0
	for qi := range res {
		if r := &res[qi]; r.text != "" && r.mergeTo < 0 && r.sp.name != "" {
			n++ // a quote of its own, as the loop below finds it
		}
	}
	// made at its final size: a Quote is 144 bytes, and growing the slice
	// one doubling at a time left twice that in copies behind
	out := make([]Quote, 0, n)
	idx := make([]int, len(res))
	for qi := range res {
		r := res[qi]
		idx[qi] = -1
		if r.text == "" {
			continue
		}
		if r.mergeTo >= 0 {
			root := r.mergeTo
			for res[root].mergeTo >= 0 {
				root = res[root].mergeTo
			}
			if j := idx[root]; j >= 0 {
				out[j].Text += " " + r.text
				out[j].End = a.spanEnd(&r.span)
				idx[qi] = j
			}
			continue
		}
		if r.sp.name == "" || a.captionRepeat(res, qi) {
			continue
		}
		idx[qi] = len(out)
		out = append(out, a.quoteOf(&r))
	}
	return out
}

// quoteOf makes the output quote of an attributed span.
func (a *analysis) quoteOf(r *attributedQuote) Quote {
	qt := Quote{
		Text:    r.text,
		Speaker: r.sp.name,
		Cue:     r.cue,
		Start:   int(a.d.toks[r.span.open].start),
		End:     a.spanEnd(&r.span),
		Rule:    r.rule,
	}
	qt.SpeakerKind = SpeakerBody
	if r.sp.person != nil && a.personLike(r.sp.person) || r.sp.named {
		qt.SpeakerKind = SpeakerPerson
	}
	qt.Speaker = trimModifiers(qt.Speaker) // "Al-Qaeda-linked al-Shabaab"
	qt.Speaker = a.religiousName(r.sp.person, qt.Speaker)
	if qt.SpeakerKind == SpeakerBody {
		qt.Speaker = a.trimBodyPlace(qt.Speaker)
	}
	if qt.SpeakerKind == SpeakerBody && isAcronym(qt.Speaker) {
		qt.Speaker = a.expandAcronym(qt.Speaker, qt.Start)
	}
	if p := r.sp.person; p != nil && p.role != nil {
		qt.SpeakerTitle = p.role.title
		qt.SpeakerCountry = a.officialCountry(p)
		qt.SpeakerOrganization = p.role.org
	}
	return qt
}

// isTitleOfWork reports quoted words written as a title, every word but
// the small ones capitalised: "List of Words Banished from the Queen's
// English", "Let's Get It On". Titles of works and names are no speech.
func isTitleOfWork(text string) bool {
	caps, n := 0, 0
	for rest := text; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		n++
		w = strings.Trim(w, ",.;:!?()[]\"'‘’“”")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "" || titleSmallWords.has(w):
		case !unicode.IsUpper(r):
			return false
		default:
			caps++
		}
	}
	return n >= 3 && caps >= 3
}

// titleSmallWords stay in lower case inside a title.
var titleSmallWords = closedWords(func() map[string]bool {
	return map[string]bool{
		"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "for": true, "to": true,
		"in": true, "on": true, "at": true, "by": true, "from": true, "with": true, "into": true, "vs": true,
	}
})

// remember records a body speaker for later "it said"; people are recorded
// as they are resolved.
func (a *analysis) remember(at int, sp speaker) {
	if sp.body {
		a.spoken = append(a.spoken, voiced{tok: at, sp: sp})
	}
}

// continuesLower reports a quote that opens in lower case: the rest of an
// interrupted sentence.
func (a *analysis) continuesLower(q *quoteSpan) bool {
	if q.first >= len(a.d.toks) || q.first >= q.lim {
		return false
	}
	t := a.d.toks[q.first]
	return t.kind == tWord && !t.cap
}

func (a *analysis) spanEnd(q *quoteSpan) int {
	if q.close >= 0 {
		return int(a.d.toks[q.close].end)
	}
	return q.pieces[len(q.pieces)-1][1]
}

func (a *analysis) innerRaw(q *quoteSpan) string {
	pc := q.pieces[len(q.pieces)-1]
	if pc[0] >= pc[1] {
		return ""
	}
	return a.d.text[pc[0]:pc[1]]
}

func sortQuoteSpans(s []quoteSpan) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].open < s[j-1].open; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// speaker is a resolved speaker: a person, or a body or description by name.
type speaker struct {
	name   string
	person *person
	body   bool // a body or a description rather than a person
	named  bool // a person's name not otherwise known as a person
}

// pronouns that stand for a speaker.
var personPronouns = sync.OnceValue(func() map[string]byte {
	return map[string]byte{"he": 'M', "she": 'F', "him": 'M', "her": 'F'}
})

// cueAfter reads an attribution that follows the closing mark: `," Rubio
// told reporters`, `," said the ministry`, `," he added, "…`. cont reports
// an attribution that ends with a comma before another quote.
func (a *analysis) cueAfter(q *quoteSpan) (sp speaker, cue string, cont bool, ok bool) {
	toks := a.d.toks
	if q.close < 0 || a.contrastClauseAfter(q.close) || a.comparisonAfter(q) {
		return sp, "", false, false
	}
	i := q.close + 1
	if i < len(toks) && toks[i].text == "," && toks[i].para == toks[q.close].para {
		i++
	}
	if i >= len(toks) || toks[i].para != toks[q.close].para {
		return sp, "", false, false
	}
	if sp, ok := a.dashCredit(i); ok {
		return sp, toks[i].text, false, true // `"…" — Tom Grant`
	}
	if i+1 < len(toks) && (toks[i].lower == "a" || toks[i].lower == "the") && echoNouns.hasToken(&toks[i+1]) {
		return sp, "", false, false // `"at its best moment," a phrase Meneses repeated`: another's words, echoed
	}
	// `"… appeal." But Colonel Stewart said`: a full stop closed the sentence
	if inner := strings.TrimSpace(a.innerRaw(q)); strings.HasSuffix(inner, ".") && toks[i].cap && !a.quoteClass(i, qcPronoun) {
		return sp, "", false, false
	}
	if s, c, end, ok := a.responseOf(i, q.open); ok {
		return s, c, a.contAfter(end), true // "was the response of one viewer"
	}
	sp, cue, cont, end, ok := a.attributionAt(i, q.open)
	if ok && a.colonIntroducesNext(q, end) {
		return speaker{}, "", false, false // `"…." She said: "…"`
	}
	return sp, cue, cont, ok
}

// nameEndsAt reports a person's name that runs from token f to the comma
// at c: in "said Audrey Dawson, Christian's mother" the apposition
// describes her, it names no other speaker.
func (a *analysis) nameEndsAt(f, c int) bool {
	mi := a.personAt[f]
	return mi >= 0 && int(a.mentions[mi].lim) == c
}

// ownedPerson reports a phrase such as "Wise's dad" or "the team's
// coach": an owner, "'s", and a noun for a person.
func (a *analysis) ownedPerson(f, l int) bool {
	return l-f >= 3 && a.d.toks[l-2].lower == "'s" && (a.personNoun(l-1) || a.lx.kin[a.d.toks[l-1].lower] != 0)
}

// complementComma returns the comma after a short prepositional complement
// that ends a description of a person at l: "a colleague on the council,"
// ("Tamara Begay" follows); else l.
func (a *analysis) complementComma(f, l int) int {
	toks := a.d.toks
	if l <= f || l >= len(toks) || !complementPreps.hasToken(&toks[l]) && toks[l].lower != "in" || !a.personNoun(l-1) && a.lx.kin[toks[l-1].lower] == 0 {
		return l
	}
	for k := l + 1; k < len(toks) && k <= l+4; k++ {
		if toks[k].text == "," {
			return k
		}
		if toks[k].kind != tWord || a.personAt[k] >= 0 {
			return l
		}
	}
	return l
}

// attributionAt reads an attribution clause that starts at token i: said
// Rubio / according to the ministry / Rubio told reporters. at is the
// quote's opening mark; end is the token after the clause's verb or
// speaker phrase.
func (a *analysis) attributionAt(i, at int) (sp speaker, cue string, cont bool, end int, ok bool) {
	toks := a.d.toks
	if sp, cue, cont, end, ok := a.invertedAttribution(i, at); ok {
		return sp, cue, cont, end, true
	}
	// according to X
	if toks[i].lower == "according" && i+1 < len(toks) && toks[i+1].lower == "to" {
		npLim := a.npForward(i + 2)
		if s, ok := a.resolveNP(i+2, npLim, at); ok {
			return s, "according to", false, npLim, true
		}
	}
	if s, c, e, ok := a.ofPortfolioSpeaker(i); ok {
		return s, c, a.contAfter(e), e, true // "Minister for Defence NAME said"
	}
	// normal order: Rubio told reporters / the statement said / he said
	npLim := a.npForward(i)
	if npLim == i {
		return sp, "", false, i, false
	}
	v := a.skipApposition(npLim)
	if v == npLim {
		v = a.participlePhraseEnd(npLim) // "residents displaced by the flood said"
	}
	if w := a.speechAfterListApposition(npLim); w > v && !a.speechAfter(v, npLim) {
		v = w // "NAME, senior vice president at Boeing Defense, Space and Security, said"
	}
	v = a.skipAuxOrAdverbs(v, npLim+3)
	if v < len(toks) && (a.speechVerbAt(v) == v || a.goesOnAt(v)) {
		// "Lee quoted the agency as saying": the words are the agency's
		if s, e, ok := a.quotedAsSaying(v, at); ok {
			return s, "quoted", false, e, true
		}
		// "his lawyer, Jane Doe, said": the name in apposition
		// "the committee's chair, Dame Joan Hill, said": past an honorific
		// or title
		n := npLim + 1
		for n < v && n < npLim+6 && a.personAt[n] < 0 && a.titleWordAt(n) {
			n++
		}
		if v > npLim && n < v && a.personAt[n] >= 0 && a.mentions[a.personAt[n]].lim == a.appositionEnd(npLim) {
			m := a.mentions[a.personAt[n]]
			return a.personSpeaker(a.people[m.person], n), toks[v].lower, a.contAfter(v + 1), v + 1, true
		}
		if s, ok := a.subjectOrApposedBody(i, npLim, v, at); ok {
			return s, toks[v].lower, a.contAfter(v + 1), v + 1, true
		}
	}
	if s, v, ok := a.nameOfLongComplement(i); ok && i > 0 && a.quoteAt[i-1] >= 0 {
		return s, toks[v].lower, a.contAfter(v + 1), v + 1, true
	}
	return sp, "", false, i, false
}

// invertedAttribution reads an attribution in inverted order at token i:
// said Rubio / said White House Press Secretary Stephanie Grisham / says
// Campbell's partner, Jason Louth. Not a participle (", speaking on
// condition of anonymity"), a verb whose particle ends the text ("speaking
// on") or "told", whose object is the listener ("…," told journalists).
func (a *analysis) invertedAttribution(i, at int) (sp speaker, cue string, cont bool, end int, ok bool) {
	toks := a.d.toks
	v := a.speechVerbAt(i)
	if v < 0 || a.skipParticle(v+1) >= len(toks) || a.quoteClass(a.skipParticle(v+1), qcNPStop) || strings.HasSuffix(toks[v].lower, "ing") || a.lx.speech[toks[v].lower] == "tell" {
		return sp, "", false, i, false
	}
	npFirst := a.skipParticle(v + 1)
	npLim := a.npForward(npFirst)
	// "says Campbell's partner, Jason Louth.", "says Wise's dad, Darrin.",
	// "said a colleague on the council, Tamara Begay": the name in apposition
	if c := a.complementComma(npFirst, npLim); c+1 < len(toks) && toks[c].text == "," && !a.nameEndsAt(npFirst, c) {
		// "said one of the negotiators, Deputy Foreign Minister Sergei
		// Volkov of Russia.": past the title, and a state after "of"
		n := c + 1
		for n < len(toks) && n < c+6 && a.personAt[n] < 0 && a.titleWordAt(n) {
			n++
		}
		if n < len(toks) && a.personAt[n] >= 0 {
			m := a.mentions[a.personAt[n]]
			end := a.pastOfState(m.lim)
			if end >= len(toks) || toks[end].kind == tPunct {
				return a.personSpeaker(a.people[m.person], n), toks[i].lower, a.contAfter(end), end, true
			}
		}
	}
	if npLim+1 < len(toks) && toks[npLim].text == "," && npLim > npFirst && (!toks[npFirst].cap || a.ownedPerson(npFirst, npLim)) {
		e := npLim + 1
		for e < len(toks) && e < npLim+4 && a.isNameWord(e) && a.placeAt[e] < 0 && a.orgAt[e] < 0 {
			e++
		}
		if e > npLim+1 && (e >= len(toks) || toks[e].text == "." || toks[e].text == ",") {
			return speaker{name: a.d.text[toks[npLim+1].start:toks[e-1].end], named: true}, toks[i].lower, false, e, true
		}
	}
	if mi := a.nameGivenAfterNoun(npFirst, npLim); mi >= 0 {
		m := a.mentions[mi]
		return a.personSpeaker(a.people[m.person], m.first), toks[i].lower, a.contAfter(m.lim), m.lim, true
	}
	if npLim > npFirst {
		if s, ok := a.resolveNP(npFirst, npLim, at); ok {
			return s, toks[i].lower, a.contAfter(npLim), npLim, true
		}
	}
	return sp, "", false, i, false
}

// subjectOrApposedBody resolves the subject [i, npLim) of the speech verb
// at v; a description that is no person yields to the body named in
// apposition between it and the verb: "the national weather service,
// INMET, said".
func (a *analysis) subjectOrApposedBody(i, npLim, v, at int) (speaker, bool) {
	s, ok := a.resolveNP(i, npLim, at)
	if !ok || s.person == nil && !s.named {
		if b, ok := a.appositionBody(v, i); ok && a.appositionBack(v, i) == npLim {
			return b, true
		}
	}
	return s, ok
}

// cueAtSentenceEnd reads an attribution that closes the quote's sentence
// after a comma, with other words between: `If people tried to "run circles
// around this law" the only outcome would be a tighter law, she said.`,
// `"Hundreds of trees are down" including in the hills, it said.`
func (a *analysis) cueAtSentenceEnd(q *quoteSpan) (speaker, string, bool) {
	toks := a.d.toks
	if q.close < 0 {
		return speaker{}, "", false
	}
	s := a.d.sents[toks[q.close].sent]
	var commas []int
	for k := q.close + 1; k < s.lim; k++ {
		switch {
		case toks[k].kind == tQuote:
			return speaker{}, "", false
		case toks[k].text == ",":
			commas = append(commas, k)
		}
	}
	if len(commas) == 0 || commas[len(commas)-1]+1 >= s.lim {
		return speaker{}, "", false
	}
	comma := commas[len(commas)-1]
	if sp, v, ok := a.subjectBeforeCommaVerb(comma, q.close); ok {
		end := v + 1
		if a.lx.speech[toks[v].lower] == "tell" {
			end = a.npForward(end) // "told the BBC's Focus on Africa programme."
		}
		if sp2, ok := a.closesSentence(end, s.lim, sp); ok {
			return sp2, toks[v].lower, true
		}
	}
	// "Doug Purdy, who lost "two belt loops" by October, says the plan
	// worked": the quote sits in the subject's apposition
	if v := comma + 1; a.speechVerbAt(v) == v {
		if b := a.appositionOpening(q.open, s.first); b > s.first {
			if f := a.npBackward(b, s.first); f < b {
				if sp, ok := a.resolveNP(f, b, q.open); ok {
					return sp, toks[v].lower, true
				}
			}
		}
	}
	// the last comma that opens an attribution: "…, said another witness,
	// former adviser Fiona Hill."
	for i := len(commas) - 1; i >= 0 && i >= len(commas)-3; i-- {
		sp, cue, _, end, ok := a.attributionAt(commas[i]+1, q.open)
		if !ok || cue == "according to" {
			continue
		}
		if sp2, ok := a.closesSentence(end, s.lim, sp); ok {
			return sp2, cue, true
		}
	}
	return speaker{}, "", false
}

// subjectBeforeCommaVerb reads the subject of a speech verb after the
// comma c, all the words from the quote's close (at close) to c: a
// person's name set off by commas at its end, after a description too
// long to read as a speaker phrase (`"…," the country's minister of state
// for petroleum resources, Tamuno Briggs, told journalists`), or a phrase
// with no comma (`"…," shop owner Hayriye Evren, told Associated Press`).
// It returns the speaker and the verb's token.
func (a *analysis) subjectBeforeCommaVerb(c, close int) (speaker, int, bool) {
	toks := a.d.toks
	v := c + 1
	if c < 1 || a.speechVerbAt(v) != v || toks[v].cap {
		return speaker{}, 0, false
	}
	if mi := a.personAt[c-1]; mi >= 0 {
		if m := a.mentions[mi]; m.lim == c && m.prefix > close+1 && toks[m.prefix-1].text == "," {
			return a.personSpeaker(a.people[m.person], m.first), v, true
		}
	}
	f := close + 1
	if f < c && toks[f].text == "," {
		f++
	}
	if mi := a.personAt[f]; mi >= 0 && a.mentions[mi].first < close {
		return speaker{}, 0, false // `Marcia "Cia" Price … shouted`: a nickname
	}
	for k := f; k < c; k++ {
		if toks[k].text == "," || toks[k].kind == tQuote {
			return speaker{}, 0, false
		}
	}
	if sp, ok := a.resolveNP(f, c, close); ok && f < c {
		return sp, v, true
	}
	return speaker{}, 0, false
}

// pastOfState returns the token after "of" and a state at k ("Sergei
// Volkov of Russia"), else k.
func (a *analysis) pastOfState(k int) int {
	toks := a.d.toks
	if k+1 < len(toks) && toks[k].lower == "of" && a.placeAt[k+1] >= 0 {
		if m := a.places[a.placeAt[k+1]]; m.first == k+1 && m.state {
			return m.lim
		}
	}
	return k
}

// closesSentence checks that what follows an attribution, from token end
// to the sentence's end, adds no clause: "she said." or "he said in a
// statement on Tuesday.", not "she said the crowd was small." A name in a
// final apposition is the speaker: "said another witness in the probe,
// former adviser Fiona Hill."
func (a *analysis) closesSentence(end, lim int, sp speaker) (speaker, bool) {
	toks := a.d.toks
	if end < lim && toks[end].kind == tWord && !adjunctOpeners.hasToken(&toks[end]) {
		return sp, false
	}
	for k := end; k < lim; k++ {
		if a.quoteClass(k, qcSpeech) || k > end+20 {
			return sp, false
		}
		if toks[k].text != "," {
			continue
		}
		for j := k + 1; j < lim; j++ {
			if a.quoteClass(j, qcSpeech) || toks[j].text == "," {
				return sp, false
			}
			if mi := a.personAt[j]; mi >= 0 && sp.person == nil {
				if m := a.mentions[mi]; m.lim >= lim || toks[m.lim].kind == tPunct {
					return a.personSpeaker(a.people[m.person], j), true
				}
			}
		}
		return sp, false
	}
	return sp, true
}

// appositionOpening finds the comma before a relative clause or
// apposition that holds token at: ", who lost …", ", a former …"; it
// returns start when there is none.
func (a *analysis) appositionOpening(at, start int) int {
	toks := a.d.toks
	for k := at - 1; k > start && k > at-16; k-- {
		if toks[k].kind == tQuote || a.quoteClass(k, qcSpeech) && !toks[k].cap {
			return start
		}
		if toks[k].text == "," {
			if n := toks[k+1].lower; n == "who" || n == "a" || n == "an" || n == "the" || toks[k+1].kind == tNum {
				return k
			}
			return start
		}
	}
	return start
}

// adjunctOpeners open a phrase that may follow an attribution: "she said
// in a statement", "he told reporters on Tuesday".
var adjunctOpeners = closedWords(func() map[string]bool {
	return map[string]bool{
		"in": true, "on": true, "at": true, "during": true, "after": true, "before": true, "to": true,
		"from": true, "by": true, "via": true, "with": true, "through": true, "last": true, "this": true,
		"earlier": true, "later": true, "yesterday": true, "today": true, "reporters": true, "journalists": true,
	}
})

// appositionEnd returns the closing comma of the apposition that opens at
// the comma i, or -1.
func (a *analysis) appositionEnd(i int) int {
	if v := a.skipApposition(i); v > i {
		return v - 1
	}
	return -1
}

// appositionBack steps back over ", legal director of Redress," that ends
// at e, returning the index of its opening comma, or e when there is none.
func (a *analysis) appositionBack(e, start int) int {
	toks := a.d.toks
	if e-1 <= start || toks[e-1].text != "," {
		return e
	}
	for k := e - 2; k > start && k > e-22; k-- {
		switch {
		case a.abbrevPeriod(k):
		case toks[k].kind == tQuote || toks[k].text == "." || toks[k].text == ";" || toks[k].text == ":":
			return e
		case toks[k].text == ",":
			return k
		}
	}
	return e
}

// isAdverb reports a lower-case "-ly" word: "Gingrich cynically dismissed".
func isAdverb(t token) bool {
	return t.kind == tWord && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !lyNouns.hasToken(&t)
}

// lyNouns end in -ly but are nouns, never adverbs: "the family said".
var lyNouns = wordList("ly-noun")

// contAfter reports that the attribution clause ends with a comma right
// before a new quote: `," she said, "to talk."`.
func (a *analysis) contAfter(i int) bool {
	toks := a.d.toks
	for k := i; k < len(toks) && k < i+12; k++ {
		switch {
		case toks[k].kind == tQuote && a.quoteAt[k] >= 0 && k > 0 && toks[k-1].text == ",":
			return true
		case toks[k].text == "." || toks[k].text == ";" || toks[k].text == ":" || toks[k].kind == tQuote:
			return false
		}
	}
	return false
}

// cueBefore reads an attribution before the opening mark, in the same
// sentence: `Rubio said: "…"`, `Mr Blair told BBC Radio 4: "…"`, `Hayne
// joked in his turn, "…"`, `Shiner described it as "…"`.
func (a *analysis) cueBefore(q *quoteSpan) (speaker, string, bool) {
	sp, cue, at, ok := a.cueBeforeFrom(q, q.open-1)
	if !ok || sp.person != nil || sp.named {
		return sp, cue, ok
	}
	// "Mr Kennedy pointed out that the Netherlands ... have announced their
	// withdrawal "regardless of …"": the words are those of the person whose
	// reported speech holds the quote
	toks := a.d.toks
	for v := at - 1; v > a.d.sents[toks[q.open].sent].first; v-- {
		if a.speechVerbAt(v) != v || a.skipParticle(v+1) >= len(toks) || toks[a.skipParticle(v+1)].lower != "that" {
			continue
		}
		if outer, ocue, _, ok := a.cueBeforeFrom(q, v); ok && (outer.person != nil || outer.named) {
			return outer, ocue, true
		}
		break
	}
	return sp, cue, ok
}

// cueBeforeFrom looks for the nearest speech verb with a speaker at or
// before token from, in the quote's sentence; at is the verb's token.
func (a *analysis) cueBeforeFrom(q *quoteSpan, from int) (sp speaker, cue string, at int, ok bool) {
	toks := a.d.toks
	sent := a.d.sents[toks[q.open].sent]
	start := a.afterDateline(sent.first) // "CHENNAI: NAME rejected ..., calling"
	if start >= q.open {
		return speaker{}, "", 0, false
	}
	// the speech verb nearest before the quote, outside other quotes
	for v := from; v >= start; v-- {
		if a.quoteAt[v] >= 0 && a.quoteAt[v] != a.quoteAt[q.open] {
			continue // an earlier quote of the same sentence: `called them "fools" who "…"`
		}
		if toks[v].lower == "according" && v+1 < q.open && toks[v+1].lower == "to" {
			npLim := a.npForward(v + 2)
			if s, ok := a.resolveNP(v+2, npLim, q.open); ok {
				return s, "according to", v, true
			}
		}
		if s, n, ok := a.orderGiver(q, v); ok {
			return s, toks[n].lower, v, true // "directives from Xi to "…""
		}
		if s, ok := a.ownAccountSpeaker(q, v); ok {
			return s, "account", v, true // "by his own account, the country has "…""
		}
		if a.speechVerbAt(v) != v {
			continue
		}
		if a.purposeSpeech(v, start) {
			// "NAME emerged from the talks to say the sides were "…"": the
			// subject of the sentence says it
			// after "went on to" only a person: "The England coach went
			// on to claim" is read as the body "England coach went"
			if s, ok := a.sentenceSubject(start, v-1, q.open); ok && (s.person != nil || purposeVerbs.has(toks[v].text)) {
				return s, toks[v].lower, v, true
			}
			continue
		}
		if s, ok := a.saidAsideSpeaker(v); ok {
			return s, toks[v].lower, v, true // "The plan, said NAME, would "…""
		}
		if !a.verbUse(v) {
			continue
		}
		if s, ok := a.speakerOfVerb(q, v, start); ok {
			s = a.ofBodyHolder(s, v, start) // "NAME of the Left Bloc said"
			if s.person == nil && !sayVerbs.hasToken(&toks[v]) {
				if o, u, ok := a.reportingSpeaker(q, v, start); ok {
					return o, toks[u].lower, u, true
				}
			}
			return s, toks[v].lower, v, true
		}
	}
	return speaker{}, "", 0, false
}

// reportingVerbs report what follows them as the subject's words
// (words_quotes.tsv reporting-verb).
var reportingVerbs = wordList("reporting-verb")

// echoNouns name a quote's words as someone repeats them after it: "a
// phrase NAME repeated" (words_quotes.tsv echo-noun).
var echoNouns = wordList("echo-noun")

// sayVerbs keep their own subject as the speaker of a quote in a reported
// clause (words_quotes.tsv say-verb).
var sayVerbs = wordList("say-verb")

// reportingSpeaker returns the person who "said" the clause that holds
// the speech verb at v, a person's verb earlier in the sentence, when v's
// own subject is a body or a description and v is no verb of saying:
// "NAME said Latvia's government had informed its partners "…"", "NAME
// said the company needed "…"" are NAME's words; "NAME said police had
// said "…"" are the police's.
func (a *analysis) reportingSpeaker(q *quoteSpan, v, start int) (speaker, int, bool) {
	toks := a.d.toks
	for u := v - 1; u > start; u-- {
		if a.quoteAt[u] >= 0 || toks[u].text == ";" {
			return speaker{}, 0, false
		}
		if !reportingVerbs.hasToken(&toks[u]) || a.speechVerbAt(u) != u || !a.verbUse(u) {
			continue
		}
		if s, ok := a.speakerOfVerb(q, u, start); ok && s.person != nil {
			return s, u, true
		}
		return speaker{}, 0, false
	}
	return speaker{}, 0, false
}

// purposeSpeech reports a speech verb after "to" that says what the
// sentence's subject went on to say: "emerged from the session to say",
// "went on television to warn", and any speech verb after "went on to"
// ("went on to accuse the government of "…""). A person or a pronoun right before "to" is
// the one asked to speak ("asked Smith to say", "urged him to say"), and
// so is a noun for a person ("asked the minister to say").
func (a *analysis) purposeSpeech(v, start int) bool {
	toks := a.d.toks
	if v-3 > start && a.wentOnTo(v) {
		return true // "He went on to accuse the government of "…""
	}
	if v-2 <= start || toks[v-1].lower != "to" || !purposeVerbs.has(toks[v].text) {
		return false
	}
	k := v - 2
	if toks[k].kind != tWord || a.personAt[k] >= 0 || a.quoteClass(k, qcPronoun) || a.personNoun(k) || a.quoteClass(k, qcSpeech) {
		return false
	}
	switch toks[k].lower {
	case "them", "us", "me", "you", "it", "nothing", "something", "anything", "have", "had", "has", "refused", "declined", "want", "wanted":
		return false
	}
	return true
}

// wentOnTo reports "went on to", "goes on to" before the verb at v.
func (a *analysis) wentOnTo(v int) bool {
	toks := a.d.toks
	if v < 3 || toks[v-1].lower != "to" || toks[v-2].lower != "on" {
		return false
	}
	switch toks[v-3].lower {
	case "went", "goes", "going", "gone":
		return true
	}
	return false
}

// purposeVerbs say outright after "to" what is said: "to say", "to
// declare"; most speech verbs ("to describe", "to warn") are not used so.
var purposeVerbs = wordList("purpose-speech")

// passiveAgent reads the agent of a passive speech verb: "was described
// by police as "…"", "a ring described by Sharon as "…"": the one after
// "by" speaks, not the subject.
func (a *analysis) passiveAgent(q *quoteSpan, v int) (speaker, bool) {
	toks := a.d.toks
	if v+2 >= q.open || toks[v+1].lower != "by" || !describingVerbs.hasToken(&toks[v]) {
		return speaker{}, false
	}
	if l := a.npForward(v + 2); l > v+2 && l <= q.open {
		if sp, ok := a.namedInApposition(l, q.open); ok {
			return sp, true // "praised by the school's president, Chui Tsang, as "…""
		}
		return a.resolveNP(v+2, l, q.open)
	}
	return speaker{}, false
}

// passiveDescribed reports a passive describing verb with no agent, or
// "said to be": the subject is what the quoted words describe, not who
// said them ("The driver was described as being "skinny"", "the suspect
// is said to be in "guarded condition""). "was described by police as"
// is passiveAgent's.
func (a *analysis) passiveDescribed(v int) bool {
	toks := a.d.toks
	if v < 1 || !beForms.hasToken(&toks[v-1]) {
		return false
	}
	if describingVerbs.hasToken(&toks[v]) {
		return true
	}
	return toks[v].lower == "said" && v+2 < len(toks) && toks[v+1].lower == "to" && toks[v+2].lower == "be"
}

// beForms make a passive of the participle after them.
var beForms = closedSet("is", "are", "was", "were", "be", "been", "being")

// complementedSubject reads a person who opens the sentence, or its
// clause after a comma, before a chain of names of bodies and places that
// ends at the verb at e: "Rev. Michael Pfleger of the Faith Community of
// St. Sabina in Auburn Gresham called".
func (a *analysis) complementedSubject(start, e, at int) (speaker, bool) {
	toks := a.d.toks
	// after an opening phrase: "Hours after the violence ended, Rev. ..."
	for j := e - 1; j > start; j-- {
		if toks[j].text == "," {
			start = j + 1
			break
		}
	}
	k := start
	for k < e && k < start+3 && a.personAt[k] < 0 && (a.roleKind(k) == rHonorific || a.roleKind(k) == rRank || toks[k].text == ".") {
		k++ // "Rev.", "Dr"
	}
	if k >= e || a.personAt[k] < 0 {
		return speaker{}, false
	}
	m := a.mentions[a.personAt[k]]
	if m.lim >= e || !placeComplementPreps.hasToken(&toks[m.lim]) {
		return speaker{}, false
	}
	for j := m.lim; j < e; j++ {
		t := toks[j]
		if !t.cap && !placeComplementPreps.hasToken(&t) && t.lower != "the" && t.lower != "'s" && t.text != "." {
			return speaker{}, false
		}
	}
	return a.personSpeaker(a.people[m.person], m.first), true
}

// placeComplementPreps join a person's name to the bodies and places after it.
var placeComplementPreps = closedWords(func() map[string]bool {
	return map[string]bool{"of": true, "in": true, "at": true, "from": true}
})

// namedInApposition reads a person's name set off by commas right after a
// phrase that ends at l, before lim: ", Chui Tsang, as".
func (a *analysis) namedInApposition(l, lim int) (speaker, bool) {
	toks := a.d.toks
	if l+1 >= lim || toks[l].text != "," || a.personAt[l+1] < 0 {
		return speaker{}, false
	}
	m := a.mentions[a.personAt[l+1]]
	if m.first != l+1 || m.lim >= lim || toks[m.lim].text != "," && toks[m.lim].lower != "as" {
		return speaker{}, false
	}
	p := a.people[m.person]
	return speaker{name: p.name, person: p}, true
}

// describingVerbs characterise someone or something in the words quoted
// after them; in the passive the agent said them ("was quoted by" or "was
// agreed by" name no speaker of the quote).
var describingVerbs = wordList("describing")

// subjectEnd returns where the subject of the speech verb at v ends,
// stepping back over auxiliaries, adverbs and times: "Rubio said", "Mr
// Kilroy-Silk was heard saying", "Mr Howard last week said", "Bob Geldof in
// July said".
func (a *analysis) subjectEnd(v, start int) int {
	toks := a.d.toks
	e := v
	// "Mr Kilroy-Silk was heard saying", "he was quoted as saying"
	if e-2 > start && strings.HasSuffix(toks[v].lower, "ing") && (toks[e-1].lower == "as" && reportedAs.hasToken(&toks[e-2]) || reportedAs.hasToken(&toks[e-1])) {
		e--
		if toks[e].lower == "as" {
			e--
		}
	}
	for e > start && (isAuxOrAdverb(toks[e-1].lower) || isAdverb(toks[e-1]) || toks[e-1].lower == "not" || a.quoteClass(e-1, qcTime)) {
		e--
		// "Mr Howard last week said"
		if e > start && a.quoteClass(e, qcTime) && (toks[e-1].lower == "last" || toks[e-1].lower == "this") {
			e--
		}
	}
	// "Bob Geldof in July said", "Ann Lee on Monday said"
	if e-2 > start && (toks[e-2].lower == "in" || toks[e-2].lower == "on") && toks[e-1].cap && notNameWords.hasToken(&toks[e-1]) {
		e -= 2
	}
	// "a notice Tuesday saying", "the ministry Tuesday said": a bare
	// weekday is when, not who
	if e-1 > start && a.bareDay(e-1) {
		e--
	}
	return e
}

// bareDay reports a weekday at k that names no person ("Mike Friday")
// and follows a lower-case word: a time adverbial without "on".
func (a *analysis) bareDay(k int) bool {
	toks := a.d.toks
	return k > 0 && toks[k].cap && a.quoteClass(k, qcWeekday) && a.personAt[k] < 0 && !toks[k-1].cap && toks[k-1].kind == tWord
}

// selfNamedBefore reads an apposition that ends, before the comma at e-1,
// in the name a speaker gave themselves: "The man, who identified himself
// as Jimmy Pierre-Louis, warned", "a woman, who gave her name as Rosa
// Lind, said", "a spokesperson, who uses the name Sameer, said". The
// named person speaks.
func (a *analysis) selfNamedBefore(e, start int) (speaker, bool) {
	toks := a.d.toks
	if e-4 < start || toks[e-1].text != "," {
		return speaker{}, false
	}
	mi := a.personAt[e-2]
	if mi < 0 {
		return speaker{}, false
	}
	m := a.mentions[mi]
	k := m.prefix - 1
	if k-1 > start && toks[k].lower == "name" && (npDeterminers.hasToken(&toks[k-1]) || possessivePronoun(toks[k-1].lower)) {
		return a.personSpeaker(a.people[m.person], m.first), true // "who uses the name Sameer"
	}
	if k-1 < start || toks[k].lower != "as" {
		return speaker{}, false
	}
	switch toks[k-1].lower {
	case "himself", "herself", "name":
		return a.personSpeaker(a.people[m.person], m.first), true
	}
	return speaker{}, false
}

// whoAfterTitle reads "NAME, TITLE, who" before e, the token after "who":
// the relative pronoun stands for the person whose title the apposition
// is ("attended by NAME, India's ambassador to Bhutan, who described the
// deal as "…"").
func (a *analysis) whoAfterTitle(e, start int) (speaker, bool) {
	toks := a.d.toks
	for c := e - 3; c-1 >= start && c >= e-16; c-- {
		if toks[c].text != "," {
			continue
		}
		mi := a.personAt[c-1]
		if mi < 0 {
			return speaker{}, false
		}
		if _, end, ok := a.titleAfter(c + 1); ok && (end == e-2 || a.titleComplementTo(end, e-2)) {
			return a.personSpeaker(a.people[a.mentions[mi].person], c-1), true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// speakerOfVerb finds the speaker of the speech verb at v, which opens the
// quote q: its subject, the person a relative pronoun or an apposition
// stands for, the subject of the clause before, or an inverted subject
// after it ("said Rubio: …").
func (a *analysis) speakerOfVerb(q *quoteSpan, v, start int) (speaker, bool) {
	toks := a.d.toks
	if s, ok := a.passiveAgent(q, v); ok {
		return s, true
	}
	if a.passiveDescribed(v) {
		return speaker{}, false
	}
	if s, ok := a.coordinatedSpeaker(v, start); ok {
		return s, true // "NAME met the army chief and said"
	}
	if s, ok := a.quotedAsSayingBefore(v, start, q.open); ok {
		return s, true // "A statement quoted him as saying the attackers "…"": the one quoted
	}
	e := a.subjectEnd(v, start)
	if s, ok := a.participledSubject(v, start, q.open); ok {
		return s, true // "Residents displaced by the flood said"
	}
	if s, ok := a.relativeWhoSpeaker(e, start); ok {
		return s, true
	}
	if s, ok := a.complementedSubject(start, e, q.open); ok {
		return s, true
	}
	// "Garcia chastised the party organizers, who ..., saying "…"": a
	// participle after a comma is the sentence subject's, not its object's
	if strings.HasSuffix(toks[v].lower, "ing") && v-1 > start && toks[v-1].text == "," {
		if s, ok := a.sentenceSubject(start, e, q.open); ok && s.person != nil {
			return s, true
		}
	}
	if f := a.npBackward(e, start); f < e {
		if s, ok := a.openApposition(f, e, start); ok {
			return s, true
		}
		if s, ok := a.resolveNP(f, e, q.open); ok {
			return s, true
		}
	}
	if s, ok := a.apposedNameBefore(e, start); ok {
		return s, true
	}
	// "Carla Ferstman, legal director of Redress, said: "…"": the subject before its apposition
	// "Joe Ek, a commissioner in Kent County, where the school is, said":
	// two appositions in a row
	// "The important thing was action, he said, adding that "…"": the
	// speaker of the clause before the participle
	if s, ok := a.participleSubject(v, start, q.open); ok {
		return s, true
	}
	if s, ok := a.selfNamedBefore(e, start); ok {
		return s, true // "The man, who identified himself as NAME, warned"
	}
	if s, ok := a.selfNamedGroupSubject(start, e); ok {
		return s, true // "A group calling itself NAME, an umbrella for militias, claimed"
	}
	// a person before the appositions speaks ("Jeff Dunn, whose district
	// includes Webster Township, said"); a description yields to a body
	// named in apposition
	s, ok := a.subjectBeforeAppositions(e, start, q.open)
	if ok && (s.person != nil || s.named) {
		return s, true
	}
	if s, ok := a.appositionBody(e, start); ok {
		return s, true
	}
	if ok {
		return s, true
	}
	// "IRCC did not reveal any details, but said "…"": the sentence's subject
	if e > start && (toks[e-1].lower == "but" || toks[e-1].lower == "and" || toks[e-1].text == ",") {
		if s, ok := a.sentenceSubject(start, e, q.open); ok {
			return s, true
		}
	}
	if s, ok := a.acronymAsideSpeaker(e, start, q.open); ok {
		return s, true // "The General Confederation of Labour (CGT) called"
	}
	return a.invertedSpeaker(q, v)
}

// relativeWhoSpeaker returns the person a relative "who" ending the
// subject at e stands for: "Jack Straw, who argues the treaty is "…"";
// the pronoun names no one, so the speaker is the person before it.
func (a *analysis) relativeWhoSpeaker(e, start int) (speaker, bool) {
	toks := a.d.toks
	if e-3 >= start && toks[e-1].lower == "who" && toks[e-2].text == "," {
		if mi := a.personAt[e-3]; mi >= 0 {
			return a.personSpeaker(a.people[a.mentions[mi].person], e-3), true
		}
		if s, ok := a.whoAfterTitle(e, start); ok {
			return s, true
		}
	}
	return speaker{}, false
}

// invertedSpeaker returns the subject after the speech verb at v, as in
// "said Rubio: …", the last resort when nothing before v speaks. Only a
// name or a pronoun counts, ended by punctuation, not "answer the
// question, "…"" nor "said Covington Catholic has "…"", where a verb follows.
func (a *analysis) invertedSpeaker(q *quoteSpan, v int) (speaker, bool) {
	toks := a.d.toks
	if l := a.npForward(a.skipParticle(v + 1)); l > v+1 && l <= q.open && (toks[v+1].cap || a.quoteClass(v+1, qcPronoun)) &&
		(toks[l].kind == tPunct || toks[l].kind == tQuote) {
		if s, ok := a.resolveNP(a.skipParticle(v+1), l, q.open); ok {
			return s, true
		}
	}
	return speaker{}, false
}

// apposedNameBefore reads the name set off by commas right before the
// speech verb's subject end e: "A ministry spokesman, Pavel Drozd, called
// them", a post-nominal after it ("Finance Minister, Tom McCabe MSP,
// said"), the title found before the name opening the apposition ("The
// head of the mission, former foreign minister NAME, said").
func (a *analysis) apposedNameBefore(e, start int) (speaker, bool) {
	toks := a.d.toks
	n := e - 2
	if n-1 > start && a.lx.isPostNominal(&toks[n]) {
		n--
	}
	if e-2 <= start || toks[e-1].text != "," || a.personAt[n] < 0 {
		return speaker{}, false
	}
	m := a.mentions[a.personAt[n]]
	opened := m.prefix > start && toks[m.prefix-1].text == "," || a.describedApposition(m.prefix, start)
	for _, r := range a.people[m.person].roles {
		if r.at == m.first && r.titleLo < m.prefix && r.titleLo > start && a.commaBeforeTitle(r.titleLo, start) {
			opened = true
		}
	}
	if !opened {
		return speaker{}, false
	}
	return a.personSpeaker(a.people[m.person], m.first), true
}

// openApposition reads the person whose apposition the copy left open
// before the speech verb, the body after its preposition being no
// speaker: "Howard Archer, economist at Global Insight said", "Marc
// Ostwald, a strategist at Monument Securities told". The phrase [f, e)
// before the verb is the role's few lower-case words, the preposition and
// the body's capitalised name, or the name alone; ", NAME" stands before
// the role.
func (a *analysis) openApposition(f, e, start int) (speaker, bool) {
	toks := a.d.toks
	k := f
	for k < e && k-f <= 5 && toks[k].kind == tWord && !toks[k].cap && !apposedBodyPreps.hasToken(&toks[k]) {
		k++
	}
	if k+1 >= e || !apposedBodyPreps.hasToken(&toks[k]) || !toks[k+1].cap {
		// the phrase is the body's name alone: the role and the
		// preposition stand before it
		if k != f || f-1 <= start || !apposedBodyPreps.hasToken(&toks[f-1]) {
			return speaker{}, false
		}
		for f--; f-1 > start && k-f <= 6 && toks[f-1].kind == tWord && !toks[f-1].cap; f-- {
		}
	}
	if f-2 < start || toks[f-1].text != "," || a.personAt[f-2] < 0 {
		return speaker{}, false
	}
	m := a.mentions[a.personAt[f-2]]
	if m.lim != f-1 {
		return speaker{}, false
	}
	return a.personSpeaker(a.people[m.person], m.first), true
}

// apposedBodyPreps join a person's role to the body it serves.
var apposedBodyPreps = closedSet("at", "of", "with", "from", "for")

// participleSubject reads the speaker of ", he said, adding that": a
// participle of speech after a comma takes the subject of the speech verb
// just before the comma.
func (a *analysis) participleSubject(v, start, at int) (speaker, bool) {
	toks := a.d.toks
	if !strings.HasSuffix(toks[v].lower, "ing") || v-2 <= start || toks[v-1].text != "," {
		return speaker{}, false
	}
	w := v - 2
	if a.speechVerbAt(w) != w {
		return speaker{}, false
	}
	f := a.npBackward(w, start)
	if f >= w {
		return speaker{}, false
	}
	return a.resolveNP(f, w, at)
}

// subjectBeforeAppositions reads the subject before the appositions that
// end at token e: "Carla Ferstman, legal director of Redress, said", "Joe
// Ek, a commissioner in Kent County, where the school is, said". A person
// further back wins over a body inside an apposition.
func (a *analysis) subjectBeforeAppositions(e, start, at int) (speaker, bool) {
	var first speaker
	found := false
	for b, n := a.appositionBack(e, start), 0; b < e && n < 3; n++ {
		if f := a.npBackward(b, start); f < b {
			if s, ok := a.resolveNP(f, b, at); ok {
				if (s.person != nil || s.named) && !a.describesSubjectBefore(f) {
					return s, true
				}
				if !found || !properBodyName(first) && properBodyName(s) {
					first, found = s, true
				}
			}
		}
		nb := a.appositionBack(b+1, start)
		if nb >= b {
			break
		}
		e, b = b, nb
	}
	return first, found
}

// appositionBody reads the name of a body set off by commas right before
// the verb at e, which is the speaker rather than the description before
// it: "The national weather service, INMET, said", "The company's largest
// shareholder, the investment firm Torsgatan Invest, said". The name is
// the capitalised run that ends the apposition, after a determiner and at
// most three lower-case nouns; a clause ("which runs the NHS", "based in
// Geneva") names no body.
func (a *analysis) appositionBody(e, start int) (speaker, bool) {
	toks := a.d.toks
	b := a.appositionBack(e, start)
	if b >= e || b <= start {
		return speaker{}, false
	}
	n := b + 1
	if w := toks[n].lower; w == "the" || w == "a" || w == "an" {
		n++
	}
	f := n
	aside := false
	if l := a.acronymAsideStart(e-1, n); l < e-1 {
		e, aside = l+1, true // "..., Inter-Services Public Relations (ISPR), said": the name before its acronym
	}
	for n < e-1 && !toks[n].cap && toks[n].kind == tWord && !a.quoteClass(n, qcNPStop) && toks[n].lower != "of" &&
		toks[n].lower != "and" && toks[n].lower != "whose" && !isAdverb(toks[n]) && !strings.HasSuffix(toks[n].lower, "ed") {
		n++
	}
	if n-f > 3 || n >= e-1 {
		return speaker{}, false
	}
	for k := n; k < e-1; k++ {
		if !toks[k].cap || a.personAt[k] >= 0 || a.placeAt[k] >= 0 {
			return speaker{}, false
		}
	}
	if !a.namesBody(n, e-1) {
		return speaker{}, false
	}
	if b > start && a.personNoun(b-1) {
		// "A neighbour, Bronte Harte, said": a name no rule took as a person's
		return speaker{name: a.d.text[toks[n].start:toks[e-2].end], named: true}, true
	}
	if o, ok := a.orgAtTok(n); ok && a.orgAt[e-2] == a.orgAt[n] {
		if aside {
			return speaker{name: a.d.text[toks[n].start:toks[e-2].end], body: true}, true // spelled out, as written
		}
		return speaker{name: a.lx.orgs[o.org].Name, body: true}, true
	}
	// a body by its form: an acronym, a body's noun before the name ("the
	// investment firm Torsgatan Invest") or as its last word ("the Danube
	// Water Board"); "The governor's office, Ndegwa House," is a building
	body := e-1-n == 1 && isAcronym(toks[n].text)
	for k := f; k < n; k++ {
		body = body || a.quoteClass(k, qcBodyNoun)
	}
	switch a.lx.bodyWords[toks[e-2].lower].kind {
	case "body", "state", "company", "media":
		body = true
	}
	if !body {
		return speaker{}, false
	}
	return speaker{name: a.d.text[toks[n].start:toks[e-2].end], body: true}, true
}

// verbUse reports a speech word used as a verb: not "a call for", "the
// claim", "to answer".
func (a *analysis) verbUse(v int) bool {
	if v == 0 {
		return true
	}
	if npDeterminers.hasToken(&a.d.toks[v-1]) || a.d.toks[v-1].lower == "to" {
		return false
	}
	// "the media reports were wrong": a verb follows the noun; but "what
	// he says are" has its subject
	if n := v + 1; n < len(a.d.toks) && copulas.hasToken(&a.d.toks[n]) && !subjectPronouns.hasToken(&a.d.toks[v-1]) && !a.d.toks[v-1].cap &&
		!strings.HasSuffix(a.d.toks[v].lower, "ed") {
		return false
	}
	if a.pluralNounBeforeCopula(v) {
		return false
	}
	// "a tough warning", "the big reveal": an adjective between makes a
	// noun of a word that can be one; "the rebels claim" and "his office
	// said" keep their verb
	t, p := a.d.toks[v], a.d.toks[v-1]
	nounForm := a.lx.speech[t.lower] == t.lower && !pastLikeLemma.hasToken(&t) || strings.HasSuffix(t.lower, "ing")
	if v >= 2 && nounForm && npDeterminers.hasToken(&a.d.toks[v-2]) && p.kind == tWord && !p.cap && !a.personNoun(v-1) &&
		!bodyNouns.hasToken(&p) && !isAuxOrAdverb(p.lower) && (!strings.HasSuffix(p.lower, "s") || strings.HasSuffix(p.lower, "ous")) {
		return false
	}
	// "in a Tumblr post", "an Instagram reply": a name between "a" and a
	// bare form makes a noun of it; "the Taliban claim" keeps its verb
	if w := a.d.toks[max(v-2, 0)].lower; v >= 2 && nounForm && (w == "a" || w == "an") && p.kind == tWord && p.cap {
		return false
	}
	// "described the Ankara talks as": talks held in a place
	if pi := a.placeAt[v-1]; placeEvents.hasToken(&t) && pi >= 0 && a.places[pi].first > 0 && npDeterminers.hasToken(&a.d.toks[a.places[pi].first-1]) {
		return false
	}
	return true
}

// placeEvents are speech verbs' forms that after "the" and a place's
// name are nouns of an event held there: "the Ankara talks".
var placeEvents = wordList("place-event")

// openerWords open a phrase before a sentence's subject: "Asked about
// it, …", "However, …".
var openerWords = wordList("opener")

// reportedAs are participles that report speech heard by others: "was
// heard saying", "was quoted as saying".
var reportedAs = wordList("reported-as")

// subjectPronouns stand as a clause's subject.
var subjectPronouns = closedWords(func() map[string]bool {
	return map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true, "who": true}
})

// copulas and auxiliaries follow a subject: "the reports were".
var copulas = closedWords(func() map[string]bool {
	return map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true}
})

// pastLikeLemma are speech verbs whose past tense is the lemma: "the
// shipyard put it".
var pastLikeLemma = wordList("past-like-lemma")

// npDeterminers open a noun phrase: "the claim", "his answer".
var npDeterminers = closedWords(func() map[string]bool {
	return map[string]bool{
		"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true, "our": true,
		"my": true, "your": true, "this": true, "that": true, "no": true, "any": true, "every": true,
	}
})

// skipParticle steps over the particle of a phrasal verb: "points out the
// resident", "chimed in".
func (a *analysis) skipParticle(i int) int {
	if i < len(a.d.toks) {
		switch a.d.toks[i].lower {
		case "out", "up", "in", "back", "on", "off":
			return i + 1
		}
	}
	return i
}

// sentenceSubject finds the subject that opens a sentence (after an opening
// phrase such as "In a statement,"): a person, a body or a capitalised name.
func (a *analysis) sentenceSubject(start, end, at int) (speaker, bool) {
	toks := a.d.toks
	k := start
	// skip an opening phrase that ends with a comma: "During a speech
	// earlier in the day, Trump attacked …"
	for j := start; j < end && j < start+16; j++ {
		if toks[j].text == "," {
			if w := toks[start].lower; npStop.has(w) || openerWords.has(w) || isAdverbForm(w) {
				k = j + 1
			}
			break
		}
	}
	// "In a televised address he said ... and promised "…"": an opening
	// phrase without a comma ends at the pronoun or name that follows it
	if w := toks[k].lower; k == start && (npStop.has(w) || openerWords.has(w)) && w != "the" {
		k = a.subjectAfterOpener(start, end)
	}
	if k >= end || !toks[k].cap && toks[k].lower != "the" && !a.quoteClass(k, qcPronoun) {
		return speaker{}, false
	}
	l := a.npForward(k)
	if l <= k || l > end {
		return speaker{}, false
	}
	// "The Minister for Energy, Mr NAME, told ... but insisted": a
	// description that names no one is the person in apposition to it,
	// not another holder of its role noun named before
	named := a.hasPerson(k, l)
	if !named {
		if p := a.appositionPerson(a.pastComplement(l, end), end); p != nil {
			return a.personSpeaker(p, l), true
		}
	}
	sp, ok := a.resolveNP(k, l, at)
	if ok && sp.person == nil && named {
		// "The committee's chairman, Sen. Dale Whitcomb, R-Neb., praised
		// ... and said": the name in apposition to the description
		if p := a.appositionPerson(l, end); p != nil {
			return a.personSpeaker(p, l), true
		}
	}
	return sp, ok
}

// pastComplement returns the token after a role's complement of
// capitalised words that opens at l ("for Energy and Green Transition"),
// or l.
func (a *analysis) pastComplement(l, end int) int {
	toks := a.d.toks
	if l >= end || toks[l].lower != "for" && toks[l].lower != "of" {
		return l
	}
	c := l + 1
	for c < end && (toks[c].cap && toks[c].kind == tWord || toks[c].lower == "and" || toks[c].lower == "the") {
		c++
	}
	if c < end && toks[c].text == "," {
		return c
	}
	return l
}

// appositionPerson returns the person named in an apposition that opens
// with the comma at l, past ranks and titles, and closes with a comma
// before end; nil if none.
func (a *analysis) appositionPerson(l, end int) *person {
	toks := a.d.toks
	if l >= end || toks[l].text != "," {
		return nil
	}
	for k := l + 1; k < end && k < l+5; k++ {
		if mi := a.personAt[k]; mi >= 0 {
			m := a.mentions[mi]
			if m.lim < end && toks[m.lim].text == "," {
				return a.people[m.person]
			}
			return nil
		}
		if !toks[k].cap && toks[k].text != "." {
			return nil
		}
	}
	return nil
}

// subjectAfterOpener returns the first subject pronoun or person named
// within the few words after an opening word at start, or start: "In a
// televised address he".
func (a *analysis) subjectAfterOpener(start, end int) int {
	toks := a.d.toks
	for j := start + 1; j < end && j < start+8; j++ {
		w := toks[j].lower
		if personPronouns()[w] != 0 && w != "her" && w != "his" && w != "him" || a.personAt[j] >= 0 {
			return j
		}
		if toks[j].kind != tWord || a.lx.speech[w] != "" {
			break
		}
	}
	return start
}

// standsAlone reports a quote with no cue of its own: it starts its
// sentence and nothing but closing punctuation follows it in the sentence.
func (a *analysis) standsAlone(q *quoteSpan) bool {
	toks := a.d.toks
	// "Then, after a pause: “A few beers.”": a colon with no speech verb
	// before it leaves the quote standing alone too
	afterColon := q.open > 0 && toks[q.open-1].text == ":" && toks[q.open-1].para == toks[q.open].para
	if !toks[q.open].sentStart && !(q.open > 0 && toks[q.open-1].para != toks[q.open].para) && !afterColon {
		return false
	}
	if q.close < 0 {
		return true
	}
	k := q.close + 1
	// `…here.”.`: a stray full stop after the mark still ends the sentence
	for k < len(toks) && toks[k].para == toks[q.close].para && (toks[k].text == "." || toks[k].text == "!" || toks[k].text == "?") {
		k++
	}
	return k >= len(toks) || toks[k].para != toks[q.close].para || toks[k].sentStart || toks[k].kind == tQuote
}

// speechVerbAt returns i when token i is a speech verb, else -1.
func (a *analysis) speechVerbAt(i int) int {
	if i < 0 || i >= len(a.d.toks) {
		return -1
	}
	t := &a.d.toks[i]
	if t.kind != tWord || a.quoteAt != nil && a.quoteAt[i] >= 0 {
		return -1
	}
	// "the United States", "North East Says No", a headline's "Obama Says":
	// a capitalised word inside a sentence is a name, not a verb
	if t.cap && !t.sentStart {
		return -1
	}
	if a.backCueAt(i) {
		return i
	}
	if a.lx.speechShapes.holds(t.shape) && a.quoteClass(i, qcSpeech) {
		if a.lx.speech[t.lower] == t.lower && a.afterStateAdjective(i) {
			return -1 // "Emirati state news agency": a noun; "the Austrian said" stays
		}
		if a.afterPlaceName(i) {
			return -1 // "sent troops to Zulia state": a unit of a state, not a verb
		}
		// "says" in a headline, "call" as a noun: the caller checks the frame
		return i
	}
	return -1
}

// afterStateAdjective reports a word right after a state's adjective
// ("Emirati state"). A verb's base form there is a noun the adjective
// qualifies: a state's adjective used as a noun is singular ("the
// Austrian said") and takes no base form.
func (a *analysis) afterStateAdjective(i int) bool {
	if i < 1 || a.placeAt[i-1] < 0 {
		return false
	}
	m := a.places[a.placeAt[i-1]]
	return m.kind == sAdjective && m.lim == i && m.state
}

// afterPlaceName reports a place unit's noun ("state", "province") right
// after a singular name inside a sentence: "Zulia state" names a region
// whether or not the gazetteer knows it; a singular name takes no base
// form of a verb, even where the name was read as a person's.
func (a *analysis) afterPlaceName(i int) bool {
	t := &a.d.toks[i]
	if i < 1 || !placeUnits.hasToken(t) {
		return false
	}
	p := &a.d.toks[i-1]
	return p.kind == tWord && p.cap && !p.sentStart && p.lower != "i" &&
		!strings.HasSuffix(p.lower, "s") && strings.ToUpper(p.text) != p.text
}

func isAuxOrAdverb(w string) bool { return auxAdverbs.has(w) }

// pronounPhrase returns the end of a speaker phrase that a pronoun makes
// at i: "he", "they", "her office", "his spokesman"; a capitalised "He"
// before a name is the name's first word ("He Jianxiong said").
func (a *analysis) pronounPhrase(i int) (int, bool) {
	toks := a.d.toks
	if possessivePronoun(toks[i].lower) && i+1 < len(toks) && a.ownedNounAt(i+1) {
		// "Its military spokesman", "her chief of staff": the words of the
		// role run to its last person's noun, not to the first modifier
		end := i + 2
		for k := i + 2; k < len(toks) && k < i+5 && !toks[k].cap && a.ownedNounAt(k); k++ {
			if a.personNoun(k) || a.roleKind(k) == rHead {
				end = k + 1
			}
		}
		return end, true
	}
	if _, ok := personPronouns()[toks[i].lower]; ok && !(toks[i].cap && i+1 < len(toks) && a.isNameWord(i+1) && toks[i+1].spaceBefore && !a.titleWordAt(i+1)) {
		return i + 1, true
	}
	if toks[i].lower == "they" || toks[i].lower == "it" || toks[i].lower == "we" || toks[i].lower == "i" {
		return i + 1, true
	}
	return i, false
}

// ownedNounAt reports a word at k that a possessive pronoun may own in a
// speaker phrase: a body's, a person's, a role's, a document's or kin noun.
func (a *analysis) ownedNounAt(k int) bool {
	t := a.d.toks[k]
	return t.kind == tWord && (bodyNouns.hasToken(&t) || humanNouns.hasToken(&t) || a.roleKind(k) != 0 || a.lx.documents[t.lower] || a.lx.kin[t.lower] != 0)
}

// markInPhrase reports a mark at j inside the phrase that opens at i
// rather than ending it.
func (a *analysis) markInPhrase(i, j int) bool {
	toks := a.d.toks
	t := toks[j]
	switch {
	case t.kind == tQuote:
		// "the victims' father": a plural's apostrophe inside the phrase
		return j > i && (a.ownerApostrophe(j) || a.nameApostrophe(j))
	case t.text == ".":
		// the period of "Sgt.", "St." or of an initial, else the sentence ends
		return j > i && toks[j-1].end == t.start && (a.roleKind(j-1) == rRank || a.roleKind(j-1) == rHonorific ||
			len(toks[j-1].text) == 1 || nonFinalAbbrev.hasToken(&toks[j-1]))
	case t.text == ",":
		// "Joseph R. Biden, Jr." keeps its comma; "the lanky, bespectacled
		// professor": adjectives in a row
		return j+1 < len(toks) && nameSuffixes.hasToken(&toks[j+1]) || a.adjectivesBeforeNoun(i, j)
	}
	return false
}

// nameApostrophe reports a plural's apostrophe inside a capitalised name:
// "the National Farmers' Union", "the Police Officers' Association".
func (a *analysis) nameApostrophe(k int) bool {
	toks := a.d.toks
	if k < 1 || k+1 >= len(toks) || toks[k].spaceBefore || toks[k].start != toks[k-1].end || a.quoteAt[k] >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[k].text)
	p, n := toks[k-1], toks[k+1]
	return len(toks[k].text) == utf8.RuneLen(r) && isApostrophe(r) && p.kind == tWord && p.cap && strings.HasSuffix(p.lower, "s") &&
		n.kind == tWord && n.cap && n.spaceBefore && n.para == p.para
}

// npForward returns the end of a speaker phrase starting at i: a pronoun, a
// name with its titles, or a short description ("the Foreign Office", "a
// doctor", "Tony Blair's official spokesman").
func (a *analysis) npForward(i int) int {
	toks := a.d.toks
	if i >= len(toks) {
		return i
	}
	para := toks[i].para
	if lim, ok := a.pronounPhrase(i); ok {
		return lim
	}
	j := i
	for j < len(toks) && toks[j].para == para && j-i < 12 {
		t := toks[j]
		if a.quoteAt[j] >= 0 {
			break
		}
		if t.kind == tQuote || t.kind == tPunct && t.lower != "'s" && t.text != "-" {
			if !a.markInPhrase(i, j) {
				break
			}
			j++
			continue
		}
		// "a memo obtained by", "a notice Tuesday", "the Diocese of Covington
		// condemned": a participle, a day or a verb ends the phrase
		if j > i && (a.endsPhrase(j) || a.goesOnAt(j) || a.backCueAt(j)) {
			break // "NAME went on."
		}
		if t.kind == tNum {
			// "the 39-year-old founder", "UFCW Local 832 president"
			if !(strings.Contains(t.lower, "-year") || j > i && toks[j-1].cap) {
				break
			}
		}
		// "a spokesman for the Foreign Office"
		if t.lower == "for" && j > i && !toks[j-1].cap && a.personNoun(j-1) {
			j++
			continue
		}
		// "Ahmed Said told": a stop word that a person's name goes on
		// through is part of the name
		if bits := a.quoteBits(j); j > i && (bits&qcNPStop != 0 && !a.sameNameAs(j-1, j) && !a.roleOpensAt(j) || bits&qcSpeech != 0 && !t.cap) {
			// "the civil claim said": a speech word before a speech verb is a noun
			if bits&qcNPStop == 0 && j+1 < len(toks) && a.quoteClass(j+1, qcSpeech) && !toks[j+1].cap {
				j++
				continue
			}
			break
		}
		if t.lower == "and" {
			// "Lord Justice Rix and Mr Justice Forbes", "oil and gas worker Mike Wipf"
			if j+1 < len(toks) && toks[j+1].cap || a.nameWithin(j+1, 4) {
				j++
				continue
			}
			break
		}
		j++
	}
	return j
}

// sameNameAs reports the capitalised token k in the mention of a person
// that token p is in: "Said" in "Ahmed Said".
func (a *analysis) sameNameAs(p, k int) bool {
	return a.d.toks[k].cap && a.personAt[k] >= 0 && a.personAt[k] == a.personAt[p]
}

// adjectivesBeforeNoun reports a comma at c inside a description that
// opens at i with its determiner: "the lanky, bespectacled professor".
// Only lower-case words stand before the comma, and after it a few more
// that end on a noun for a person.
func (a *analysis) adjectivesBeforeNoun(i, c int) bool {
	toks := a.d.toks
	if c-i < 2 || c-i > 4 || (toks[i].lower != "the" && toks[i].lower != "a" && toks[i].lower != "an") {
		return false
	}
	for k := i + 1; k < c; k++ {
		if toks[k].kind != tWord || toks[k].cap || a.quoteClass(k, qcNPStop) || a.quoteClass(k, qcHuman) || a.roleKind(k) != 0 {
			return false // "the rookie defenceman, younger brother of …" is an apposition
		}
	}
	for k := c + 1; k < len(toks) && k < c+4; k++ {
		t := toks[k]
		if t.kind != tWord || t.cap || a.quoteBits(k)&(qcNPStop|qcSpeech) != 0 {
			return false
		}
		if a.personNoun(k) {
			return true
		}
	}
	return false
}

// endsPhrase reports a word inside a run that ends a speaker phrase: a
// participle after a document ("a memo obtained"), a verb in -ed after a
// name ("Diocese of Covington condemned"), or a day after a noun ("a
// notice Tuesday").
func (a *analysis) endsPhrase(j int) bool {
	t, p := a.d.toks[j], a.d.toks[j-1]
	if t.kind != tWord {
		return false
	}
	if !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && (a.lx.documents[p.lower] || p.cap && p.kind == tWord && !a.titleWordAt(j-1) || a.personNoun(j-1)) {
		return true
	}
	// "the official spokesman also rejected"
	if !t.cap && a.quoteClass(j, qcAuxAdverb) {
		return true
	}
	return t.cap && weekdays.hasToken(&t) && !p.cap
}

// weekdays end a speaker phrase: "a notice Tuesday".
var weekdays = wordList("weekday")

// nameWithin reports a capitalised word within n words from k, with no
// punctuation before it: the name a description leads to.
func (a *analysis) nameWithin(k, n int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+n; j++ {
		if toks[j].kind != tWord || a.quoteClass(j, qcNPStop) || a.quoteClass(j, qcSpeech) && !toks[j].cap {
			return false
		}
		if toks[j].cap {
			return true
		}
	}
	return false
}

// npBackward returns the start of a speaker phrase that ends at e (exclusive).
func (a *analysis) npBackward(e, start int) int {
	toks := a.d.toks
	f := a.phraseWordsBack(e, start)
	// a description starts with its determiner; drop leading adverbs and conjunctions
	for f < e && (toks[f].lower == "but" || toks[f].lower == "and" || toks[f].lower == "so" || toks[f].lower == "then" || toks[f].lower == "however") {
		f++
	}
	// a capitalised adverb or participle opening the sentence is no part of
	// it: "Privately ministers", "Speaking"
	for f < e && toks[f].cap && (isAdverbForm(toks[f].lower) || strings.HasSuffix(toks[f].lower, "ing")) && a.personAt[f] < 0 {
		f++
	}
	// "a spokesperson for the British Foreign Office": the person noun
	// before the body's complement heads the phrase; a phrase after any
	// other preposition is no subject ("detainee 'A' in Woodhill Prison")
	if prep := toks[max(f-1, 0)].lower; f < e && f-2 >= start && phrasePreps.has(prep) {
		switch {
		case a.quoteClass(f-2, qcDocument) && prep == "from":
			return f // "a statement from the EU said"
		case a.personNoun(f-2) && !toks[f-2].cap || a.quoteClass(f-2, qcBodyNoun):
			if g := a.npBackward(f-1, start); g < f-1 {
				return g
			}
		case prep == "with" || prep == "for" || a.hasPerson(f, e):
			return f // "with Cruz promising", "Speaking in Harrogate Mr Kennedy said"
		}
		return e
	}
	return f
}

// phraseWordsBack returns the first of the words before e, not before
// start, that a speaker phrase may hold: it steps back over names,
// descriptions and the words that join a body's name ("of", "for"), stops
// at a quote, a mark, a verb or a time word, takes a lone pronoun as the
// whole phrase, and reads no more than about ten words. npBackward then
// trims the words that may open the phrase but are no part of it.
func (a *analysis) phraseWordsBack(e, start int) int {
	toks := a.d.toks
	f := e
	for f > start {
		t := toks[f-1]
		if a.quoteAt[f-1] >= 0 {
			break
		}
		if t.kind == tPunct && t.lower != "'s" && t.text != "." {
			break
		}
		// but "Sgt.", "Mr.", "J." and "Ste. Anne" go on through the period
		if t.text == "." && !(f-2 >= start && (a.roleKind(f-2) == rRank || a.roleKind(f-2) == rHonorific || len(toks[f-2].text) == 1 || a.abbrevPeriod(f-1))) {
			break
		}
		if t.kind == tQuote && a.nameApostrophe(f-1) {
			f-- // "the National Farmers' Union said"
			continue
		}
		if t.kind == tQuote || t.kind == tNum && !(isAgeWord(t) && f-2 >= start && toks[f-2].lower == "the" && toks[f].lower != "'s") {
			break // but "the 47-year-old Cork South-Central TD said" (not "the 47-year-old's brother")
		}
		// "and", "for", "of" and "on" join capitalised words inside a name:
		// "the Department for International Development", "the Joint
		// Committee on Intelligence and Security"
		inName := f < e && toks[f].cap && f-2 >= start && toks[f-2].cap && toks[f-2].kind == tWord
		joins := t.lower == "and" || t.lower == "for" || t.lower == "of" || t.lower == "on" && f < e && !a.quoteClass(f, qcTime) && !a.quoteClass(f, qcWeekday)
		// a surname that is also such a word ("Grace Wanjiku Said told") is
		// the name's
		bits := a.quoteBits(f - 1)
		if (bits&qcNPStop != 0 || t.lower == "and" || t.lower == "of") && !(joins && inName) && !(t.cap && a.personAt[f-1] >= 0) {
			if t.lower == "of" {
				f--
				continue
			}
			break
		}
		if !t.cap && bits&qcSpeech != 0 || bits&qcTime != 0 || t.lower == "what" {
			break // "a hospital with what police call "critical" injuries"
		}
		// a month or weekday before the words read ("An August PBO
		// report", "on Wednesday its forces") dates them; it names no one,
		// unless it opens a name ("the Sunday Telegraph")
		if f < e && t.cap && a.personAt[f-1] < 0 && a.orgAt[f-1] < 0 && !a.opensTitledName(f-1, start) && (bits&qcWeekday != 0 || monthWords.hasToken(&t)) {
			break
		}
		if bits&qcPronoun != 0 && f < e && !(t.lower == "her" && (a.quoteClass(f, qcBodyNoun) || a.quoteClass(f, qcHuman) || a.quoteClass(f, qcDocument))) {
			break // "told her", but "her office said"
		}
		// a verb or a subordinator ends the phrase: "the senator emailed
		// supporters", "Though she"
		if f < e && !t.cap && (bits&qcSubordinator != 0 || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && bits&qcHuman == 0 || bits&qcIrregularPast != 0) {
			break // also "he heard students shout"
		}
		f--
		if bits&qcPronoun != 0 || t.lower == "they" || t.lower == "it" || t.lower == "i" || t.lower == "we" || t.lower == "you" {
			break // a pronoun is a whole phrase
		}
		if e-f > 10 {
			break
		}
	}
	return f
}

// opensTitledName reports a capitalised word at k, not before start,
// that "the" precedes and a capitalised word follows: the first word of a
// name ("the Sunday Telegraph").
func (a *analysis) opensTitledName(k, start int) bool {
	toks := a.d.toks
	return k-1 >= start && k+1 < len(toks) && toks[k-1].lower == "the" && toks[k+1].cap && toks[k+1].kind == tWord
}

// hasPerson reports a person named among tokens [f, e).
func (a *analysis) hasPerson(f, e int) bool {
	for k := f; k < e; k++ {
		if a.personAt[k] >= 0 {
			return true
		}
	}
	return false
}

// phrasePreps join a complement to a noun: "a spokesman for", "the
// embassy in".
var phrasePreps = closedWords(func() map[string]bool {
	return map[string]bool{"for": true, "at": true, "in": true, "from": true, "into": true, "with": true}
})

// timeWords end a speaker phrase read backwards: "Earlier this year the
// Royal College", "the EOC last year".
var timeWords = wordList("time")

// isAdverbForm reports a word in -ly that is no noun or name: "privately".
func isAdverbForm(w string) bool {
	if !strings.HasSuffix(w, "ly") || len(w) < 6 || strings.HasSuffix(w, "ily") && len(w) < 8 {
		return w == "sadly" // not "rally", "family", "Emily"
	}
	return true
}

// quotedAsSaying reads "quoted NP as saying" after the verb at v: the
// speaker is the one quoted, not the one who quotes ("Lee quoted the
// agency as saying"). It returns the speaker and the token after the
// clause.
func (a *analysis) quotedAsSaying(v, at int) (speaker, int, bool) {
	toks := a.d.toks
	if w := toks[v].lower; w != "quoted" && w != "quoting" && w != "quotes" {
		return speaker{}, v, false
	}
	f := v + 1
	l := a.npForward(f)
	if l <= f || l+1 >= len(toks) || toks[l].lower != "as" || !strings.HasSuffix(toks[l+1].lower, "ing") || a.speechVerbAt(l+1) != l+1 {
		return speaker{}, v, false
	}
	s, ok := a.resolveNP(f, l, at)
	return s, l + 2, ok
}

// quotedAsSayingBefore reads "quoted NP as" before the participle of
// speech at v, when words stand between it and the quote: "a statement
// quoted him as saying the attackers "will be hunted down"". The one
// quoted speaks.
func (a *analysis) quotedAsSayingBefore(v, start, at int) (speaker, bool) {
	toks := a.d.toks
	if v-3 < start || toks[v-1].lower != "as" || !strings.HasSuffix(toks[v].lower, "ing") {
		return speaker{}, false
	}
	for k := v - 3; k >= start && k >= v-8; k-- {
		if s, e, ok := a.quotedAsSaying(k, at); ok && e == v+1 {
			return s, true
		}
	}
	return speaker{}, false
}

// trimBodyPlace drops the place after a body's head word, so that a body
// is named the same way wherever it speaks: "the Mexican Embassy in
// Washington said" and "the embassy added" are both "Mexican Embassy".
func (a *analysis) trimBodyPlace(name string) string {
	i := strings.LastIndex(name, " in ")
	if i <= 0 {
		return name
	}
	place := strings.Fields(name[i+4:])
	for _, w := range place {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return name
		}
	}
	before := strings.Fields(name[:i])
	if len(place) == 0 || len(before) < 2 {
		return name
	}
	if b, ok := a.lx.bodyWords[strings.ToLower(before[len(before)-1])]; !ok || b.kind == "place" {
		return name
	}
	return name[:i]
}

// speechAfter reports a speech verb at token v, past up to two auxiliaries
// or adverbs before npLim+3 ("has said", "later said").
func (a *analysis) speechAfter(v, npLim int) bool {
	v = a.skipAuxOrAdverbs(v, npLim+3)
	return v < len(a.d.toks) && a.speechVerbAt(v) == v
}

// skipAuxOrAdverbs returns the first token from v, before lim, that is
// no auxiliary or adverb: the verb of "has said", "later said".
func (a *analysis) skipAuxOrAdverbs(v, lim int) int {
	toks := a.d.toks
	for v < len(toks) && v < lim && (isAuxOrAdverb(toks[v].lower) || isAdverb(toks[v])) {
		v++
	}
	return v
}

// speechAfterListApposition returns the token after a comma that closes an
// apposition holding commas of its own, when a speech verb follows it:
// "NAME, senior vice president at Boeing Defense, Space and Security,
// said". It stops at a sentence's end, a quotation mark or a clause (a
// name or a speech verb inside); i when there is none.
func (a *analysis) speechAfterListApposition(i int) int {
	toks := a.d.toks
	if i >= len(toks) || toks[i].text != "," {
		return i
	}
	relative := false // a person inside a relative clause is no speaker: "X, 20, who lives downstairs from Knowles, told"
	for k := i + 1; k < len(toks) && k < i+25 && toks[k].sent == toks[i].sent; k++ {
		switch {
		case toks[k].kind == tQuote || toks[k].text == ";" || toks[k].text == ":" || a.personAt[k] >= 0 && !relative || a.speechVerbAt(k) == k:
			return i
		case toks[k].text == "," && a.speechAfter(k+1, k+1):
			return k + 1
		case toks[k].lower == "who" || toks[k].lower == "whose" || toks[k].lower == "which":
			relative = toks[k-1].text == ","
		}
	}
	return i
}
