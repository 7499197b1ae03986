package extract

import "testing"

// fx93TroopRules hold the rows of the troop shapes fixed by fx93 (the
// blind r40b round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx93TroopRules = []figureRule{
	// a run-on list of contingents after a colon: a hyphened header
	// ("Troop-contributing countries are:"), "and" before the last item,
	// and commas between items (listItemState, listItemEnds; table-head)
	{ruleTroopInlineList,
		[]figureCase{{text: "Troop-contributing countries, according to a UN table, are: Ghana, 870; Nepal, 640; and Chile, 210.", count: 210, country: "CL"},
			{text: "Troop-contributing countries, according to a UN table, are: Ghana, 870; Nepal, 640; and Chile, 210.", count: 870, country: "GH"},
			{text: "Police-contributing nations are: Senegal, 450; Togo, 320, and Benin, 140.", count: 320, country: "TG"},
			{text: "Troop contributors: Morocco, 750, Tunisia, 320 and Gabon, 140.", count: 140, country: "GA"},
			{text: "Troop levels at the end of June: Peru, 600; Chile, 250.", count: 250, country: "CL"}},
		[]string{"Votes in the assembly: Ghana, 45, Nepal, 25 and Chile, 14.",
			"Medals at the games: Ghana, 45; Nepal, 25; and Chile, 14.",
			"Pledges to the fund: Norway, $500m; Japan, $300m; and Germany, $200m."}},
	// a named mission's strength, and its peak before the present
	// figure (namedMissionEndsAt in clauseHasUnitWord)
	{ruleTroopNumber,
		[]figureCase{{text: "UNMISS's strength, which peaked above 17,000, will fall to about 12,000 uniformed personnel by March.", count: 17000},
			{text: "UNMISS's strength, which peaked at 17,000, was drawn down to 12,000 last year.", count: 12000},
			{text: "UNIFIL's strength, estimated at 10,000, will be cut to about 7,500 by June.", count: 10000}},
		[]string{"UNIFIL's budget, which peaked above 500, will fall to about 480 by June.",
			"The company's workforce, which peaked above 20,000, will fall to about 9,200 employees by June.",
			"The city's population, which peaked above 20,000, will fall to about 9,200 residents by June."}},
	// "men" of an estimate ("put at", "estimated at"; estimatedAt), of a
	// formation with "with" or "numbering" (formationMen)
	{"",
		[]figureCase{{text: "Zambia's contingent, which Lusaka never sized but observers put at about 400 men, left Bangui on Monday.", count: 400, country: "ZM"},
			{text: "The Kenyan battalion, estimated at 800 men, left Kismayo.", count: 800, country: "KE"},
			{text: "The Chadian army's Third Brigade, with an estimated 4,000 men, has held the town since March.", count: 4000, country: "TD"},
			{text: "The brigade, numbering some 3,000 men, crossed the river.", count: 3000}},
		[]string{"The crowd, estimated at 300 men, marched to the square.",
			"The factory's workforce, which unions put at about 300 men, went on strike.",
			"The group, with an estimated 5,000 men, marched on the capital.",
			"The factory, with some 5,000 men, closed last year."}},
	// paramilitaries beside a state are personnel (personnel.tsv, weak)
	{ruleTroopNoun,
		[]figureCase{{text: "Niger's army, backed by some 800 Russian paramilitaries, retook the post.", count: 800, country: "RU"},
			{text: "About 1,200 Turkish paramilitaries arrived in Tripoli.", count: 1200, country: "TR"}},
		[]string{"Police arrested 40 paramilitaries.",
			"The ceasefire was broken when 40 paramilitaries were killed."}},
	// "we have N men ready" in a quotation whose speaker holds a rank,
	// hyphened or abbreviated, and whose attribution refers to a state's
	// troops (quotedWeArmed, quotedWeState, stateMenAbroad)
	{ruleTroopNoun,
		[]figureCase{{text: "\"We have 2,000 men ready to move,\" Lt-Col. Amadou Diallo told state radio, referring to Guinean troops near the border.", count: 2000, country: "GN"},
			{text: "\"We have 2,000 men ready to move,\" Capt. Amadou Diallo told state radio, referring to Guinean troops.", count: 2000, country: "GN"},
			{text: "\"We have 2,000 men ready,\" the Guinean colonel told reporters.", count: 2000, country: "GN"}},
		[]string{"\"We have 2,000 men ready to vote,\" Amadou Diallo told state radio, referring to Guinean voters.",
			"\"We have 2,000 men ready to vote,\" the Guinean farm manager said.",
			"\"We have 30 men ready,\" the Welsh rugby captain said."}},
	// what is left of the personnel of a figure of the sentence
	// (leftoverTroops)
	{ruleTroopCompared,
		[]figureCase{{text: "UNMISS, which at its peak counted more than 17,000 uniformed personnel, has some 12,000 left, most of them in Juba.", count: 12000},
			{text: "Britain had 3,000 troops in Helmand and has about 900 remaining.", count: 900, country: "GB"},
			{text: "The mission, which once had 8,000 troops, is now down to some 2,500.", count: 2500},
			{text: "France had 5,000 troops in the Sahel and is now down to about 1,000.", count: 1000, country: "FR"}},
		[]string{"The shop had 50 staff and has 10 left.",
			"The bakery employed 300 people and is now down to some 90."}},
	// a comparison set off by a comma after a figure of the sentence
	// (comparedAsideTroops)
	{ruleTroopCompared,
		[]figureCase{{text: "Some 9,000 Eritrean soldiers are deployed in Tigray, far more than the 2,000 that Asmara officially acknowledges.", count: 2000, country: "ER"},
			{text: "Some 9,000 Eritrean soldiers are deployed in Tigray, well above the 2,000 Asmara admits to.", count: 2000, country: "ER"},
			{text: "Chad has 800 soldiers in the force, fewer than the 1,500 it promised.", count: 1500, country: "TD"}},
		[]string{"The club sold 12,000 tickets, far more than the 1,000 that the stadium officially allows.",
			"The clinic treated 800 patients, fewer than the 1,500 it expected."}},
}

func TestFigureRulesFx93Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx93TroopRules, "troops")
}
