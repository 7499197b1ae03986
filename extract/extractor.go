package extract

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

// Extractor runs the five rule-based extractors over article bodies. It holds
// only the gazetteers, read on first use; it is safe for concurrent use.
type Extractor struct {
	lexicon func() (*lexicon, error)
}

// New returns an Extractor. It is cheap: the embedded gazetteers and word
// lists are read on the first Extract of a body with any text, once per
// process, and shared read-only by every Extractor, so that a command with
// nothing to extract does not pay for them. The error is always nil: data
// that does not load is a bug in the build, not in the input, and Extract
// panics on it (see Extract); the package's tests load every list.
func New() (*Extractor, error) {
	return &Extractor{lexicon: sharedLexicon}, nil
}

// tokenBuffers keeps token slices, and the passes' marks per token,
// between Extract calls: they are a third of what an Extract allocates, and
// garbage made per article is what the collector spends its time on (it
// rescans the gazetteers each cycle).
var tokenBuffers bufferPool

// bufferPool is a sync.Pool of a document's buffers of articles' size;
// buffers of a very long text are left to the collector rather than held.
type bufferPool struct{ pool sync.Pool }

// docBuffers are the slices a doc keeps between documents: its tokens,
// sentences and paragraphs, the room for marks per token (see
// doc.tokenMarks) and the numbers read (see doc.parseNumber), and the room
// of the passes' lists (passRooms).
type docBuffers struct {
	toks      []token
	sents     []sentence
	paras     []paragraph
	marks     []int32
	numbers   []parsedNumber
	quoteToks []int32
	shapes    *shapeFilter // see doc.shapeRoom
	rooms     passRooms
	// doc is the doc of the document before, set afresh by newDocIn;
	// nothing of a Result points to it.
	doc *doc
}

// passRooms are the arrays of the places and bodies (pass 2), mentions of
// people (pass 3) and quotes read (pass 4) of the document before, kept
// with its tokens as room for the next document's (see doc.rooms): each pass takes
// its array from the doc and hands it back when done, so a pass runs once
// a document. Nothing of a Result points into them.
type passRooms struct {
	places     []placeMention
	orgs       []orgMention // bodies of pass 2 (no pointers: never cleared)
	mentions   []personMention
	attributed []attributedQuote
	spoken     []voiced // speakers of pass 4, in text order
	// persons is the room of the people of pass 3 (see analysis.newPerson),
	// emptied only here, between documents
	persons []person
	// analysis is the analysis of Extract, set afresh by each pass; fields
	// and offices are the answers of lowerFields and officeOf by title,
	// which depend on the title alone (cleared when kept, as maps keep
	// their room).
	analysis *analysis
	fields   map[string][]string
	offices  map[string]officeFacts
	// spans are the quote spans of findQuoteSpans (pass 4); midCap,
	// givenIndex the maps of midSentenceCap and byGivenName, cleared
	// before they are filled; salience the memo of salience, emptied
	// before it is grown (see growSalience)
	spans      []quoteSpan
	midCap     map[string]bool
	givenIndex map[string][]int
	salience   []salienceMemo
}

// roomMap returns the map *m, made the first time.
func roomMap[K comparable, V any](m *map[K]V) map[K]V {
	if *m == nil {
		*m = make(map[K]V)
	}
	return *m
}

const maxPooledTokens = 1 << 16

// get returns the buffers of an earlier document, or an empty set; box is
// the pool's holder of them, to be given back to put with the doc.
func (p *bufferPool) get() (bufs docBuffers, box *docBuffers) {
	if b, ok := p.pool.Get().(*docBuffers); ok {
		return *b, b
	}
	return docBuffers{}, new(docBuffers)
}

// put keeps d's buffers, and d itself, for another document in box (from
// get): the holder and the doc are reused rather than allocated for each
// document (a few hundred bytes each, but new pages in a run without a
// collection). d is not used afterwards.
func (p *bufferPool) put(d *doc, box *docBuffers) {
	if cap(d.toks) > maxPooledTokens || cap(d.marks) > marksPerToken*maxPooledTokens {
		return
	}
	clear(d.toks) // hold no strings of the body just analysed
	r := d.rooms
	clear(r.places)     // nor the places' altCodes and homonyms
	clear(r.attributed) // nor the quotes' texts and people
	clear(r.spoken)     // nor their speakers
	clear(r.persons)    // nor the people's names and roles
	clear(r.fields)
	clear(r.offices)
	clear(r.spans)
	clear(r.midCap)
	clear(r.givenIndex)
	if r.analysis != nil {
		*r.analysis = analysis{}
	}
	r.places, r.orgs, r.mentions, r.attributed, r.spoken, r.spans, r.persons = r.places[:0], r.orgs[:0], r.mentions[:0], r.attributed[:0], r.spoken[:0], r.spans[:0], r.persons[:0]
	*box = docBuffers{toks: d.toks[:0], sents: d.sents[:0], paras: d.paras[:0], marks: d.marks[:0], numbers: d.numbers[:0], quoteToks: d.quoteToks[:0], shapes: d.shapeRoom, rooms: r, doc: d}
	*d = doc{} // the pool holds no document's text while it waits
	p.pool.Put(box)
}

// sharedLexicon reads the embedded gazetteers once; the lexicon is never
// written afterwards.
var sharedLexicon = sync.OnceValues(loadLexicon)

// Extract finds officials, countries, quotes, troop figures and death tolls
// in body, plain UTF-8 text with paragraphs separated by newlines. Offsets in
// the result are code points into body. An empty body gives an empty Result.
//
// The extractors run as passes, in this order; each writes its own part of
// the analysis and reads only the parts of the passes before it:
//
//  1. text: paragraphs, sentences, tokens (text.go)
//  2. places and bodies: states, places inside states, bodies of the
//     gazetteer (pass2_places.go)
//  3. people and roles: names, their mentions and the roles the article
//     gives them (pass3_people.go)
//  4. quotes and speakers: quotation marks, attributions, speakers resolved
//     to names (pass4_quotes.go)
//  5. figures: troop figures and death tolls (pass5_figures.go)
//
// Offsets are kept in 32 bits inside the package: a body of 2 GiB or more
// (callers cap bodies far below that) gives an empty Result.
//
// Extract panics if the embedded gazetteers are malformed: a bug in the
// build, which the package's tests catch, not something an input can cause.
func (e *Extractor) Extract(body string) *Result {
	return e.extract(body, nil)
}

// extract is Extract with a trace, for tests: trace is told the name of
// each matcher of the title and speaker phrase tables that decides
// ("before/role-noun", "np/pronoun"); it may be nil.
func (e *Extractor) extract(body string, trace func(step string)) *Result {
	return e.extractWith(&tokenBuffers, body, trace)
}

// extractWith is extract with the document's buffers taken from pool and
// given back to it when done (tests give a pool of their own).
func (e *Extractor) extractWith(pool *bufferPool, body string, trace func(step string)) *Result {
	empty := &Result{Officials: []Official{}, Countries: []Country{}, Quotes: []Quote{}, Troops: []Troops{}, Deaths: []Deaths{}}
	if len(body) > math.MaxInt32 {
		return empty
	}
	// 1. text: paragraphs, sentences, tokens
	bufs, box := pool.get()
	d := newDocIn(body, bufs)
	defer pool.put(d, box)
	if len(d.toks) == 0 {
		return empty // nothing to find, and no gazetteer needed to find it
	}
	lx, err := e.lexicon()
	if err != nil {
		panic(fmt.Sprintf("extract: %v", err))
	}
	// one analysis, kept between documents, that each pass and report
	// sets afresh before it runs: each sees only the output of those
	// before it
	a := d.rooms.analysis
	if a == nil {
		a = new(analysis)
		d.rooms.analysis = a
	}
	// 2. places and bodies, from the tokens alone
	pb := findPlacesAndBodies(a, lx, d)
	// 3. people and roles, from the tokens, places and bodies
	pr := findPeopleAndRoles(a, lx, d, pb, trace)
	*a = analysis{lx: lx, d: d, placesAndBodies: pb, peopleAndRoles: pr}
	res := &Result{
		Countries: a.countries(), // the reports of passes 2 and 3
		Officials: a.officials(),
	}
	// 4. quotes and speakers, from everything above
	var qs quotesAndSpeakers
	qs, res.Quotes = findQuotes(a, lx, d, pb, pr, trace)
	// 5. figures: troops and deaths, from everything above
	res.Troops, res.Deaths = findFigures(a, lx, d, pb, pr, qs)
	a.toRunes(res) // of the text alone
	return res
}

// analysis is what a pass sees: the lexicon, then the output of each pass
// in the order they run. Each pass runs on an analysis set afresh for it
// (the find* functions overwrite the one they are given: Extract's, kept
// between documents with the token buffers, see passRooms), holding only
// the output of the passes before it, and writes its own part.
type analysis struct {
	lx    *lexicon
	trace func(step string) // told each table matcher that decides; nil but in tests
	d     *doc              // 1. text

	placesAndBodies   // 2.
	peopleAndRoles    // 3.
	quotesAndSpeakers // 4.
	figureState       // 5.

	// titleScratch is titleBefore's state, kept here so that each of its
	// calls (thousands per article) does not allocate one.
	titleScratch titleScan
	// npRoom is resolveNP's phrase and appositionRoom titleAfter's state, kept
	// here for the same reason (see scratch).
	npRoom         scratch[npPhrase]
	appositionRoom scratch[appositionScan]
}

// sortSpans orders spans by start.
func sortSpans(s []Span) {
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
}
