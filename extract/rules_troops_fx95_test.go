package extract

import "testing"

// fx95TroopRules hold the rows of the troop shapes fixed by fx95 (misses
// left in the blind r39e and r40c rounds), kept apart from the main
// tables so that parallel work merges cleanly.
var fx95TroopRules = []figureRule{
	// "on active duty", "in active service" or "in 1968" after an army's
	// personnel tell its whole strength, not where they serve; a place
	// after the status still posts them (serviceStatusEnd, timeNotPlace)
	{"",
		[]figureCase{{text: "The Pentagon kept 500,000 soldiers on active duty in Vietnam in 1968.", count: 500000, country: "US"},
			{text: "France has 3,000 soldiers on active service in the Sahel.", count: 3000, country: "FR"}},
		[]string{"The US Army had about 1.5 million soldiers on active duty in 1968.",
			"The Royal Navy had 30,000 sailors on active service in 2020.",
			"Britain has 73,000 soldiers in active service.",
			"The French army had about 900,000 soldiers in the 1950s."}},
	// a count of a state's people by their plural names their state, not
	// the host's beside it, and a bare figure after it in the sentence
	// keeps it (countedPeopleState)
	{"",
		[]figureCase{{text: "Troop levels in Syria, which had peaked at about 2,000 Americans in 2018, were down to 900 by the spring.", count: 2000, country: "US"},
			{text: "Troop levels in Syria, which had peaked at about 2,000 Americans in 2018, were down to 900 by the spring.", count: 900, country: "US"},
			{text: "The British presence in Helmand peaked at about 9,500 Britons in 2010.", count: 9500, country: "GB"}},
		[]string{"Tourist numbers in Bali peaked at about 200,000 Australians in 2019.",
			"The number of Americans living in Kabul peaked at about 9,000 in 2010."}},
	// officers searching open ground for someone missing are deployed,
	// past a list of what searched with them; a house searched is a raid
	// (searchedGround)
	{"",
		[]figureCase{{text: "Inspector Kay Brand said 32 officers, a drone team and a helicopter had searched the woods for the missing girl.", count: 32},
			{text: "Police said 60 officers were combing the hills for the missing climber.", count: 60},
			{text: "About 45 officers scoured the moor overnight, the force said.", count: 45}},
		[]string{"Police said 12 officers searched his home and seized cash.",
			"Police said 12 officers searched the suspect's house on Tuesday.",
			"Police said 30 officers, who had searched the woods, were thanked by the mayor.",
			"A further 30 hikers combed the hills for the missing climber."}},
	// "the number" after deployed formations that moved in its sentence
	// counts their men (formationMovedAt); a number of others does not
	{"",
		[]figureCase{{text: "By the time the last combat units left in 1972, the number had fallen to about 24,000.", count: 24000},
			{text: "When the battalions had withdrawn in March, their number was down to 1,200.", count: 1200},
			{text: "After the first brigades arrived, the total rose to some 9,000.", count: 9000}},
		[]string{"By the time the last combat units left in 1972, the number of refugees had fallen to about 24,000.",
			"By the time the last combat units left in 1972, the price had fallen to about 24,000.",
			"By the time the last buses left in 1972, the number had fallen to about 24,000."}},
	// "on top of the N" whose relative clause has a pronoun or a state
	// deploy them counts them as the figure just read (heldByClause); a
	// clause of losing does not, nor does a figure of no personnel
	{ruleTroopAddedTo,
		[]figureCase{{text: "\"We are putting 500 extra officers on patrol this winter, on top of the 150 we added last year,\" the chief said.", count: 150},
			{text: "Britain will send 400 more troops, on top of the 150 it sent in May.", count: 150, country: "GB"},
			{text: "Germany is adding 300 soldiers, besides the 500 that Berlin deployed last year.", count: 500, country: "DE"}},
		[]string{"Britain will send 400 more volunteers, on top of the 150 it sent in May.",
			"The club will hire 40 more stewards, on top of the 200 we added last year.",
			"Britain will buy 400 more trucks, on top of the 150 it sent in May."}},
	// a sheriff's office, department or deputies make their personnel
	// American, in lower case too; a Scottish sheriff, a judge, has none
	// (sheriffsOfficeAt)
	{"",
		[]figureCase{{text: "The sheriff's office said 80 deputies, backed by 40 officers lent by the county, would work the rodeo.", count: 80, country: "US"},
			{text: "The sheriff's office said 80 deputies, backed by 40 officers lent by the county, would work the rodeo.", count: 40, country: "US"},
			{text: "The sheriff's department sent 25 deputies to the flooded town.", count: 25, country: "US"}},
		[]string{"The sheriff's office said 60 deputies had been injured in the riot.",
			"The sheriff's office said 60 deputies were on leave."}},
}

func TestFigureRulesFx95Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx95TroopRules, "troops")
}
