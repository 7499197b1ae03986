package extract

import "strings"

// groupIssuer reads the subject of the author verb at v when it is people
// described, not named: "Forty doctors from the city's hospitals signed an
// open letter", "Three dozen scholars, who study the region, have signed
// a letter". The group issued the document, so the letter speaks for
// them. start is the first token of the sentence; a named body or person
// is issuerOf's.
func (a *analysis) groupIssuer(v, start int) (speaker, bool) {
	toks := a.d.toks
	e := a.appositionBack(v, start)
	f := a.npBackward(e, start)
	if f >= e {
		return speaker{}, false
	}
	// the head noun: the last word before "of"/"from"/"at" ("doctors from
	// the city's hospitals"), else the last word of the phrase
	h := e - 1
	for k := f + 1; k < e; k++ {
		if prepositions.has(toks[k].lower) {
			h = k - 1
			break
		}
	}
	if h <= start && h != f || toks[h].cap || !plural(toks[h].lower) || !a.personNoun(h) && !humanNouns.has(strings.TrimSuffix(toks[h].lower, "s")) || a.anyCap(f+1, h+1) {
		return speaker{}, false
	}
	return speaker{name: trimDeterminer(a.d.text[toks[f].start:toks[h].end]), body: true}, true
}

// issuedDocumentBefore finds, for an "it" that names no body, the
// document the article said someone issued within the three paragraphs
// before token at: "Thirty farmers have signed a letter to the council.
// "…," it stated." The nearest document noun decides; one that no author
// verb introduced ends the search. It returns the document's token too, so
// that a body named after it stays the nearer antecedent.
func (a *analysis) issuedDocumentBefore(at int) (speaker, int, bool) {
	toks := a.d.toks
	for k := at - 1; k > 0 && toks[at].para-toks[k].para <= 3; k-- {
		if !a.lx.documents[toks[k].lower] || toks[k].cap || a.quoteAt[k] >= 0 {
			continue
		}
		v := k - 1
		for v > a.d.sents[toks[k].sent].first && v >= k-3 && !authorVerbs.hasToken(&toks[v]) && (npDeterminers.has(toks[v].lower) || !toks[v].cap && isAdjectiveLike(toks[v].lower)) {
			v--
		}
		if !authorVerbs.hasToken(&toks[v]) || toks[v].cap || toks[v].sent != toks[k].sent || v <= a.d.sents[toks[v].sent].first {
			return speaker{}, k, false
		}
		s, ok := a.issuerOf(v)
		return s, k, ok
	}
	return speaker{}, -1, false
}
