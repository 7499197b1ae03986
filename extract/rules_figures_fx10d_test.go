package extract

import "testing"

// fx10dDeathRules hold the rows of the death shapes fixed after the blind
// round r28c (fx10d, session 28), kept apart from the main tables so that
// parallel work merges cleanly.
var fx10dDeathRules = []figureRule{
	// an aside of ages between the count and its verb: "the youngest 19"
	{ruleDeathPass,
		[]figureCase{{text: "Nine hikers, the youngest 16, died in the avalanche above Chamonix.", count: 9},
			{text: "Five workers, the oldest aged 61, were killed when the crane fell.", count: 5}},
		[]string{"Nine hikers, the youngest 16, were injured in the avalanche above Chamonix.",
			"Five workers, the oldest aged 61, were arrested at the gate."}},
	// a part of a whole owned by "its" or "their": "two of its 11 passengers"
	{ruleDeathPass,
		[]figureCase{{text: "The minibus left the road and three of its 14 passengers died.", count: 3},
			{text: "Two of their five children were killed in the air strike.", count: 2}},
		[]string{"The minibus left the road and three of its 14 passengers were hurt.",
			"Two of their five children were taken to hospital."}},
	// "nobody among the N ... survived" as "none of the N survived"
	{ruleDeathToll,
		[]figureCase{{text: "Nobody among the 17 people aboard the helicopter survived, the coast guard said.", count: 17},
			{text: "No one among the nine climbers survived the storm.", count: 9}},
		[]string{"Nobody among the 17 people aboard the helicopter was hurt, the coast guard said.",
			"Nobody among the nine who survived would talk to reporters."}},
	// the same denial with the verb before the group: "nobody had survived among the N"
	{ruleDeathToll,
		[]figureCase{{text: "Divers said nobody had survived among the six crew of the trawler.", count: 6}},
		[]string{"Divers said nobody had been hurt among the six crew of the trawler.",
			"Nobody survived among the 30 amendments tabled by the opposition."}},
	// the earlier figure of "rose to N from M" with a time after it
	{ruleDeathCompare,
		[]figureCase{{text: "The toll climbed to 27 from 22 overnight, the governor said.", count: 22}},
		[]string{"Membership climbed to 27 from 22 overnight, the governor said."}},
	// an ordinal victim set apart from its verb by who it was
	{ruleDeathRunning,
		[]figureCase{{text: "Two miners were killed in the blast and a third, a 40-year-old foreman, died in hospital.", count: 3},
			{text: "Four people died in the fire and a fifth, a neighbour, later died of burns.", count: 5}},
		[]string{"Two miners were injured in the blast and a third, a 40-year-old foreman, died in hospital.",
			"She won the race and a second, a Kenyan, finished close behind."}},
	// "the number of people recorded dead" as "the number of people killed"
	{ruleDeathToll,
		[]figureCase{{text: "The number of people confirmed dead in the province has risen to 64.", count: 64}},
		[]string{"The number of people dead or missing in the province has risen to 64.",
			"The number of people recorded sick in the province has risen to 64."}},
	// the counted part of "the lives of both pilots and all N passengers"
	{ruleDeathSubset,
		[]figureCase{{text: "The avalanche claimed the lives of both guides and all 11 climbers roped to them.", count: 11}},
		[]string{"The rescue saved the lives of both guides and all 11 climbers roped to them."}},
}

func TestFigureRulesFx10d(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx10dDeathRules, "deaths")
}
