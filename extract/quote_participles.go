package extract

import "strings"

// postParticiples are past participles not in -ed that open a phrase
// after a speech verb's subject (words_quotes.tsv, post-participle).
var postParticiples = wordList("post-participle")

// participleRunMax is the most words a participle phrase after a subject
// may hold before its speech verb: "dressed for a game", "displaced by the
// flood on Monday".
const participleRunMax = 7

// participlePhraseEnd returns the speech verb after a past participle
// phrase that follows the subject phrase ending at npLim, else npLim:
// ""…," team members dressed for a game say in unison", "residents
// displaced by the flood said". The participle must open on a preposition
// ("displaced by", "gathered outside") so that a past tense with its
// object ("police arrested the man who said") is no such phrase, and the
// phrase holds plain words only: a comma, a mark or "who" ends the reading.
func (a *analysis) participlePhraseEnd(npLim int) int {
	toks := a.d.toks
	if npLim+2 >= len(toks) || !a.postParticiple(npLim) || !a.prepositionAt(npLim+1) {
		return npLim
	}
	for k := npLim + 2; k < len(toks) && k <= npLim+participleRunMax && toks[k].para == toks[npLim].para; k++ {
		if a.speechVerbAt(k) == k {
			if strings.HasSuffix(toks[k].lower, "ing") {
				return npLim // "a man injured in the blast saying": no finite verb
			}
			return k
		}
		if toks[k].kind != tWord && toks[k].kind != tNum || toks[k].cap || phraseBreaks.hasToken(&toks[k]) {
			return npLim // a name may be the subject: "When asked in Ottawa Smith said"
		}
	}
	return npLim
}

// postParticiple reports a lower-case past participle at k.
func (a *analysis) postParticiple(k int) bool {
	t := &a.d.toks[k]
	if t.kind != tWord || t.cap || a.speechVerbAt(k) == k {
		return false
	}
	return len(t.lower) >= 5 && strings.HasSuffix(t.lower, "ed") || postParticiples.hasToken(t)
}

// prepositionAt reports a preposition at k; "to" is left out, which
// after a past tense opens an infinitive ("started to grow last year").
func (a *analysis) prepositionAt(k int) bool {
	t := &a.d.toks[k]
	return t.kind == tWord && t.lower != "to" && (prepositions.hasToken(t) || complementPreps.hasToken(t) || t.lower == "in")
}

// participleSubject returns the speaker of the subject phrase that a
// participle phrase parts from the speech verb at v, the subject read
// before it: "Residents displaced by the flood said: "…"" are the residents,
// not the person named last. It reports false when no participle phrase
// ends at v or its subject resolves to no one.
func (a *analysis) participledSubject(v, start, at int) (speaker, bool) {
	for k := v - 3; k > start && k >= v-participleRunMax-1; k-- {
		if a.participlePhraseEnd(k) != v {
			continue
		}
		if f := a.npBackward(k, start); f < k {
			return a.resolveNP(f, k, at)
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// phraseBreaks end a participle phrase: a relative pronoun or a
// conjunction opens a clause of its own.
var phraseBreaks = closedSet("who", "whom", "whose", "which", "that", "and", "but", "or", "as")
