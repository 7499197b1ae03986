package jsonstr

import (
	"bytes"
	"encoding/json"
	"testing"
)

// encodingJSON is what encoding/json writes for v, HTML escaping on or off.
func encodingJSON(t testing.TB, v any, html bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(html)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\\n\r\t\b\f\x00\x01\x1f\x7f", "é\u2028\u2029😀", "\xff", "a\xc3", "<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := encodingJSON(t, s, false)
		if got := Append(nil, s); !bytes.Equal(got, bytes.TrimSuffix(want, []byte("\n"))) {
			t.Errorf("%q:\n got %s\nwant %s", s, got, want)
		}
		want = encodingJSON(t, s, true)
		if got := AppendHTMLSafe(nil, s); !bytes.Equal(got, bytes.TrimSuffix(want, []byte("\n"))) {
			t.Errorf("%q, HTML safe:\n got %s\nwant %s", s, got, want)
		}
	})
}

// TestAppendEveryPosition puts each byte that needs escaping (and a rune
// beyond ASCII) at every position of plain strings of several lengths, so
// that the eight-byte skip meets it at each place in a word.
func TestAppendEveryPosition(t *testing.T) {
	specials := []string{"\"", "\\", "\n", "\x00", "\x1f", "<", ">", "&", "é", "\u2028", "\xff", "\x7f", " ", "~"}
	plain := "abcdefghijklmnopqrstuvwxyz0123456789 ABCDEFG"
	for n := 0; n <= 24; n++ {
		for k := 0; k <= n; k++ {
			for _, sp := range specials {
				s := plain[:k] + sp + plain[k:n]
				for _, html := range []bool{false, true} {
					want := bytes.TrimSuffix(encodingJSON(t, s, html), []byte("\n"))
					if got := appendString(nil, s, html); !bytes.Equal(got, want) {
						t.Fatalf("%q (html %v):\n got %s\nwant %s", s, html, got, want)
					}
				}
			}
		}
	}
}

// TestAppendSpecialPairs puts two bytes that need escaping (or runes
// beyond ASCII) at every pair of places in a word and the next, with plain
// bytes next to them that a borrow out of the first could mark (0x20,
// '!', '#'), so that the skip stops at the first of them, not past it.
func TestAppendSpecialPairs(t *testing.T) {
	specials := []string{"\x00", "\x1f", "\"", "\\", "<", "&", "é", "\xff"}
	for _, fill := range []byte{' ', '!', '#', 'a', '=', '?'} {
		base := bytes.Repeat([]byte{fill}, 17)
		for j := range 9 {
			for k := j; k < 17; k++ {
				for _, a := range specials {
					for _, b := range specials {
						s := string(base[:j]) + a + string(base[j:k]) + b + string(base[k:])
						for _, html := range []bool{false, true} {
							want := bytes.TrimSuffix(encodingJSON(t, s, html), []byte("\n"))
							if got := appendString(nil, s, html); !bytes.Equal(got, want) {
								t.Fatalf("%q (html %v):\n got %s\nwant %s", s, html, got, want)
							}
						}
					}
				}
			}
		}
	}
}

// TestSkipPlain checks skipPlain against a byte by byte search, every
// byte value at every place of strings of up to 19 bytes, from every
// start.
func TestSkipPlain(t *testing.T) {
	special := func(c byte, html bool) bool {
		return c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || html && (c == '<' || c == '>' || c == '&')
	}
	for n := 1; n <= 19; n++ {
		for k := range n {
			for c := range 256 {
				b := bytes.Repeat([]byte{'~'}, n)
				b[k] = byte(c)
				s := string(b)
				for _, html := range []bool{false, true} {
					for i := 0; i <= n; i++ {
						want := i
						for want < n && !special(s[want], html) {
							want++
						}
						if got := skipPlain(s, i, html); got != want {
							t.Fatalf("skipPlain(%q, %d, %v) = %d, want %d", s, i, html, got, want)
						}
					}
				}
			}
		}
	}
}
