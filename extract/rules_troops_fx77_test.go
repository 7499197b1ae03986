package extract

import "testing"

// fx77TroopRules hold the rows of the troop shapes fixed by fx77 (round
// r38e), kept apart from the main tables so that parallel work merges
// cleanly.
var fx77TroopRules = []figureRule{
	// a force that a participle of posting follows is a deployment, whose
	// size a verb of numbering gives (sentForceAt, contingentNumbers)
	{ruleTroopContingent,
		[]figureCase{{text: "The Rwandan force dispatched to Cabo Delgado numbered about 1,000 men.", count: 1000, country: "RW"},
			{text: "The Senegalese force deployed in the Gambia now totals 600.", count: 600, country: "SN"}},
		[]string{"The Rwandan army numbered about 30,000 men.",
			"The Senegalese force deployed in the Gambia now totals 60 vehicles."}},
}

func TestFigureRulesFx77Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx77TroopRules, "troops")
}

// fx77TroopEachRules: a gapped figure for states joined by "and" that
// "each" ends gives every state its figure (gappedTroops,
// gappedEachSenders)
var fx77TroopEachRules = []figureRule{
	{ruleTroopGapped,
		[]figureCase{{text: "Kenya pledged 1,000 police officers to the mission, Jamaica and Belize 150 each.", count: 150, country: "JM"},
			{text: "Kenya pledged 1,000 police officers to the mission, Jamaica and Belize 150 each.", count: 150, country: "BZ"}},
		[]string{"The ministry bought 800 rifles, and Jamaica and Belize 150 each."}},
}

func TestFigureRulesFx77TroopsEach(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx77TroopEachRules, "troops")
}

// fx77TroopBodyRules: a bare number after an armed body that repeats the
// verb of a troop figure before it in the sentence (gappedBodyTroops)
var fx77TroopBodyRules = []figureRule{
	{ruleTroopGapped,
		[]figureCase{{text: "Peru will deploy 2,000 soldiers to the frontier, the national police 600 and the marines 250.", count: 600, country: "PE"},
			{text: "Peru will deploy 2,000 soldiers to the frontier, the national police 600 and the marines 250.", count: 250, country: "PE"}},
		[]string{"The ministry bought 2,000 rifles, the national police 600 and the marines 250.",
			"The national police 600 km away and the marines 250 km away could not reach the town."}},
}

func TestFigureRulesFx77TroopsBody(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx77TroopBodyRules, "troops")
}
