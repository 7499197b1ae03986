package extract

import (
	"strings"
	"testing"
)

// TestOfficeHoldersLoad checks the gazetteer as data: every line reads,
// every state is a state of countries.tsv, and a surname two states'
// holders share names neither.
func TestOfficeHoldersLoad(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	h := lx.holderTables()
	if h.err != nil {
		t.Fatal(h.err)
	}
	if len(h.full) < 1000 {
		t.Fatalf("only %d names", len(h.full))
	}
	for name, x := range h.full {
		if _, ok := lx.countries[x.state]; !ok {
			t.Errorf("%s: unknown state %q", name, x.state)
		}
	}
	for _, c := range []struct{ key, state string }{
		{"emmanuel macron", "FR"}, {"macron", "FR"}, {"lee", ""},
	} {
		got := h.full[c.key]
		if !strings.Contains(c.key, " ") {
			got = h.surnames[c.key]
		}
		if got.state != c.state {
			t.Errorf("%s: state %q, want %q", c.key, got.state, c.state)
		}
	}
}

// TestHolderKeyFolds checks holderKey against its definition (the words of
// strings.ToLower between holderKeyBreak runes, joined by a space) on
// every name of the gazetteer and on awkward strings.
func TestHolderKeyFolds(t *testing.T) {
	want := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), holderKeyBreak), " ")
	}
	cases := []string{"", " ", "--", "Jean-Yves Le Drian", "  O'Neill  ", "İlham Əliyev", "ΑΛΈΞΗΣ Τσίπρας",
		"D.K. Shivakumar", "a\u00a0b\u2009c", "bad\xffutf8", "\xe2\x80", "Kɨmɨ\u0085x", "’Abd’", "ǅemal"}
	for line := range strings.SplitSeq(officeHoldersTSV, "\n") {
		cases = append(cases, strings.Split(line, "\t")...)
	}
	for c := range rune(0x80) { // every ASCII byte, for holderKeyASCII
		cases = append(cases, "Ab"+string(c)+"Cd", string(c)+"x "+string(c))
	}
	for _, c := range cases {
		if got, w := holderKey(c), want(c); got != w {
			t.Errorf("holderKey(%q) = %q, want %q", c, got, w)
		}
	}
}
