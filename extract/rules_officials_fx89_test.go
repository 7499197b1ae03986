package extract

import "testing"

// fx89OfficialRules hold the rows of the officials fixed by fx89 (the
// r39b blind round): a body's national chapter named by the body and a
// state's name is the body, no state (stateChapterOfBody); a state alone
// before "whose" stays the state.
var fx89OfficialRules = []officialRuleCase{
	{rule: "state-chapter-of-body", text: "JAKARTA – Human Rights Watch Indonesia, whose director Andreas Harsono visited the camp, said the arrests were unlawful.",
		name: "Andreas Harsono", country: "-", org: "Human Rights Watch Indonesia"},
	{rule: "state-chapter-of-body", text: "JAKARTA – The talks went on in Jakarta. He spoke to Indonesia, whose president Prabowo Subianto agreed to the plan.",
		name: "Prabowo Subianto", country: "ID"},
}

func TestOfficialRulesFx89(t *testing.T) {
	checkOfficialRows(t, fx89OfficialRules)
}
