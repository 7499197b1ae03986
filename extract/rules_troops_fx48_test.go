package extract

import "testing"

// fx48TroopRules hold the rows of the troop shapes fixed by fx48 (the
// blind r35a, r35b, r35c and r35e rounds), kept apart from the main
// tables so that parallel work merges cleanly.
var fx48TroopRules = []figureRule{
	// rescuers of an armed service are personnel; a service noun shared
	// by two numbers (servicePersonnelAt)
	{ruleTroopNoun,
		[]figureCase{{text: "Thailand sent 60 navy rescuers to the flooded town.", count: 60, country: "TH"},
			{text: "Chile and Peru sent 40 and 25 army rescuers respectively.", count: 40, country: "CL"},
			{text: "Chile and Peru sent 40 and 25 navy divers respectively.", count: 40, country: "CL"}},
		[]string{"The charity sent 60 rescuers to the flooded town.",
			"Some 300 rescuers worked through the night at the collapsed block.",
			"Two charities sent 40 and 25 divers respectively."}},
	// national forces named by their own name; two joined by "and"
	// before the personnel noun (troopModifiers)
	{ruleTroopNoun,
		[]figureCase{{text: "Kathmandu deployed 2,000 Nepal Army and Armed Police Force personnel to the district.", count: 2000, country: "NP"},
			{text: "About 180 GNR military police officers patrolled the fair in Braga.", count: 180, country: "PT"},
			{text: "About 5,000 police officers will be on duty for the festival, the Prayagraj police commissioner said.", count: 5000, country: "IN"}},
		[]string{"The two clubs fielded 2,000 fans at the final."}},
	// a state's share whose noun is gapped after its possessive
	// (gappedTroops, ownedGapVerb)
	{ruleTroopGapped,
		[]figureCase{{text: "Norway's 150 soldiers and Denmark's 90 serve under one command.", count: 90, country: "DK"}},
		[]string{"Norway's 150 boats and Denmark's 90 serve the islands."}},
	// men in apposition to personnel counted by no number
	// (menGlossPersonnel)
	{ruleTroopNoun,
		[]figureCase{{text: "Three platoons of Greek soldiers, about 90 men, were flown to the island.", count: 90, country: "GR"}},
		[]string{"Police detained the soldiers, about 90 men, at the border."}},
	// the state of a unit a figure numbers in apposition
	// (numberedUnitState)
	{"numbered-unit-state",
		[]figureCase{{text: "The talks leave Japan's liaison team, now numbering 15 officers, in Juba.", count: 15, country: "JP"},
			{text: "Britain welcomed the French contingent, numbering 300 soldiers, at the port.", count: 300, country: "FR"}},
		[]string{"Japan's trade team, now numbering 15 people, left Juba."}},
	// a state's adjective before a feature of its land is a place, no
	// reporter (placeFeatureAt)
	{"place-feature",
		[]figureCase{{text: "Greece's defence ministry said it had sent 300 more soldiers to Kos, the island just off the Turkish coast.", count: 300, country: "GR"},
			{text: "About 300 troops were sent to the island, the Chinese coast guard said.", count: 300, country: "CN"}},
		[]string{"Ferries carried 300 more tourists to Kos, just off the Turkish coast."}},
	// the size a force was changed from (resizedFrom,
	// resizedForceMembers)
	{"resized-from",
		[]figureCase{{text: "Spain tripled its presence from 800 officers.", count: 800, country: "ES"},
			{text: "Japan doubled the size of the SDF mission from 400 members.", count: 400, country: "JP"}},
		[]string{"The bank tripled its presence from 800 officers.",
			"The club doubled the size of its membership from 400 members."}},
	// "adding to N already posted there" (joinedHeld)
	{ruleTroopAddedTo,
		[]figureCase{{text: "The army will fly in 500 more troops, adding to about 2,000 already deployed there.", count: 2000}},
		[]string{"The agency will fly in 500 more tonnes of aid, adding to about 2,000 already there."}},
	// posts, jobs and vacancies of a force are no people
	// (personnel-thing)
	{"personnel-posts",
		[]figureCase{{text: "The army sent 300 soldiers to man posts along the border.", count: 300}},
		[]string{"About 900 police jobs will go under the plan.",
			"The budget funds 1,200 army vacancies."}},
	// a target size of the whole army is its strength to come
	// (standingArmyTarget)
	{"army-target",
		[]figureCase{{text: "Poland sent 300 soldiers to reach the border town.", count: 300, country: "PL"}},
		[]string{"The government wants the army to reach 250,000 soldiers by 2030.",
			"The army aims to reach 300,000 soldiers by 2035.",
			"Ministers plan to grow the armed forces to 120,000 personnel."}},
}

func TestFigureRulesFx48Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx48TroopRules, "troops")
}
