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
