package extract

import "testing"

// fx98DeathRules hold the rows of the death shapes fixed by fx98 (the
// blind r41b round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx98DeathRules = []figureRule{
	// victims of a homicide or a murder are dead (killedVictimsAfter)
	{ruleDeathAdj,
		[]figureCase{{text: "Across the country, the ministry counted 9,412 homicide victims in the first half of the year.", count: 9412},
			{text: "The city registered 215 murder victims last year, its lowest figure in a decade.", count: 215},
			{text: "Prosecutors said they had identified 64 victims of homicide in the province since January.", count: 64},
			{text: "The families of 30 massacre victims gathered at the memorial.", count: 30}},
		[]string{"The clinic treated 40 crash victims over the holiday weekend.",
			"Some 300 attempted murder victims were treated at the hospital this year.",
			"Police counted 120 victims of attempted murder in the district.",
			"The fund supports 200 victims of violence in the region."}},
	// a running count that changes to a range: both bounds (rangedToll
	// with deathsRoseTo)
	{ruleDeathToll,
		[]figureCase{{text: "Homicides in the province fell to between 1,400 and 1,500 last year, the state prosecutor said.", count: 1500},
			{text: "Road deaths rose to between 300 and 350 in the first half, the transport ministry said.", count: 350}},
		[]string{"Arrests in the province fell to between 1,400 and 1,500 last year.",
			"Robberies rose to between 300 and 350 a month, police said."}},
	// a part of the dead after a semicolon, "N of them were ..." (subsetOpener)
	{ruleDeathSubset,
		[]figureCase{{text: "At least 26 people died in the fighting, the Red Cross said; nine of them were children.", count: 9},
			{text: "Some 40 miners were killed in the blast; 12 of them were foreign contract workers.", count: 12}},
		[]string{"Some 60 people were hurt in the crash; nine of them were children.",
			"Troops detained 40 people; 12 of them were minors.",
			"The storm destroyed 300 homes; 40 of them were in the old town."}},
}

// fx98TroopRules hold the troop rows of fx98.
var fx98TroopRules = []figureRule{
	// a sending that waits on disorder going on warns those behind it: a
	// threat, no pledge (persistingUnrestIf), also past an aside of speech
	// (speechAsideEnd)
	{"",
		[]figureCase{{text: "Up to 3,000 soldiers, the interior ministry said, would be sent to the capital.", count: 3000, country: ""},
			{text: "Up to 3,000 soldiers, the defence ministry said, would be sent to the border if parliament agrees.", count: 3000},
			{text: "Chile would send 500 troops to the border if the ceasefire continues to hold.", count: 500, country: "CL"}},
		[]string{"Up to 3,000 soldiers, the Bolivian government said, would be sent to Oruro if road blockades continue.",
			"Some 2,500 troops would be deployed to the mining region if the protests persist, the minister said.",
			"Up to 1,200 police, officials said, could be sent to the port if the riots spread.",
			"The government said 4,000 soldiers would be sent to the south if the violence resumes."}},
}

// fx98WordRules hold rows of a spelled scale after "a further", "an
// extra" (wordNumber): one hundred or one thousand more.
var fx98WordRules = []figureRule{
	{"",
		[]figureCase{{text: "A further thousand soldiers could be flown in from other states within days, the Chilean defence minister said.", count: 1000, country: "CL"},
			{text: "Argentina sent an extra thousand troops to the northern border this week.", count: 1000, country: "AR"},
			{text: "An additional hundred police officers were deployed to the port, the Uruguayan interior ministry said.", count: 100, country: "UY"}},
		[]string{"The army sent a further thousand tents to the flooded towns.",
			"The ministry spent a further thousand dollars on each barracks.",
			"A further thousand families were moved to shelters, the mayor said."}},
}

func TestFigureRulesFx98(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx98DeathRules, "deaths")
	checkFigureRows(t, ex, fx98TroopRules, "troops")
	checkFigureRows(t, ex, fx98WordRules, "troops")
}
