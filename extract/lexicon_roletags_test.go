package extract

import (
	"strings"
	"testing"
)

// TestRoleTagged checks roleTagged against the roleTags map it stands in
// for, over every tagged role, every role word, their parts and a few
// words of no role.
func TestRoleTagged(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "a", "x", "sheikh", "colonel", "gen.", "spokesman"}
	for k := range lx.roleTags {
		w, _, _ := strings.Cut(k, "/")
		words = append(words, w, k)
	}
	for w := range lx.roles {
		words = append(words, w, w+".")
	}
	for tag, name := range roleTagNames {
		for _, w := range words {
			if got, want := lx.roleTagged(roleTag(tag), w), lx.roleTags[w+"/"+name]; got != want {
				t.Errorf("roleTagged(%s, %q) = %v, roleTags = %v", name, w, got, want)
			}
		}
	}
}

// TestHoldsWords checks holdsWords against the padded strings.Contains it
// stands in for.
func TestHoldsWords(t *testing.T) {
	names := []string{"", " ", "  ", "Labour Party", "New Zealand Labour Party", "Democratic Party of Korea", "a a", "Party Party ", " Labour"}
	words := []string{"", " ", "Labour", "Labour Party", "Party", "Part", "a", "a a", "Korea", " Labour", "Party "}
	for _, n := range names {
		for _, w := range words {
			if got, want := holdsWords(n, w), strings.Contains(" "+n+" ", " "+w+" "); got != want {
				t.Errorf("holdsWords(%q, %q) = %v, want %v", n, w, got, want)
			}
		}
	}
}
