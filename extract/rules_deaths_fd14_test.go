package extract

import "testing"

// fd14DeathRules hold the rows of the shapes fixed after the blind rounds
// r29g and r29h (fd14, session 29), and rows that pin the single-death
// policy counted over all the gold (see the policy comment in listDeath,
// deaths_lists.go).
var fd14DeathRules = []figureRule{
	// a number after a capitalised noun that names a road, a flight or a
	// place is that thing's, not a count of the dead (numbered-name)
	{ruleDeathActive,
		[]figureCase{{text: "The crash on Interstate 80 killed six people, including two children, state troopers said.", count: 6},
			{text: "Flight 370 crashed into the sea, killing all 239 people on board.", count: 239},
			{text: "The crash on State Road 84 killed two people, the sheriff said.", count: 2}},
		[]string{"The crash on Interstate 80 killed nobody, troopers said.",
			"The fire in Tower 22 killed no one, the army said.",
			"The crash on State Road 84 killed nobody, the sheriff said.",
			"Passengers on Flight 370 died out of sight of radar, a film claimed nothing."}},
	{ruleDeathPass,
		[]figureCase{{text: "On the highway, 12 people were killed when a bus overturned.", count: 12}},
		[]string{"Traffic on Route 66 was closed after the pile-up; nobody was hurt."}},
	// "a month's rain" is a span of rain, not a rate of deaths
	{ruleDeathPass,
		[]figureCase{{text: "Two people died and hundreds of homes were flooded in Cumbria after Storm Imelda dumped a month's rain on the county in 36 hours, officials said.", count: 2}},
		[]string{"The disease kills 300 people a month, the ministry said."}},
	// "the toll could exceed N": a present estimate of the toll, recorded;
	// a forecast ("is expected to exceed") is not
	{ruleDeathToll,
		[]figureCase{{text: "The toll from the floods in Derna could exceed 11,000, the Red Crescent warned, though the health ministry has confirmed 4,352 deaths.", count: 11000},
			{text: "The death toll may top 300, a UN official said.", count: 300}},
		[]string{"The toll from the floods is expected to exceed 11,000, the Red Crescent warned.",
			"The vote tally could exceed 11,000 in the district."}},
	// one person found dead is 1, with or without "the first death" after it (policy)
	{ruleDeathOne,
		[]figureCase{{text: "A 78-year-old man was found dead in his unheated home in Gaylord, the first death linked to the ice storm.", count: 1},
			{text: "The woman, named locally as Sadia Rahman, 31, was pronounced dead at the scene.", count: 1}},
		[]string{"A 78-year-old man was found alive in his unheated home in Gaylord after the ice storm."}},
	// "rose to N after the body of a man was found": N and the one (policy, as "after M more bodies")
	{ruleDeathOf,
		[]figureCase{{text: "The toll from the flooding in northern New South Wales rose to nine on Wednesday after the body of a man was found in his car near Lismore.", count: 1}},
		[]string{"Police said the car of a man was found in floodwater near Lismore."}},
	// a family is counted whole, its numbered part left out (policy, deaths_familylist.go)
	{ruleDeathList,
		[]figureCase{{text: "A mother and her three children died in a house fire in Bolton early on Monday, Greater Manchester Police said.", count: 4}},
		[]string{"A mother and her three children were rescued from a house fire in Bolton."}},
}

func TestFD14DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fd14DeathRules, "deaths")
}
