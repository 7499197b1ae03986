package extract

import "testing"

// fx32DeathRules: r31d — "one death" that ends its noun phrase states a
// toll of one; "death" before another noun opens a compound.
var fx32DeathRules = []figureRule{
	{ruleDeathAdj,
		[]figureCase{{text: "In Austria, authorities reported one death, a firefighter hit by a falling tree.", count: 1},
			{text: "Authorities confirmed one death in Austria, police said.", count: 1}},
		[]string{"The court handed down one death sentence on Monday.",
			"Two death row inmates were freed on Monday."}},
	// "the earlier figure of N" in the sentence after a revised toll
	{ruleDeathToll,
		[]figureCase{{text: "Czech authorities revised down the death toll from the floods to five on Tuesday. The minister said the earlier figure of seven had been based on reports from rescuers.", count: 7}},
		[]string{"The storm flooded 40 homes on Tuesday. The minister said the earlier figure of seven had been based on reports from rescuers."}},
}

func TestFx32DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx32DeathRules, "deaths")
}
