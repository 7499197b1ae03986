package storage

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Quote clustering works on words: what survives the usual rewrites of a
// quotation from one outlet to the next (curly or straight marks, case,
// changed punctuation, an ellipsis for words left out, an editor's
// bracketed insertion, the quote cut short at either end).
const (
	// minPartialWords is the fewest words a quote must have to be taken as
	// part of a longer one; shorter ones join a cluster only by having
	// the same words.
	minPartialWords = 8
	// minLooseWords is the fewest words an exact repeat needs to join a
	// cluster whose speaker, or its own, is unresolved; shorter phrases
	// ("a very difficult day") are said by many people.
	minLooseWords = 6
	// shingleWords is the length of the word runs whose hashes find the
	// clusters a quote may belong to; winnowWindow thins out those stored
	// (see fingerprints).
	shingleWords = 5
	winnowWindow = 4
)

// quoteForm is a quotation reduced to its words.
type quoteForm struct {
	words []string // every word, lower case, accents dropped
	// segments are the runs of words between ellipses and bracketed
	// insertions; each stands for contiguous words of the full quote.
	segments [][]string
}

// dottedEllipsis is "..." or ". . ." as typed for "…".
var dottedEllipsis = regexp.MustCompile(`\.[ \t]?\.[ \t]?\.+`)

// parseQuote reduces a quotation to words and segments. The forms of the
// last few thousand quotes parsed are kept (formMemo): a quote printed by
// many outlets, and the text of its cluster, which each of them is
// compared with, are parsed once. A form is shared, and not to be changed.
func parseQuote(text string) quoteForm {
	if len(text) > maxMemoText {
		return parseQuoteText(text)
	}
	formMemo.mu.Lock()
	f, ok := formMemo.m[text]
	formMemo.mu.Unlock()
	if ok {
		return f
	}
	f = parseQuoteText(text)
	formMemo.mu.Lock()
	if formMemo.m == nil || len(formMemo.m) >= maxMemoForms {
		formMemo.m = map[string]quoteForm{}
	}
	formMemo.m[text] = f
	formMemo.mu.Unlock()
	return f
}

// formMemo holds the forms parseQuote worked out, by text: at most
// maxMemoForms of texts up to maxMemoText bytes, then it starts anew.
var formMemo struct {
	mu sync.Mutex
	m  map[string]quoteForm
}

const (
	maxMemoForms = 4096
	maxMemoText  = 2000
)

// parseQuoteText is parseQuote, worked out.
func parseQuoteText(text string) quoteForm {
	if mayHaveDottedEllipsis(text) {
		text = dottedEllipsis.ReplaceAllString(text, "…")
	}
	return parseForm(text)
}

// mayHaveDottedEllipsis: a dot followed by another, next to it or after
// one space or tab, which dottedEllipsis needs; most quotes have none and
// are spared the regular expression.
func mayHaveDottedEllipsis(text string) bool {
	for i := strings.IndexByte(text, '.'); i >= 0 && i+1 < len(text); {
		next := text[i+1:]
		if next[0] == '.' || (len(next) > 1 && (next[0] == ' ' || next[0] == '\t') && next[1] == '.') {
			return true
		}
		j := strings.IndexByte(next, '.')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// quoteWords are the words of parseQuote(text). A dot ends a word as
// "…" does, so a text with no bracket (whose reach is counted in
// characters) has the same words whether or not its dotted ellipses are
// made "…": a long body is spared the search for them.
func quoteWords(text string) []string {
	if strings.IndexByte(text, '[') >= 0 {
		return parseQuoteText(text).words // a body: not kept
	}
	return parseForm(text).words
}

// parseForm is parseQuote of a text whose dotted ellipses are "…" already.
func parseForm(text string) quoteForm {
	var f quoteForm
	var seg []string
	var word strings.Builder
	endWord := func() {
		if word.Len() > 0 {
			seg = append(seg, word.String())
			word.Reset()
		}
	}
	endSegment := func() {
		endWord()
		if len(seg) > 0 {
			f.segments = append(f.segments, seg)
			f.words = append(f.words, seg...)
			seg = nil
		}
	}
	if needsNFD(text) {
		text = norm.NFD.String(text)
	}
	runes := []rune(text)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case r == '[':
			// an editor's insertion stands for words of the speaker's
			if end := closingBracket(runes[i:]); end > 0 {
				endSegment()
				i += end
			} else {
				endWord()
			}
		case r == '…':
			endSegment()
		case r >= 0x300 && unicode.Is(unicode.Mn, r): // no mark is below U+0300
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(unicode.ToLower(r))
		case isApostrophe(r):
			// "don't" and "don’t" are "dont"; a mark around a word is nothing
		case (r == ',' || r == '.') && word.Len() > 0 && i+1 < len(runes) && unicode.IsDigit(runes[i+1]) && unicode.IsDigit(runes[i-1]):
			// "1,500" and "1500" are one number
		default:
			endWord()
		}
	}
	endSegment()
	return f
}

// closingBracket is the index of the "]" that closes an insertion
// starting runes, or 0 when there is none near enough.
func closingBracket(runes []rune) int {
	for i, r := range runes[:min(len(runes), 60)] {
		if r == ']' {
			return i
		}
	}
	return 0
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4':
		return true
	}
	return false
}

// textKey is the key of a form's words, the same for every spelling of them.
func (f quoteForm) textKey() int64 {
	return hashWords("=", f.words)
}

// hashWords is the 64-bit FNV-1a hash of prefix and words joined by
// spaces, computed in place (hash/fnv's would copy each word).
func hashWords(prefix string, words []string) int64 {
	h := uint64(fnvOffset)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * fnvPrime
		}
	}
	add(prefix)
	for i, w := range words {
		if i > 0 {
			h = (h ^ ' ') * fnvPrime
		}
		add(w)
	}
	return int64(h)
}

// shingles are the hashes of every run of shingleWords words within a
// segment, in order, segment after segment.
func (f quoteForm) shingles() [][]int64 {
	out := make([][]int64, 0, len(f.segments))
	for _, seg := range f.segments {
		var hs []int64
		for i := 0; i+shingleWords <= len(seg); i++ {
			hs = append(hs, hashWords("", seg[i:i+shingleWords]))
		}
		out = append(out, hs)
	}
	return out
}

// lookupKeys are the keys under which clusters that may hold this quote
// are stored: its text key and every shingle.
func (f quoteForm) lookupKeys() []int64 {
	keys := []int64{f.textKey()}
	if len(f.words) < minPartialWords {
		return keys
	}
	seen := map[int64]bool{keys[0]: true}
	for _, seg := range f.shingles() {
		for _, h := range seg {
			if !seen[h] {
				seen[h] = true
				keys = append(keys, h)
			}
		}
	}
	return keys
}

// fingerprints are the keys stored for a cluster's text: of each
// segment's shingles the first, the last and the smallest of every
// winnowWindow in a row (winnowing). A form that shares a run of
// shingleWords+winnowWindow-1 = 8 words with the text shares one of them,
// wherever the run is; one cut short at either end, or with words left out
// between its beginning and its end, shares the first or the last however
// short its parts. Fewer keys than shingles keep the index small.
func (f quoteForm) fingerprints() []int64 {
	var out []int64
	seen := map[int64]bool{}
	add := func(h int64) {
		if !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	for _, hs := range f.shingles() {
		if len(hs) == 0 {
			continue
		}
		add(hs[0])
		add(hs[len(hs)-1])
		for i := 0; i+winnowWindow <= len(hs); i++ {
			m := hs[i]
			for _, h := range hs[i+1 : i+winnowWindow] {
				m = min(m, h)
			}
			add(m)
		}
	}
	return out
}

// sameWords reports whether two forms have the same words.
func sameWords(a, b quoteForm) bool {
	if len(a.words) != len(b.words) {
		return false
	}
	for i := range a.words {
		if a.words[i] != b.words[i] {
			return false
		}
	}
	return true
}

// within reports whether short is part of long: each of its segments
// found in long's words, contiguous, in order and without overlap, and
// short long enough (minPartialWords) to say so. An ellipsis in long is
// not a gap short may not span: long's words are read as one run.
func within(short, long quoteForm) bool {
	if len(short.words) < minPartialWords || len(short.words) > len(long.words) {
		return false
	}
	at := 0
	for _, seg := range short.segments {
		i := indexWords(long.words[at:], seg)
		if i < 0 {
			return false
		}
		at += i + len(seg)
	}
	return true
}

// indexWords is the first index of needle in hay, or -1.
func indexWords(hay, needle []string) int {
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, w := range needle {
			if hay[i+j] != w {
				continue outer
			}
		}
		return i
	}
	return -1
}

// related reports whether two quotations are the same quote: the same
// words, or one part of the other.
func related(a, b quoteForm) bool {
	return sameWords(a, b) || within(a, b) || within(b, a)
}
