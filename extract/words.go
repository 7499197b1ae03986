package extract

import (
	_ "embed" // the word lists
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Open-class word lists (nouns, verbs, adjectives the rules look for) live in
// data/words_*.tsv, one word a line with the kind of list it belongs to; Go
// keeps only closed-class function words. The files are embedded as
// strings (wordFiles), read once on first use (not at start-up, which
// every command pays) into an index of where each kind's lines are; a
// kind's set is made from its lines when a rule first asks for it. Of the
// 287 kinds, the first article of a run asks for 79 (1,593 of the 4,700
// words), the 417 BBC politics articles for 222. Making only those, from
// slices of the embedded text rather than copies of it (the files were
// read from an embed.FS, copied twice and split into a slice of lines),
// took `newsdesk extract` of an empty file from 988 page faults to 836
// (the index and one set: 24 of them, from 183), and of one article from
// 1,790 to 1,691 (a page fault costs the CPU time of some 80,000
// instructions on a virtual machine).
var wordSets = sync.OnceValues(func() (wordIndex, error) { return indexWords(wordFiles) })

// The word lists, embedded as strings so that the words are slices of the
// binary's data, never copied. TestWordFilesEmbedded checks that every
// data/words_*.tsv is one of wordFiles.
var (
	//go:embed data/words_deaths.tsv
	wordsDeathsTSV string
	//go:embed data/words_people.tsv
	wordsPeopleTSV string
	//go:embed data/words_places.tsv
	wordsPlacesTSV string
	//go:embed data/words_quotes.tsv
	wordsQuotesTSV string
	//go:embed data/words_text.tsv
	wordsTextTSV string
	//go:embed data/words_troops.tsv
	wordsTroopsTSV string
)

// wordFiles are the word lists by file name.
var wordFiles = []wordFile{
	{"words_deaths.tsv", wordsDeathsTSV},
	{"words_people.tsv", wordsPeopleTSV},
	{"words_places.tsv", wordsPlacesTSV},
	{"words_quotes.tsv", wordsQuotesTSV},
	{"words_text.tsv", wordsTextTSV},
	{"words_troops.tsv", wordsTroopsTSV},
}

// wordFile is one data/words_*.tsv: its name and its text.
type wordFile struct{ name, text string }

// wordIndex holds, by kind, the runs of consecutive lines of that kind in
// the word lists (the files keep a kind's words together, so a kind has
// one run or a few), each a slice of a file's text.
type wordIndex map[string][]string

// indexWords checks every line of files and indexes the runs of lines of
// each kind; no word is copied or put in a set yet.
func indexWords(files []wordFile) (wordIndex, error) {
	idx := wordIndex{}
	var cols []string
	for _, f := range files {
		kind, runStart := "", 0
		text := f.text
		for n := 1; text != ""; n++ {
			at := len(f.text) - len(text)
			var line string
			line, cols, text = cutTSVLine(text, cols)
			if line == "" || line[0] == '#' {
				continue
			}
			if len(cols) != 2 || cols[0] == "" || cols[1] == "" {
				return nil, fmt.Errorf("extract: word list %s: line %d: want WORD<TAB>KIND, got %q", f.name, n, line)
			}
			if cols[1] != kind {
				if kind != "" {
					idx[kind] = append(idx[kind], f.text[runStart:at])
				}
				kind, runStart = cols[1], at
			}
		}
		if kind != "" {
			idx[kind] = append(idx[kind], f.text[runStart:])
		}
	}
	return idx, nil
}

// list returns the words of one kind from its runs of lines (which
// indexWords has checked), in the order of the lines.
func (idx wordIndex) list(kind string) ([]string, bool) {
	runs, ok := idx[kind]
	if !ok {
		return nil, false
	}
	n := 0
	for _, r := range runs {
		n += strings.Count(r, "\n") + 1
	}
	list := make([]string, 0, n)
	var cols []string
	for _, text := range runs {
		for text != "" {
			var line string
			line, cols, text = cutTSVLine(text, cols)
			if len(cols) == 2 && line[0] != '#' {
				list = append(list, cols[0])
			}
		}
	}
	return list, true
}

// wordSet is the set of words of one kind, read on first use. The rules
// ask the sets hundreds of thousands of times a run: has answers from a
// table keyed by the word's shapeBit, a few instructions to work out,
// where a map's look-up hashes the whole word (several times as many).
type wordSet struct {
	kind   string                   // the kind in data/words_*.tsv, or
	closed []string                 // the closed-class words kept in Go, or
	build  func() map[string]bool   // makes them
	table  atomic.Pointer[shapeSet] // nil until first asked (see get)
}

// wordList returns the words of one kind, read when first asked for. A
// kind the data does not list is a bug in the build: it panics on first
// use, and a test (TestWordListsAllRead, which reads the kinds from the
// calls in the source rather than from a record every process would keep)
// checks every kind asked for. Two first calls at once both make the set,
// equal sets of which one is kept.
func wordList(kind string) *wordSet {
	return &wordSet{kind: kind}
}

// closedWords returns the set of the closed-class words build makes (a
// map of words to true), made when first asked for.
func closedWords(build func() map[string]bool) *wordSet {
	return &wordSet{build: build}
}

// closedSet returns the set of the closed-class words given.
func closedSet(words ...string) *wordSet {
	// the words as they are, not in a function that makes their map: the
	// linker then lays the set out, where a function value made the
	// package's initialisation allocate three objects for each of 75 sets
	return &wordSet{closed: words}
}

// has reports whether w is one of the set's words.
func (s *wordSet) has(w string) bool {
	t := s.get()
	return w != "" && t.holds(w, shapeBit(w))
}

// hasToken is has(t.lower), with the shapeBit the token carries.
func (s *wordSet) hasToken(t *token) bool {
	return s.get().holds(t.lower, t.shape)
}

// words is the set as a map, for the rules that range over it or pass
// it on (it must not be written).
func (s *wordSet) words() map[string]bool { return s.get().words() }

// get returns the set's table, made the first time.
func (s *wordSet) get() *shapeSet {
	if t := s.table.Load(); t != nil {
		return t
	}
	return s.load()
}

// load makes the set's table, from the data, the closed words or build.
func (s *wordSet) load() *shapeSet {
	var t *shapeSet
	switch {
	case s.closed != nil:
		t = newShapeSet(slices.Clone(s.closed)) // newShapeSet writes its list
	case s.build != nil:
		t = newShapeSetOf(s.build())
	default:
		t = newShapeSet(wordsOfKind(s.kind))
	}
	s.table.Store(t)
	return t
}

// shapeSet is a read-only set of words: an open-addressed table of the
// words, keyed by their shapeBit, at most a quarter full, so that most
// words not in the set meet an empty slot at the first probe. A slot holds
// the word's place in list (plus one), two bytes rather than a string's
// sixteen: the tables of the sets the 417 BBC politics articles ask for
// took 437 kB of the 2.8 MB the gazetteers and lists keep (a page fault
// for each 4 kB touched, pointers the collector scans each cycle).
type shapeSet struct {
	slots []uint16 // 1 + the word's index in list, or 0 for an empty slot
	list  []string
	mask  uint16
	// set is the same words as a map, for ranging over, made when first
	// asked for (see words): most lists are only asked has, and their
	// maps were 165 kB of the sets the 417 BBC politics articles ask for
	set     map[string]bool
	setOnce sync.Once
}

// newShapeSet returns the table of the words of list ("" is never one).
func newShapeSet(list []string) *shapeSet {
	t := &shapeSet{list: list[:0:len(list)]}
	t.slots, t.mask = shapeSlots(len(list))
	for _, w := range list {
		if w != "" && !t.holds(w, shapeBit(w)) {
			t.slots[freeSlot(t.slots, t.mask, w)] = uint16(len(t.list) + 1)
			t.list = append(t.list, w)
		}
	}
	return t
}

// words returns the set as a map, made the first time.
func (t *shapeSet) words() map[string]bool {
	t.setOnce.Do(func() {
		if t.set == nil {
			t.set = make(map[string]bool, len(t.list))
			for _, w := range t.list {
				t.set[w] = true
			}
		}
	})
	return t.set
}

// newShapeSetOf returns the table of the words set maps to true; words
// returns set itself.
func newShapeSetOf(set map[string]bool) *shapeSet {
	list := make([]string, 0, len(set))
	for w, in := range set {
		if in {
			list = append(list, w)
		}
	}
	t := newShapeSet(list)
	t.set = set
	return t
}

// shapeSlots returns the empty slots of a table keyed by shapeBit for n
// words, at most a quarter full, and the mask of its index. n stays below
// 1<<14 (the longest list has a few hundred words), so that the table's
// index and a slot's count of words fit in 16 bits.
func shapeSlots(n int) ([]uint16, uint16) {
	if n >= 1<<14 {
		panic("extract: a word table of more than 16,383 words")
	}
	size := 16
	for size < 4*n {
		size *= 2
	}
	return make([]uint16, size), uint16(size - 1)
}

// freeSlot returns the slot of slots where w goes: the one its shapeBit
// picks, or the next empty one after it.
func freeSlot(slots []uint16, mask uint16, w string) uint16 {
	i := shapeBit(w) & mask
	for slots[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

// holds reports whether w, whose shapeBit is b, is in the table.
func (t *shapeSet) holds(w string, b uint16) bool {
	for i := b & t.mask; ; i = (i + 1) & t.mask {
		k := t.slots[i]
		if k == 0 {
			return false
		}
		if t.list[k-1] == w {
			return true
		}
	}
}

// shapeMap is a read-only map of words to values, keyed like shapeSet:
// by the words' shapeBit, which tokens carry, at most a quarter full.
type shapeMap[V comparable] struct {
	slots []uint16 // 1 + the word's index in keys, or 0 for an empty slot
	keys  []string
	vals  []V // the value of the word in keys
	mask  uint16
}

// newShapeMap returns the index of the words of m with a value other than
// the zero value ("" is never one).
func newShapeMap[V comparable](m map[string]V) *shapeMap[V] {
	t := &shapeMap[V]{keys: make([]string, 0, len(m)), vals: make([]V, 0, len(m))}
	t.slots, t.mask = shapeSlots(len(m))
	var zero V
	for w, v := range m {
		if v != zero && w != "" {
			i := freeSlot(t.slots, t.mask, w)
			t.keys, t.vals = append(t.keys, w), append(t.vals, v)
			t.slots[i] = uint16(len(t.keys))
		}
	}
	return t
}

// get returns the value of w, whose shapeBit is b, or the zero value.
func (t *shapeMap[V]) get(w string, b uint16) V {
	for i := b & t.mask; ; i = (i + 1) & t.mask {
		k := t.slots[i]
		if k == 0 {
			var zero V
			return zero
		}
		if t.keys[k-1] == w {
			return t.vals[k-1]
		}
	}
}

// wordsOfKind returns the words of one kind from wordSets.
func wordsOfKind(kind string) []string {
	idx, err := wordSets()
	if err != nil {
		panic(err) // malformed embedded data: a bug in the build
	}
	s, ok := idx.list(kind)
	if !ok {
		panic("extract: no word list of kind " + kind)
	}
	return s
}

// Words that several passes read: the closed-class function words stay in
// Go, the open-class lists come from data/words_*.tsv.

// npFunctionWords cannot end a speaker phrase.
var npFunctionWords = closedWords(func() map[string]bool {
	return map[string]bool{
		"the": true, "a": true, "an": true, "as": true, "in": true, "like": true, "its": true, "his": true,
		"her": true, "their": true, "of": true, "to": true, "for": true, "with": true, "and": true,
		"or": true, "but": true, "that": true, "this": true, "not": true, "did": true, "does": true,
		"do": true, "was": true, "is": true, "be": true, "also": true, "which": true, "who": true,
		"when": true, "if": true, "by": true, "on": true, "at": true, "from": true, "than": true,
		"then": true, "so": true, "very": true, "more": true, "most": true, "just": true, "only": true,
		"never": true, "mind": true, "while": true, "some": true, "any": true, "all": true,
	}
})

// prepositions never stand inside a title: "leave Syria under President
// Donald Trump's plan".
var prepositions = closedWords(func() map[string]bool {
	return map[string]bool{
		"under": true, "over": true, "after": true, "before": true, "with": true, "without": true,
		"against": true, "from": true, "by": true, "about": true, "at": true, "into": true,
		"through": true, "since": true, "during": true, "until": true, "between": true, "among": true,
		"near": true, "towards": true, "toward": true, "despite": true, "beside": true, "behind": true,
		"across": true, "via": true, "per": true, "amid": true, "within": true, "like": true,
		"alongside": true, "beneath": true, "beyond": true, "upon": true, "onto": true, "opposite": true,
		"unlike": true, "outside": true, "inside": true, "throughout": true, "besides": true,
	}
})

// complementPreps open the complement of a role noun: "president of",
// "envoy to", "director for", "professor at".
// haveAux open a perfect: "The dead have been identified as", "who has
// represented Kericho".
var haveAux = closedWords(func() map[string]bool {
	return map[string]bool{"has": true, "have": true, "had": true}
})

var complementPreps = closedWords(func() map[string]bool {
	return map[string]bool{"of": true, "for": true, "to": true, "at": true, "on": true}
})

// bodyNouns stand for an organisation named earlier: "the company said".
var bodyNouns = wordList("standin-body")

// humanNouns describe a person: "the professor said", "a resident said".
var humanNouns = wordList("human")

// partyMembers are capitalised nouns for a person: "the Kentucky Republican".
var partyMembers = wordList("party-member")

// npStop are words that end a speaker phrase.
var npStop = closedWords(func() map[string]bool {
	return map[string]bool{
		"said": true, "that": true, "but": true, "as": true, "when": true, "while": true,
		"in": true, "on": true, "at": true, "during": true, "after": true, "before": true, "who": true,
		"which": true, "to": true, "with": true, "from": true, "into": true, "by": true, "for": true,
		"if": true, "because": true, "since": true, "adding": true, "noting": true, "saying": true,
		"told": true, "is": true, "was": true, "has": true, "had": true, "will": true, "would": true,
		"are": true, "were": true, "been": true, "have": true,
		"about": true, "amid": true, "despite": true, "over": true, "against": true, "among": true,
		"under": true, "through": true, "across": true, "between": true, "without": true, "within": true,
		"via": true, "per": true, "like": true,
	}
})

// plural reports a plural role noun: "chiefs", "ministers".
func plural(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// isAcronym reports an all-capitals word of two to six letters: "EDC", "IRCC".
func isAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= 6 && capitalLetters(w)
}

// capitalLetters reports a word of the capitals A to Z alone.
func capitalLetters(w string) bool {
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// isAgeWord reports an age written as one word: "39-year-old",
// "seven-year-old".
func isAgeWord(t token) bool {
	return strings.HasSuffix(t.lower, "-year-old")
}

// ageNumber is the age an "11-year-old" gives, in figures; 0 if written
// otherwise.
func ageNumber(w string) int {
	n, err := strconv.Atoi(strings.TrimSuffix(w, "-year-old"))
	if err != nil {
		return 0
	}
	return n
}

// subordinators open a clause before its subject.
var subordinators = closedWords(func() map[string]bool {
	return map[string]bool{
		"though": true, "although": true, "because": true, "since": true, "while": true, "if": true,
		"when": true, "as": true, "after": true, "before": true, "where": true, "whereas": true,
		"unless": true, "until": true, "once": true, "so": true, "than": true,
	}
})

var auxAdverbs = closedWords(func() map[string]bool {
	return map[string]bool{
		"has": true, "had": true, "have": true, "was": true, "is": true, "were": true, "will": true,
		"would": true, "also": true, "then": true, "later": true, "previously": true, "once": true,
		"recently": true, "earlier": true, "simply": true, "just": true, "again": true, "further": true,
		"quickly": true, "repeatedly": true, "often": true, "publicly": true, "privately": true,
		"already": true, "still": true, "frequently": true, "flatly": true, "bluntly": true,
		"angrily": true, "calmly": true, "firmly": true, "finally": true, "meanwhile": true, "both": true,
		"did": true, "does": true, "could": true, "may": true, "might": true,
	}
})

// irregularPast are past forms of verbs that take an object, not in -ed:
// "he heard students shout", "she told reporters".
var irregularPast = wordList("object-past")

// notVerbAfterName are lower-case words that follow a name without making
// it a subject: "for Victor Rask last week", "a goal by Jones in the third".
var notVerbAfterName = closedWords(func() map[string]bool {
	return map[string]bool{
		"of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "from": true, "to": true,
		"by": true, "and": true, "or": true, "nor": true, "but": true, "who": true, "whose": true, "whom": true,
		"which": true, "that": true, "as": true, "than": true, "into": true, "onto": true, "after": true,
		"before": true, "during": true, "about": true, "against": true, "over": true, "under": true,
		"the": true, "a": true, "an": true, "last": true, "this": true, "next": true, "earlier": true,
		"later": true, "ago": true, "himself": true, "herself": true, "alone": true, "too": true,
		"through": true, "across": true, "between": true, "among": true, "since": true, "until": true,
		"while": true, "when": true, "where": true, "if": true, "because": true, "via": true, "per": true,
		"like": true, "up": true, "out": true, "off": true, "down": true, "back": true, "here": true, "there": true,
		"together": true, "instead": true, "his": true, "her": true, "their": true, "its": true, "our": true,
		"my": true, "your": true, "him": true, "them": true, "us": true, "me": true, "it": true,
	}
})

// placeUnits after a place's name make a unit of it: "Kharkiv region".
var placeUnits = wordList("place-unit")
