package extract

import "strings"

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
	"judgement": true, "order": true, "complaint": true, "lawsuit": true, "indictment": true,
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
		// "Prime Minister Tony Blair's official spokesman"
		p := a.people[ppl[0]]
		return speaker{name: p.name + "'s " + a.d.text[toks[possessive+1].start:toks[l-1].end], body: true}, true
	case len(ppl) == 1:
		return a.personSpeaker(a.people[ppl[0]], f), true
	case len(ppl) > 1:
		// "Lord Justice Rix and Mr Justice Forbes"
		return speaker{name: raw, body: true}, true
	}
	if a.isPronounLike(first.lower) {
		return speaker{}, false
	}
	// a description with a role noun: "the minister", "the prime minister"
	last := toks[l-1]
	if documentNouns[last.lower] {
		if s, ok := a.resolveBody(f); ok {
			return s, true
		}
		return speaker{}, false
	}
	if k := a.roleKind(l - 1); (k == rHead || k == rWeak) && (first.lower == "the" || first.lower == "a" || first.lower == "an") {
		if first.lower == "the" {
			if p := a.personWithHead(last.lower, f); p != nil {
				return a.personSpeaker(p, f), true
			}
		}
		return speaker{name: raw, body: true}, true
	}
	// a body or a description: "the Swedish Prosecution Authority", "Hamas",
	// "the doctor", "police"; a lone capitalised word is a person known by one name
	if !first.cap && first.lower != "the" && first.lower != "a" && first.lower != "an" && !a.anyCap(f, l) {
		// a bare lower-case noun phrase such as "officials", "police"
		if l-f > 3 {
			return speaker{}, false
		}
	}
	if raw == "" {
		return speaker{}, false
	}
	return speaker{name: raw, body: true}, true
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

// resolvePronoun finds the person a pronoun at token at refers to: the last
// person quoted or named before it, preferring the subject of each sentence,
// and agreeing in gender where the gender is known. gender 0 accepts anyone.
func (a *analysis) resolvePronoun(gender byte, at int) *person {
	toks := a.d.toks
	if at >= len(toks) {
		return nil
	}
	agrees := func(p *person) bool {
		return gender == 0 || p.gender == 0 || p.gender == gender
	}
	sent := toks[at].sent
	// candidates: person mentions outside quotes, and speakers resolved so far
	type cand struct {
		tok     int
		p       *person
		subject bool
	}
	var cands []cand
	for _, m := range a.mentions {
		if m.first >= at || a.quoteAt[m.first] >= 0 {
			continue
		}
		if toks[m.first].sent < sent-4 {
			continue
		}
		cands = append(cands, cand{tok: m.first, p: a.people[m.person], subject: a.isSubject(m)})
	}
	for _, v := range a.spoken {
		if v.tok < at && v.sp.person != nil && toks[v.tok].sent >= sent-4 {
			cands = append(cands, cand{tok: v.tok, p: v.sp.person, subject: true})
		}
	}
	// walk back sentence by sentence; within one, subjects first, latest first
	for s := sent; s >= 0 && s >= sent-4; s-- {
		var best *cand
		for ci := range cands {
			c := &cands[ci]
			if toks[c.tok].sent != s || !agrees(c.p) {
				continue
			}
			if best == nil || (c.subject && !best.subject) || (c.subject == best.subject && c.tok > best.tok) {
				best = c
			}
		}
		if best != nil {
			return best.p
		}
	}
	return nil
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
	for i := len(a.spoken) - 1; i >= 0; i-- {
		if v := a.spoken[i]; v.tok < at && v.sp.body {
			return v.sp, true
		}
	}
	// "the US military said in a statement": a speech verb with a
	// non-person subject before the position
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
			return speaker{name: raw, body: true}, true
		}
	}
	return speaker{}, false
}

// officialCountry is the country reported for a person's role.
func (a *analysis) officialCountry(p *person) string {
	if p.role == nil {
		return ""
	}
	return p.role.country
}
