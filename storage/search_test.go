package storage

import (
	"errors"
	"strings"
	"testing"
)

func TestParseSearch(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"blank", "  ", ""},
		{"one word", "communiques", `("communiques")`},
		{"all words required", "nobody room", `("nobody") AND ("room")`},
		{"phrase", `"left the room"`, `("left the room")`},
		{"typographic quotes", `“left the room”`, `("left the room")`},
		{"or", "talks OR mediators", `("talks" OR "mediators")`},
		{"or chain", "a OR b OR c d", `("a" OR "b" OR "c") AND ("d")`},
		{"lower-case or is a word", "war or peace", `("war") AND ("or") AND ("peace")`},
		{"exclude", "talks -oslo", `(("talks")) NOT "oslo"`},
		{"exclude two", "talks -oslo -\"good faith\"", `((("talks")) NOT "oslo") NOT "good faith"`},
		{"prefix", "communi*", `("communi" *)`},
		{"phrase prefix", `"left the ro"*`, `("left the ro" *)`},
		{"syntax is text", `NEAR(a b) speaker:x ^y`, `("NEAR(a") AND ("b)") AND ("speaker:x") AND ("^y")`},
		{"a quote inside a word ends it", `abc"def"`, `("abc") AND ("def")`},
		{"punctuation dropped", "— talks &", `("talks")`},
		{"dash inside a word", "al-Hayya", `("al-Hayya")`},
		{"lone dash", "talks - oslo", `("talks") AND ("oslo")`},
		{"a NUL separates words", "0\x00talks", `("0") AND ("talks")`},
		{"broken UTF-8 separates words", "talks\xffoslo", `("talks") AND ("oslo")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseSearch(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if s.expr != tt.want {
				t.Errorf("ParseSearch(%q) = %s, want %s", tt.in, s.expr, tt.want)
			}
		})
	}
}

func TestParseSearchErrors(t *testing.T) {
	for _, in := range []string{`"unclosed`, "OR talks", "talks OR", "a OR OR b", "-oslo", "a OR -b", `-"x y"`} {
		_, err := ParseSearch(in)
		if !errors.Is(err, ErrSearch) {
			t.Errorf("ParseSearch(%q): err %v, want ErrSearch", in, err)
		}
	}
}

func TestParseSearchNothing(t *testing.T) {
	s, err := ParseSearch("— …")
	if err != nil || !s.none || s.IsZero() {
		t.Errorf("punctuation only: %+v, %v; want a search that matches nothing", s, err)
	}
	if z, _ := ParseSearch(""); !z.IsZero() {
		t.Errorf("blank search restricts: %+v", z)
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		name, text, search, want string
	}{
		{"word, accents forgiven", "But the people of Darfur cannot eat communiqués", "communiques", "But the people of Darfur cannot eat [communiqués]"},
		{"case", "Nobody left the room", "NOBODY", "[Nobody] left the room"},
		{"phrase as one mark", "Nobody left the room, and in a war", `"left the room"`, "Nobody [left the room], and in a war"},
		{"phrase words apart do not count", "left it in the room", `"left the room"`, "left it in the room"},
		{"prefix", "Talks and talking", "talk*", "[Talks] and [talking]"},
		{"no prefix match without star", "Talks and talking", "talk", "Talks and talking"},
		{"whole words only", "goodness", "good", "goodness"},
		{"excluded words not marked", "talks in Oslo", "talks -oslo", "[talks] in Oslo"},
		{"or", "war and peace", "war OR peace", "[war] and [peace]"},
		{"markup is text", `<script>alert("x")</script> said`, "script", `<[script]>alert("x")</[script]> said`},
		{"nothing", "text", "", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseSearch(tt.search)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, seg := range Highlight(tt.text, s) {
				if seg.Match {
					b.WriteString("[" + seg.Text + "]")
				} else {
					b.WriteString(seg.Text)
				}
			}
			if b.String() != tt.want {
				t.Errorf("got %q, want %q", b.String(), tt.want)
			}
		})
	}
}

func TestParagraph(t *testing.T) {
	body := "First line.\nShe said “Nobody left” today.\nLast."
	tests := []struct {
		start, end int
		want       string
		at         int
	}{
		{22, 33, "She said “Nobody left” today.", 12},
		{0, 5, "First line.", 0},
		{5, 20, "First line.\nShe said “Nobody left” today.", 0},
		{-4, 1000, body, 0}, // offsets out of range are clamped
	}
	for _, tt := range tests {
		got, at := paragraph(body, tt.start, tt.end)
		if got != tt.want || at != tt.at {
			t.Errorf("paragraph(%d, %d) = %q, %d; want %q, %d", tt.start, tt.end, got, at, tt.want, tt.at)
		}
	}
}

func TestCursor(t *testing.T) {
	k := pageKey{Published: "2026-11-17T14:05:00Z", Rank: 1, ID: 42}
	c := cursor("quotes|a", k)
	got, err := parseCursor("quotes|a", c)
	if err != nil || *got != k {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	if k, err := parseCursor("quotes|a", ""); k != nil || err != nil {
		t.Errorf("empty cursor: %+v, %v", k, err)
	}
	for name, bad := range map[string]string{
		"other filters": c[:0] + cursor("quotes|b", k),
		"garbage":       "not-a-cursor",
		"tampered":      strings.Replace(c, c[:4], "AAAA", 1),
		"no checksum":   strings.Split(c, ".")[0],
		"bad base64":    "%%%.%%%",
	} {
		if _, err := parseCursor("quotes|a", bad); !errors.Is(err, ErrCursor) {
			t.Errorf("%s: err %v, want ErrCursor", name, err)
		}
	}
}
