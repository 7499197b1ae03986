package extract

// saidInParagraphBefore gives a quote standing alone, that no person
// nearby claims, the body or document that the paragraph just before it
// reports speaking: "The white paper said cold slows the brakes.\n\n"This
// is a major challenge."", "…, said the ministry's report.\n\n"…"". Only the
// last sentence of that paragraph is read, and only a subject (before the
// verb, or after it when the verb opens the clause) that resolves to a
// body; a person there is resolvePronoun's.
func (a *analysis) saidInParagraphBefore(q *quoteSpan) (speaker, bool) {
	toks := a.d.toks
	if q.open == 0 || toks[q.open-1].para != toks[q.open].para-1 {
		return speaker{}, false
	}
	s := a.d.sents[toks[q.open-1].sent]
	for v := s.first + 1; v < s.lim; v++ {
		if a.speechVerbAt(v) < 0 || toks[v].cap || !a.verbUse(v) {
			continue
		}
		var sp speaker
		var ok bool
		if toks[v-1].text == "," {
			// "…, said the winter report.": the subject after the verb
			l := v + 1
			for l < s.lim && l < v+7 && toks[l].kind == tWord {
				l++
			}
			if l > v+1 && l < s.lim && toks[l].text == "." {
				sp, ok = a.resolveNP(v+1, l, q.open)
			}
		} else if e := a.skipAuxBack(v, s.first); a.npBackward(e, s.first) == s.first {
			sp, ok = a.resolveNP(s.first, e, q.open)
		}
		if ok && sp.body && sp.person == nil {
			return sp, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// skipAuxBack steps back from the verb at v over auxiliaries and adverbs
// ("has also said"), returning the token after the subject.
func (a *analysis) skipAuxBack(v, start int) int {
	toks := a.d.toks
	for v-1 > start && !toks[v-1].cap && (isAuxOrAdverb(toks[v-1].lower) || isAdverb(toks[v-1])) {
		v--
	}
	return v
}
