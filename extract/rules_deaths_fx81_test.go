package extract

import "testing"

// fx81DeathRules hold the rows of the death shapes fixed by fx81 (round
// r39a).
var fx81DeathRules = []figureRule{
	// the whole of a share is no count (proportionWhole)
	{ruleDeathAdj,
		[]figureCase{{text: "Eight violent deaths were recorded in the favela this week.", count: 8}},
		[]string{"Police killings were roughly one in every eight violent deaths.",
			"Police killings were two out of five violent deaths."}},
	// "the figure is N" opening a sentence after a toll (framedFigureAfterToll)
	{ruleDeathToll,
		[]figureCase{{text: "According to the ombudsman, 26 members of the security forces have been killed in Cauca this year. Across Colombia, the figure is more than 90, the Defense Ministry said.", count: 90}},
		[]string{"Sales rose in Cauca this year. Across Colombia, the figure is more than 90."}},
	// bodies that people carry are of the dead (body-found)
	{ruleDeathAdj,
		[]figureCase{{text: "By nightfall, residents had carried 11 more bodies to a square in Alemão.", count: 11}},
		[]string{"The lorry carried 11 crates to a square in Alemão."}},
}

func TestFigureRulesFx81Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx81DeathRules, "deaths")
}
