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
