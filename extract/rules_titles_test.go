package extract

import (
	"sort"
	"strings"
	"testing"
)

// titleStepRows pin each named matcher of the title tables: in pos it reads
// a word of a title, in neg (the same shape without what it looks for) it
// reads none. Names are "before/" (titleBackSteps, a title before a name)
// or "after/" (titleAfterSteps, a title in an apposition) and the matcher's
// name. Sentences are written for these tests.
var titleStepRows = []struct{ step, pos, neg string }{
	{"before/rank-full-stop", "Gen. Mark Hale said the army was ready.", "General Mark Hale said the army was ready."},
	{"before/state-or-place", "US Senator Mark Hale spoke on Sunday.", "Senator Mark Hale spoke on Sunday."},
	{"before/body", "Hamas spokesman Hazem Qassem spoke on Sunday.", "The spokesman Hazem Qassem spoke on Sunday."},
	{"before/possessive-owner", "Britain's ambassador Karen Pierce spoke on Sunday.", "Ambassador Karen Pierce spoke on Sunday."},
	{"before/qualifier-only", "On Monday Egyptian Foreign Minister Badr Lotfy met the envoy.", "On Monday Foreign Minister Badr Lotfy met the envoy."},
	{"before/capitalised-before-of", "Deputy Director of Public Prosecution Eva Lind dropped the case.", "Deputy Director Eva Lind dropped the case."},
	{"before/of-after-capitalised", "Deputy Director of Public Prosecution Eva Lind dropped the case.", "Deputy Director Eva Lind dropped the case."},
	{"before/the-in-of-phrase", "Speaker of the House Nancy Pell spoke on Sunday.", "Speaker Nancy Pell spoke on Sunday."},
	{"before/unjoined-capitals", "He said Public Prosecution Eva Persson dropped the case.", "He said prosecutor Eva Persson dropped the case."},
	{"before/role-noun", "Senator Mark Hale spoke on Sunday.", "Mark Hale spoke on Sunday."},
	{"before/modifier", "Foreign Minister Badr Lotfy spoke on Sunday.", "Minister Badr Lotfy spoke on Sunday."},
	{"before/honorific", "Mr Hall said the plan was ready.", "Hall said the plan was ready."},
	{"before/capitalised-in-title", "Harbour Press Secretary Karen Jeans spoke on Sunday.", "Press Secretary Karen Jeans spoke on Sunday."},
	{"before/noun-in-compound", "The foreign office spokeswoman Lena Park said the talks were over.", "The spokeswoman Lena Park said the talks were over."},
	{"before/connector", "President and Chief Executive Mark Hale spoke on Sunday.", "Chief Executive Mark Hale spoke on Sunday."},

	{"after/state-or-place", "Bassem Naim, a senior Egyptian official, said the talks were over.", "Bassem Naim, a senior official, said the talks were over."},
	{"after/body", "Bassem Naim, a senior Hamas official, said the talks were over.", "Bassem Naim, a senior official, said the talks were over."},
	{"after/office-phrase", "Ann Lee, campaign manager for Tom Hale, said the vote was close.", "Ann Lee, a friend of Tom Hale, said the vote was close."},
	{"after/role-noun", "Ann Lee, a senior official, said the vote was close.", "Ann Lee, a keen gardener, said the vote was close."},
	{"after/owner-noun", "Ann Lee, the party's co-leader, said the vote was close.", "Ann Lee, the co-leader, said the vote was close."},
	{"after/modifier", "Ann Lee, a senior official, said the vote was close.", "Ann Lee, an official, said the vote was close."},
	{"after/capitalised-in-title", "Ann Lee, Research Director, said the vote was close.", "Ann Lee, director, said the vote was close."},
	{"after/and-between-capitals", "Ann Lee, Research and Advocacy Director, said the vote was close.", "Ann Lee, Research Director, said the vote was close."},
	{"after/noun-before-role", "Ann Lee, a fire service official, said the vote was close.", "Ann Lee, an official, said the vote was close."},
}

func TestTitleSteps(t *testing.T) {
	ex := newTestExtractor(t)
	steps := func(text string) map[string]bool {
		got := map[string]bool{}
		ex.extract(text, func(s string) { got[s] = true })
		return got
	}
	for _, r := range titleStepRows {
		if got := steps(r.pos); !got[r.step] {
			t.Errorf("%s: %q: the matcher read no word; matchers that did: %s", r.step, r.pos, stepNames(got))
		}
		if got := steps(r.neg); got[r.step] {
			t.Errorf("%s: %q: the matcher read a word it must not", r.step, r.neg)
		}
	}
}

// TestTitleStepsHaveRows checks that every matcher of the title tables has
// a row in titleStepRows.
func TestTitleStepsHaveRows(t *testing.T) {
	rows := map[string]bool{}
	for _, r := range titleStepRows {
		rows[r.step] = true
	}
	var names []string
	for _, s := range titleBackSteps {
		names = append(names, "before/"+s.name)
	}
	for _, s := range titleAfterSteps {
		names = append(names, "after/"+s.name)
	}
	for _, n := range names {
		if !rows[n] {
			t.Errorf("title matcher %s has no row in titleStepRows", n)
		}
	}
}

func stepNames(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
