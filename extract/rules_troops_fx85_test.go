package extract

import "testing"

// fx85TroopRules hold the rows of the troop shapes fixed by fx85 (the
// blind r39d round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx85TroopRules = []figureRule{
	// a target after a figure told in a dashed aside of the subject
	// (closesSubjectAside)
	{"",
		[]figureCase{{text: "Germany's brigade – approximately 1,800 personnel today – is to reach 4,800 by the end of 2027.", count: 4800, country: "DE"}},
		[]string{"The brigade's budget – approximately 1,800 euros today – is to reach 4,800 by the end of 2027."}},
	// a force's size followed by its present verb of moving
	// (forceMoveVerbs)
	{"",
		[]figureCase{{text: "Lithuania will keep forty soldiers in KFOR; a new rotation of 36 departs on 15 December.", count: 36, country: "LT"}},
		[]string{"The company of 40 leaves the market next year.",
			"A group of 40 arrives on Monday."}},
	// a state's people who staff a post (nationalsStaffing)
	{"",
		[]figureCase{{text: "Around 100 Russians had staffed the checkpoint before handing it to Armenian officers.", count: 100, country: "RU"}},
		[]string{"Around 100 Russians had staffed the hotel before the season.",
			"Around 100 Russians visited the checkpoint."}},
	// contributors name what they could field, an offer, not a capacity;
	// "between them" fronted in the clause gives no one state
	// (capacityFigure, betweenThemBefore)
	{"",
		[]figureCase{{text: "Azerbaijan, Pakistan and Indonesia were named as possible contributors; between them, diplomats said, they could field 8,000.", count: 8000}},
		[]string{"The Houthis say they could field 300,000 fighters.",
			"Finland can mobilise a wartime force of 280,000."}},
	// an army's bare number in a place (armySubjectPlaced)
	{"",
		[]figureCase{{text: "The Lebanese army, whose presence south of the Litani once amounted to a few hundred men, now fields close to 10,000 there, a military source said.", count: 10000, country: "LB"}},
		[]string{"The Lebanese army now fields close to 10,000, a military source said.",
			"The Lebanese army now fields close to 10,000 in total."}},
}

func TestFigureRulesFx85Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx85TroopRules, "troops")
}
