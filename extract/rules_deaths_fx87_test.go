package extract

import "testing"

// fx87DeathRules hold the rows of the death shapes fixed by fx87 (the
// retrospective passages of r39e), kept apart for clean merges.
var fx87DeathRules = []figureRule{
	// a side's losses, named by its state, that "ran to" a number
	// (runToDead)
	{ruleDeathToll,
		[]figureCase{{text: "Iraqi losses in the first winter of the war ran to 12,000, by Moscow's own count.", count: 12000}},
		[]string{"Iraqi losses in the first winter of the war ran to 12,000 tanks.",
			"Losses at the steelworks ran to 12,000 last year, the company said."}},
	// a second estimate after a killing clause that "runs to" a number
	// (runToDead)
	{ruleDeathToll,
		[]figureCase{{text: "The siege has killed at least 9,000 people, though some estimates run to 40,000.", count: 40000}},
		[]string{"The storm flattened 9,000 homes, and damage estimates run to 40,000 acres."}},
	// two peoples named by plural demonyms before a verb of dying
	// (demonymPairEnd)
	{ruleDeathPass,
		[]figureCase{{text: "About 1,200 Iranians and Iraqis died in the first week of the offensive.", count: 1200}},
		[]string{"About 1,200 Iranians and Iraqis were wounded in the first week of the offensive."}},
}

func TestFx87DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx87DeathRules, "deaths")
}
