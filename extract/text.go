package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The text layer shared by every extractor: the body cut into paragraphs,
// sentences and tokens, all with byte offsets into the body. Offsets become
// code points only when results leave the package (see offsets.go).

type tokKind uint8

const (
	tWord  tokKind = iota // letters, possibly with digits, hyphens, inner apostrophes or periods
	tNum                  // starts with a digit: "20,000", "1.5", "22-year-old", "3bn"
	tPunct                // one punctuation rune, or "..." / "--"
	tQuote                // a quotation mark of any style
)

type token struct {
	start, end int32 // byte offsets into the body
	text       string
	lower      string
	para       int32 // paragraph index
	sent       int32 // sentence index
	kind       tokKind
	cap        bool // first rune is upper case
	sentStart  bool // first token of its sentence
	// spaceBefore reports white space (or the start of a paragraph) before the token.
	spaceBefore bool
	// facts are what the rules ask of the token text again and again,
	// worked out once at tokenisation (see factsOf).
	facts tokFacts
	// role is the lexicon's roleOf(lower) once factRoleKnown is set (see
	// analysis.roleKind).
	role roleKind
	// shape and textShape are the bits of lower and text in a wordShapes
	// filter (shapeBit), worked out once here rather than by each filter
	// the word is tested against.
	shape, textShape uint16
}

type sentence struct {
	start, end int // byte offsets
	first, lim int // token range [first, lim)
	para       int
}

type paragraph struct {
	start, end int // byte offsets, without the newline
	first, lim int // token range
}

// doc is a tokenised body. It is built once per Extract call and only read
// afterwards, so extractors can share it.
type doc struct {
	text  string
	toks  []token
	sents []sentence
	paras []paragraph
	// asciiFast is set for a doc whose ASCII words take the fast paths of
	// tokenisation (asciiToken, lowerASCII); a doc made by tokensOf reads
	// every token by the general path and lowers it with strings.ToLower.
	asciiFast bool
	// lowers holds the lower-case forms of the ASCII words with a capital,
	// written one after another (see lowerASCII); a word without one is
	// its own lower-case form.
	lowers []byte
	// numbers holds parseNumber's answers, filled as the rules ask; the
	// answer for token i is numbers[numberAt[i]], or not known yet at -1.
	numbers  []parsedNumber
	numberAt []int32
	// marks is room for the passes' marks per token (see tokenMarks),
	// kept between documents with the tokens (see tokenBuffers).
	marks []int32
	// starts is numberStarts(), set when the doc is made, since asciiToken
	// reads it at every word (factsOf fetches it when nil).
	starts *startWords
	// quoteToks are the indexes of the tQuote tokens, in order, for the
	// passes that pair quotation marks (see quoteMarksIn).
	quoteToks []int32
	// shapeRoom is room for the filter of lowerShapeSeen, kept between
	// documents with the tokens; nil until a document needs one.
	shapeRoom *shapeFilter
	// rooms are the passes' arrays of the document before (passRooms).
	rooms passRooms
}

// quoteMarksIn returns the indexes of the tQuote tokens of paragraph p.
func (d *doc) quoteMarksIn(p paragraph) []int32 {
	lo, _ := slices.BinarySearch(d.quoteToks, int32(p.first))
	hi, _ := slices.BinarySearch(d.quoteToks, int32(p.lim))
	return d.quoteToks[lo:hi]
}

// tokenMarks returns a slice of -1 with one element per token, for a
// pass to mark the tokens it tags (places, bodies, people, quotes) or to
// keep what it has worked out of them (tokenClasses). It is cut from
// d.marks, which grows when full; slices already handed out stay as they
// are.
func (d *doc) tokenMarks() []int32 {
	n := len(d.toks)
	if cap(d.marks)-len(d.marks) < n {
		d.marks = make([]int32, 0, marksPerToken*n)
	}
	k := len(d.marks)
	d.marks = d.marks[:k+n]
	m := d.marks[k : k+n : k+n]
	fillUnset(m)
	return m
}

// fillUnset sets every element of m to -1, doubling the part already set
// with copy (a memmove) rather than storing one element at a time: the
// passes ask for several slices the length of the tokens per document.
func fillUnset(m []int32) {
	if len(m) == 0 {
		return
	}
	m[0] = -1
	for n := 1; n < len(m); n *= 2 {
		copy(m[n:], m[:n])
	}
}

// marksPerToken is the room d.marks makes for tokenMarks' slices at a
// time: as many as a document asks for, so that one buffer, kept from
// document to document, serves them all.
const marksPerToken = 10

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2039', '\u203a', '\u2018', '\u2019', '\u201a', '\'', '\u300c', '\u300d':
		return true
	}
	return false
}

// doubledMarkLen is the length of the mark at the start of s: two single
// marks written for a double one (two apostrophes, ‘‘so’’) are one mark.
func doubledMarkLen(s string, r rune, size int) int {
	if r != '\'' && r != '\u2018' && r != '\u2019' {
		return size
	}
	if r2, s2 := utf8.DecodeRuneInString(s[size:]); r2 == r {
		return size + s2
	}
	return size
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// glottalStop reports that a single mark before rest, after a space, opens
// a name rather than a quote: rest starts with a capital and a small
// letter ("'Ofa Lavaka", "'Aisake") and no mark closes a single quote
// later in the line (a mark after a letter or a stop and before no letter).
func glottalStop(rest string) bool {
	if len(rest) < 2 || rest[0] < 'A' || rest[0] > 'Z' || rest[1] < 'a' || rest[1] > 'z' {
		return false
	}
	for k := 2; k < len(rest); k++ {
		if c := rest[k]; c != '\'' && !strings.HasPrefix(rest[k:], "\u2019") {
			continue
		}
		n := k + 1
		if rest[k] != '\'' {
			n = k + len("\u2019")
		}
		if !isLetterAt(rest, n) && rest[k-1] != ' ' {
			return false // "'Operation Storm' ended": a quote
		}
	}
	return true
}

func isDash(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// newDoc tokenises text. It never fails: any byte sequence gives some tokens.
func newDoc(text string) *doc {
	return newDocIn(text, docBuffers{})
}

// newDocIn is newDoc using the buffers of an earlier document (see
// tokenBuffers), or new ones where they are nil.
func newDocIn(text string, bufs docBuffers) *doc {
	buf := bufs.toks
	d := bufs.doc
	if d == nil {
		d = new(doc)
	}
	*d = doc{text: text, asciiFast: true, sents: bufs.sents[:0], paras: bufs.paras[:0], marks: bufs.marks[:0], numbers: bufs.numbers[:0], quoteToks: bufs.quoteToks[:0], shapeRoom: bufs.shapes, rooms: bufs.rooms}
	d.toks = buf[:0]
	if est := len(text)/5 + 8; cap(buf) < est {
		// at least twice the room kept, so that a run of articles each a
		// little longer than the last does not make a new buffer for each
		d.toks = make([]token, 0, max(est, 2*cap(buf)))
	}
	if hasWordByte(text) {
		// for the facts of each token (factsOf, which fetches them itself
		// for the odd control byte read as a mark); a text of spaces and
		// newlines alone (an empty file's "\n"), which has no token,
		// spares its input the reading of the word lists
		d.starts = numberStarts()
	}
	para := 0
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		first := len(d.toks)
		d.tokenizeLine(lineStart, lineEnd, para)
		d.joinSpacedAges(first)
		if len(d.toks) > first {
			d.paras = append(d.paras, paragraph{start: lineStart, end: lineEnd, first: first, lim: len(d.toks)})
			para++
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	d.splitSentences()
	return d
}

// hasWordByte reports whether text has a byte above the space, as every
// word, number and most marks do: a text without one has no word for
// the number starts to be asked of (asciiToken asks only of ASCII words).
func hasWordByte(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] > ' ' {
			return true
		}
	}
	return false
}

// tokenizeLine adds the tokens of the line [start, end) of paragraph para:
// plain ASCII ones through asciiToken, any other through the general path.
func (d *doc) tokenizeLine(start, end, para int) {
	text := d.text
	i := start
	space := true
	for i < end {
		c := text[i]
		if c == ' ' {
			i++
			space = true
			continue
		}
		if j := d.asciiToken(i, end, para, space); j > i {
			i = j // most tokens: a plain ASCII word, number or mark
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			i += size
			space = true
			continue
		}
		j := i
		kind := tPunct
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j = scanWord(text, i, end)
			kind = tWord
			if unicode.IsDigit(r) {
				kind = tNum
			}
		case (r == '\'' || r == '\u2018') && space && glottalStop(text[i+size:end]):
			// "'Ofa Lavaka": a Tongan or Hawaiian name's opening mark
			j = scanWord(text, i+size, end)
			kind = tWord
		case isApostrophe(r) && d.possessiveAt(i, end, size):
			// "Hamas's", "Hamas’s": the possessive is one token of its own
			j = i + size + 1
			kind = tPunct
		case isQuoteRune(r):
			j = i + doubledMarkLen(text[i:end], r, size)
			kind = tQuote
		case r == '.' && strings.HasPrefix(text[i:end], "..."):
			j = i + 3
		case r == '\u2026':
			j = i + size
		default:
			j = i + size
		}
		d.addToken(i, j, r, kind, para, space)
		i = j
		space = false
	}
}

// addToken adds the token [i, j) of the given kind, whose first rune is r,
// as the general path of tokenizeLine reads it: text cleaned of invisible
// marks, its lower-case form, capital, shapes and facts (asciiToken makes
// the same token for plain ASCII, faster).
func (d *doc) addToken(i, j int, r rune, kind tokKind, para int, space bool) {
	text := d.text
	tok := token{start: int32(i), end: int32(j), text: text[i:j], kind: kind, para: int32(para), spaceBefore: space}
	ascii := isASCII(tok.text) // most words: no invisible mark, lowered by lowerASCII
	if kind == tWord && !ascii && hasInvisible(tok.text) {
		tok.text = stripInvisible(tok.text)
	}
	switch {
	case (kind == tWord || kind == tNum) && ascii && d.asciiFast:
		tok.lower = d.lowerASCII(i, j, hasASCIIUpper(tok.text))
		tok.cap = unicode.IsUpper(r)
	case kind == tWord || kind == tNum:
		tok.lower = d.lowerOf(tok.text, i, j)
		tok.cap = unicode.IsUpper(r)
	case kind == tPunct && isApostrophe(r):
		tok.lower = "'s"
	default:
		tok.lower = tok.text
	}
	if kind == tWord && isQuoteRune(r) {
		tok.cap = true // "'Ofa" (glottalStop)
	}
	tok.shape = shapeBit(tok.lower)
	tok.textShape = tok.shape
	if tok.text != tok.lower {
		tok.textShape = shapeBit(tok.text)
	}
	tok.facts = d.factsOf(&tok)
	if kind == tQuote {
		d.quoteToks = append(d.quoteToks, int32(len(d.toks)))
	}
	d.toks = append(d.toks, tok)
}

// asciiToken adds the token at i when it is a word or number of ASCII
// letters and digits that ends at a byte joining nothing (a space, most
// marks), or one ASCII mark other than an apostrophe (which may open a
// possessive or be doubled) and the first period of "...", and returns
// its end; it returns i, adding nothing, for any other
// token, which the general path reads. The token is the one that path
// would make, found without decoding runes or comparing strings, and
// with the facts that its bytes settle already known (see tokFacts).
func (d *doc) asciiToken(i, end, para int, space bool) int {
	text := d.text
	c := text[i]
	kind := tPunct
	j := i + 1
	upper := false
	switch {
	case !d.asciiFast:
		return i
	case isASCIIAlnum(c):
		var seen uint8 // the classes of the bytes passed over
		w := text[i:end]
		n := 0
		for ; n < len(w); n++ { // (n < len(w): no bounds check a byte)
			k := asciiClasses[w[n]]
			if k == 0 {
				break
			}
			seen |= k
		}
		j = i + n
		upper = seen&classUpper != 0
		if j < end && joinsOn(text[j:end]) {
			return i // may go on past a connector or a letter not ASCII
		}
		kind = tWord
		if '0' <= c && c <= '9' {
			kind = tNum
		}
	case c <= ' ' || c >= 0x7f || c == '\'' || c == '.' && strings.HasPrefix(text[i:end], "..."):
		return i // space, control, apostrophe, "...", not ASCII
	case c == '"':
		kind = tQuote // never doubled, unlike the single marks (doubledMarkLen)
	}
	tok := token{start: int32(i), end: int32(j), text: text[i:j], lower: text[i:j], kind: kind, para: int32(para), spaceBefore: space}
	if kind != tPunct {
		tok.lower = d.lowerASCII(i, j, upper)
		tok.cap = 'A' <= c && c <= 'Z'
	}
	tok.shape = shapeBit(tok.lower)
	tok.textShape = tok.shape
	if upper {
		tok.textShape = shapeBit(tok.text)
	}
	if kind == tNum || kind == tWord && d.starts.plainWord(tok.lower, tok.shape) {
		tok.facts = factNumStart // factsOf's answer for a word without a hyphen
	}
	if !tok.cap {
		// ASCII letters and digits without a capital or a hyphen, or an
		// ASCII mark: no name word (nameWordToken, nameWordAt), known
		// here for most tokens rather than worked out by the people pass
		tok.facts |= factNameWordKnown | factIsNameKnown
	}
	if kind == tQuote {
		d.quoteToks = append(d.quoteToks, int32(len(d.toks)))
	}
	d.toks = append(d.toks, tok)
	return j
}

// joinsOn reports whether scanWord may read a word on into rest, which
// follows an ASCII letter or digit: a letter not ASCII, a hyphen or an
// apostrophe, or a comma or period before a letter or digit ("20,000",
// "U.S."). A comma or period before a space or a mark, as after most
// words that end a clause or a sentence, joins nothing.
func joinsOn(rest string) bool {
	switch c := rest[0]; c {
	case '-', '\'':
		return true
	case ',', '.':
		return len(rest) > 1 && (rest[1] >= utf8.RuneSelf || isASCIIAlnum(rest[1]))
	default:
		return c >= utf8.RuneSelf
	}
}

// isASCII reports a string of ASCII bytes only.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time: a whole body is tested
		if word8(s[i:i+8])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// word8 is the first eight bytes of w as a little-endian word (the
// compiler makes it one load).
func word8(w string) uint64 {
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// hasASCIIUpper reports a string with a byte A-Z.
func hasASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// lowerOf is strings.ToLower(w) for the token text w found at text[i:j]:
// lowerASCII's when w is that text and all ASCII, where the two agree,
// and strings.ToLower otherwise.
func (d *doc) lowerOf(w string, i, j int) string {
	if !d.asciiFast || len(w) != j-i || w != d.text[i:j] {
		return strings.ToLower(w)
	}
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return d.lowerASCII(i, j, hasASCIIUpper(w))
}

// lowerASCII returns the lower-case form of the ASCII word text[i:j],
// which has a capital when upper is set: the word itself without one (most
// words), else its bytes lowered into d.lowers. Only these words are
// copied, about a seventh of an article's bytes, rather than the whole
// body lowered. A full d.lowers is replaced, never grown or written
// again: tokens and the output hold strings in it.
func (d *doc) lowerASCII(i, j int, upper bool) string {
	if !upper {
		return d.text[i:j]
	}
	return d.lowerCopy(d.text[i:j])
}

// lowerCopy is lowerASCII's copy of an ASCII word w with a capital.
func (d *doc) lowerCopy(w string) string {
	k := len(d.lowers)
	if cap(d.lowers)-k < len(w) {
		d.lowers = make([]byte, 0, max(len(w), len(d.text)/6, minLowers))
		k = 0
	}
	d.lowers = d.lowers[:k+len(w)]
	b := d.lowers[k:]
	for x := range b {
		c := w[x]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b[x] = c
	}
	return unsafe.String(&b[0], len(b)) // not written again
}

// minLowers is the least room lowerASCII makes at a time: a short
// document's or, at load time, a few gazetteer entries' words.
const minLowers = 1 << 10

// possessiveAt reports whether the apostrophe at i starts a possessive "'s"
// right after a word.
func (d *doc) possessiveAt(i, end, size int) bool {
	if len(d.toks) == 0 || i+size >= end {
		return false
	}
	prev := d.toks[len(d.toks)-1]
	if int(prev.end) != i || (prev.kind != tWord && prev.kind != tNum) {
		return false
	}
	if c := d.text[i+size]; c != 's' && c != 'S' {
		return false
	}
	return !isLetterAt(d.text[:end], i+size+1)
}

// scanWord returns the end of the word starting at i. Words keep inner
// hyphens ("al-Hayya", "22-year-old"), inner apostrophes ("don't",
// "O'Brien", but not a possessive "'s", which is its own token), inner
// periods of abbreviations ("U.S.", "p.m.") and digit separators ("20,000").
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		if isASCIIAlnum(text[j]) {
			j++ // most of the text: no rune to decode, no table to consult
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:end])
		if r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			j += size // (an ASCII letter or digit was taken above)
			continue
		}
		// connectors must have a letter or digit on both sides
		if j+size >= end || !isConnector(r) {
			break // most words end at a space or a mark that joins nothing
		}
		if isInvisible(r) && j > i && isLetterAt(text[:end], j+size) {
			j += size // "Vladi\u00admir": a soft hyphen or zero-width mark inside a word
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+size : end])
		prev, _ := utf8.DecodeLastRuneInString(text[i:j])
		switch {
		case isDash(r) && (unicode.IsLetter(next) || unicode.IsDigit(next)):
			j += size
			continue
		case isApostrophe(r) && unicode.IsLetter(next) && unicode.IsLetter(prev):
			// possessive 's / s stays apart; contractions and names stay whole
			rest := text[j+size : end]
			if (next == 's' || next == 'S') && (len(rest) == 1 || !isLetterAt(rest, 1)) {
				return j
			}
			j += size
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			j += size
			continue
		case r == '.' && unicode.IsLetter(prev) && unicode.IsLetter(next) && isAbbrevChunk(text[i:j]):
			// "U.S.", "p.m.": letters separated by periods, a period closing it
			k := j + size
			for k < end {
				r2, s2 := utf8.DecodeRuneInString(text[k:end])
				if unicode.IsLetter(r2) || r2 == '.' {
					k += s2
					continue
				}
				break
			}
			return k
		}
		break
	}
	// a trailing period belongs to abbreviations made of single letters: "U.S."
	return j
}

// invisibles are format characters that may sit inside a word without
// showing: soft hyphen, zero-width space, non-joiner, joiner, word joiner.
const invisibles = "\u00ad\u200b\u200c\u200d\u2060"

func isInvisible(r rune) bool { return r >= '\u00ad' && strings.ContainsRune(invisibles, r) }

// isConnector reports a rune that scanWord may keep inside a word when a
// letter or digit stands on both sides: a dash, an apostrophe, a comma or
// period between digits or letters, an invisible format character.
func isConnector(r rune) bool {
	return isDash(r) || isApostrophe(r) || r == ',' || r == '.' || isInvisible(r)
}

// hasInvisible reports an invisible character in s, looking first for the
// lead bytes of their UTF-8 forms (0xC2, 0xE2), which plain words lack. It
// runs on every word, most of them short: one pass over the bytes costs
// less than two calls of strings.IndexByte.
func hasInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xC2 || c == 0xE2 {
			return strings.ContainsAny(s[i:], invisibles)
		}
	}
	return false
}

// stripInvisible removes the invisible format characters from s.
func stripInvisible(s string) string {
	if !hasInvisible(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}

// isASCIIAlnum reports an ASCII letter or digit, which unicode.IsLetter or
// unicode.IsDigit would accept.
// Classes of bytes in asciiClasses.
const (
	classAlnum uint8 = 1 << iota // a-z, A-Z, 0-9
	classUpper                   // A-Z
)

// asciiClasses are the classes of each byte, for asciiToken's scan of a
// word: one load a byte rather than the comparisons of isASCIIAlnum and
// of A-Z. It is never written after it is made.
var asciiClasses = func() (t [256]uint8) {
	for c := range 256 {
		if isASCIIAlnum(byte(c)) {
			t[c] = classAlnum
		}
		if 'A' <= c && c <= 'Z' {
			t[c] |= classUpper
		}
	}
	return t
}()

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isAbbrevChunk reports whether s (the word so far) is a single letter or a
// run of letter-period pairs: the start of "U.S." or "p.m.".
func isAbbrevChunk(s string) bool {
	n := 0
	for _, r := range s {
		if r == '.' {
			continue
		}
		n++
		if n > 1 {
			return false
		}
	}
	return n == 1
}

// sentence splitting ------------------------------------------------------

// abbreviations that do not end a sentence when followed by a period.
var nonFinalAbbrev = wordList("abbreviation")

// givenAbbrev are given names written short with a full stop: "Md.".
var givenAbbrev = wordList("given-abbrev")

// timeFollowers go on a time of day after "a.m." or "p.m.": "4:30 a.m.
// Sunday", "7 p.m. ET". Any other capitalised word starts a sentence.
var timeFollowers = wordList("time-follower")

// commonStarters are capitalised words that begin a new sentence after an
// abbreviation like "U.S." closes the previous one.
var commonStarters = closedWords(func() map[string]bool {
	return map[string]bool{
		"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
		"but": true, "and": true, "in": true, "a": true, "an": true, "this": true, "that": true,
		"there": true, "his": true, "her": true, "their": true, "its": true, "on": true, "at": true,
		"as": true, "if": true, "when": true, "while": true, "after": true, "before": true,
		"some": true, "many": true, "most": true, "officials": true, "for": true, "meanwhile": true,
		"however": true, "our": true, "you": true, "so": true, "yet": true, "now": true,
		// auxiliaries and question words open questions ("Was Greer right
		// to quit?"), never a name; "Will", "Can" and "May" are names too
		"was": true, "were": true, "is": true, "are": true, "did": true, "does": true,
		"has": true, "have": true, "had": true, "would": true, "could": true, "should": true,
		"who": true, "what": true, "why": true, "how": true, "where": true, "which": true,
	}
})

func (d *doc) splitSentences() {
	toks := d.toks
	// about one sentence in twenty tokens: made once rather than grown,
	// for a body (not a gazetteer entry of a few words)
	if est := len(toks)/20 + 4; len(toks) > 64 && cap(d.sents) < est {
		d.sents = make([]sentence, 0, est)
	}
	sent := 0
	start := 0
	dl := datelineDash(toks)
	flush := func(lim int) {
		if lim <= start {
			return
		}
		d.sents = append(d.sents, sentence{
			start: int(toks[start].start), end: int(toks[lim-1].end),
			first: start, lim: lim, para: int(toks[start].para),
		})
		for k := start; k < lim; k++ {
			toks[k].sent = int32(sent)
		}
		toks[start].sentStart = true
		sent++
		start = lim
	}
	// paragraph by paragraph, as d.paras cut the tokens: a sentence never
	// goes on past its paragraph's end, and no token need be compared with
	// the one before to find that end
	for _, p := range d.paras {
		flush(p.first)
		stamp := liveStampDash(toks, p.first, p.lim)
		for i := p.first; i < p.lim; i++ {
			if i == dl || i == stamp {
				flush(i + 1) // the dateline is no part of the first sentence
				continue
			}
			if !mayEndSentence(&toks[i]) || !sentenceEnd(toks, i) {
				continue
			}
			// closing quotes and brackets stay with the sentence they close,
			// also the outer mark of a nested quote set off by a space: `too!’ ”`
			j := i + 1
			for j < p.lim && (!toks[j].spaceBefore &&
				(toks[j].kind == tQuote || toks[j].text == ")" || toks[j].text == "]") || outerCloser(toks, j, i)) {
				j++
			}
			if j >= p.lim || !toks[j].spaceBefore {
				continue // the paragraph's end splits anyway
			}
			n := &toks[j]
			if n.kind == tQuote || n.kind == tNum || n.cap || n.text == "(" || n.text == "[" {
				flush(j)
				i = j - 1
			}
		}
	}
	flush(len(toks))
}

// datelineDash returns the dash that closes a dateline opening the body,
// or -1: "QUITO —", "SAN JUAN, Puerto Rico (AP) -", "LIMA, Peru —": words
// in capitals, then perhaps a comma and a state's capitalised name and a
// bracketed agency, within the first dozen tokens of the first paragraph.
func datelineDash(toks []token) int {
	i := 0
	for i < len(toks) && i < 6 && toks[i].kind == tWord && toks[i].cap && strings.ToUpper(toks[i].text) == toks[i].text {
		i++
	}
	if i == 0 {
		return -1
	}
	for ; i < len(toks) && i < 12 && toks[i].para == 0; i++ {
		switch t := toks[i]; {
		case isStampDash(t.text):
			return i
		case t.text == "," || t.text == "(" || t.text == ")" || t.text == "." || t.kind == tWord && t.cap:
		default:
			return -1
		}
	}
	return -1
}

// outerCloser reports a quotation mark at j, after a space, that closes an
// outer quote right after the inner one closed (`Maybe I can too!’ ”`): the
// token before is a mark that follows the sentence end at i, and nothing is
// written against the mark after it, as would be against an opening one.
func outerCloser(toks []token, j, i int) bool {
	if j <= i+1 || toks[j].kind != tQuote || toks[j-1].kind != tQuote {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].spaceBefore || toks[j+1].para != toks[j].para
}

// mayEndSentence is sentenceEnd's first test, small enough to inline:
// a mark, or a word that swallowed its period. Most tokens fail it.
func mayEndSentence(t *token) bool {
	return t.kind == tPunct || t.kind == tWord && strings.HasSuffix(t.text, ".")
}

// sentenceEnd reports whether token i could end a sentence.
func sentenceEnd(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != tPunct {
		// a word that swallowed its period: "U.S." may end a sentence
		if t.kind == tWord && strings.HasSuffix(t.text, ".") && i+1 < len(toks) {
			n := toks[i+1]
			if t.text == "a.m." || t.text == "p.m." { // not "P.M. UPDATE" in a heading
				return n.cap && n.para == t.para && !timeFollowers.hasToken(&n) && !(i+2 < len(toks) && toks[i+2].lower == "time")
			}
			return n.cap && commonStarters.hasToken(&n) && n.para == t.para
		}
		return false
	}
	switch t.text {
	case "!", "?", "\u2026", "...":
		return true
	case ".":
	default:
		return false
	}
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.end != t.start {
		return true
	}
	if p.kind == tWord {
		if nonFinalAbbrev.hasToken(&p) {
			// "Gen. Smith" continues; "... in St. Petersburg" continues
			return false
		}
		if givenAbbrev.hasToken(&p) && i >= 2 && toks[i-2].text != "," && toks[i-2].text != "-" && i+1 < len(toks) && toks[i+1].cap {
			return false // "Dr. Md. Niatuzzaman", not "Bethesda, Md. The"
		}
		// a single capital letter is an initial: "George W. Bush"; not
		// after a preposition, where it is a name of its own: "wrote on
		// X."; a compass point stays an abbreviation: "on E. 171st St."
		if utf8.RuneCountInString(p.text) == 1 && p.cap && !(i >= 2 && letterPreps.hasToken(&toks[i-2]) && !strings.Contains("NSEW", p.text)) {
			return false
		}
	}
	return true
}

// letterPreps before a single capital letter make it a name, not an
// initial: "posted on X.", "moved to Area C."
var letterPreps = closedSet("on", "via", "to", "at", "from", "in")

// abbrevPeriod reports the period of an abbreviation such as "Inc." or
// "St.", written against its word: it ends no sentence.
func (a *analysis) abbrevPeriod(k int) bool {
	toks := a.d.toks
	return toks[k].text == "." && k > 0 && toks[k-1].end == toks[k].start && nonFinalAbbrev.hasToken(&toks[k-1]) &&
		(k+1 >= len(toks) || !toks[k+1].sentStart)
}

// ownerMark reports the possessive at k after an owner noun: the "'s"
// of "the girl's", the bare apostrophe of "the victims'".
func ownerMark(toks []token, k int) bool {
	if toks[k].lower == "'s" {
		return true
	}
	return toks[k].kind == tQuote && !toks[k].spaceBefore && k > 0 && toks[k-1].kind == tWord &&
		strings.HasSuffix(toks[k-1].lower, "s") && (toks[k].text == "'" || toks[k].text == "\u2019")
}
