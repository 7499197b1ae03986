package extract

import "testing"

// fx66DeathRules hold the rows of the death shapes fixed by fx66 (the
// blind r37a round, South and Southeast Asia).
var fx66DeathRules = []figureRule{
	// a gapped part dated "since" a day, month or year that ends the clause (sinceDateEnds)
	{ruleDeathSubset,
		[]figureCase{{text: "The National Emergency Operation Centre said 35 people had been killed in landslides and 23 in floods since Thursday.", count: 23},
			{text: "Officials said 35 people were killed in Kerala and 23 in Karnataka since January 2024.", count: 23}},
		[]string{"Officials said 35 people were hurt in landslides and 23 in floods since Thursday."}},
}

func TestFx66DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx66DeathRules, "deaths")
}
