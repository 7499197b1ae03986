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
