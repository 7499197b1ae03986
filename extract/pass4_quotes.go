package extract

// Pass 4, quotes and speakers. Reads: the tokens, places, bodies, people
// and roles. Writes: quotesAndSpeakers and the quotes. Rules: quotemarks.go
// (quotation marks, on the tokens), quotes.go (cues before and after a
// quote), speakerphrase.go and speakers.go (speaker phrases resolved to
// names and bodies).

// quotesAndSpeakers is the state of the quotes-and-speakers pass, which
// reads the tokens, places, bodies, people and roles.
type quotesAndSpeakers struct {
	quoteAt []int32  // token -> index of the quote span holding it, or -1
	spoken  []voiced // speakers resolved so far, in text order, for pronouns
	focus   []voiced // people that sentence-opening "he" and "she" stand for
	// chained is the gender that a sentence-opening "he" or "she" gave a
	// person whose name told none: once "He motioned for her" stands for
	// Mason, a later "she said" is someone else's if anyone else fits
	chained map[*person]byte
	// textGender is the gender the text's pronouns give a person whose
	// given name gave the other ("Patrice Lindsay … Lindsay said she"),
	// made on first use (see genderOf)
	textGender map[*person]byte
	// deathMarks holds, for each person the text says died, the first
	// tokens of the mentions that state it (see diedBefore), made on
	// first use
	deathMarks map[*person][]int
	// captions says, for each paragraph, whether photoCaption holds
	captions boolMemo
	// asides says, for each sentence, whether it has a ", the" outside
	// quotes, which describedAside looks for (asked for every sentence
	// near each pronoun)
	asides boolMemo

	salienceOf    []salienceMemo    // salience of mentions by index, computed on first use (see growSalience)
	expansions    map[string][2]int // acronym -> token range of its first expansion, or -1
	capsByInitial *[256][]int32     // capitalised words by first byte, built on first use
	// quoteClasses are the tokens' bits in the lexicon's quoteClassTable,
	// made on first use (see quoteBits)
	quoteClasses tokenClasses
}

// Bits of quoteClassTable: the word lists the quotes pass asks of many
// tokens (each word of a speaker phrase read back from a verb, each word
// after a quote), one look-up a token for them all.
const (
	qcSpeech        uint32 = 1 << iota // a form of a speech verb (lexicon.speech)
	qcNPStop                           // npStop
	qcPronoun                          // personPronouns
	qcTime                             // timeWords
	qcWeekday                          // weekdays
	qcSubordinator                     // subordinators
	qcIrregularPast                    // irregularPast
	qcHuman                            // humanNouns
	qcBodyNoun                         // bodyNouns
	qcDocument                         // lexicon.documents
	qcAuxAdverb                        // auxAdverbs
)

// quoteClassTable is the table of the qc bits, made once per lexicon.
func (lx *lexicon) quoteClassTable() classTable {
	return lx.quoteClasses.get(lx.buildQuoteClasses)
}

// buildQuoteClasses makes quoteClassTable.
func (lx *lexicon) buildQuoteClasses() classTable {
	t := classTable{}
	addMapped(t, qcSpeech, lx.speech)
	addMapped(t, qcPronoun, personPronouns())
	t.add(qcNPStop, npStop.words())
	t.add(qcTime, timeWords.words())
	t.add(qcWeekday, weekdays.words())
	t.add(qcSubordinator, subordinators.words())
	t.add(qcIrregularPast, irregularPast.words())
	t.add(qcHuman, humanNouns.words())
	t.add(qcBodyNoun, bodyNouns.words())
	t.add(qcDocument, lx.documents)
	t.add(qcAuxAdverb, auxAdverbs.words())
	return t
}

// quoteBits returns the qc bits of token i.
func (a *analysis) quoteBits(i int) uint32 {
	if a.quoteClasses.bits == nil {
		a.quoteClasses = newTokenClasses(&a.lx.quoteClasses, a.lx.buildQuoteClasses, a.d)
	}
	return a.quoteClasses.of(i)
}

// quoteClass reports whether token i is in the list of the qc bit.
func (a *analysis) quoteClass(i int, bit uint32) bool {
	return a.quoteBits(i)&bit != 0
}

// findQuotes runs the quotes-and-speakers pass over the tokens d, the
// places and bodies pb and the people and roles pr alone.
// It runs on a, which it sets afresh.
func findQuotes(a *analysis, lx *lexicon, d *doc, pb placesAndBodies, pr peopleAndRoles, trace func(string)) (quotesAndSpeakers, []Quote) {
	*a = analysis{lx: lx, d: d, placesAndBodies: pb, peopleAndRoles: pr, trace: trace}
	a.spoken = d.rooms.spoken[:0] // the document before's array, or nil
	quotes := a.quotes()
	d.rooms.spoken = a.spoken
	return a.quotesAndSpeakers, quotes
}

// quotes lists the direct speech in the article with its speakers.
//
// Quotes are the words between quotation marks of any style. Each is
// attributed by a cue after it ("…," Rubio told reporters; "…," said the
// ministry), before it in its sentence (Rubio said: "…"; Hayne joked, "…")
// or, for a quote standing alone, by the speaker of the quote before it. The
// speaker phrase is resolved to the fullest name through surnames, pronouns
// and role nouns ("the minister"); bodies keep their own name ("Swedish
// Prosecution Authority"). A sentence split by its attribution ("…," she
// said, "…") is one quote. Quotes no cue or neighbour attributes are left
// out, as are titles of works and scare quotes that no speech verb governs.
func (a *analysis) quotes() []Quote {
	spans := a.d.findQuoteSpans()
	a.markQuoteSpans(spans)
	res := a.d.rooms.attributed // the document before's, or made
	if cap(res) < len(spans) {
		res = make([]attributedQuote, len(spans))
	}
	res = res[:len(spans)]
	clear(res)
	a.d.rooms.attributed = res
	sortQuoteSpans(spans)
	for qi := range spans {
		res[qi].span, res[qi].mergeTo = spans[qi], -1
	}
	a.chainPronouns()
	a.attributeByCues(spans, res)
	a.attributeStandalone(res)
	return a.quoteOutput(res)
}

// attributedQuote is a quote span with the text and speaker found for it.
type attributedQuote struct {
	span    quoteSpan
	text    string
	sp      speaker
	cue     string
	rule    string
	mergeTo int // index of the quote this one continues, or -1
}
