package extract

import "testing"

// fx38OfficialRows pin the official rules of fx38 (rival governments).
var fx38OfficialRows = []officialRuleCase{
	// a body named by its head noun and "of" after "in" is the body the
	// title serves, even behind a backer's modifier
	{rule: "body-head-then-of", text: "NYALA, Sudan (Reuters) - Fighting continued on Monday.\nIbrahim Musa Haroun, health minister in the Government of National Salvation, said cholera had spread to four camps.",
		name: "Ibrahim Musa Haroun", title: "health minister in the Government of National Salvation"},
	{rule: "body-head-then-of", text: "NYALA, Sudan (Reuters) - Fighting continued on Monday.\nIbrahim Musa Haroun, health minister in the SLM-backed Council of Salvation, said cholera had spread to four camps.",
		name: "Ibrahim Musa Haroun", title: "health minister in the SLM-backed Council of Salvation"},
	{rule: "body-head-then-of", text: "NYALA, Sudan (Reuters) - Fighting continued on Monday.\nIbrahim Musa Haroun, a nurse in the Government hospital of Nyala, said cholera had spread to four camps.",
		absent: "Ibrahim Musa Haroun"},
}

func TestFx38OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx38OfficialRows)
}
