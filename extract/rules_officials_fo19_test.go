package extract

import "testing"

// fo19OfficialRules hold the rows of the officials fixed by fo19 (r29e
// blind round: Europe), kept apart from officialRules so that parallel
// work merges cleanly.
var fo19OfficialRules = []officialRuleCase{
	// "leader NAME of the X party": the party's, not the story's state
	{rule: "party-after-name", text: "WARSAW (Reuters) - Poland's budget vote failed. Opposition leader Piotr Ostaszewski of the Law and Justice party called on the government to resign.",
		name: "Piotr Ostaszewski", country: "-", org: "Law and Justice"},
	{rule: "party-after-name", text: "WARSAW (Reuters) - Poland's budget vote failed. Opposition leader Piotr Ostaszewski of the capital Warsaw called on the government to resign.",
		name: "Piotr Ostaszewski", country: "PL"},
	// "PSL leader NAME": an acronym no list knows names the leader's body
	{rule: "acronym-leader", text: "WARSAW (Reuters) - Poland's budget vote failed. PSL leader Andrzej Kłosowski, who until Thursday served as deputy prime minister, said the budget did not help farmers.",
		name: "Andrzej Kłosowski", country: "-", org: "PSL"},
	{rule: "acronym-leader", text: "LONDON (Reuters) - Britain's vote failed. UK leader Keir Starmer said the vote did not help farmers.",
		name: "Keir Starmer", country: "GB", org: "-"},
	// "general secretary of the train drivers' union SMAQ": the union's
	{rule: "named-body-after-title", text: "LISBON (Reuters) - Portugal's train drivers went on strike. \"We did not choose this,\" said Rui Amaral Baptista, general secretary of the train drivers' union SMAQ, speaking outside the station.",
		name: "Rui Amaral Baptista", country: "-", org: "SMAQ"},
	{rule: "named-body-after-title", text: "LISBON (Reuters) - Portugal's train drivers went on strike. \"We did not choose this,\" said Rui Amaral Baptista, general secretary of the transport ministry, speaking outside the station.",
		name: "Rui Amaral Baptista", country: "PT"},
}

func TestFo19OfficialRules(t *testing.T) { checkOfficialRows(t, fo19OfficialRules) }
