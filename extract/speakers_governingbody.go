package extract

// "World football's governing body said in a statement" stands for the
// body that spoke last, as "the company said" does, though "body" is no
// kind of organisation the lexicon lists and the phrase may open with the
// field the body governs rather than "the" (sk13, blind round r29g).

// governingModifiers are the words before "body" that make it an
// organisation: "governing body", "regulatory body".
var governingModifiers = wordList("body-modifier")

// npGoverningBody: "the governing body", "the sport's governing body",
// "world football's governing body" is the body that said something last,
// within four paragraphs.
func (a *analysis) npGoverningBody(p *npPhrase) (speaker, npVerdict) {
	if p.l-p.f < 2 || p.last.lower != "body" || !governingModifiers.hasToken(&a.d.toks[p.l-2]) || len(p.ppl) > 0 {
		return speaker{}, npPass
	}
	for k := p.f; k < p.l-2; k++ {
		if t := a.d.toks[k]; t.kind != tWord && t.lower != "'s" {
			return speaker{}, npPass
		}
	}
	s, tok, ok := a.lastBodySaying(p.f)
	if !ok || a.d.toks[p.f].para-a.d.toks[tok].para > 4 {
		return speaker{}, npPass
	}
	return s, npAccept
}
