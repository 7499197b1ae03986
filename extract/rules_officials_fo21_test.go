package extract

import "testing"

// fo21OfficialRules hold the rows of the officials' states fixed by fo21
// (r30e/r30f held-out: the UN secretariat's offices in a story about one
// state, a state met only as where someone comes from), kept apart from
// officialRules so that parallel work merges cleanly.
var fo21OfficialRules = []officialRuleCase{
	// the head of an international secretariat, and the offices written
	// with it, are the body's wherever the story is set
	{rule: "secretariat-office", text: "NICOSIA (Reuters) - Talks on the island of Cyprus resumed at the United Nations compound. The two sides will report to Secretary-General Tomas Reinholt in New York next week.",
		name: "Tomas Reinholt", country: "-", org: "UN"},
	{rule: "secretariat-office", text: "NICOSIA (Reuters) - Talks on Cyprus resumed at the United Nations compound on Monday. The Secretary-General's special adviser, Mirela Ostoja, said both sides had agreed to meet again.",
		name: "Mirela Ostoja", country: "-", org: "UN"},
	{rule: "secretariat-office", text: "PORT-AU-PRINCE, Haiti (AP) - Gangs blocked the road to the port, U.N. officials said. In New York, the spokesman for the Secretary-General, Bruno Altamirano, said aid was stuck.",
		name: "Bruno Altamirano", country: "-", org: "UN"},
	{rule: "secretariat-office", text: "KINSHASA (Reuters) - The U.N. mission in Congo faces cuts. Odile Ferrand-Ako, the Special Representative of the Secretary-General, told the council the force was stretched.",
		name: "Odile Ferrand-Ako", country: "-", org: "UN"},
	// another body's secretary-general, or a party's, is left alone
	{rule: "secretariat-office", text: "DILI (Reuters) - East Timor's parliament met on Monday, a month after the United Nations praised its elections. Fretilin Secretary-General Marcos Belo said the party would vote against the budget.",
		name: "Marcos Belo", org: "-"},
	{rule: "secretariat-office", text: "NICOSIA (Reuters) - Talks on Cyprus resumed at the United Nations compound on Monday. The party's Secretary-General, Andros Kyriakou, said the talks would fail.",
		name: "Andros Kyriakou", org: "-"},
	{rule: "secretariat-office", text: "ANKARA (Reuters) - Turkey's foreign ministry said on Monday it had summoned the Swedish envoy. Ministry spokesman Emre Kalkan said the protest was justified.",
		name: "Emre Kalkan", country: "TR", org: "-"},
	{rule: "secretariat-office", text: "SEOUL (Yonhap) - South Korea backed the United Nations sanctions on Monday. Secretary General of the Foreign Ministry Park Jin-ho said Seoul would comply.",
		name: "Park Jin-ho", org: "-"},
	// a single state after "from" behind a person noun is where someone
	// comes from, not whose office the title near it is
	{rule: "person-origin", text: "ATHENS (AP) - Six migrants drowned on Tuesday. Among the dead was a woman from Iraq, said police spokesman Nikos Vardakis.",
		name: "Nikos Vardakis", country: "GR"},
	{rule: "person-origin", text: "ATHENS (AP) - Six migrants drowned on Tuesday. The boat had sailed from Turkey, said coast guard spokesman Kemal Aydoglu.",
		name: "Kemal Aydoglu", country: "TR"},
	// a state's adjective before a trade, set after an international
	// body's definite title, is the holder's origin: the office is the body's
	{rule: "body-title-before-trade", text: "TBILISI (AP) - Observers criticised Sunday's vote in Georgia. The head of the OSCE mission, Dutch diplomat Anneke Vos-Riet, said ballots had been stuffed.",
		name: "Anneke Vos-Riet", country: "-", org: "OSCE"},
	{rule: "body-title-before-trade", text: "TBILISI (AP) - Georgia's new envoy arrived on Monday. The new ambassador, Dutch diplomat Anneke Vos-Riet, said ballots had been stuffed.",
		name: "Anneke Vos-Riet", country: "NL"},
	{rule: "body-title-before-trade", text: "TBILISI (AP) - Observers criticised Sunday's vote in Georgia. The OSCE's critics, among them Dutch diplomat Anneke Vos-Riet, said ballots had been stuffed.",
		name: "Anneke Vos-Riet", country: "NL"},
}

func TestFo21OfficialRules(t *testing.T) { checkOfficialRows(t, fo21OfficialRules) }
