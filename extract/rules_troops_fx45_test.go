package extract

import "testing"

// fx45TroopRules hold the rows of the troop shapes fixed by fx45 (the
// blind r34b round: the war in Ukraine and European security), kept apart
// from the main tables so that parallel work merges cleanly.
var fx45TroopRules = []figureRule{
	// a list of three or more states before the personnel noun, commas and
	// a closing "and" or "or": one figure of no single sender
	// (stateListEnd)
	{ruleTroopNoun,
		[]figureCase{{text: "Some 1,800 Finnish, Swedish and Norwegian soldiers joined the drill in Lapland.", count: 1800},
			{text: "Around 900 Dutch, Belgian, and Danish marines landed at Tromsø.", count: 900},
			{text: "The 400 Spanish, Italian or Portuguese engineers will rotate out in March.", count: 400},
			{text: "Berlin said 700 German, Czech and Austrian troops were guarding the depot.", count: 700}},
		[]string{"Some 1,800 Finnish, Swedish and Norwegian tourists joined the festival in Lapland."}},
	// a personnel word before a formation's noun counts formations, not
	// people (formationAfterPersonnel); a lead word alone is a verb
	{"formation-after-personnel",
		[]figureCase{{text: "Some 500 troops battle the insurgents near Gao, the army said.", count: 500},
			{text: "Madrid will send 1,200 soldiers, including two infantry battle groups.", count: 1200, country: "ES"}},
		[]string{"Madrid will send two infantry battle groups to Slovakia.",
			"Oslo will deploy three artillery batteries near the border.",
			"The government sent four police task forces to the delta.",
			"Two commando teams were flown to the island on Sunday."}},
	// personnel who surrendered, defected, deserted, were freed or
	// swapped, or carry wounds are no force deployed (casualty words)
	{"captive-personnel",
		[]figureCase{{text: "Kyiv moved 2,000 troops to the front after the enemy surrendered the town.", count: 2000, country: "UA"}},
		[]string{"The general staff said 38 enemy soldiers had surrendered near Vovchansk.",
			"Some 120 conscripts deserted their posts in the first week, the ministry said.",
			"The 240 servicemen freed on Friday were flown to a military hospital.",
			"A dozen civilians and 25 soldiers with severe wounds were among those handed back.",
			"About 60 border guards defected to the rebels last year.",
			"The two sides swapped 150 soldiers each at the border crossing."}},
	// reservists called up for exercises or training in general only
	// train (calledUpForTraining); a named exercise or a call-up to fight
	// counts
	{ruleTroopNoun,
		[]figureCase{{text: "Helsinki called up 2,000 reservists for the Northern Forest exercise.", count: 2000, country: "FI"},
			{text: "Latvia called up 5,000 reservists to reinforce the eastern border.", count: 5000, country: "LV"}},
		[]string{"Denmark will call up some 8,000 reservists for exercises in the autumn.",
			"Finland plans to mobilise 25,000 reservists for refresher training next year.",
			"Some 12,000 reservists will be summoned for annual drills, the defence ministry said.",
			"Norway called up 6,000 reservists for military exercises this spring."}},
	// a size compared after an intake or a training figure is of the
	// same kind (comparedToUncounted); a deployment compared still
	// counts
	{ruleTroopNumber,
		[]figureCase{{text: "Ottawa now keeps 2,100 soldiers in Latvia, up from 1,900 last year.", count: 1900, country: "CA"}},
		[]string{"Estonia will draft 4,100 conscripts next year, up from 3,700 this year.",
			"Latvia will call up 6,000 reservists for exercises in 2027, compared with 4,500 this year.",
			"Britain trained 9,000 Ukrainian soldiers in 2025, down from 11,000 a year earlier."}},
	// personnel a body has "from" several states are a multinational
	// deployment, not one army's strength, with no one sender
	// (drawnFromStates)
	{ruleTroopNoun,
		[]figureCase{{text: "Bulgaria sent a minesweeper. The task group, formed in 2024, has about 350 sailors from the three navies.", count: 350},
			{text: "The brigade has 3,000 troops from Finland, Sweden and Norway.", count: 3000},
			{text: "The air policing wing has 400 personnel from 12 allied countries.", count: 400}},
		[]string{"The army has 40,000 soldiers from the southern provinces."}},
}

func TestFigureRulesFx45(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx45TroopRules, "troops")
}
