package extract

import "testing"

// fx59DeathRules hold the rows of the death shapes fixed by fx59 (the
// blind r36e round: cumulative tolls told at the Security Council).
var fx59DeathRules = []figureRule{
	// a part of a toll placed in "the village of" a name (namedLocalityEnd)
	{ruleDeathSubset,
		[]figureCase{{text: "Shelling has killed 48 civilians since June, including 11 in the town of Kupiansk on Sunday.", count: 11}},
		[]string{"Shelling has hit the region since June, and 11 in the town of Kupiansk were wounded."}},
	// a gapped part after "since YEAR", placed "on the" a name (placedPart)
	{ruleDeathSubset,
		[]figureCase{{text: "Thirty peacekeepers have died in Lebanon since 1978 and 12 on the Golan since 1974.", count: 12}},
		[]string{"Peacekeepers have served in Lebanon since 1978 and 12 on the Golan were injured."}},
	// "That brought the total ... to N" after a sentence of killing (broughtTotalTo)
	{ruleDeathToll,
		[]figureCase{{text: "The agency said 310 people were killed in the quarter. That brought the total for the first six months to 702.", count: 702}},
		[]string{"The agency said 310 people were injured in the quarter. That brought the total for the first six months to 702.",
			"Sales reached 310 units in the quarter. That brought the total for the first six months to 702.",
			"The cartel war has killed hundreds. The new units would bring the total federal force in the state to about 9,000."}},
	// "That compared with N" after a sentence of killing (thatComparedWith)
	{ruleDeathCompare,
		[]figureCase{{text: "Landmines killed at least 96 people in the province last year. That compared with about 140 in the year before.", count: 140}},
		[]string{"Exports reached 96 tonnes in the province last year. That compared with about 140 the year before."}},
	// a compared figure dated by a span ("three weeks earlier") or "the N it reported"
	{ruleDeathCompare,
		[]figureCase{{text: "The ministry said 530 people had died in the floods, up from 410 two days earlier.", count: 410},
			{text: "The ministry said 530 people had died in the floods, up from the 410 it gave on Monday.", count: 410}},
		[]string{"The ministry said 530 people had been injured in the floods, up from 410 two days earlier."}},
}

func TestFx59DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx59DeathRules, "deaths")
}
