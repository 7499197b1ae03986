package extract

import "testing"

// rv1TroopRules hold the rows of the troop shapes fixed by review rv1.
var rv1TroopRules = []figureRule{
	// a state's share of the figure before, joined by any modal copula,
	// not "will" or "would" alone (themOfStateTroops, copulaEnd)
	{"",
		[]figureCase{{text: "NATO said 14,000 troops are expected to take part in the exercise in Poland. Some 9,000 of them could be American, officials said.", count: 9000, country: "US"}},
		[]string{"The alliance ordered 14,000 rifles. Some 9,000 of them could be American, officials said."}},
}

func TestFigureRulesRv1Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), rv1TroopRules, "troops")
}
