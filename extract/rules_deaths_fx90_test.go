package extract

import "testing"

// fx90DeathRules hold the rows of the death shapes fixed by fx90 (the
// blind r40a round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx90DeathRules = []figureRule{
	// a gapped place list whose state takes "the" (placeGappedDeaths)
	{"",
		[]figureCase{{text: "Hungary has recorded six deaths, Slovakia four and the Czech Republic two.", count: 2},
			{text: "Poland has recorded nine deaths, the Czech Republic seven and Romania three.", count: 7}},
		[]string{"Hungary has recorded six floods, Slovakia four and the Czech Republic two."}},
	// "a X and N Y were killed": the sum and the numbered part; a family
	// ("a mother and her two sons") stays the sum alone (joinedParts)
	{"",
		[]figureCase{{text: "A border guard and two smugglers were killed in a shootout.", count: 3},
			{text: "A border guard and two smugglers were killed in a shootout.", count: 2}},
		[]string{"A border guard and two smugglers were wounded in a shootout."}},
}

func TestFigureRulesFx90Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx90DeathRules, "deaths")
}
