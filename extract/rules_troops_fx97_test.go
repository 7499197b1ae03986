package extract

import "testing"

// fx97TroopRules hold the rows of the troop shapes fixed by fx97 (the
// blind r41a round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx97TroopRules = []figureRule{
	// people a ship or a crew rescued are no force, as those it detained
	// are none (heldPeople, words_troops.tsv rescue-people)
	{"",
		[]figureCase{{text: "Greece sent a frigate with 170 sailors to the Red Sea.", count: 170, country: "GR"},
			{text: "Italy will send 300 soldiers to help rescue teams in the quake zone.", count: 300, country: "IT"}},
		[]string{"A Greek frigate rescued 17 sailors, most of them Filipino nationals.",
			"The coast guard rescued some 40 sailors from the sinking ship.",
			"Helicopters winched 12 sailors from the stricken tanker.",
			"A navy patrol boat saved 23 soldiers stranded on a reef off the coast."}},
	// a fronted total after a participle that shares the main clause's
	// subject: the subject's state holds the personnel
	// (participleSubjectState)
	{ruleTroopNumber,
		[]figureCase{{text: "Officials met on Monday. The Lebanese army has completed its deployment, bringing to roughly 9,000 the number of soldiers it keeps in the south.", count: 9000, country: "LB"},
			{text: "Officials met on Monday. Poland has completed the deployment, raising to 4,000 the number of troops on the border.", count: 4000, country: "PL"},
			{text: "Officials met on Monday. The Israeli strikes continued, bringing to 9,000 the number of soldiers in the south.", count: 9000},
			{text: "Officials met on Monday. The deployment brought to 9,000 the number of soldiers in the south.", count: 9000}},
		nil},
}

func TestFigureRulesFx97Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx97TroopRules, "troops")
}
