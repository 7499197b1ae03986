package extract

import "testing"

// fx79 (the blind r38c round, domestic news): deaths told with a manner
// adverb, a toll that fell "from a record" figure, hand gatherers drowned.
var deathRulesFx79 = []figureRule{
	// a "-ly" adverb between the auxiliary and the word of death
	// (mannerAdverbAt); a near miss or an injury is none
	{"manner-adverb",
		[]figureCase{{text: "The inquest heard that all 96 victims of the Hillsborough disaster had been unlawfully killed.", count: 96},
			{text: "Six members of the crew were brutally murdered.", count: 6}},
		[]string{"Six members of the crew were nearly killed.", "Six members of the crew were seriously injured."}},
	// the earlier figure of a toll that fell "to N, time, from a record
	// M" (fromBeforeFigure)
	{"record-from",
		[]figureCase{{text: "Overdose deaths in British Columbia fell to 1,830 last year from a record 2,511 in 2023, the chief coroner said.", count: 2511},
			{text: "Road deaths fell to 150 last year from a record 188.", count: 188}},
		[]string{"Exports fell to 1,830 last year from a record 2,511 in 2023."}},
	// gatherers at work on the shore (victims.tsv)
	{"gatherers",
		[]figureCase{{text: "In 2004, 23 Chinese cockle pickers drowned in Morecambe Bay.", count: 23}},
		[]string{"In 2004, 23 cockle pickers were rescued in Morecambe Bay."}},
}

func TestDeathRulesFx79(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, deathRulesFx79, "deaths")
}
