package extract

import "testing"

// fx73DeathRules hold the rows of the death shapes fixed by fx73 (the
// blind r38a round of Russia, Ukraine, the Caucasus and Central Asia).
var fx73DeathRules = []figureRule{
	// "liquidated" and "eliminated" kill armed men (combatant-kill,
	// killedForcesAt); not firms or jobs
	{"",
		[]figureCase{{text: "Kyiv claimed its drones had eliminated some 300 Russian soldiers in a week.", count: 300},
			{text: "Nine gunmen were liquidated in the raid, the FSB said.", count: 9}},
		[]string{"The merger eliminated 300 positions.",
			"Nine firms were liquidated in the audit."}},
	// a part of the missing found alive is no figure (reportedPartAlive)
	{"",
		[]figureCase{{text: "The toll was lowered to 14, as three of the missing were found alive.", count: 14}},
		[]string{"Three of the missing were found alive in a cellar on Monday."}},
}

func TestFigureRulesFx73Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx73DeathRules, "deaths")
}
