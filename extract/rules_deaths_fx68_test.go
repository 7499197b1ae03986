package extract

import "testing"

// fx68DeathRules hold the rows of the death shapes fixed by fx68 (the
// blind r37d round of domestic news), kept apart from the main tables so
// that parallel work merges cleanly.
var fx68DeathRules = []figureRule{
	// a ranked victim's apposition is one person, the ranked one
	// (rankedDescribed, relativeListDeath)
	{"",
		[]figureCase{{text: "A fifth victim, a store clerk who had been shot in the chest, died overnight at a hospital.", count: 5}},
		[]string{"A fifth victim, a store clerk who had been shot in the chest, was treated at a hospital."}},
	// an aside "all killed" after counted victims (allKilledAside)
	{"",
		[]figureCase{{text: "The other three victims, all killed on Tuesday, were farmers.", count: 3},
			{text: "The three men, all shot dead on Tuesday, were farmers.", count: 3}},
		[]string{"The three men, all shot on Tuesday, were taken to hospital.",
			"The three men, all aged over 60, were farmers."}},
	// a count an owner's "'s" opens, brought to a figure (countBrought)
	{"",
		[]figureCase{{text: "Police said the shooting brought the county's gun deaths this year to 41.", count: 41}},
		[]string{"The storm brought the city's power outages this week to 92."}},
	// a part joined to the part of a fronted whole, its verb gapped, and
	// a verb of hurt that tells how that part died (frontedPartNumber,
	// frontedPartHow); "inside" a phrase of place like "in"
	{"",
		[]figureCase{{text: "Of the 10 people killed, seven were shot inside the supermarket and three in the parking lot.", count: 3},
			{text: "Seven people were killed inside the supermarket and three in the parking lot.", count: 3}},
		[]string{"Seven people were treated inside the clinic and three in the parking lot."}},
	// the rest of a group after "of the": "the bodies of the last two
	// workers" (restOfGroup, wordBeforeNumber)
	{"",
		[]figureCase{{text: "Divers recovered the bodies of the final two workers.", count: 2},
			{text: "The bodies of the last two workers were recovered on Friday.", count: 2}},
		[]string{"It was the deadliest storm of the last two decades.",
			"Divers recovered the tools of the last two workers."}},
	// fatal overdoses are each one person's death (death_words.tsv)
	{"",
		[]figureCase{{text: "The medical examiner's office recorded 1,071 fatal overdoses in the city last year.", count: 1071}},
		[]string{"Paramedics reversed 31 overdoses with naloxone over the weekend.",
			"There were 300 fatal crashes on the county's roads last year."}},
}

func TestFigureRulesFx68Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx68DeathRules, "deaths")
}
