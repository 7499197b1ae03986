package extract

import "testing"

// fx85DeathRules hold the rows of the death shapes fixed by fx85 (the
// blind r39c and r39d rounds), kept apart from the main tables so that
// parallel work merges cleanly.
var fx85DeathRules = []figureRule{
	// a fronted heading of the dead closed by a colon, its list after it,
	// summed with its parts (deadListedAfterColon); "civilian" may modify
	// another noun (victims.tsv)
	{"",
		[]figureCase{{text: "Killed in the ambush, according to the revised army statement: 17 soldiers and one civilian driver.", count: 18},
			{text: "Killed in the ambush, according to the revised army statement: 17 soldiers and one civilian driver.", count: 17},
			{text: "Killed in the ambush, according to the revised army statement: 17 soldiers and one civilian driver.", count: 1},
			{text: "Among the dead: four soldiers and a nurse.", count: 5},
			{text: "Killed in the ambush were 17 soldiers and one civilian driver.", count: 18}},
		[]string{"Wounded in the ambush, according to the army: 17 soldiers and one civilian driver.",
			"Deployed in the south, according to the army: 17 soldiers and one civilian driver.",
			"Killed in the ambush, the army said after a long review of the footage: 17 soldiers."}},
	// a force's loss of men in an event its place name modifies
	// (namedEventModifier)
	{"",
		[]figureCase{{text: "The Guards lost seven men in the Saravan attack.", count: 7}},
		[]string{"The club lost seven players in the Premier League this season.",
			"The Guards lost seven men in the Saravan region."}},
	// a toll's earlier figure in an aside, revised by the predicate after
	// it (asideRevisedTo)
	{"",
		[]figureCase{{text: "The toll from the Pacific cyclone, first given as 12, was revised down to nine after two people were found alive.", count: 9},
			{text: "The toll from the Pacific cyclone, first given as 12, was revised down to nine after two people were found alive.", count: 12}},
		[]string{"The budget for the cyclone, first given as 12 million, was revised down to nine million."}},
}

// fx85TroopNegatives: a list after a heading of the dead counts no troops.
var fx85TroopNegatives = []figureRule{
	{"", nil,
		[]string{"Killed in the ambush, according to the revised army statement: 17 soldiers and one civilian driver.",
			"Among the dead: 17 soldiers and one driver."}},
}

func TestFigureRulesFx85Deaths(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx85DeathRules, "deaths")
	checkFigureRows(t, ex, fx85TroopNegatives, "troops")
}
