package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Facts about a token that depend on its text alone, worked out once at
// tokenisation so that the rules read a bit instead of looking the word up
// in a table each time they ask.

// tokFacts are bits of facts about a token that depend on its text alone.
// Some are set at tokenisation; the others the first time a rule asks,
// with a bit that says they are known.
type tokFacts uint8

const (
	factNumStart      tokFacts = 1 << iota // numberStartToken: may start a number
	factNameWordKnown                      // factNameWord is set
	factNameWord                           // nameWordToken: may be part of a name
	factRoleKnown                          // token.role is set
	factGivenKnown                         // factGiven is set
	factGiven                              // the lexicon's givenNameWord
	factIsNameKnown                        // factIsName is set
	factIsName                             // analysis.isNameWord, which also reads the neighbours
)

// factsOf works out the facts set at tokenisation of a token whose kind,
// text, lower and cap are set.
func (d *doc) factsOf(t *token) tokFacts {
	if d.starts == nil {
		d.starts = numberStarts() // once a document, not once a token
	}
	if numberStartToken(d.starts, t) {
		return factNumStart
	}
	return 0
}

// knownFact returns fact of t, working it out with is the first time it
// is asked (known is its bit that says so).
func knownFact(t *token, known, fact tokFacts, is func(*token) bool) bool {
	if t.facts&known == 0 {
		f := t.facts | known // one store after is has read t: no copy of t
		if is(t) {
			f |= fact
		}
		t.facts = f
	}
	return t.facts&fact != 0
}

// nameParticles may stand inside a name in lower case: "Ben van der Pluijm",
// "Khalil al-Hayya" is one token, but "bin Salman" is two.
var nameParticles = closedWords(func() map[string]bool {
	return map[string]bool{
		"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "van": true, "von": true,
		"der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "la": true, "le": true,
		"del": true, "della": true, "dos": true, "das": true, "do": true, "ter": true, "ten": true,
		"abu": true, "abd": true, "y": true, "st.": true, "mac": true,
		"los": true, "las": true, "i": true, // "de los Santos", "Vidal i Puigdomènech"
		"dela": true, "delos": true, // Filipino: "Gerardo dela Cruz", "Ana delos Reyes"
	}
})

// longestParticle is the length of the longest of nameParticles, a
// constant because particlePrefixed reads it for every word
// (TestLongestParticle keeps the two in step).
const longestParticle = 5

// nameSuffixes close a name: "Jr.", British "Jnr", "III".
var nameSuffixes = closedWords(func() map[string]bool {
	return map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "jnr": true, "jnr.": true, "snr": true, "snr.": true, "ii": true, "iii": true, "iv": true}
})

// notNameWords are capitalised words that never start or make a name.
var notNameWords = wordList("not-name")

// nameWordToken is isNameWord worked out from the token's text, once a
// token (see knownFact). The lexicon's nameBlock filters the words before
// a look-up in notNameWords and commonStarters: it is built with the
// lexicon, not asked of a sync.OnceValue for each token.
func (lx *lexicon) nameWordToken(t *token) bool {
	if t.kind == tWord && !t.cap && particlePrefixed(t.text) {
		return true // "al-Hayya", "bin-Salman"
	}
	if t.kind != tWord || !t.cap {
		return false
	}
	if lx.nameBlock.holds(t.shape) && (notNameWords.hasToken(t) || commonStarters.hasToken(t)) {
		return false
	}
	if strings.HasSuffix(t.text, ".") && utf8.RuneCountInString(t.text) > 3 && !nameSuffixes.hasToken(t) {
		return false // "U.S.", "U.N.": abbreviations, not initials
	}
	return true
}

// particlePrefixed reports a surname written with a lower-case particle
// and a hyphen: "al-Hayya", "el-Sisi", "ad-Din".
func particlePrefixed(w string) bool {
	// a word with no hyphen right after a particle's length has none:
	// most words are turned away without a look-up
	if strings.IndexByte(w[:min(len(w), longestParticle+1)], '-') < 0 {
		return false
	}
	h, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !nameParticles.has(h) && h != "ad" && h != "ash" && h != "as" && h != "an" && h != "ar" && h != "az" && h != "at" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// classTable maps a word to the bits of the word lists it is in, for a
// pass that asks several lists of the same tokens: with tokenClasses it
// looks a token up once, rather than once a list.
type classTable map[string]uint32

// add gives the words of set (those it maps to true) the bit.
func (t classTable) add(bit uint32, set map[string]bool) {
	addMapped(t, bit, set)
}

// addMapped gives the bit to the words that m maps to other than the zero
// value: true, a lemma, a gender, a rank.
func addMapped[V comparable](t classTable, bit uint32, m map[string]V) {
	var zero V
	for w, v := range m {
		if v != zero {
			t[w] |= bit
		}
	}
}

// lazyClasses is a classTable made on first use, by any goroutine, with
// the filter of its words' shapes and the index tokens are looked up in.
type lazyClasses struct {
	once   sync.Once
	table  classTable
	index  *shapeMap[uint32] // the table's words and bits, keyed by shapeBit
	shapes wordShapes
}

// get returns the table, made by build the first time.
func (l *lazyClasses) get(build func() classTable) classTable {
	l.once.Do(func() {
		l.table = build()
		l.index = newShapeMap(l.table)
		for w := range l.table {
			l.shapes.add(w)
		}
	})
	return l.table
}

// tokenClasses keeps a classTable's answer for each token of a doc, looked
// up the first time a rule asks; a pass keeps its own.
type tokenClasses struct {
	index  *shapeMap[uint32]
	shapes *wordShapes // the table's words' shapes: most tokens are in no list
	toks   []token
	bits   []int32 // the token's bits, or -1 when not asked yet (so a table has 31 bits at most)
}

// newTokenClasses makes the classes of d's tokens in the table l makes
// with build.
func newTokenClasses(l *lazyClasses, build func() classTable, d *doc) tokenClasses {
	l.get(build)
	return tokenClasses{index: l.index, shapes: &l.shapes, toks: d.toks, bits: d.tokenMarks()}
}

// of returns the bits of token i (small enough to be inlined: most
// tokens are asked again).
func (c *tokenClasses) of(i int) uint32 {
	if b := c.bits[i]; b >= 0 {
		return uint32(b)
	}
	return c.lookUp(i)
}

// lookUp works out and keeps the bits of token i: 0 without a look-up
// for a word whose shape no word of the table has.
func (c *tokenClasses) lookUp(i int) uint32 {
	var b uint32
	if t := &c.toks[i]; c.shapes.holds(t.shape) {
		b = c.index.get(t.lower, t.shape)
	}
	c.bits[i] = int32(b)
	return b
}

// shapeFilter is a small filter of words by their shapes (shapeBit), for
// the words of one document: 4,096 bits.
type shapeFilter [64]uint64

// add puts a word's shape in the filter.
func (f *shapeFilter) add(shape uint16) { f[shape>>6&63] |= 1 << (shape & 63) }

// has reports a shape added; false is certain, true may be another shape
// of the same bit.
func (f *shapeFilter) has(shape uint16) bool { return f[shape>>6&63]&(1<<(shape&63)) != 0 }

// isAdverbWord reports a word in -ly: "and tragically died", "instantly".
func isAdverbWord(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") }

// ordinalToken reports an ordinal in figures, "1st", "22nd", "3rd", "4th":
// a unit's number in its name.
func ordinalToken(w string) bool {
	k := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if k < 1 {
		return false
	}
	switch w[k:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
