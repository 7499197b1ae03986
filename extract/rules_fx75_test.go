package extract

import "testing"

// fx75 rows: the shapes fixed after the blind round r38b (Africa), kept
// apart from the main tables so that parallel work merges cleanly.

var fx75TroopRules = []figureRule{
	// a run of "State N" items joined by commas and "and" after a colon or
	// a verb of being whose clause names what it counts (proseListTroops)
	{ruleTroopInlineList,
		[]figureCase{{text: "The new force's contributors are Chad 1,200, Niger 800 and Benin 650, the commission said.", count: 1200, country: "TD"},
			{text: "Pledges for the brigade were as follows: Ghana 900, Togo 450, Benin 300.", count: 900, country: "GH"}},
		[]string{"The results were as follows: Ghana 3, India 2 and Kenya 1.",
			"Its exports are Ghana 300, Togo 200 and Benin 100."}},
	// weak personnel in a passive of moving, past the place they come
	// from (movedPassiveAfter)
	{"",
		[]figureCase{{text: "About 400 officers from Kenya's Turkana county were rushed to the border on Friday.", count: 400, country: "KE"},
			{text: "Some 250 police of Ghana's Upper East region were ordered to Bawku after the fighting.", count: 250, country: "GH"}},
		[]string{"About 400 officers from Kenya's Turkana county were ordered to pay compensation.",
			"About 400 staff of Kenya's Turkana county were moved to new offices."}},
	// a force's men past a chain of belief ("is believed to have") and
	// "a further N in" a second place (forceMen, secondPlaceTroops)
	{"",
		[]figureCase{{text: "The Turkish army is thought to have some 3,000 men in northern Iraq.", count: 3000, country: "TR"},
			{text: "Russia's Africa Corps is believed to keep 1,500 men in Niger and a further 400 in Chad.", count: 400, country: "RU"}},
		[]string{"The rebels are believed to have 2,000 men in the hills.",
			"The club has 900 members in Estonia and a further 150 in Poland."}},
	// a state's share of a counted force (troopNumberBefore)
	{"",
		[]figureCase{{text: "The brigade was cut to 3,000 soldiers, with Kenya's share falling to 800.", count: 800, country: "KE"}},
		[]string{"Exports reached 2,200 tonnes, with South Africa's share at 1,495.",
			"The company employs 2,200 staff, with Britain's share at 1,495."}},
	// "would send" on a condition of money or need is no offer
	// (contingentSending); on consent or with "were" of mood it stays
	{"",
		[]figureCase{{text: "Kenya said it would send 1,000 police officers if the UN Security Council approved the mission.", count: 1000, country: "KE"},
			{text: "Britain would deploy 5,000 troops to Ukraine if a ceasefire were reached.", count: 5000, country: "GB"}},
		[]string{"Chad would send 800 soldiers if the donors covered the cost, a minister said.",
			"The junta said it would send 1,500 troops to Niger only if Niamey paid their upkeep."}},
	// a share of a force fronted by "Of that force," whose subject is a
	// state or its capital (frontedShareOfForce)
	{ruleTroopShareOf,
		[]figureCase{{text: "Of those troops, Chad supplied 1,200, the ministry said.", count: 1200, country: "TD"},
			{text: "Of the joint contingent, Nairobi will provide 600 and Kampala 400.", count: 600, country: "KE"}},
		[]string{"Of the budget, Kenya will provide 2,000 and Uganda 800.",
			"Of the army, Chad provides 30,000."}},
	// a second reported clause ("and that N soldiers") after a first that
	// names no state is the speaker's (figureClauseStart)
	{"",
		[]figureCase{{text: "Floods hit Niger.\nGhana's defence ministry said the roads were cut and that 300 soldiers had been sent to help.", count: 300, country: "GH"}},
		[]string{"Ghana's ministry said the roads were cut and that 300 people had been sent home."}},
}

var fx75DeathRules = []figureRule{
	// a bare "toll" whose part after it is people (peoplePartAfter)
	{"",
		[]figureCase{{text: "Police later gave a toll of 40, nine of whom were children.", count: 40},
			{text: "The district office announced a toll of 17, six of them women.", count: 17}},
		[]string{"The bridge charges a toll of 23, 15 of them for trucks.",
			"The motorway operator set a toll of 12 for lorries."}},
}

var fx75OfficialRules = []officialRuleCase{
	// an indefinite pronoun opening a quotation is no one's name
	{rule: "not-name", text: `"Everybody speaks for the miners now," Dlamini said.`, absent: "Everybody"},
	{rule: "not-name", text: `"Someone heads the committee, but nobody knows who," the mayor said.`, absent: "Someone"},
	// "Its" title after a state body named just before: not the organ of an
	// international body named paragraphs away (itsOwnerElsewhere)
	{rule: "its-organ", text: "The Kenya National Commission on Human Rights said 12 people were killed. Its chief commissioner, Mary Wanjiku, said the strikes must stop.\nThe African Union said its chairperson would send an envoy.",
		name: "Mary Wanjiku", country: "KE", org: "-"},
	{rule: "its-organ", text: "The African Union said it would send an envoy. Its commissioner for peace, Bankole Adeoye, said talks would start.",
		name: "Bankole Adeoye", country: "-"},
	// a longer body's name that a shorter one opens ("The Independent"),
	// and a full agency name owned by another state
	{rule: "longer-org", text: "The Independent Electoral and Boundaries Commission chairman, Erastus Ethekon, said the count was over.",
		name: "Erastus Ethekon", country: "KE", org: "IEBC"},
	{rule: "longer-org", text: "The chairman of Burundi's Independent National Electoral Commission, Prosper Ntahorwamiye, said the list was final.",
		name: "Prosper Ntahorwamiye", country: "BI", org: "-"},
}

func TestFx75Rules(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx75TroopRules, "troops")
	checkFigureRows(t, ex, fx75DeathRules, "deaths")
	checkOfficialRows(t, fx75OfficialRules)
}
