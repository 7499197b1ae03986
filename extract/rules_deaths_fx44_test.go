package extract

import "testing"

// fx44DeathRules hold the rows of the death shapes fixed by fx44 (the
// blind r34c round, South Asia), kept apart from the main tables so that
// parallel work merges cleanly.
var fx44DeathRules = []figureRule{
	// South Asian ranks are one victim as "soldier" is, and a rank or a
	// unit's "of" phrase may take a comma aside before the verb
	// (victims.tsv, rankOfUnit, asideBeforeVerb)
	{ruleDeathOne,
		[]figureCase{{text: "A naik of the Punjab Regiment was killed in the shelling.", count: 1},
			{text: "A havildar, aged 41, died of his wounds.", count: 1},
			{text: "A sergeant of the Royal Marines was killed in the firing.", count: 1},
			{text: "A constable of the Sindh Police, 28, was shot dead.", count: 1}},
		[]string{"A havildar of the Sikh Light Infantry was wounded in the firing.",
			"Minister Shripad Naik said the bridge would reopen."}},
	// military euphemisms for deaths (death_words.tsv)
	{ruleDeathPass,
		[]figureCase{{text: "Four terrorists were sent to hell in the exchange of fire.", count: 4},
			{text: "Two soldiers embraced martyrdom in the attack.", count: 2},
			{text: "Three policemen laid down their lives in the encounter.", count: 3}},
		[]string{"The coach said the team had been sent to hell and back."}},
	// "including three of the attackers": a part of the toll (partOfTheVictims)
	{ruleDeathSubset,
		[]figureCase{{text: "The blast killed 12 people, including three of the attackers.", count: 3},
			{text: "The fire killed nine people, among them two of the firefighters.", count: 2}},
		[]string{"The floods hit 14 districts, including three of the districts in the north."}},
	// a revised figure followed by a phrase of extent (figureEnds)
	{ruleDeathToll,
		[]figureCase{{text: "Police said 11 protesters had been killed on Tuesday, a figure that later rose to 19 across the country.", count: 19}},
		[]string{"Unemployment rose to 40 across the country."}},
	// personnel lost to cuts are no deaths (lostToCuts); lost in battle are
	{ruleDeathActive,
		[]figureCase{{text: "The army lost 40 soldiers in the battle for the bridge.", count: 40}},
		[]string{"The mission lost 2,000 troops to budget cuts last year.",
			"Pakistan sent 1,500 troops to Kech, and police detained 14 suspects in overnight raids."}},
	// two sides' dead, or a period's civilians beside a force's dead, each
	// counted apart (sidesParts, civilianBreakdown, sidedListParts)
	{ruleDeathSubset,
		[]figureCase{{text: "The clash killed four Houthi fighters and two Saudi soldiers.", count: 4},
			{text: "In 2019 alone, shelling killed 41 civilians and 17 soldiers.", count: 17}},
		nil},
	{ruleDeathObject,
		[]figureCase{{text: "Shelling killed an Indian soldier and two civilians on the Pakistani side.", count: 1},
			{text: "Shelling killed an Indian soldier and two civilians on the Pakistani side.", count: 2},
			{text: "A drone strike killed a British security guard and a Romanian crew member.", count: 2}},
		nil},
}

// fx44NoSums are tallies that the rows above split: the sum is no figure.
var fx44NoSums = []figureCase{
	{text: "The clash killed four Houthi fighters and two Saudi soldiers.", count: 6},
	{text: "In 2019 alone, shelling killed 41 civilians and 17 soldiers.", count: 58},
	{text: "Attacks killed 120 civilians and 45 police officers last year.", count: 165},
	{text: "Shelling killed an Indian soldier and two civilians on the Pakistani side.", count: 3},
	{text: "A drone strike killed a British security guard and a Romanian crew member.", count: 1},
}

func TestFigureRulesFx44Deaths(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx44DeathRules, "deaths")
	for _, c := range fx44NoSums {
		if res := ex.Extract(c.text); hasFigure(res, "deaths", "", c) {
			t.Errorf("%q: want no figure %d, got %s", c.text, c.count, describeFigures(res, "deaths"))
		}
	}
	// one event's dead still sum: "six soldiers and two construction
	// workers" is 8, "12 soldiers and three civilians on Monday" 15
	for _, c := range []figureCase{
		{text: "The attack killed six soldiers and two construction workers in the camp.", count: 8},
		{text: "The bomb killed nine soldiers and four civilians on Friday.", count: 13},
	} {
		if res := ex.Extract(c.text); !hasFigure(res, "deaths", "", c) {
			t.Errorf("%q: want the sum %d, got %s", c.text, c.count, describeFigures(res, "deaths"))
		}
	}
}
