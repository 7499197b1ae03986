package extract

import "testing"

// fx74DeathRules hold the rows of the death shapes fixed by fx74 (the
// blind r38d round, a mixed world), kept apart from the main tables so
// that parallel work merges cleanly.
var fx74DeathRules = []figureRule{
	// a count-raising verb in its base form before "to N the number of"
	// (count-raise in words_deaths.tsv)
	{"",
		[]figureCase{{text: "The clashes lift to 31 the number of police officers killed in the province this year.", count: 31}},
		[]string{"The rains lift to 31 the number of districts flooded this year."}},
	// a group joined by "and" that carries no number of its own, a vague
	// quantity or a label in quotation marks, shares the predicate and
	// adds nothing to the count (uncountedGroupEnd, vagueGroupEnd)
	{"",
		[]figureCase{{text: "Witnesses said nine guards and several hundred prisoners were killed in the riot.", count: 9},
			{text: "The ministry said 14 police and \"hired gunmen\" died in the fighting.", count: 14}},
		[]string{"The army said nine guards and several hundred prisoners escaped in the riot.",
			"The ministry said 14 police and \"hired gunmen\" were arrested in the fighting."}},
	// one office holder a place or a thing owns is one person
	// (placeOwnedRole)
	{"",
		[]figureCase{{text: "The province's governor was stabbed to death outside his home.", count: 1},
			{text: "Lagos's governor was killed when his helicopter crashed.", count: 1}},
		[]string{"Lagos's governor was injured when his helicopter crashed.",
			"The province's governors were killed in the war."}},
}

func TestFigureRulesFx74Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx74DeathRules, "deaths")
}
