package extract

import "testing"

// fx60DeathRules hold the rows of the fx60 death fixes, kept apart from
// the main tables so that parallel work merges cleanly.
var fx60DeathRules = []figureRule{
	// a comma aside dating the count between it and its "at"
	// (asideOpenBefore)
	{ruleDeathToll,
		[]figureCase{{text: "Officials put the number of people killed since 2014, when the insurgency spread south, at more than 9,000.", count: 9000}},
		[]string{"Officials put the number of people displaced since 2014, when the insurgency spread south, at more than 9,000."}},
	// a bare count revised, the killing told paragraphs before
	// (countRevisedLater)
	{ruleDeathToll,
		[]figureCase{{text: "Six gunmen were killed in the raid.\nThe commander praised his men.\nHe said the first count of four gunmen had been revised after the search.", count: 4}},
		[]string{"The vote went late into the night.\nHe said the first count of 40 ballots had been revised after the search."}},
	// a second source's figure put near a number (putFigureCloserAt)
	{ruleDeathToll,
		[]figureCase{{text: "The shelling killed 20 people, though aid workers put the figure closer to 35.", count: 35},
			{text: "The flood killed 12 villagers, but elders put the number nearer to 30.", count: 30}},
		[]string{"The storm flattened 200 homes, though residents put the figure closer to 500."}},
	// people whose fate the next clause gives with "all" (allFoundDead)
	{ruleDeathList,
		[]figureCase{{text: "The mudslide buried a group of nine loggers; all were found dead the next day.", count: 9},
			{text: "The fire trapped seven miners. All of them died before help came.", count: 7},
			{text: "The squall overturned a boat carrying 14 fishermen, all of whom drowned.", count: 14}},
		[]string{"The mudslide buried a group of nine loggers; all were pulled out alive the next day.",
			"The storm caught 14 fishermen at sea; all were rescued."}},
	// the remains of captives tell what is held or handed back, not a
	// death the article states (heldRemains); a verb of killing after
	// them states one
	{ruleDeathOf,
		[]figureCase{{text: "Soldiers recovered the bodies of three hostages killed by their captors.", count: 3}},
		nil},
	{ruleDeathAdj,
		[]figureCase{{text: "The remains of nine miners were recovered on Friday.", count: 9}},
		[]string{"The envoy said the remains of three hostages were still held by the group.",
			"The bodies of five captives were handed back at the crossing on Thursday."}},
}

func TestFx60DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx60DeathRules, "deaths")
}
