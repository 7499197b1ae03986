package extract

import (
	"sort"
	"unicode/utf8"
)

// Extractors work in byte offsets; results leave the package in code points,
// as the JSON contract says. toRunes converts every offset of res.
func (a *analysis) toRunes(res *Result) {
	text := a.d.text
	if isASCII(text) {
		return // eight bytes at a time, to the first byte beyond ASCII
	}
	// The offsets are converted in one walk over the body, in order: a
	// table of every byte's code point would cost four bytes per byte of
	// text.
	var offs []*int
	conv := func(ps ...*int) {
		for _, p := range ps {
			if *p >= 0 && *p <= len(text) {
				offs = append(offs, p)
			}
		}
	}
	for i := range res.Officials {
		for k := range res.Officials[i].Mentions {
			m := &res.Officials[i].Mentions[k]
			conv(&m.Start, &m.End)
		}
	}
	for i := range res.Countries {
		for k := range res.Countries[i].Spans {
			s := &res.Countries[i].Spans[k]
			conv(&s.Start, &s.End)
		}
	}
	for i := range res.Quotes {
		q := &res.Quotes[i]
		conv(&q.Start, &q.End)
	}
	for i := range res.Troops {
		t := &res.Troops[i]
		conv(&t.Start, &t.End)
	}
	for i := range res.Deaths {
		d := &res.Deaths[i]
		conv(&d.Start, &d.End)
	}
	runeOffsets(text, offs)
}

// runeOffsets turns the byte offsets *p into text into code-point offsets:
// a byte inside a rune maps to that rune, len(text) to the number of code
// points, and a byte that is not UTF-8 is a code point of its own (U+FFFD),
// as in []rune(text) and in encoding/json's output.
func runeOffsets(text string, offs []*int) {
	if isASCII(text) {
		// every byte is a code point: only the offsets outside the text move
		for _, p := range offs {
			*p = min(max(*p, -1), len(text))
		}
		return
	}
	sort.Slice(offs, func(i, j int) bool { return *offs[i] < *offs[j] })
	b, n := 0, 0 // the next code point starts at byte b and is the n-th
	for _, p := range offs {
		o := *p
		b, n = passRunes(text, b, n, o)
		if o < len(text) {
			*p = n - 1 // the last code point passed holds byte o
		} else {
			*p = n // every code point passed
		}
	}
}

// passRunes goes on from the code point at byte b, the n-th, past every
// code point that starts at or before byte o (an invalid byte is one of
// its own, as in a range over text), and returns where it stops. Plain
// ASCII is passed eight bytes at a time.
func passRunes(text string, b, n, o int) (int, int) {
	for b <= o && b < len(text) {
		switch {
		case b+8 <= len(text) && b+7 <= o && word8(text[b:b+8])&0x8080808080808080 == 0:
			b, n = b+8, n+8
		case text[b] < utf8.RuneSelf:
			b, n = b+1, n+1
		default:
			_, size := utf8.DecodeRuneInString(text[b:])
			b, n = b+size, n+1
		}
	}
	return b, n
}
