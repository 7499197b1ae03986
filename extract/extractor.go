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

// New returns an Extractor. It is cheap: the embedded gazetteers are read
// on the first Extract of a body with any text, once per process, and
// shared read-only by every Extractor, so that a command with nothing to
// extract does not pay for them. It fails only if the embedded word lists
// are malformed, which is a bug in the build, not in the input.
func New() (*Extractor, error) {
	if wordSetsErr != nil {
		return nil, wordSetsErr
	}
	return &Extractor{lexicon: sharedLexicon}, nil
}

// tokenBuffers keeps token slices between Extract calls: tokens are a
// third of what an Extract allocates, and garbage made per article is what
// the collector spends its time on (it rescans the gazetteers each cycle).
var tokenBuffers bufferPool

// bufferPool is a sync.Pool of token slices of articles' size; a slice of
// a very long text is left to the collector rather than held.
type bufferPool struct{ pool sync.Pool }

const maxPooledTokens = 1 << 16

func (p *bufferPool) get() []token {
	if b, ok := p.pool.Get().(*[]token); ok {
		return *b
	}
	return nil
}

func (p *bufferPool) put(toks []token) {
	if cap(toks) > maxPooledTokens {
		return
	}
	clear(toks) // hold no strings of the body just analysed
	toks = toks[:0]
	p.pool.Put(&toks)
}

// sharedLexicon reads the embedded gazetteers once; the lexicon is never
// written afterwards.
var sharedLexicon = sync.OnceValues(loadLexicon)

// Extract finds officials, countries, quotes, troop figures and death tolls
// in body, plain UTF-8 text with paragraphs separated by newlines. Offsets in
// the result are code points into body. An empty body gives an empty Result.
//
// The extractors share one analysis of the text: countries and bodies are
// tagged first, then people and their roles, which the quotes use to resolve
// speakers; the figures come last and use the country tags.
//
// Offsets are kept in 32 bits inside the package: a body of 2 GiB or more
// (callers cap bodies far below that) gives an empty Result.
//
// Extract panics if the embedded gazetteers are malformed: a bug in the
// build, which the package's tests catch, not something an input can cause.
func (e *Extractor) Extract(body string) *Result {
	empty := &Result{Officials: []Official{}, Countries: []Country{}, Quotes: []Quote{}, Troops: []Troops{}, Deaths: []Deaths{}}
	if len(body) > math.MaxInt32 {
		return empty
	}
	d := newDocIn(body, tokenBuffers.get())
	defer tokenBuffers.put(d.toks)
	if len(d.toks) == 0 {
		return empty // nothing to find, and no gazetteer needed to find it
	}
	lx, err := e.lexicon()
	if err != nil {
		panic(fmt.Sprintf("extract: %v", err))
	}
	a := e.analyse(lx, d)
	res := &Result{
		Countries: a.countries(),
		Officials: a.officials(),
		Quotes:    a.quotes(),
		Troops:    a.troops(),
		Deaths:    a.deaths(),
	}
	a.toRunes(res)
	return res
}

// analysis is the per-call state of Extract.
type analysis struct {
	lx *lexicon
	d  *doc

	places  []placeMention
	placeAt []int32 // token -> index into places, or -1
	orgs    []orgMention
	orgAt   []int32 // token -> index into orgs, or -1

	people   []*person
	mentions []personMention
	personAt []int32 // token -> index into mentions, or -1

	midCap       map[string]bool // words capitalised mid-sentence, built on first use
	lowerWords   map[string]bool // words written in lower case, built when scans grow costly
	lowerScanned int             // tokens scanned by writtenLower before lowerWords
	home         *string         // homeCountry, computed on first use
	style        *string         // styleCountry, computed on first use

	mentionOrder  []int             // mention indexes in text order, built on first use
	givenIndex    map[string][]int  // people by first name, built on first use
	deathToll     *bool             // "death toll" anywhere in the text, found on first use
	expansions    map[string][2]int // acronym -> token range of its first expansion, or -1
	capsByInitial *[256][]int32     // capitalised words by first byte, built on first use
	salienceOf    map[int]float64   // salience of mentions, computed on first use

	lastTroop troopSoFar // the last troop figure read, while troops run

	quoteAt []int32  // token -> index of the quote span holding it, or -1
	spoken  []voiced // speakers resolved so far, in text order, for pronouns
	focus   []voiced // people that sentence-opening "he" and "she" stand for
}

func (e *Extractor) analyse(lx *lexicon, d *doc) *analysis {
	a := &analysis{lx: lx, d: d}
	a.tagPlaces()
	a.tagOrgs()
	a.findPeople()
	a.findRoles()
	return a
}

// sortSpans orders spans by start.
func sortSpans(s []Span) {
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
}
