package extract

import "testing"

// fx97DeathRules hold the rows of the death shapes fixed by fx97 (the
// blind r41a round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx97DeathRules = []figureRule{
	// an inverted "Among the dead were" with a place, a time or an aside
	// of speech before its verb, or with "them" after a sentence of
	// killing (amongDeadOpensAt)
	{"",
		[]figureCase{{text: "Among the dead in the old town were a family of six whose house fell in.", count: 6},
			{text: "Among those killed on Tuesday were two nurses and a family of five.", count: 5},
			{text: "Among those killed on Tuesday were two nurses and a family of five.", count: 2},
			{text: "Among the dead, the army said, were 12 soldiers.", count: 12},
			{text: "Shelling has killed more than 200 people since March. Among them, the ministry said, were 64 children, including nine babies.", count: 64},
			{text: "Shelling has killed more than 200 people since March. Among them, the ministry said, were 64 children, including nine babies.", count: 9},
			{text: "Floods killed 40 people in the province. Among them were 11 children.", count: 11},
			{text: "Shelling has killed more than 200 people since March; among them, the ministry said, were 64 children.", count: 64}},
		[]string{"Among the injured in the old town were a family of six.",
			"Shelling wounded more than 200 people since March. Among them were 64 children.",
			"Among the guests on Tuesday were two ministers and a family of five.",
			"Among them, the organisers said, were 64 children from the village.",
			"Shelling has wounded more than 200 people since March; among them were 64 children."}},
	// a verb of hurt that "and" joins after the parts of the dead has an
	// object of its own (hurtVerbJoined)
	{"",
		[]figureCase{{text: "The strikes killed 11 people, among them three port workers, and wounded 26 others.", count: 3},
			{text: "The blast killed nine people, including two children, and injured dozens more.", count: 2},
			{text: "The raid killed 14 fighters, among them a commander and four guards, and wounded 30.", count: 4}},
		[]string{"Five people, including two children, were wounded in the blast.",
			"The strikes wounded 11 people, among them three port workers, and damaged 26 homes."}},
}

func TestFigureRulesFx97Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx97DeathRules, "deaths")
}
