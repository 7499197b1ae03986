package extract

import (
	"sort"
	"unicode/utf8"
)

// Extractors work in byte offsets; results leave the package in code points,
// as the JSON contract says. toRunes converts every offset of res.
func (a *analysis) toRunes(res *Result) {
	text := a.d.text
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return
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
	n, i := -1, 0
	for b := range text { // b is the start of each rune, or of each invalid byte
		for ; i < len(offs) && *offs[i] < b; i++ {
			*offs[i] = n
		}
		n++
	}
	for ; i < len(offs) && *offs[i] < len(text); i++ {
		*offs[i] = n
	}
	for ; i < len(offs); i++ {
		*offs[i] = n + 1
	}
}
