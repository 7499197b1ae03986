package extract

import "testing"

// fo18OfficialRules hold the rows of the officials fixed by fo18 (r29i-l
// blind rounds), kept apart from officialRules so that parallel work
// merges cleanly.
var fo18OfficialRules = []officialRuleCase{
	// the previous sentence's subject state, named again in the official's
	// own sentence, beats the state mentioned last
	{rule: "subject-echo-state", text: "CHISINAU (Reuters) - Moldovans voted on Sunday. Russia has denied interfering in Moldova. Foreign Ministry spokeswoman Yelena Sorokina, asked about the vote, said only that Moscow \"respects the choice of the Moldovan people.\"",
		name: "Yelena Sorokina", country: "RU"},
	// a state written in the title itself still wins
	{rule: "subject-echo-state", text: "CHISINAU (Reuters) - Moldovans voted on Sunday. Russia has denied interfering in Moldova. Moldovan Foreign Ministry spokeswoman Yelena Sorokina, asked about the vote, said only that Moscow \"must respect the choice of the Moldovan people.\"",
		name: "Yelena Sorokina", country: "MD"},
	// a town's name opening a three-word name set off by a comma after a
	// capitalised title is the person's given name
	{rule: "comma-titled-town-name", text: "ADDIS ABABA (Reuters) - The AU mission in Somalia needs more troops. Kenya's Cabinet Secretary for Defence, Aden Barre Duale-Hassan, said Nairobi would send another battalion.",
		name: "Aden Barre Duale-Hassan", country: "KE"},
	// the port named after a title and a comma, then a lower-case word, is no name
	{rule: "comma-titled-town-name", text: "SANAA (Reuters) - Yemen's Transport Minister Ali Hassan said on Monday that the Minister of Ports, Aden officials and the coast guard would meet.",
		name: "Ali Hassan", country: "YE", absent: "Aden"},
}

func TestFo18OfficialRules(t *testing.T) {
	checkOfficialRows(t, fo18OfficialRules)
}
