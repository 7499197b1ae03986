package extract

import "testing"

// fx43DeathRules: a range of two years ("between 2008 and 2011") dates a
// toll and is none (yearRange); a range of counts with a noun of people
// after it stays a toll.
var fx43DeathRules = []figureRule{
	{ruleDeathActive,
		[]figureCase{{text: "Raids on the valley between 2014 and 2017 killed at least 340 people.", count: 340},
			{text: "The insurgency killed 3,100 people between 2004 and 2009.", count: 3100}},
		[]string{"Border clashes between 1998 and 2000 were the worst in a generation.",
			"The commission examined fighting between 2008 and 2011 in the hills.",
			"Floods between 2019 and 2022 forced many families from the delta."}},
	{ruleDeathPass,
		[]figureCase{{text: "Between 1800 and 2000 people were killed in the quake, officials said.", count: 1800}},
		[]string{"Skirmishes between 2008 and 2011 killed soldiers on both sides."}},
}

func TestDeathRulesFx43(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx43DeathRules, "deaths")
}
