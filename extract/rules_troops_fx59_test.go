package extract

import "testing"

// fx59TroopRules hold the rows of the troop shapes fixed by fx59 (the
// blind r36e round: UN missions' contributors and ceilings), kept apart
// from the main tables so that parallel work merges cleanly.
var fx59TroopRules = []figureRule{
	// three or more bare numbers given "respectively", after a clause of
	// other figures closed by a semicolon (listEndAfter, respectiveState)
	{ruleTroopRespective,
		[]figureCase{{text: "The force is capped at 900 soldiers; Chile, Peru and Bolivia supply most of them, with 310, 280 and 150 respectively.", count: 310, country: "CL"},
			{text: "The force is capped at 900 soldiers; Chile, Peru and Bolivia supply most of them, with 310, 280 and 150 respectively.", count: 150, country: "BO"}},
		[]string{"The fund is capped at 900 dollars; Chile, Peru and Bolivia pay most of it, with 310, 280 and 150 respectively."}},
	// bare "observers" paired with states respectively, or after
	// "military observers" in the sentence (bareObservers)
	{ruleTroopObservers,
		[]figureCase{{text: "Nepal, Ghana and Peru send 14, 12 and 9 observers to the mission respectively.", count: 12, country: "GH"},
			{text: "The mission now fields 180 military observers, against a ceiling of 210 observers.", count: 210}},
		[]string{"The election commission accredited 210 observers from local groups.",
			"About 300 observers will watch the vote in Nepal, Ghana and Peru."}},
	// the lower end of "from A to B personnel" (fromToLower)
	{ruleTroopNoun,
		[]figureCase{{text: "The new resolution cuts the authorised strength of MINUSCA's police component from 1,650 to 1,400 officers.", count: 1650}},
		[]string{"The company cut its payroll from 1,650 to 1,400 clerks."}},
	// a target set beside a figure with ", against the N requested" (againstTarget)
	{ruleTroopCompared,
		[]figureCase{{text: "Donors have pledged 2,200 troops for the force, against the 4,000 sought.", count: 4000}},
		[]string{"Donors praised the force, which fought against the 4,000 rebels."}},
	// a tally noun given its figure after a troop figure (tallyAfterTroops)
	{ruleTroopTotal,
		[]figureCase{{text: "The bloc asked for 6,000 soldiers, but offers so far total about 2,700.", count: 2700},
			{text: "The brigade is authorised 3,000 troops; its current strength is 2,640.", count: 2640}},
		[]string{"The bloc asked for help, but offers so far total about 2,700 dollars.",
			"The bank lent 6,000 euros, and its strength is 2,640."}},
	// "already" between personnel and where they serve (stay-word)
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya, which has about 3,000 soldiers already deployed in Somalia, offered a company.", count: 3000, country: "KE"}},
		[]string{"Kenya has already spent 24,000 dollars, officials said."}},
	// "N of them" in the sentence of a state's personnel without a figure (themOfNamedTroops)
	{ruleTroopContinued,
		[]figureCase{{text: "Rwandan troops were seen in three districts, and roughly 2,000 of them remained based near the lake.", count: 2000, country: "RW"}},
		[]string{"Rwandan troops shelled the districts, and roughly 2,000 of them were killed in the fighting."}},
	// a population after "a country of" is no personnel (populationFigure)
	{ruleTroopNumber,
		[]figureCase{{text: "The country's troop numbers would fall to 4,000 by June.", count: 4000}},
		[]string{"Liberia's police, who number few, serve a country of 5.4 million."}},
	// a mission named, a parenthetical, then "currently has" (missionHasTroops)
	{ruleTroopNoun,
		[]figureCase{{text: "UNMIK, set up in 1999 after the war, currently has 8 military observers.", count: 8}},
		nil},
}

func TestFx59TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx59TroopRules, "troops")
}
