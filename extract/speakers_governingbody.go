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

// npStateOwnedOfName: "Egypt's Ministry of Foreign Affairs and Egyptians
// Abroad" is the ministry by its own name, which the state's possessive
// only introduces: the speaker is the name after "'s" when a capitalised
// head word for an institution ("Ministry", "Department") opens it with
// "of" or "for" after it. "Russia's foreign ministry", a description, keeps
// its owner (npDescription).
func (a *analysis) npStateOwnedOfName(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	o := p.f + 1
	for o < p.l && toks[o].lower != "'s" {
		o++
	}
	if o+3 > p.l || len(p.ppl) > 0 || a.placeAt[o-1] < 0 || !a.ofBodyHeadAt(o+1) {
		return speaker{}, npPass
	}
	if j := toks[o+2].lower; j != "of" && j != "for" {
		return speaker{}, npPass
	}
	for k := p.f; k < o; k++ {
		if !toks[k].cap || toks[k].kind != tWord {
			return speaker{}, npPass // "the region's Ministry of ..." is read as ever
		}
	}
	return speaker{name: a.d.text[toks[o+1].start:toks[p.l-1].end], body: true}, npAccept
}
