package extract

import "testing"

// fx82 (the blind r39c round): an aside that sums up the clause ("a claim
// the army dismissed") says nothing done to the personnel
// (summaryAsideAt).
var troopRulesFx82 = []figureRule{
	{"summary-aside",
		[]figureCase{{text: "Sudan's army said it had sent 5,000 troops towards El Obeid, a claim the RSF dismissed.", count: 5000, country: "SD"},
			{text: "The army said it had sent 3,000 troops to the border, a figure officials in Khartoum denied.", count: 3000, country: "SD"}},
		[]string{"Police said 40 officers were dismissed after the riot, a step the union criticised."}},
}

func TestFx82FigureRules(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, troopRulesFx82, "troops")
}
