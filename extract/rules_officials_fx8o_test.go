package extract

import "testing"

// fx8oOfficialRules hold the rows of the shapes fixed after the blind
// round r27c (fx8o, session 27), kept apart from officialRules so that
// parallel work merges cleanly.
var fx8oOfficialRules = []officialRuleCase{
	// a title that Arab names carry, before "bin", is the given name
	{rule: "inname-title-given-name", text: "Sultan bin Rashid al-Harthy, Oman's deputy minister of transport, said the port would reopen.",
		name: "Sultan bin Rashid al-Harthy", title: "deputy minister of transport", country: "OM"},
	{rule: "inname-title-given-name", text: "Sultan Haitham bin Tariq received the envoy in Muscat on Monday.",
		name: "Haitham bin Tariq", title: "Sultan"},
	// "X Council of <state>'s" names a private body, not the state's office
	{rule: "private-body-of-state", text: "The Dairy Federation of New Zealand's president, Aroha Tane, said milk prices would fall.",
		name: "Aroha Tane", title: "president", country: "-", org: "Dairy Federation of New Zealand"},
	{rule: "private-body-of-state", text: "The Central Bank of Kenya's deputy governor, Amos Kiprono, said rates would hold.",
		name: "Amos Kiprono", country: "KE", org: "-"},
	// "a senior fellow at <body>": a research body's role, the body's
	{rule: "fellow-at-body", text: "Lina Haddad, a senior fellow at the Carnegie Endowment for International Peace, said the ceasefire was fragile.",
		name: "Lina Haddad", title: "senior fellow", country: "-", org: "Carnegie Endowment for International Peace"},
	{rule: "fellow-at-body", text: "Lina Haddad, a fellow villager, said the well had run dry.", absent: "Lina Haddad"},
}

func TestFx8oOfficialRules(t *testing.T) {
	checkOfficialRows(t, fx8oOfficialRules)
}
