package extract

import "testing"

// fg5TroopRules hold the rows of the troop shapes fixed by fg5 (leftovers
// of the blind r31b, r31c and r32a articles), kept apart from the main
// tables so that parallel work merges cleanly.
var fg5TroopRules = []figureRule{
	// a speaker whose post "the force" owns speaks for the force: a state
	// in his own description is no sender (forceSpeakerEnd); a speaker
	// of no force keeps his state, and a state in the words reported
	// still sends
	{ruleTroopNoun,
		[]figureCase{{text: "The force's commander, Ana Ruiz, a senior officer of the Chilean carabineros, said some 420 police officers joined the sweep of the port.", count: 420, country: ""},
			{text: "The mission's chief, Tomas Berg, a Swedish police general, said about 260 police officers had reached the border towns.", count: 260, country: ""},
			{text: "Ana Ruiz, a senior officer of the Chilean carabineros, said some 420 police officers joined the sweep of the port.", count: 420, country: "CL"},
			{text: "The force's commander, Ana Ruiz, said Chile would send 300 more officers next month.", count: 300, country: "CL"}},
		[]string{"The force's commander, Ana Ruiz, a senior officer of the Chilean carabineros, said some 420 residents had fled the port."}},
	// police named for crowd duty are personnel whatever their verb
	// (personnel.tsv "riot police" strong); a loss word in another clause
	// that a comma and a subordinator end makes them no casualties
	// (commaClauseAt)
	{ruleTroopNoun,
		[]figureCase{{text: "About 1,800 riot police blocked the bridges into the old town on Sunday.", count: 1800},
			{text: "The assembly passed a bill letting the ministry suspend newspapers, as some 1,200 riot police ringed the building.", count: 1200},
			{text: "Rebels attacked the convoy, while 400 soldiers guarded the road to the airport.", count: 400}},
		[]string{"Fourteen riot police were injured when protesters threw stones, the ministry said.",
			"The ministry said it would suspend 40 riot police over the beatings.",
			"The blast killed three civilians, as well as 12 soldiers."}},
}

func TestFg5TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fg5TroopRules, "troops")
}

// fg5DeathRules: the dead told in the sentence before with an aside,
// and a victim ranked in a class's tally over a period.
var fg5DeathRules = []figureRule{
	// "puts the number at N" after a sentence whose dead come past an
	// aside (subjectDiesPastAside); a sentence of the hurt gives none
	{ruleDeathToll,
		[]figureCase{{text: "Officials say nine people, including three police officers, have died in the riots. The opposition puts the number at 31.", count: 31},
			{text: "The army says 12 soldiers, most of them conscripts, were killed in the ambush. The rebels put the number at 40.", count: 40}},
		[]string{"Officials say nine people, including three police officers, were injured in the riots. The opposition puts the number at 31.",
			"Officials say nine people, including three police officers, were arrested. The opposition puts the number at 31."}},
	// a victim ranked in a class's tally over a period is the one, not
	// the rank (rankedInTally, tallyRankAt; fx89: a single death of one
	// stated person is 1); a rank of the deaths themselves stays the toll
	{ruleDeathOne,
		[]figureCase{{text: "A pensioner was found dead in her flat after the heatwave, the fifth fatality in the region.", count: 5},
			{text: "A fisherman was shot dead near the reef, the police said.", count: 1},
			{text: "A Georgian border guard was shot dead near the checkpoint, the third guard killed on the line this year.", count: 1},
			{text: "A ranger was killed by poachers in the park, the fourth ranger killed there since 2021.", count: 1}},
		[]string{"A Georgian border guard was detained near the checkpoint, the third guard arrested on the line this year."}},
	// an earlier figure "up from N" after a figure whose aside holds its
	// verb back is measured from the figure's end (relatedBase); "up
	// from" of another group stays none
	{ruleDeathCompare,
		[]figureCase{{text: "The regional governor said eleven villagers, including five children and an elderly priest, had been killed in the district since the raids began near the old market on Friday, up from seven reported on Saturday.", count: 7}},
		[]string{"The regional governor said eleven villagers, including five children and an elderly priest, had been injured in the district since the raids began near the old market on Friday, up from seven reported on Saturday."}},
	// "Among the dead were" opens a list of the dead whose counted items
	// count (amongDeadWereAt), as "the dead included" does; "Among the
	// injured were" opens none
	{ruleDeathSubset,
		[]figureCase{{text: "Among the dead were the deputy head of the district council of Bari and three firefighters, the mayor said.", count: 3}},
		[]string{"Among the injured were a local councillor and three firefighters, the mayor said.",
			"Among the guests were a local councillor and three firefighters."}},
}

func TestFg5DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fg5DeathRules, "deaths")
}
