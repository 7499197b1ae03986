package extract

import "testing"

// fx10oOfficialRules hold the rows of the shapes fixed after the blind
// round r28c (fx10o, session 28), kept apart from officialRules so that
// parallel work merges cleanly.
var fx10oOfficialRules = []officialRuleCase{
	// "a spokesperson for her office" serves the person "her" stands for,
	// as "her spokesperson" does: a body's chief's aide is that body's; a
	// spokesperson for a named ministry is not the chief's
	{rule: "spokesperson-for-her-office", text: "BRUSSELS (Reuters) - NATO's deputy secretary general, Helga Vindt, met the envoys on Monday. A spokesperson for her office, Pavel Mraz, said the talks were useful.",
		name: "Pavel Mraz", title: "spokesperson", country: "-", org: "NATO"},
	{rule: "spokesperson-for-her-office", text: "BRUSSELS (Reuters) - NATO's deputy secretary general, Helga Vindt, met the envoys on Monday. A spokesperson for the Belgian foreign ministry, Pavel Mraz, said the talks were useful.",
		name: "Pavel Mraz", title: "spokesperson", country: "BE", org: "-"},
	// a capitalised body's name ending in a body's head word owns the
	// title after its possessive, though a state's adjective or institution
	// opens it; a name ending in a state's institution is that state's
	{rule: "possessive-named-body", text: "CARDIFF (PA) - Nurses walked out again. The Welsh Ambulance Crews' Association's chairman, Owain Pryce, said the talks had failed.",
		name: "Owain Pryce", title: "chairman", country: "-", org: "Welsh Ambulance Crews' Association"},
	{rule: "possessive-named-body", text: "CARDIFF (PA) - Nurses walked out again. The Welsh Health Ministry's chairman, Owain Pryce, said the talks had failed.",
		name: "Owain Pryce", title: "chairman", country: "GB", org: "-"},
	// "Its" after a state's possessive and a lower-case description of
	// the state's own body holds that state's office; an insurer a state
	// has is no state's
	{rule: "its-state-owned-body", text: "OSLO (Reuters) - Fish prices fell again. Norway's fisheries watchdog has opened an inquiry. Its director, Sigrid Holm, said the quotas were too high.",
		name: "Sigrid Holm", title: "director", country: "NO"},
	{rule: "its-state-owned-body", text: "OSLO (Reuters) - Fish prices fell again. Norway's biggest insurer has opened an inquiry. Its chief executive, Sigrid Holm, said the claims were too high.",
		name: "Sigrid Holm", title: "chief executive", country: "-"},
	// a body's capitalised head word before a title stands for the full
	// name it closed earlier, which then says whose body it is; with no
	// such name before, the word alone names no body
	{rule: "head-word-for-earlier-name", text: "COLUMBUS, Ohio (AP) - Floods closed roads. The Ohio Emergency Management Agency sent 40 staff to help. Agency spokesman Dale Pike said more rain was due.",
		name: "Dale Pike", title: "spokesman", country: "US", org: "-"},
	{rule: "head-word-for-earlier-name", text: "OSLO (Reuters) - Floods closed roads. The Norwegian Refugee Council sent 40 staff to help. Council spokesman Dale Pike said more rain was due.",
		name: "Dale Pike", title: "spokesman", country: "-", org: "Norwegian Refugee Council"},
	{rule: "head-word-for-earlier-name", text: "OSLO (Reuters) - Floods closed roads. The council sent 40 staff to help. Council spokesman Dale Pike said more rain was due.",
		name: "Dale Pike", title: "Council spokesman", org: "-"},
	// a firm's title "of the state ..." is the state's office; of a
	// firm not so described, no state's
	{rule: "state-run-firm", text: "PORTO, Portugal (Reuters) - A ferry ran aground. Rui Matos, chief executive of the state ferry operator, said the captain was safe.",
		name: "Rui Matos", title: "chief executive", country: "PT"},
	{rule: "state-run-firm", text: "PORTO, Portugal (Reuters) - A ferry ran aground. Rui Matos, chief executive of the ferry operator, said the captain was safe.",
		name: "Rui Matos", title: "chief executive", country: "-"},
	// the lead's unnamed role of a body, named at the next paragraph's
	// opening, is the body's; a state's unnamed role makes it no body's
	{rule: "lead-role-named-next", text: "GENEVA (AFP) - The Red Cross federation's special envoy for the Sahel called on Monday for safe corridors.\nEnvoy Liv Aasen, a former Danish minister, visited a camp in Niger.",
		name: "Liv Aasen", title: "Envoy", country: "-"},
	{rule: "lead-role-named-next", text: "GENEVA (AFP) - Denmark's special envoy for the Sahel called on Monday for safe corridors.\nEnvoy Liv Aasen, a former minister, visited a camp in Niger.",
		name: "Liv Aasen", title: "Envoy", org: "-"},
	// "in" and a known place between a title and the comma before a name
	// leave the title the name's; a person's word before "in" is no title
	{rule: "title-in-place-comma", text: "MEMPHIS, Tenn. (AP) - A tornado hit the city. A police spokesman in Memphis, Roy Denning, said six homes were lost.",
		name: "Roy Denning", title: "police spokesman"},
	{rule: "title-in-place-comma", text: "MEMPHIS, Tenn. (AP) - A tornado hit the city. A neighbour in Memphis, Roy Denning, said six homes were lost.",
		absent: "Roy Denning"},
	// a hospital's spokesman, its noun kept in the title, is no state's,
	// with a capital at the sentence's start too; "Union" before a
	// minister's head is India's Union government
	{rule: "nonstate-noun-title", text: "DENVER (AP) - A bus crashed on Monday. A hospital spokesman, Luis Ortega, said three patients were stable.",
		name: "Luis Ortega", title: "hospital spokesman", country: "-"},
	{rule: "nonstate-noun-title", text: "DENVER (AP) - A bus crashed on Monday. Hospital spokesman Luis Ortega said three patients were stable.",
		name: "Luis Ortega", country: "-"},
	{rule: "nonstate-noun-title", text: "NEW DELHI (Reuters) - Floods hit Assam. Union Home Minister Rakesh Varma said troops were sent.",
		name: "Rakesh Varma", country: "IN"},
}

func TestFx10oOfficialRules(t *testing.T) {
	checkOfficialRows(t, fx10oOfficialRules)
}
