package extract

import "testing"

// fx92DeathRules hold the rows of the death shapes fixed by fx92 (the
// blind r40a and r40c rounds), kept apart from the main tables so that
// parallel work merges cleanly.
var fx92DeathRules = []figureRule{
	// a film's, novel's or series' plot is no toll (plotSentence)
	{"",
		[]figureCase{{text: "In the town, a gunman killed four teenagers at a lake on Sunday.", count: 4},
			{text: "In the film's home town, four teenagers were killed at a lake on Sunday.", count: 4}},
		[]string{"In the film, a small-town sheriff investigates the deaths of four teenagers at a lake.",
			"The novel tells of a village where 40 miners were killed in a flood.",
			"In the 2019 miniseries, the explosion kills 31 people."}},
	// people "we" lost in a place of the speakers' own are their dead
	// (lostAtHome)
	{"",
		[]figureCase{{text: "\"We've lost four people on this street since March,\" the councillor said.", count: 4},
			{text: "\"We have already lost three young men in this neighbourhood,\" a pastor said.", count: 3}},
		[]string{"\"We've lost four people to rival firms since March,\" the manager said.",
			"\"We've lost four seats in this county,\" the party leader said.",
			"\"We lost 300 jobs in this town when the plant closed,\" the mayor said.",
			"\"We've lost four games in this city since March,\" the coach said."}},
}

func TestFigureRulesFx92Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx92DeathRules, "deaths")
}
