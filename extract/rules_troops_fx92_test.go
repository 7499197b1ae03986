package extract

import "testing"

// fx92TroopRules hold the rows of the troop shapes fixed by fx92 (the
// blind r40a and r40c rounds), kept apart from the main tables so that
// parallel work merges cleanly.
var fx92TroopRules = []figureRule{
	// a film's, novel's or series' plot is no deployment (plotSentence)
	{"",
		[]figureCase{{text: "In the valley, 300 Greek soldiers hold the pass against the invaders.", count: 300, country: "GR"},
			{text: "The convoy follows 300 Greek soldiers who hold the pass.", count: 300, country: "GR"}},
		[]string{"The film follows 300 Greek soldiers who hold the pass against the invaders.",
			"In the new series, 2,000 Roman troops march north to the wall.",
			"Nolan's war drama depicts 400,000 British soldiers stranded on a beach."}},
}

func TestFigureRulesFx92Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx92TroopRules, "troops")
}
