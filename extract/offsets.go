package extract

import "unicode/utf8"

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
	// runeAt[b] is the code-point index of byte b; the bytes inside a rune
	// map to that rune. A byte that is not UTF-8 is a code point of its own
	// (U+FFFD), as in []rune(body) and in encoding/json's output.
	runeAt := make([]int32, len(text)+1)
	n := int32(-1)
	prev := -1
	for b := range text { // b is the start of each rune, or of each invalid byte
		for k := prev + 1; k < b; k++ {
			runeAt[k] = n
		}
		n++
		runeAt[b] = n
		prev = b
	}
	for k := prev + 1; k < len(text); k++ {
		runeAt[k] = n
	}
	runeAt[len(text)] = n + 1
	conv := func(b int) int {
		if b < 0 || b > len(text) {
			return b
		}
		return int(runeAt[b])
	}
	for i := range res.Officials {
		for k := range res.Officials[i].Mentions {
			m := &res.Officials[i].Mentions[k]
			m.Start, m.End = conv(m.Start), conv(m.End)
		}
	}
	for i := range res.Countries {
		for k := range res.Countries[i].Spans {
			s := &res.Countries[i].Spans[k]
			s.Start, s.End = conv(s.Start), conv(s.End)
		}
	}
	for i := range res.Quotes {
		q := &res.Quotes[i]
		q.Start, q.End = conv(q.Start), conv(q.End)
	}
	for i := range res.Troops {
		t := &res.Troops[i]
		t.Start, t.End = conv(t.Start), conv(t.End)
	}
	for i := range res.Deaths {
		d := &res.Deaths[i]
		d.Start, d.End = conv(d.Start), conv(d.End)
	}
}
