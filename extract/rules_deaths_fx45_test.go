package extract

import "testing"

// fx45DeathRules hold the rows of the death shapes fixed by fx45 (the
// blind r34b round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx45DeathRules = []figureRule{
	// a death figure told before and revised by "the figure", "the
	// number" or "the count" (revisedFigure): its own sentence after a
	// semicolon or the sentence before
	{ruleDeathToll,
		[]figureCase{{text: "Rescuers first reported four people dead in the block. By noon the service had raised the figure to nine.", count: 9},
			{text: "The mayor first reported two dead; by evening the number had reached six, the council said.", count: 6},
			{text: "Officials said three people had died in the flood. They later revised the count to five.", count: 5},
			{text: "Police said 11 people were killed in the crash. On Friday they lowered the number to ten.", count: 10}},
		[]string{"Police said 300 people had been arrested. By evening they had raised the number to 450.",
			"Officials said 12 people were hurt in the blast. Later they raised the figure to 15."}},
	// bodies handed over by a second side in a clause joined to one that
	// counts bodies, the noun gapped (gappedBodies)
	{ruleDeathGapped,
		[]figureCase{{text: "Under the deal, Moscow handed over 900 bodies and Kyiv returned 41.", count: 41},
			{text: "Israel returned 30 bodies on Monday, while Hamas handed back four.", count: 4},
			{text: "Russia repatriated the remains of 500 soldiers; Ukraine sent back 35.", count: 35}},
		[]string{"Moscow handed over 900 prisoners and Kyiv returned 41.",
			"The two sides swapped 90 prisoners and Kyiv returned 41 to Russia."}},
	// one victim described by a relative clause opened by "whose" with a
	// verb of its own, dying in the main clause (whoseRelativeDeath); the
	// clause's own death is another person's
	{ruleDeathOne,
		[]figureCase{{text: "A soldier whose name was on the exchange list died in a camp near Saratov, his brother said.", count: 1},
			{text: "One prisoner whose family had campaigned for his release died in custody last week.", count: 1}},
		[]string{"A woman whose husband died in the fire spoke to reporters.",
			"A man whose son was killed at the front addressed the rally."}},
	// a participle phrase of time with "since" after the victim, no
	// adverb of "has since died" (sincePeriodAt)
	{ruleDeathOne,
		[]figureCase{{text: "A man held in a prison in Taganrog since 2023 died a month before the swap, rights groups said.", count: 1},
			{text: "A sailor detained since the spring died in custody, the ministry said.", count: 1}},
		[]string{"A man held since 2022 was released on Friday.",
			"A journalist jailed since May said he had been beaten."}},
	// a span of two years between a toll and its part opens no other
	// group (yearBoundsRange)
	{ruleDeathSubset,
		[]figureCase{{text: "Eleven Danish soldiers were killed in Helmand between 2006 and 2013, four of them from one battalion.", count: 4},
			{text: "Seven firefighters died in the region between 1998 and 2021, among them two volunteers.", count: 2}},
		[]string{"Eleven Danish soldiers were wounded in Helmand between 2006 and 2013, four of them from one battalion."}},
}

func TestFigureRulesFx45Deaths(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx45DeathRules, "deaths")
}
