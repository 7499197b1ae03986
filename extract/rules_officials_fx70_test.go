package extract

import "testing"

// fx70OfficialRules hold the rows of the shapes fixed after the blind
// round r37f (fx70), kept apart from officialRules so that parallel work
// merges cleanly.
var fx70OfficialRules = []officialRuleCase{
	// a given name that is also a capital (given_names.tsv) opens a name
	// before a surname; the capital alone stays a place
	{rule: "capital-given-name", text: "Taiwan's defence minister, Wellington Koo, told legislators that the forces were ready.",
		name: "Wellington Koo", title: "defence minister", country: "TW"},
	{rule: "capital-given-name", text: "Brazil's social development minister, Wellington Dias, said the programme would grow.",
		name: "Wellington Dias", title: "social development minister", country: "BR"},
	{rule: "capital-given-name", text: "New Zealand will send 35 police, its foreign minister, Winston Peters, said in Wellington.",
		name: "Winston Peters", country: "NZ", absent: "Wellington"},
	// "the command's spokesman" after "the PLA's Eastern Theater Command":
	// a state agency's possessive gives its body the agency's state; a
	// party's gives none
	{rule: "agency-owner-back", text: "TAIPEI (Reuters) - The PLA's Eastern Theater Command named the drill Strait Thunder. It was a warning, according to the command's spokesman, Shi Yi.",
		name: "Shi Yi", title: "spokesman", country: "CN"},
	{rule: "agency-owner-back", text: "TAIPEI (Reuters) - Plaid Cymru's Youth Command named the drill Strait Thunder. It was a warning, according to the command's spokesman, Shi Yi.",
		name: "Shi Yi", title: "spokesman", country: "TW"},
}

func TestFx70OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx70OfficialRules)
}
