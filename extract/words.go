package extract

import (
	"fmt"
	"io/fs"
	"iter"
	"path"
	"strings"
	"sync"
	"sync/atomic"
)

// Open-class word lists (nouns, verbs, adjectives the rules look for) live in
// data/words_*.tsv, one word a line with the kind of list it belongs to; Go
// keeps only closed-class function words. The lists are read once, on first
// use (not at start-up, which every command pays), into immutable sets
// shared by every Extractor.
var wordSets = sync.OnceValues(func() (map[string]map[string]bool, error) { return loadWordSets(dataFS) })

// wordKindsRead records the kinds wordList was asked for, during package
// initialisation only, so that a test can find lists no rule reads.
var wordKindsRead = sync.OnceValue(func() map[string]bool {
	return map[string]bool{}
})

// loadWordSets reads every data/words_*.tsv of fsys into sets by kind.
func loadWordSets(fsys fs.FS) (map[string]map[string]bool, error) {
	names, err := fs.Glob(fsys, "data/words_*.tsv")
	if err != nil {
		return nil, fmt.Errorf("extract: word lists: %w", err)
	}
	sets := make(map[string]map[string]bool)
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("extract: word list %s: %w", name, err)
		}
		if err := addWordLines(sets, string(b)); err != nil {
			return nil, fmt.Errorf("extract: word list %s: %w", path.Base(name), err)
		}
	}
	return sets, nil
}

// addWordLines adds the WORD<TAB>KIND lines of one file to sets. The lines
// are read once, and each set is made at its final size, counted first,
// so that start-up does not pay for growing maps. The files keep a kind's
// words together: the sets are counted and looked up by run of lines of
// one kind, not line by line.
func addWordLines(sets map[string]map[string]bool, text string) error {
	lines := make([][2]string, 0, strings.Count(text, "\n")+1) // word, kind
	if err := eachWordLine(text, func(word, kind string) { lines = append(lines, [2]string{word, kind}) }); err != nil {
		return err
	}
	counts := map[string]int{}
	for run := range kindRuns(lines) {
		counts[run[0][1]] += len(run)
	}
	for kind, n := range counts {
		if sets[kind] == nil {
			sets[kind] = make(map[string]bool, n)
		}
	}
	for run := range kindRuns(lines) {
		set := sets[run[0][1]]
		for _, l := range run {
			set[l[0]] = true
		}
	}
	return nil
}

// kindRuns yields the runs of consecutive lines of one kind.
func kindRuns(lines [][2]string) iter.Seq[[][2]string] {
	return func(yield func([][2]string) bool) {
		for i := 0; i < len(lines); {
			j := i + 1
			for j < len(lines) && lines[j][1] == lines[i][1] {
				j++
			}
			if !yield(lines[i:j]) {
				return
			}
			i = j
		}
	}
}

// eachWordLine calls fn with the word and kind of each line of text that is
// neither blank nor a comment.
func eachWordLine(text string, fn func(word, kind string)) error {
	var cols []string
	for n := 1; text != ""; n++ {
		var line string
		line, cols, text = cutTSVLine(text, cols)
		if line == "" || line[0] == '#' {
			continue
		}
		if len(cols) != 2 || cols[0] == "" || cols[1] == "" {
			return fmt.Errorf("line %d: want WORD<TAB>KIND, got %q", n, line)
		}
		fn(cols[0], cols[1])
	}
	return nil
}

// wordSet is the set of words of one kind, read on first use. The rules
// ask the sets hundreds of thousands of times a run: has answers from a
// table keyed by the word's shapeBit, a few instructions to work out,
// where a map's look-up hashes the whole word (several times as many).
type wordSet struct {
	kind  string                   // the kind in data/words_*.tsv, or
	build func() map[string]bool   // makes the closed-class words kept in Go
	table atomic.Pointer[shapeSet] // nil until first asked (see get)
}

// wordList returns the words of one kind, read when first asked for. A
// kind the data does not list is a bug in the build: it panics on first
// use, and a test checks every kind asked for. Two first calls at once
// both find the same set in wordSets.
func wordList(kind string) *wordSet {
	wordKindsRead()[kind] = true
	return &wordSet{kind: kind}
}

// closedWords returns the set of the closed-class words build makes (a
// map of words to true), made when first asked for.
func closedWords(build func() map[string]bool) *wordSet {
	return &wordSet{build: build}
}

// closedSet returns the set of the closed-class words given.
func closedSet(words ...string) *wordSet {
	return closedWords(func() map[string]bool {
		set := make(map[string]bool, len(words))
		for _, w := range words {
			set[w] = true
		}
		return set
	})
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
func (s *wordSet) words() map[string]bool { return s.get().words }

// get returns the set's table, made the first time.
func (s *wordSet) get() *shapeSet {
	if t := s.table.Load(); t != nil {
		return t
	}
	return s.load()
}

// load makes the set's table, from wordSets or build.
func (s *wordSet) load() *shapeSet {
	var words map[string]bool
	if s.build != nil {
		words = s.build()
	} else {
		words = wordsOfKind(s.kind)
	}
	t := newShapeSet(words)
	s.table.Store(t)
	return t
}

// shapeSet is a read-only set of words: an open-addressed table of the
// words themselves, keyed by their shapeBit, at most a quarter full, so
// that most words not in the set meet an empty slot at the first probe.
type shapeSet struct {
	slots []string // a word, or "" for an empty slot
	mask  uint16
	words map[string]bool // the same words, for ranging over
}

// newShapeSet returns the table of the words of set (those it maps to
// true; "" is never one).
func newShapeSet(set map[string]bool) *shapeSet {
	t := &shapeSet{words: set}
	t.slots, t.mask = shapeSlots(len(set))
	for w, in := range set {
		if in && w != "" {
			t.slots[freeSlot(t.slots, t.mask, w)] = w
		}
	}
	return t
}

// shapeSlots returns the empty slots of a table keyed by shapeBit for n
// words, at most a quarter full, and the mask of its index.
func shapeSlots(n int) ([]string, uint16) {
	size := 16
	for size < 4*n {
		size *= 2
	}
	return make([]string, size), uint16(size - 1)
}

// freeSlot returns the slot of slots where w goes: the one its shapeBit
// picks, or the next empty one after it.
func freeSlot(slots []string, mask uint16, w string) uint16 {
	i := shapeBit(w) & mask
	for slots[i] != "" {
		i = (i + 1) & mask
	}
	return i
}

// holds reports whether w, whose shapeBit is b, is in the table.
func (t *shapeSet) holds(w string, b uint16) bool {
	for i := b & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// shapeMap is a read-only map of words to values, keyed like shapeSet:
// by the words' shapeBit, which tokens carry, at most a quarter full.
type shapeMap[V comparable] struct {
	keys []string // a word, or "" for an empty slot
	vals []V      // the value of the word in keys
	mask uint16
}

// newShapeMap returns the index of the words of m with a value other than
// the zero value ("" is never one).
func newShapeMap[V comparable](m map[string]V) *shapeMap[V] {
	t := &shapeMap[V]{}
	t.keys, t.mask = shapeSlots(len(m))
	t.vals = make([]V, len(t.keys))
	var zero V
	for w, v := range m {
		if v != zero && w != "" {
			i := freeSlot(t.keys, t.mask, w)
			t.keys[i], t.vals[i] = w, v
		}
	}
	return t
}

// get returns the value of w, whose shapeBit is b, or the zero value.
func (t *shapeMap[V]) get(w string, b uint16) V {
	for i := b & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case w:
			return t.vals[i]
		case "":
			var zero V
			return zero
		}
	}
}

// wordsOfKind is the set of words of one kind in wordSets.
func wordsOfKind(kind string) map[string]bool {
	sets, err := wordSets()
	if err != nil {
		panic(err) // malformed embedded data: a bug in the build
	}
	s, ok := sets[kind]
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
