package extract

import "testing"

// fx52DeathRules hold the rows of the death shapes fixed by fx52 (the
// blind r35f and r35g rounds), kept apart from the main tables so that
// parallel work merges cleanly.
var fx52DeathRules = []figureRule{
	// a toll named by the whole area it covers (tollAreaWords)
	{ruleDeathToll,
		[]figureCase{{text: "Officials cut the nationwide toll to 27 from 30 on Tuesday after a recount.", count: 27},
			{text: "The statewide toll rose to 14 overnight, the emergency agency said.", count: 14}},
		[]string{"The statewide toll of the drought on farm incomes rose to 14 percent."}},
	// a toll told county by county, each place a name and a unit that
	// the names pass may read as a person (unitNamedPlace)
	{ruleDeathSubset,
		[]figureCase{{text: "The floods killed nine people in Barlow County, four in Tamsin County and one in Hale County.", count: 4}},
		[]string{"The floods cut power to nine schools in Barlow County, four in Tamsin County and one in Hale County."}},
	// an earlier figure that the revision of a toll names
	// (revisedEarlierOpener)
	{ruleDeathCompare,
		[]figureCase{{text: "At least 62 people died in the landslide, the agency said, updating its previous toll of 41.", count: 41}},
		[]string{"At least 62 homes were buried in the landslide, the agency said, updating its previous estimate of 41."}},
	// a side's own losses counted in people after a killing clause
	// (ownLossesAt)
	{ruleDeathToll,
		[]figureCase{{text: "The rebels said nine of their men were killed, while the army put its own losses at four officers.", count: 4}},
		[]string{"After the ambush on the convoy the army put its own losses at four officers."}},
}

func TestFx52DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx52DeathRules, "deaths")
}
