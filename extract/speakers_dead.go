package extract

import (
	"maps"
	"strings"
)

// The people the text says died, for the speakers of pronouns: a man
// named as killed ("Okafor was hit twice and died at the scene", "The
// man who died was identified as Travis Okafor") says nothing after that
// point, so a later "he said" is someone else's where anyone else fits.
// The quotes pass reads the marks itself from the death words of the
// lexicon; the figures pass, which counts the dead, runs later.

// diedBefore reports a statement before token at that p died, read at
// the nearest mark before at: a speaker p became after the mark, or a
// pronoun whose sentence looks back in time ("she wrote in December",
// "had said", "at the time"), keeps the dead man's own earlier words.
func (a *analysis) diedBefore(p *person, at int) bool {
	if a.deathMarks == nil {
		a.deathMarks = a.readDeathMarks()
	}
	mark := -1
	for _, tok := range a.deathMarks[p] {
		if tok < at {
			mark = tok
		}
	}
	if mark < 0 || a.pastTimeAt(at) {
		return false
	}
	for _, v := range a.spoken {
		if v.sp.person == p && v.tok > mark && v.tok < at {
			return false // "Okafor said" after the mark: not the dead Okafor
		}
	}
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		if m.first > mark && m.first < at && a.speaksAfter(m) {
			return false // "Torres said this is the first time": a namesake alive
		}
	}
	return true
}

// speaksAfter reports a mention that a speech verb follows, past an
// apposition: "Havvard said", "NAME, a neighbour, told".
func (a *analysis) speaksAfter(m personMention) bool {
	v := a.skipApposition(m.lim)
	return v < len(a.d.toks) && a.quoteAt[v] < 0 && a.quoteClass(v, qcSpeech)
}

// pastTimeWords in the pronoun's sentence set its words before the
// telling: "she wrote", "he had said", "in a post", "once said".
var pastTimeWords = closedSet("wrote", "written", "posted", "had", "once", "previously", "earlier", "ago",
	"recalled", "during", "letter")

// pastTimeAt reports a sentence of the pronoun at that looks back: a
// word of pastTimeWords, a month ("in December"), "at the time", or
// "last" before a span of time ("told reporters last year").
func (a *analysis) pastTimeAt(at int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[at].sent]
	for k := s.first; k < len(toks) && toks[k].sent == toks[at].sent; k++ {
		if a.quoteAt[k] >= 0 {
			continue
		}
		t := &toks[k]
		if pastTimeWords.hasToken(t) || monthWords.hasToken(t) && t.cap {
			return true
		}
		if k+2 < len(toks) && t.lower == "at" && toks[k+1].lower == "the" && toks[k+2].lower == "time" {
			return true
		}
		if t.lower == "last" && k+1 < len(toks) && timeSpans.hasToken(&toks[k+1]) {
			return true
		}
	}
	return false
}

// timeSpans follow "last" in a date of the past.
var timeSpans = closedSet("year", "month", "week", "summer", "winter", "spring", "fall", "autumn", "night",
	"weekend")

// generationSuffixes mark a name shared across generations: "NAME Jr."
// may be merged with his dead father or grandfather. They are the
// suffixes that close a name, and the same words spelled out.
var generationSuffixes = closedWords(func() map[string]bool {
	set := maps.Clone(nameSuffixes.words())
	set["junior"], set["senior"] = true, true
	return set
})

// readDeathMarks returns, for each person the text states died, the
// first tokens of the mentions that state it, in text order. A person
// named across generations ("Jr.", "Sr.") gets none.
func (a *analysis) readDeathMarks() map[*person][]int {
	out := map[*person][]int{}
	lastSent, lastHas := int32(-1), false // the mentions come in text order
	for _, m := range a.mentionsInOrder() {
		mm := a.mentions[m]
		if a.quoteAt[mm.first] >= 0 {
			continue
		}
		if s := a.d.toks[mm.first].sent; s != lastSent {
			lastSent, lastHas = s, a.sentenceMayTellDeath(int(s))
		}
		if !lastHas {
			continue
		}
		if !a.diesAfterName(mm) && !a.namedAsDead(mm) && !a.killedObject(mm) {
			continue
		}
		p := a.people[mm.person]
		if a.generational(p) {
			continue
		}
		out[p] = append(out[p], mm.first)
	}
	return out
}

// sentenceMayTellDeath is a cheap necessary condition of the three
// rules of readDeathMarks, read once a sentence: each needs, in the
// sentence of the mention, a word that starts a phrase of the death
// lexicon (death.match returns words only where startsLower holds) or
// "dead" or "deceased". diesAfterName reads only its own sentence's
// tokens and says yes only at a death phrase or "dead"; namedAsDead
// needs "dead", "deceased" or a death phrase between the sentence's first
// token and the name; killedObject needs an active death phrase that
// starts between the sentence's first token and the name.
func (a *analysis) sentenceMayTellDeath(si int) bool {
	toks := a.d.toks
	s, death := a.d.sents[si], &a.lx.death
	for k := s.first; k < s.lim; k++ {
		t := &toks[k]
		if death.heads.holds(t.shape) && death.startsLower(t) || t.lower == "dead" || t.lower == "deceased" {
			return true
		}
	}
	return false
}

// generational reports a person a mention of whom carries "Jr." or "Sr.".
func (a *analysis) generational(p *person) bool {
	toks := a.d.toks
	for _, w := range p.words {
		if generationSuffixes.has(strings.ToLower(w)) {
			return true
		}
	}
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		for k := m.first; k < m.lim+2 && k < len(toks); k++ {
			if generationSuffixes.hasToken(&toks[k]) {
				return true
			}
		}
	}
	return false
}

// deadClauseStops end the clause that a name opens before any death word
// in it is the name's: a negation or a mood ("did not die", "could have
// been killed"), a near miss, and the words that open another clause
// ("whose son was killed", "the blast in which five died").
var deadClauseStops = closedSet("not", "never", "nearly", "almost", "narrowly", "could", "would", "might",
	"may", "if", "whose", "which", "that", "when", "while", "where", "after", "before", "because", "but",
	"his", "her", "their", "its", "whom", "as", "than", "or")

// diesAfterName reports a name whose own clause says the person died:
// "NAME died", "NAME, 29, of Kettering, was shot dead", "NAME was hit
// twice in the chest and died", "NAME, who was killed". A passive death
// word needs its auxiliary; a speech verb, a pronoun, another name or a
// clause word stops the reading.
func (a *analysis) diesAfterName(m personMention) bool {
	toks := a.d.toks
	if possessiveAt(toks, m.lim) {
		return false // "Okafor's friend": the friend's clause
	}
	if m.prefix > 0 && ownerPrepositions.hasToken(&toks[m.prefix-1]) {
		return false // "The grandson of Rep. NAME was fatally shot": the grandson
	}
	k := a.skipApposition(a.skipApposition(m.lim))
	for j := m.lim; j < k; j++ {
		if toks[j].lower == "whose" {
			return false // "NAME, whose father, NAME, died": the father
		}
	}
	start, aux := k, false
	for ; k < len(toks) && k < start+14 && toks[k].sent == toks[m.first].sent; k++ {
		t := &toks[k]
		if a.quoteAt[k] >= 0 || a.personAt[k] >= 0 || t.text == ";" || t.text == ":" ||
			a.quoteClass(k, qcSpeech) || a.quoteClass(k, qcPronoun) || deadClauseStops.hasToken(t) ||
			t.lower == "who" && k != start || t.lower == "and" && !a.deathFollows(k+1) {
			return false
		}
		vals, _ := a.lx.death.match(toks, k, true)
		for _, v := range vals {
			switch a.lx.deathKinds[v] {
			case dIntrans:
				return !a.obituaryDeath(k)
			case dPassive:
				if aux {
					return true
				}
			}
		}
		if t.lower == "dead" && aux {
			return true // "was already dead"
		}
		if passiveAuxiliaries.hasToken(t) {
			aux = true
		}
	}
	return false
}

// obituaryDeath reports a death word at k in an obituary's words, "NAME
// dies aged 92", "NAME has died at the age of 79": the article looks back
// on a life, and its "he said" may be the dead man's own words from
// before.
func (a *analysis) obituaryDeath(k int) bool {
	toks := a.d.toks
	if toks[k].lower == "dies" || k > 0 && (toks[k-1].lower == "has" || toks[k-1].lower == "have") {
		return true
	}
	for j := k + 1; j < len(toks) && toks[j].sent == toks[k].sent; j++ {
		if toks[j].lower == "aged" || toks[j].lower == "age" {
			return true
		}
	}
	return false
}

// ownerPrepositions before a name make it no subject of the clause.
var ownerPrepositions = closedSet("of", "to", "for", "with", "by", "from")

// deathFollows reports that the words after an "and" at k-1 go on with
// the same subject's death: "and died", "and later died", "and was
// pronounced dead", not "and three others died".
func (a *analysis) deathFollows(k int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+3; j++ {
		if vals, _ := a.lx.death.match(toks, j, true); len(vals) > 0 {
			return true
		}
		if !passiveAuxiliaries.hasToken(&toks[j]) && !isAdverbWord(toks[j].lower) && !deathAdverbs.hasToken(&toks[j]) {
			return false
		}
	}
	return false
}

// deathAdverbs may stand between "and" and a death word: "and later died".
var deathAdverbs = closedSet("later", "then", "subsequently", "eventually", "soon")

// namedAsDead reports a name given to the dead after "identified as" or
// "named as", alone or in a list: "The man who died was identified as
// NAME", "The dead were named by the company as NAME and NAME".
func (a *analysis) namedAsDead(m personMention) bool {
	toks := a.d.toks
	if possessiveAt(toks, m.lim) {
		return false
	}
	first := a.d.sents[toks[m.first].sent].first
	as := -1
	for k := m.prefix - 1; k >= first; k-- {
		if toks[k].lower == "as" {
			as = k
			break
		}
		if a.quoteClass(k, qcSpeech) || toks[k].text == ";" || toks[k].text == ":" || a.quoteAt[k] >= 0 ||
			a.quoteClass(k, qcPronoun) || deadClauseStops.hasToken(&toks[k]) || k < m.prefix-25 {
			return false // "… as NAME, and his brother NAME": the brother is no one named as dead
		}
	}
	if as < 0 {
		return false
	}
	named, died := false, false
	for k := first; k < as; k++ {
		switch toks[k].lower {
		case "identified", "named":
			named = true
		case "dead", "deceased":
			died = true
		}
		if vals, _ := a.lx.death.match(toks, k, true); len(vals) > 0 {
			for _, v := range vals {
				if kd := a.lx.deathKinds[v]; kd == dIntrans || kd == dPassive {
					died = true
				}
			}
		}
	}
	return named && died
}

// killWordStops are active death words that need not kill the words
// after them ("claimed", "left") and the words that end the object of a
// killing before a name ("killed two people in an attack led by NAME").
var killWordStops = closedSet("claiming", "claimed", "left", "leaving", "drowning", "and", "but", "or", "who",
	"whom", "whose", "when", "was", "were", "is", "are", "been", "that", "which", "by", "in", "at", "on", "during", "near", "with", "for", "from", "after", "as", "while")

// killedObject reports a name that is the object of an active killing:
// "killing NAME", "for fatally shooting one of the teens, 13-year-old
// NAME". A name that a speech verb follows is the speaker of the clause
// after the killing ("The blast killed three, Governor NAME said").
func (a *analysis) killedObject(m personMention) bool {
	toks := a.d.toks
	if possessiveAt(toks, m.lim) {
		return false // "killing Gordon's brother": the brother died
	}
	if v := a.skipApposition(m.lim); v < len(toks) && a.quoteClass(v, qcSpeech) {
		return false
	}
	first := a.d.sents[toks[m.first].sent].first
	for k := m.prefix - 1; k >= first && k >= m.prefix-9; k-- {
		t := &toks[k]
		if a.quoteAt[k] >= 0 || a.personAt[k] >= 0 || t.text == "." || t.text == ";" || t.text == ":" ||
			a.quoteClass(k, qcSpeech) || a.quoteClass(k, qcPronoun) || killWordStops.hasToken(t) {
			return false
		}
		vals, lim := a.lx.death.match(toks, k, true)
		for _, v := range vals {
			if a.lx.deathKinds[v] == dActive && lim <= m.prefix {
				return true
			}
		}
	}
	return false
}

// possessiveAt reports "'s" at k: the name owns the noun after it.
func possessiveAt(toks []token, k int) bool {
	return k < len(toks) && (toks[k].lower == "'s" || toks[k].lower == "’s" || toks[k].lower == "'" || toks[k].lower == "’")
}
