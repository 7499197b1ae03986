package extract

import "strings"

// The people the text says died, for the speakers of pronouns: a man
// named as killed ("Okafor was hit twice and died at the scene", "The
// man who died was identified as Travis Okafor") says nothing after that
// point, so a later "he said" is someone else's where anyone else fits.
// The quotes pass reads the marks itself from the death words of the
// lexicon; the figures pass, which counts the dead, runs later.

// diedBefore reports a statement before token at that p died.
func (a *analysis) diedBefore(p *person, at int) bool {
	if a.deathMarks == nil {
		a.deathMarks = a.readDeathMarks()
	}
	tok, ok := a.deathMarks[p]
	return ok && tok < at
}

// readDeathMarks returns, for each person the text states died, the
// first token of the first mention that states it.
func (a *analysis) readDeathMarks() map[*person]int {
	out := map[*person]int{}
	for _, m := range a.mentions {
		if a.quoteAt[m.first] >= 0 {
			continue
		}
		if !a.diesAfterName(m) && !a.namedAsDead(m) && !a.killedObject(m) {
			continue
		}
		p := a.people[m.person]
		if tok, ok := out[p]; !ok || m.first < tok {
			out[p] = m.first
		}
	}
	return out
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
	if m.lim < len(toks) && (toks[m.lim].lower == "'s" || toks[m.lim].lower == "’s") {
		return false // "Okafor's friend": the friend's clause
	}
	k := a.skipApposition(a.skipApposition(m.lim))
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

// deathFollows reports that the words after an "and" at k-1 go on with
// the same subject's death: "and died", "and later died", "and was
// pronounced dead", not "and three others died".
func (a *analysis) deathFollows(k int) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && j < k+3; j++ {
		if vals, _ := a.lx.death.match(toks, j, true); len(vals) > 0 {
			return true
		}
		if !passiveAuxiliaries.hasToken(&toks[j]) && !lyAdverb(toks[j].lower) && !deathAdverbs.hasToken(&toks[j]) {
			return false
		}
	}
	return false
}

// lyAdverb reports a word in -ly: "and tragically died".
func lyAdverb(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") }

// deathAdverbs may stand between "and" and a death word: "and later died".
var deathAdverbs = closedSet("later", "then", "subsequently", "eventually", "soon")

// namedAsDead reports a name given to the dead after "identified as" or
// "named as", alone or in a list: "The man who died was identified as
// NAME", "The dead were named by the company as NAME and NAME".
func (a *analysis) namedAsDead(m personMention) bool {
	toks := a.d.toks
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
	"that", "which", "by", "in", "at", "on", "during", "near", "with", "for", "from", "after", "as", "while")

// killedObject reports a name that is the object of an active killing:
// "killing NAME", "for fatally shooting one of the teens, 13-year-old
// NAME". A name that a speech verb follows is the speaker of the clause
// after the killing ("The blast killed three, Governor NAME said").
func (a *analysis) killedObject(m personMention) bool {
	toks := a.d.toks
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
