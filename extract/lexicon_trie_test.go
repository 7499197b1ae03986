package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestTrieChildren checks a phraseTrie whose nodes have one child, a few
// (a chain) and more than maxTrieLinks (a map): every phrase added is
// matched with its value, longest first, and no other phrase is.
func TestTrieChildren(t *testing.T) {
	var tr phraseTrie
	var phrases []string
	for n := 1; n <= 2*maxTrieLinks+3; n++ {
		for k := 0; k < n; k++ {
			// node "Alpha N" has n children, each a phrase
			phrases = append(phrases, fmt.Sprintf("Alpha %d Word%d", n, k))
		}
		phrases = append(phrases, fmt.Sprintf("Alpha %d", n))
	}
	for v, p := range phrases {
		tr.add(strings.Fields(p), v)
	}
	for v, p := range phrases {
		toks := tokensOf(p + " Tail")
		vals, lim := tr.match(toks, 0, false)
		if want := len(strings.Fields(p)); !slices.Equal(vals, []int{v}) || lim != want {
			t.Errorf("match(%q) = %v, %d; want [%d], %d", p, vals, lim, v, want)
		}
	}
	for _, p := range []string{"Alpha 3 Word3", "Alpha 11 Word11", "Alpha 20 Word0"} {
		toks := tokensOf(p)
		if _, lim := tr.match(toks, 0, false); lim == len(toks) {
			t.Errorf("match(%q) matched a phrase never added", p)
		}
	}
}
