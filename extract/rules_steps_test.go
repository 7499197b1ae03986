package extract

import (
	"sort"
	"strings"
	"testing"
)

// stepRows pin each named matcher of the rule tables: in pos it decides
// (reads a word of a title, or accepts or rejects a speaker phrase), in neg
// (mostly the same shape without what it looks for) it does not. Names are
// the table's prefix and the matcher's name: "before/" (titleBackSteps, a
// title before a name), "after/" (titleAfterSteps, a title in an
// apposition), "np/" (npRules, speaker phrases). Sentences are written for
// these tests.
var stepRows = []struct{ step, pos, neg string }{
	{"before/bracketed-acronym", "The National Electoral Commission (NEC) chairman, Mahmood Yakubu, said results were due.", "The National Electoral Commission (NEC), Mahmood Yakubu said, was ready."},
	{"before/rank-full-stop", "Gen. Mark Hale said the army was ready.", "General Mark Hale said the army was ready."},
	{"before/state-or-place", "US Senator Mark Hale spoke on Sunday.", "Senator Mark Hale spoke on Sunday."},
	{"before/body", "Hamas spokesman Hazem Qassem spoke on Sunday.", "The spokesman Hazem Qassem spoke on Sunday."},
	{"before/possessive-owner", "Britain's ambassador Karen Pierce spoke on Sunday.", "Ambassador Karen Pierce spoke on Sunday."},
	{"before/whose-owner", "The strike was called by the union, whose president, Ann Lee, spoke on Sunday.", "The strike was called by the union, and its president, Ann Lee, spoke on Sunday."},
	{"before/qualifier-only", "On Monday Egyptian Foreign Minister Badr Lotfy met the envoy.", "On Monday Foreign Minister Badr Lotfy met the envoy."},
	{"before/capitalised-before-of", "Deputy Director of Public Prosecution Eva Lind dropped the case.", "Deputy Director Eva Lind dropped the case."},
	{"before/of-after-capitalised", "Deputy Director of Public Prosecution Eva Lind dropped the case.", "Deputy Director Eva Lind dropped the case."},
	{"before/the-in-of-phrase", "Speaker of the House Nancy Pell spoke on Sunday.", "Speaker Nancy Pell spoke on Sunday."},
	{"before/unjoined-capitals", "He said Public Prosecution Eva Persson dropped the case.", "He said prosecutor Eva Persson dropped the case."},
	{"before/roman-ordinal", "Finance Minister II Datuk Seri Azman Yusof said the subsidy would stay.", "Finance Minister Datuk Seri Azman Yusof said the subsidy would stay."},
	{"before/role-noun", "Senator Mark Hale spoke on Sunday.", "Mark Hale spoke on Sunday."},
	{"before/modifier", "Foreign Minister Badr Lotfy spoke on Sunday.", "Minister Badr Lotfy spoke on Sunday."},
	{"before/honorific", "Mr Hall said the plan was ready.", "Hall said the plan was ready."},
	{"before/capitalised-in-title", "Harbour Press Secretary Karen Jeans spoke on Sunday.", "Press Secretary Karen Jeans spoke on Sunday."},
	{"before/noun-in-compound", "The foreign office spokeswoman Lena Park said the talks were over.", "The spokeswoman Lena Park said the talks were over."},
	{"before/connector", "President and Chief Executive Mark Hale spoke on Sunday.", "Chief Executive Mark Hale spoke on Sunday."},
	{"before/portfolio-comma", "Investment, Trade and Industry Minister Tengku Zafrul said the deal was done.", "On Monday, Trade and Industry Minister Tengku Zafrul said the deal was done."},

	{"after/state-office-phrase", "Ann Lee, the U.S. attorney for Ohio, said the case was closed.", "Ann Lee, a U.S. citizen, said the case was closed."},
	{"after/of-in-capitalised", "Ann Lee, Ohio Department of Health spokeswoman, said the ad was poor.", "Ann Lee, University of Ohio student, said the ad was poor."},
	{"after/described-owner", "Ann Lee, the island nation's envoy, said the vote was close.", "Ann Lee, the island nation's best-known singer, said the vote was close."},
	{"after/state-or-place", "Bassem Naim, a senior Egyptian official, said the talks were over.", "Bassem Naim, a senior official, said the talks were over."},
	{"after/body", "Bassem Naim, a senior Hamas official, said the talks were over.", "Bassem Naim, a senior official, said the talks were over."},
	{"after/office-phrase", "Ann Lee, campaign manager for Tom Hale, said the vote was close.", "Ann Lee, a friend of Tom Hale, said the vote was close."},
	{"after/role-noun", "Ann Lee, a senior official, said the vote was close.", "Ann Lee, a keen gardener, said the vote was close."},
	{"after/owner-role", "Ann Lee, the president's chief of staff, said the vote was close.", "Ann Lee, the president's daughter, said the vote was close."},
	{"after/owner-noun", "Ann Lee, the party's co-leader, said the vote was close.", "Ann Lee, the co-leader, said the vote was close."},
	{"after/modifier", "Ann Lee, a senior official, said the vote was close.", "Ann Lee, an official, said the vote was close."},
	{"after/plural-owner-name", "Ann Lee, the Social Democrats' co-leader, said the vote was close.", "Ann Lee, the Social Democrats' friend, said the vote was close."},
	{"after/possessive-party-name", "Ann Lee, a People's Party MP, said the vote was close.", "Ann Lee, a People's Choice winner, said the vote was close."},
	{"after/unknown-owner", "Ann Lee, Harwick's chief operating officer, said the vote was close.", "Ann Lee, Harwick Research Director, said the vote was close."},
	{"after/capitalised-in-title", "Ann Lee, Research Director, said the vote was close.", "Ann Lee, director, said the vote was close."},
	{"after/and-between-capitals", "Ann Lee, Research and Advocacy Director, said the vote was close.", "Ann Lee, Research Director, said the vote was close."},
	{"after/and-between-roles", "Ann Lee, president and CEO of the Northwind Bank, said the vote was close.", "Ann Lee, president of the Northwind Bank, said the vote was close."},
	{"after/occupation-and-role", "Ann Lee, a geologist and spokeswoman for the survey, said the slope was unstable.", "Ann Lee, a geologist and mother of two, said the slope was unstable."},
	{"after/noun-before-role", "Ann Lee, a fire service official, said the vote was close.", "Ann Lee, an official, said the vote was close."},
	{"after/compound-after-head", "Ann Lee, the bank's chief human resources officer, said the vote was close.", "Ann Lee, the bank's chief, said the vote was close."},
	{"after/open-role-noun", "Ann Lee, a procurement specialist at the Northwind Bank, said the vote was close.", "Ann Lee, a customer at the Northwind Bank, said the vote was close."},

	{"np/pronoun", "Ann Lee spoke. \"We are ready for this,\" she said.", "\"We are ready for this,\" Ann Lee said."},
	{"np/owned-unit", "The ELN's Southern War Front said it had struck \"a legitimate military target\".", "The ELN's Southern War said it had struck \"a legitimate military target\"."},
	{"np/named-people", "\"We are ready for this,\" Ann Lee said.", "\"We are ready for this,\" the spokesman said."},
	{"np/name-of-body", "\"Markets are nervous,\" said Jingyi Pan of IG.", "\"Markets are nervous,\" said Jingyi Pan."},
	{"np/issued-document", "The Harbor Union issued a statement on Monday. \"We will strike,\" the statement said.", "The Harbor Union said in a statement on Monday that talks failed. \"We will strike,\" the statement said."},
	{"np/placed-person", "Two cases were confirmed. A nurse in the ward said: \"We were told nothing.\"", "Two cases were confirmed. A nurse said: \"We were told nothing.\""},
	{"np/former-latter", "Rob Kane and his assistant, Ed Moss, spoke. \"We move on,\" the latter said.", "Rob Kane spoke. \"We move on,\" the leader said."},
	{"np/court-side", "Mark Dane, prosecuting, spoke first. \"He lied,\" the prosecutor said.", "Mark Dane, a witness, spoke first. \"He lied,\" the prosecutor said."},
	{"np/contraction", "I'm told: \"We will win this seat.\"", "I am told: \"We will win this seat.\""},
	{"np/self-named-group", "Rockets hit a base.\nA group calling itself the Northern Shield, a front for militias, claimed the blast in a statement, saying it had fired \"three rockets at the camp\" overnight.", "Rockets hit a base.\nA group of farmers near the Northern Shield, a front for militias, claimed the land in a statement, saying it had farmed \"three fields at the camp\" for years."},
	{"np/part-of-group", "\"We are tired of waiting,\" one of the residents said.", "\"We are tired of waiting,\" a resident said."},
	{"np/witness-named-after", "Shots rang out.\n\"He just started shooting,\" said a woman who lives on the block. The woman, Tamika Greer, said she hid.", "Shots rang out.\n\"He just started shooting,\" said a woman who lives on the block. Tamika Greer said she hid."},
	{"np/governing-body", "The committee will run the federation, FIFA said.\n\"FIFA has decided,\" world football's governing body said.", "The committee will run the federation, FIFA said.\n\"FIFA has decided,\" world football's largest body said."},
	{"np/state-owned-of-name", "A boat sank.\nEgypt's Ministry of Foreign Affairs said in a statement: \"We are following up.\"", "A boat sank.\nEgypt's foreign ministry said in a statement: \"We are following up.\""},
	{"np/kin-epithet", "Nadia Karim spoke outside court.\n\"I want justice,\" the mother of three said.", "Nadia Karim spoke outside court.\n\"I want justice,\" the mother said."},
	{"np/age-described-person", "Marta Ruiz opened the shop in May.\n\"We sell local books,\" said the 52-year-old owner of Ruiz Books.", "Marta Ruiz opened the shop in May.\n\"We sell local books,\" said the owner of Ruiz Books."},
	{"np/one-described", "\"We are tired of waiting,\" one senior official said.", "\"We are tired of waiting,\" a senior official said."},
	{"before/ex-capitalised", "His remarks came as ex-Foreign Secretary Tom Ladd said he was hopeful.", "His remarks came as ex-foreign Secretary Tom Ladd said he was hopeful."},
	{"np/pronoun-like", "\"We are tired of waiting,\" others said.", "\"We are tired of waiting,\" residents said."},
	{"np/no-noun-at-end", "\"We are tired of waiting,\" as a said.", "\"We are tired of waiting,\" a resident said."},
	{"np/owned-body-name", "Somalia's Shabaab administration said: \"We are ready to talk.\"", "Somalia's Shabaab said: \"We are ready to talk.\""},
	{"np/trailing-name", "\"It is a shift,\" the campaign's political scientist Xoran Cross said.", "\"It is a shift,\" the campaign's political scientist said."},
	{"np/place-or-clause", "\"We will win,\" Liberty Square said.", "\"We will win,\" Liberty Party said."},
	{"np/owner-document", "Ann Lee wrote to the council. \"We are tired of waiting,\" her letter said.", "Ann Lee wrote to the council. \"We are tired of waiting,\" the letter said."},
	{"np/document", "\"We are tired of waiting,\" the statement said.", "\"We are tired of waiting,\" the spokesman said."},
	{"np/relative", "\"We are tired of waiting,\" her mother said.", "\"We are tired of waiting,\" her colleague said."},
	{"np/owned-introduced", "Defence Minister Paul Hart and his predecessor, Tom Reed, clashed. \"It is not,\" his predecessor replied.", "Defence Minister Paul Hart and Tom Reed clashed. \"It is not,\" his predecessor replied."},
	{"np/body-noun", "Shell said on Monday it would cut jobs. \"We are sorry,\" the company said.", "\"We are sorry,\" the spokesman said."},
	{"np/named-group", "The letter came from Nurses for Clean Air. \"We are tired of waiting,\" the nurses wrote.", "The letter came on Monday. \"We are tired of waiting,\" the nurses wrote."},
	{"np/place-owned-role", "Mayor Ann Lee met residents. \"We are busy,\" Wellington's mayor said.", "Mayor Ann Lee met residents. \"We are busy,\" Wellington's deputy mayor said."},
	{"np/state-national", "Spanish Interior Minister Ana Ruiz met him. \"We are busy,\" the Spaniard said.", "Spanish Interior Minister Ana Ruiz met him. \"We are busy,\" the Spaniards said."},
	{"np/body-spokesman", "The Tarn Water Board said on Monday it would cut jobs. A spokesman added that it was \"a painful but necessary step for everyone\".", "Tarn is a river town. A spokesman added that it was \"a painful but necessary step for everyone\"."},
	{"np/described-anaphor", "A Western security source said the convoy had turned back. \"Nobody wanted a fight,\" the source said.", "A source said the convoy had turned back. \"Nobody wanted a fight,\" the source said."},
	{"np/indefinite-role-since", "Hamas official Hazem Qassem spoke. An Israeli official confirmed it. \"We object,\" the official said.", "An Israeli official confirmed it. Hamas official Hazem Qassem spoke. \"We object,\" the official said."},
	{"np/role-noun", "\"We are sorry,\" the spokesman said.", "\"We are sorry,\" the statement said."},
	{"np/role-with-complement", "Attorney General Scott Pruett sued. \"We are sorry,\" said the attorney general of Oklahoma.", "Attorney General Scott Pruett sued. \"We are sorry,\" said the governor of Oklahoma."},
	{"np/lead-named-next", "WASHINGTON (AP) — The head of the Coast Guard told lawmakers on Tuesday that cutters would stay \"as long as needed.\"\nAdm. Karen Voss, testifying before the Senate, said 40 cutters were at sea.", "WASHINGTON (AP) — The head of the Coast Guard told Sen. Tom Reyes on Tuesday that cutters would stay \"as long as needed.\"\nAdm. Karen Voss, testifying before the Senate, said 40 cutters were at sea."},
	{"np/apposed-noun", "Tom Hale, a local priest, called for calm. \"We are busy,\" the priest said.", "A priest called for calm. \"We are busy,\" the priest said."},
	{"np/described-person", "Ann Lee runs the bakery. \"We are busy,\" the affable proprietor said.", "Ann Lee runs the bakery. \"We are busy,\" a proprietor said."},
	{"after/and-between-portfolios", "Ana Ruiz, Chile's trade and industry minister, said it.", "Ana Ruiz, a former Eton pupil and joint leader of the hunt, said it."},
	{"np/description", "\"We are busy,\" Hamas said.", "\"We are busy,\" Ann Lee said."},
}

func TestNamedSteps(t *testing.T) {
	ex := newTestExtractor(t)
	steps := func(text string) map[string]bool {
		got := map[string]bool{}
		ex.extract(text, func(s string) { got[s] = true })
		return got
	}
	for _, r := range stepRows {
		if got := steps(r.pos); !got[r.step] {
			t.Errorf("%s: %q: the matcher did not decide; matchers that did: %s", r.step, r.pos, stepNames(got))
		}
		if got := steps(r.neg); got[r.step] {
			t.Errorf("%s: %q: the matcher decided where it must not", r.step, r.neg)
		}
	}
}

// TestNamedStepsHaveRows checks that every matcher of the rule tables has
// a row in stepRows.
func TestNamedStepsHaveRows(t *testing.T) {
	rows := map[string]bool{}
	for _, r := range stepRows {
		rows[r.step] = true
	}
	var names []string
	for _, s := range titleBackSteps {
		names = append(names, "before/"+s.name)
	}
	for _, s := range titleAfterSteps {
		names = append(names, "after/"+s.name)
	}
	for _, r := range npRules {
		names = append(names, "np/"+r.name)
	}
	for _, n := range names {
		if !rows[n] {
			t.Errorf("matcher %s has no row in stepRows", n)
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
