package extract

import "testing"

// fx8fDeathRules and fx8fTroopRules hold the rows of the shapes fixed
// after the blind round r27c (fx8f, session 27), kept apart from the main
// tables so that parallel work merges cleanly; each row is checked as
// TestFigureRules checks its own.
var fx8fDeathRules = []figureRule{
	// an uncounted group joined to counted dead adds nothing to the count
	{ruleDeathPass,
		[]figureCase{{text: "Twelve Malian soldiers and an unknown number of jihadists were killed in the clash.", count: 12},
			{text: "Nine police officers and an undisclosed number of gunmen died in the raid.", count: 9}},
		[]string{"Nine police officers and an unknown number of gunmen were arrested in the raid.",
			"Twelve villagers and an unknown number of cattle were wounded."}},
	// "in the space of a week" tells how fast a toll came; "a week" alone is a rate
	{ruleDeathActive,
		[]figureCase{{text: "The storm took 19 lives in the space of a week.", count: 19},
			{text: "The virus killed 30 people over the course of a month.", count: 30}},
		[]string{"The virus kills 30 people a month.", "The road claims 12 lives a week."}},
	// a running count that reached its figure "overnight" or "yesterday"
	{ruleDeathToll,
		[]figureCase{{text: "Deaths on the Syrian side rose to 12 overnight.", count: 12},
			{text: "Fatalities climbed to seven yesterday, the ministry said.", count: 7}},
		[]string{"Arrests on the border rose to four overnight.", "Deaths in custody fell to 12 percent overnight."}},
	// "claimed the life of" one victim, as "the lives of" several
	{ruleDeathOf,
		[]figureCase{{text: "The crash claimed the life of a teenager.", count: 1},
			{text: "A gas leak took the life of a 61-year-old tenant on Sunday.", count: 1}},
		[]string{"The surgeon saved the life of a teenager.", "The war could claim the life of a soldier."}},
	// a figure set against a toll by "not the": a toll someone stated
	{ruleDeathCompare,
		[]figureCase{{text: "The coroner counted 14 dead, not the 20 reported on Sunday.", count: 20},
			{text: "The inquiry lists 31 deaths, not the 35 the ministry had given.", count: 35}},
		[]string{"The club sold 27 shirts, not the 29 it had ordered."}},
}

var fx8fTroopRules = []figureRule{
	// "number of" is a noun, not the verb "number": the clause of death goes on
	{ruleTroopNoun,
		[]figureCase{{text: "Chad sent 300 soldiers and a small number of advisers to the border.", count: 300, country: "TD"}},
		[]string{"Twelve Malian soldiers and an unknown number of jihadists were killed in the clash.",
			"At least 20 Nigerian soldiers and a number of militants were killed."}},
	// "not one of the N": the whole may be a figure, the one is none
	{ruleTroopNoun,
		[]figureCase{{text: "Not one of the 400 Dutch troops in Mali will be sent home early.", count: 400, country: "NL"}},
		[]string{"Not one of the 40 wounded soldiers has been flown home.", "Not one of its sailors will go ashore."}},
}

func TestFigureRulesFx8f(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx8fDeathRules, "deaths")
	checkFigureRows(t, ex, fx8fTroopRules, "troops")
}
