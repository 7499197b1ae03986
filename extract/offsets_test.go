package extract

import (
	"testing"
	"unicode/utf8"
)

// runeIndexOf is the plain definition runeOffsets must agree with: the
// code point holding byte b, counting each invalid byte as one.
func runeIndexOf(text string, b int) int {
	n := -1
	for start := range text {
		if start > b {
			break
		}
		n++
	}
	if b == len(text) {
		return utf8.RuneCountInString(text)
	}
	return n
}

func TestRuneOffsets(t *testing.T) {
	for _, text := range []string{"", "abc", "Zoë said “no”.", "a\xffb\xc3", "日本語 text", "\xe2\x80", "plain ASCII text, longer than a word", "eight by tes then é",
		"sixteen bytes of ASCII\xff then é and “more” plain text after it", "é12345678\xe2\x80\x9c12345678\x80\x80abcdefghij", "seven b€ and eight by€ and nine byte€"} {
		var offs []*int
		var want []int
		for b := len(text); b >= 0; b-- { // out of order, as results are
			v := b
			offs = append(offs, &v)
			want = append(want, runeIndexOf(text, b))
		}
		runeOffsets(text, append([]*int(nil), offs...)) // it sorts its slice
		for i, p := range offs {
			if *p != want[i] {
				t.Errorf("%q: byte %d -> %d, want %d", text, len(text)-i, *p, want[i])
			}
		}
	}
}
