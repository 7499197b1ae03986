package extract

import "testing"

// of3OfficialRules: three shapes of held-out misses.
//   - name shape: a Chinese given name "He" after a surname, before a
//     conjunction or preposition, is part of the name (heNameFollowers).
//   - name shape: "led by"/"headed by"/"of" + rank + a name of two words,
//     then ", which": the "which" goes back to the group, the name is a
//     person's (groupsHolderBefore).
//   - role shape: a reduced relative clause between a title and the comma
//     before the name: "the prosecutor leading the inquiry, NAME"
//     (clauseAfterTitle).
var of3OfficialRules = []officialRuleCase{
	{rule: "he-given-name", text: "Talks between Chinese Vice Premier Zhao He and U.S. Trade Representative Mark Tolland will start next week.",
		name: "Zhao He", title: "Vice Premier", country: "CN"},
	{rule: "he-given-name", text: "The accord was signed by Chinese Vice Premier Zhao He in Washington on Friday.",
		name: "Zhao He", title: "Vice Premier", country: "CN"},
	// negative: a pronoun after a full stop opens a new sentence
	{rule: "he-given-name", text: "The accord was signed by Chinese Vice Premier Zhao Wen. He and his aides flew home on Friday.",
		name: "Zhao Wen", title: "Vice Premier", country: "CN", absent: "He"},
	{rule: "which-titled-name", text: "Floods hit Chad. The junta led by General Amadou Kassoum, which took power in 2021, has ordered the army to help.",
		name: "Amadou Kassoum", title: "General", country: "TD"},
	{rule: "which-titled-name", text: "Floods hit Chad. The government of President Amadou Kassoum, which took power in 2021, has ordered the army to help.",
		name: "Amadou Kassoum", title: "President", country: "TD"},
	// negative: a firm's name set off by ", which" with no rank before it
	{rule: "which-titled-name", text: "A spokeswoman for Kassoum Terminals Abeche, which runs the port in Chad, said it was shut.",
		absent: "Kassoum Terminals Abeche"},
	{rule: "title-clause-comma", text: "In Malmo, the Swedish prosecutor leading the inquiry into the cable damage, Karin Sjoberg, said divers had found scarring.",
		name: "Karin Sjoberg", title: "prosecutor", country: "SE"},
	{rule: "title-clause-comma", text: "The UN envoy overseeing the talks, Karin Sjoberg, said both sides had agreed.",
		name: "Karin Sjoberg", title: "envoy", org: "UN"},
	// negative: a group noun before the clause is no title; the name is a speaker's
	{rule: "title-clause-comma", text: "The crowd watching the match in Stockholm, Karin Sjoberg said, was the largest this year.",
		absent: "Karin Sjoberg"},
}

func TestOf3OfficialRules(t *testing.T) { checkOfficialRows(t, of3OfficialRules) }
