package extract

import "testing"

// fx94DeathRules hold the rows of the shapes fixed by fx94 (round r40b:
// sub-Saharan communiqués and tolls), kept apart from the main tables so
// that parallel work merges cleanly.
var fx94DeathRules = []figureRule{
	// "lost N of their own", "of ours": own people with no noun after
	// (lostOfItsPeople, lostOwnEnded)
	{ruleDeathActive,
		[]figureCase{{text: "A rebel spokesman said its fighters had overrun the post and lost three of their own.", count: 3},
			{text: "\"We lost 27 of ours on the spot,\" the officer said.", count: 27},
			{text: "The militia said it lost five of its own in the raid.", count: 5}},
		[]string{"The club lost three of its own players to injury.",
			"The team lost three of their own games this season.",
			"\"We lost 27 of ours to injury this season,\" the coach said."}},
	// personnel who "had fallen" or "fell in" with no "who" (fellAfter)
	{ruleDeathWho,
		[]figureCase{{text: "An army statement said 15 soldiers had fallen \"with their arms in hand\" near the border.", count: 15},
			{text: "The ministry said 12 soldiers have fallen in combat since May.", count: 12},
			{text: "The army said eight soldiers fell in the ambush on Sunday.", count: 8}},
		[]string{"The army said 12 soldiers had fallen ill after the march.",
			"The army said 12 soldiers had fallen into an ambush but escaped.",
			"The army said 12 soldiers had fallen back to the town.",
			"The officer said 12 soldiers had fallen in love with local women."}},
	// a counted object quoted after its verb; bodies of a side, and
	// bodies lying where they fell (passiveNounAfter, bodiesOfGroupEnd,
	// bodiesLie)
	{ruleDeathAdj,
		[]figureCase{{text: "A farmer said he had counted \"more than 50 bodies\" along the road.", count: 50},
			{text: "The spokesman said over 60 bodies of the enemy were left on the battlefield.", count: 60},
			{text: "Witnesses said 14 bodies lay in the street after the raid.", count: 14},
			{text: "The police said 12 bodies of the attackers were recovered.", count: 12}},
		[]string{"The two bodies left the talks on Monday.",
			"He said two bodies of water were found on the moon.",
			"The treaty set up \"two bodies\" to oversee the vote."}},
	// a faith's members as the victims of a killing (victims.tsv)
	{ruleDeathActive,
		[]figureCase{{text: "The group claimed the raid, saying it had \"killed 12 Christians.\"", count: 12},
			{text: "Gunmen killed 40 Muslims at a mosque in the north.", count: 40}},
		[]string{"The group said it had converted 12 Christians.",
			"Some 40 Muslims attended the prayer in the north."}},
	// a group's acronym counting members joined to people
	// (memberAcronymAt)
	{ruleDeathSubset,
		[]figureCase{{text: "A source said at least 23 soldiers and nine VDP had been killed in the attack.", count: 9},
			{text: "Four police officers and two CJTF died in the ambush.", count: 2}},
		[]string{"The rebels captured 23 soldiers and nine VDP in the raid.",
			"At least 23 soldiers and nine VDP were wounded in the attack."}},
	// the burial told by its mourners or its grave (death_words.tsv)
	{ruleDeathPass,
		[]figureCase{{text: "The chairman said 47 villagers had been buried by their families.", count: 47},
			{text: "Twelve soldiers were laid to rest in Kampala on Friday.", count: 12},
			{text: "Officials said 30 people were buried in a mass grave near the town.", count: 30}},
		[]string{"Officials said 30 people were buried by the landslide and 12 were pulled out alive.",
			"Officials said 30 people were buried under rubble."}},
	// a gapped part whose cause stands for its place (gappedCauseAt)
	{ruleDeathSubset,
		[]figureCase{{text: "Of those, 217 died in floods, and 122 of cholera, the statement said.", count: 122},
			{text: "At least 30 people died in the fighting and 12 from hunger, the UN said.", count: 12}},
		[]string{"Of those, 217 were hurt in floods, and 122 of cholera.",
			"The storm hit 217 homes in the north, and 40 of those were rebuilt.",
			"He was charged with two counts of arson and one of wounding with intent."}},
}

// fx94OfficialRules: a titled name after "by" keeps its person before
// ", which" (thingBeforeWhich).
var fx94OfficialRules = []officialRuleCase{
	{rule: "by-titled-which", text: "NIAMEY — Floods killed 339 people in Niger. The junta led by General Abdourahamane Tiani, which took power in July 2023, has ordered the army to help.",
		name: "Abdourahamane Tiani", country: "NE"},
	{rule: "by-titled-which", text: "NIAMEY — Floods killed 339 people in Niger. The government headed by Prime Minister Ali Lamine Zeine, which took office in 2023, resigned.",
		name: "Ali Lamine Zeine", country: "NE"},
	{rule: "by-titled-which", text: "NIAMEY — The company was bought by Apex Holdings Zanbar, which runs the port.",
		absent: "Apex Holdings Zanbar"},
}

func TestR40bFx94(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx94DeathRules, "deaths")
	checkOfficialRows(t, fx94OfficialRules)
	checkCountryRows(t, ex, []countryRow{
		{"river-named", "LAGOS — A boat capsized on the Niger river in Nigeria's Niger State.", "NG"},
		{"units-coordinated", "LAGOS — Jackets went to Niger and Kwara states.", "NG"},
		{"units-coordinated-after", "LAGOS — Jackets went to Kwara and Niger states.", "NG"},
		{"states-kept", "LAGOS — Niger and Chad signed a pact.", "NE TD"},
		{"river-state-kept", "LAGOS — The Niger government sent aid.", "NE"},
	})
}
