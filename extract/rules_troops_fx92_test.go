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
	// police on duty for an event, joined by another body's in a comma
	// aside: the hundred is weighed on both; a sheriff names the body
	// (dutyAsideSpan, sheriffBefore; "work" a duty verb)
	{"",
		[]figureCase{{text: "The county sheriff said 80 deputies, joined by 40 officers lent by the city, would work the marathon.", count: 80},
			{text: "The county sheriff said 80 deputies, joined by 40 officers lent by the city, would work the marathon.", count: 40},
			{text: "Police said 250 officers would work the carnival on Sunday.", count: 250}},
		[]string{"The county sheriff said 50 deputies, joined by 20 officers lent by the city, would work the marathon.",
			"The festival said 80 stewards, joined by 40 volunteers lent by the city, would work the marathon.",
			"The hospital said 80 nurses, joined by 40 officers lent by the city, would work the marathon."}},
}

func TestFigureRulesFx92Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx92TroopRules, "troops")
}
