package extract

import (
	"strings"
	"testing"
)

// ag1DeathRules hold the rows of ages written with spaces (joinSpacedAges).
var ag1DeathRules = []figureRule{
	// "22 year old", "17 year-old": one age token, as "22-year-old" is
	{ruleDeathObject,
		[]figureCase{{text: "The SUV failed to take the bend and crashed into a power pole, killing 22 year old Dana Whitlow.", count: 1},
			{text: "Police said the shooting killed a 17 year-old boy outside the store.", count: 1}},
		[]string{"The crash left a 22 year old driver with minor injuries, police said."}},
}

func TestAg1DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), ag1DeathRules, "deaths")
}

// TestJoinSpacedAges: the spaced spellings of an age become one token,
// while "22 years old" (a predicate) and quotes after a join stay right.
func TestJoinSpacedAges(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"killing 22 year old Dana", "killing|22-year-old|Dana"},
		{"a 17 year-old boy", "a|17-year-old|boy"},
		{"a 17-year old boy", "a|17-year-old|boy"},
		{"he was 22 years old", "he|was|22|years|old"},
		{"a 5 year old \"boy\"", "a|5-year-old|\"|boy|\""},
	} {
		d := newDoc(c.text)
		var got []string
		for _, tk := range d.toks {
			got = append(got, tk.text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: tokens %s, want %s", c.text, g, c.want)
		}
		for _, q := range d.quoteToks {
			if d.toks[q].kind != tQuote {
				t.Errorf("%q: quoteToks points at %q", c.text, d.toks[q].text)
			}
		}
	}
}
