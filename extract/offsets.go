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
	// runeAt[b] is the code-point index of byte b
	runeAt := make([]int32, len(text)+1)
	n := int32(0)
	for b := range text {
		runeAt[b] = n
		n++
	}
	runeAt[len(text)] = n
	for b := len(text) - 1; b > 0; b-- {
		// bytes inside a rune map to that rune
		if !utf8.RuneStart(text[b]) {
			runeAt[b] = runeAt[b-1]
		}
	}
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
