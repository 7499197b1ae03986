package extract

import (
	"strings"
	"testing"
)

// TestMayFoldEqual checks that mayFoldEqual turns away only pairs that
// strings.EqualFold turns away too, among them runes beyond ASCII that
// fold to ASCII letters.
func TestMayFoldEqual(t *testing.T) {
	words := []string{"", "a", "A", "k", "K", "\u212a", "\u212aate", "Kate", "kate", "s", "\u017fam", "Sam",
		"@", "`", "[", "{", "Zoe", "zoe", "Émile", "émile", "0", "Ab", "aB", "b"}
	for _, x := range words {
		for _, y := range words {
			if strings.EqualFold(x, y) && !mayFoldEqual(x, y) {
				t.Errorf("mayFoldEqual(%q, %q) = false; EqualFold says true", x, y)
			}
		}
	}
	if mayFoldEqual("Kate", "Mary") || mayFoldEqual("", "a") {
		t.Error("mayFoldEqual kept a pair its first bytes settle")
	}
}

// TestSameLower checks sameLower against comparing the strings.ToLower of
// both, for ASCII pairs, pairs beyond ASCII and the bytes around the
// capitals' range.
func TestSameLower(t *testing.T) {
	words := []string{"", "a", "A", "k", "K", "\u212a", "\u212aate", "Kate", "kate", "KATE", "Kat", "@", "`", "[", "{",
		"Émile", "émile", "ÉMILE", "Emile", "İ", "i", "Ab", "aB", "b", "Jean-Luc", "jean-luc", "Jean Luc"}
	for _, x := range words {
		for _, y := range words {
			if got, want := sameLower(x, y), strings.ToLower(x) == strings.ToLower(y); got != want {
				t.Errorf("sameLower(%q, %q) = %v, want %v", x, y, got, want)
			}
		}
	}
}
