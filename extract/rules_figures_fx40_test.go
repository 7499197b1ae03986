package extract

import "testing"

// fx40TroopRules hold the rows of the troop shapes fixed by fx40 (the
// blind r33c block), kept apart from the main tables so that parallel
// work merges cleanly.
var fx40TroopRules = []figureRule{
	// "and will fly N more": more of the personnel just counted, carried
	// by a verb of moving (verbMoreTroops, carry-verb data)
	{ruleTroopContinued,
		[]figureCase{{text: "France keeps about 600 soldiers in Chad and flew 150 more to N'Djamena on Sunday.", count: 150, country: "FR"}},
		[]string{"The airline keeps about 600 pilots in Chad and flew 150 more flights last year.",
			"The club will fly 40 more fans to Cyprus."}},
	// a sheriff's deputies moved or lent by other counties (sheriffDeputiesSent),
	// the missing they search for no casualty of theirs (soughtCasualtyAt)
	{ruleTroopNoun,
		[]figureCase{{text: "The county sheriff said 25 deputies from neighbouring counties had joined the hunt for the missing hikers.", count: 25},
			{text: "The sheriff's office sent 30 deputies to patrol the fairground.", count: 30, country: "US"}},
		[]string{"The sheriff said 25 deputies from the county had signed the petition.",
			"Parliament said 30 deputies from rural counties had joined the protest.",
			"The sheriff said 12 deputies were missing after the flood."}},
	// a standing army passing a mark is its strength (standingForcePassed)
	{ruleTroopNoun,
		[]figureCase{{text: "The French contingent in Mali has fallen below 1,000 troops since the coup.", count: 1000, country: "FR"}},
		[]string{"The German army fell below 180,000 soldiers last year, the ministry said.",
			"The regular army has fallen below 73,000 full-time soldiers for the first time."}},
	// "bringing to about N the number of" personnel (frontedTotalTroops)
	{ruleTroopNumber,
		[]figureCase{{text: "The governor ordered 300 more Guard members to the coast, bringing to about 1,200 the number of Guard troops deployed for the storm.", count: 1200, country: "US"}},
		[]string{"The agency hired 300 more staff, bringing to about 1,200 the number of officers on its payroll.",
			"The storm destroyed 400 homes, bringing to about 850 the number of families without shelter.",
			"Two soldiers died of their wounds overnight, bringing to 16 the number of troops killed in the clash."}},
}

// fx40DeathRules: a toll or a count of deaths changed "to N, time, from
// M", the earlier figure M counted too (tollToThenFrom, deathsToThenFrom).
var fx40DeathRules = []figureRule{
	{ruleDeathToll,
		[]figureCase{{text: "Officials lowered the death toll from the landslide to 19 on Tuesday from 23.", count: 23},
			{text: "Traffic deaths in the city rose to 82 in 2024 from 64 in 2023, police said.", count: 64}},
		[]string{"Officials lowered the flood warning from the river to 19 on Tuesday from 23.",
			"Sales rose to 82 in 2024 from 64 in 2023."}},
}

func TestFigureRulesFx40(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx40TroopRules, "troops")
	checkFigureRows(t, ex, fx40DeathRules, "deaths")
}
