package extract

import "testing"

// fg16FigureRules hold the rows of the figure shapes fixed by fg16
// (session 29, the blind r29k-r29l blocks), kept apart from the main
// tables so that parallel work merges cleanly.
var fg16FigureRules = []figureRule{
	// personnel told trained by a passive after them: no deployment
	// (troops_trainedpassive.go)
	{ruleTroopNoun,
		[]figureCase{{text: "Some 300 soldiers who were trained last year were deployed to Gao.", count: 300},
			{text: "Britain will deploy 900 soldiers to Estonia next year.", count: 900, country: "GB"},
			{text: "A further 12 Spanish instructors who trained Latvian conscripts in the spring are already home.", count: 12, country: "ES"}},
		[]string{"More than 75,000 Ukrainian soldiers have been trained on EU soil since the mission was launched.",
			"About 4,000 police officers were retrained in crowd control last year."}},
	// people held by a verb right before the figure: no force
	// (troops_heldpeople.go)
	{ruleTroopNoun,
		[]figureCase{{text: "Police arrested 12 protesters, and 2,000 officers were deployed to the square.", count: 2000},
			{text: "Police detained two men after 400 soldiers were sent to the border town.", count: 400}},
		[]string{"The commander said his troops had detained 18 Colombian fighters who crossed the border.",
			"Rebels detained about 40 soldiers near the border."}},
	// a state's adjective before a troop modifier and a personnel noun
	// owns a force counted by "numbering" (troops_modforcestate.go)
	{ruleTroopForce,
		[]figureCase{{text: "Armenia's government said Russian border guards, numbering more than 1,000 at one point, had left the airport checkpoint.", count: 1000, country: "RU"},
			{text: "Poland said Belarusian riot police, numbering about 400, had gathered at the crossing.", count: 400, country: "BY"}},
		[]string{"Armenia's government said Russian border crossings, numbering more than 10, had closed."}},
}

// fg16DeathRules hold the death shapes fixed by fg16.
var fg16DeathRules = []figureRule{
	// a counted group joined by "and" to a vague one that a death verb
	// governs: the counted group stands (deaths_vaguejoined.go)
	{ruleDeathSubset,
		[]figureCase{{text: "The war has killed tens of thousands of Ukrainian soldiers and more than 12,000 civilians, the ambassador said.", count: 12000},
			{text: "Tens of thousands of soldiers and 12,000 civilians have died in the war.", count: 12000}},
		[]string{"Dozens of people were killed and 40 others were wounded.",
			"The strike injured dozens of people and 40 soldiers.",
			"The war has killed thousands of people and displaced more than 12,000 families."}},
}

func TestFG16FigureRules(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fg16FigureRules, "troops")
	checkFigureRows(t, ex, fg16DeathRules, "deaths")
}
