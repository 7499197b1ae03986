package extract

// npIssuedDocument: "Harbor Lane Records issued a statement … "…," the
// statement said": a document the article introduced as issued, released
// or sent by someone speaks for them, even when another body was quoted
// since. The nearest earlier mention of the same noun decides; one "in a
// statement" (spoken in it, read by documentSpokenIn) or an earlier
// document named otherwise ends the search, so the rule takes no
// statement from further back than the one the reader has in mind.
func (a *analysis) npIssuedDocument(p *npPhrase) (speaker, npVerdict) {
	noun := p.last.lower
	if !a.lx.documents[noun] || p.l-p.f != 2 || p.first.lower != "the" {
		return speaker{}, npPass
	}
	toks := a.d.toks
	for k := p.f - 1; k > 0 && toks[p.f].para-toks[k].para <= 3; k-- {
		if toks[k].lower != noun || a.quoteAt[k] >= 0 {
			continue
		}
		v := k - 1
		for v > a.d.sents[toks[k].sent].first && v >= k-3 && !authorVerbs.hasToken(&toks[v]) && (npDeterminers.has(toks[v].lower) || !toks[v].cap && isAdjectiveLike(toks[v].lower)) {
			v--
		}
		switch {
		case toks[v].lower == "in":
			return speaker{}, npPass // "said in a statement": documentSpokenIn's
		case authorVerbs.hasToken(&toks[v]) && !toks[v].cap && toks[v].sent == toks[k].sent && v > a.d.sents[toks[v].sent].first:
			if s, ok := a.issuerOf(v); ok {
				return s, npAccept
			}
			return speaker{}, npPass
		case toks[v].lower == "the" || toks[v].lower == "this" || toks[k-1].lower == "the":
			continue // "The statement, which was seen by …": the same text again
		}
		return speaker{}, npPass
	}
	return speaker{}, npPass
}

// isAdjectiveLike reports a lower-case word that may modify a document's
// noun between its verb and it: "a short statement", "a separate letter".
func isAdjectiveLike(w string) bool {
	return len(w) > 2 && !prepositions.has(w) && w != "and" && w != "to"
}
