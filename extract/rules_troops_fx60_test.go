package extract

import "testing"

// fx60TroopRules hold the rows of the troop fixes by fx60, kept apart
// from the main tables so that parallel work merges cleanly.
var fx60TroopRules = []figureRule{
	// sentence-initial "Marines" is the US Marine Corps when the article
	// writes no lower-case "marines" and the sentence names no state
	// (initialUSMarines); other states' marines keep theirs or none
	{ruleTroopForce,
		[]figureCase{{text: "Marines numbering 1,900 have been aboard the amphibious ready group since June.", count: 1900, country: "US"},
			{text: "Marines numbering 600 will join the landing drill, the Indonesian navy said.", count: 600, country: "ID"},
			{text: "Dutch marines train in the fjords every winter. Marines numbering 600 will join the drill this year.", count: 600, country: "NL"}},
		[]string{"Marines numbering in the dozens have been aboard the ship since June."}},
	// a state's police told by "number" is its standing strength, as
	// "the army numbers 80,000" is (statePoliceAt); a place where they
	// serve makes them deployed
	{ruleTroopNoun,
		[]figureCase{{text: "Rwandan police number about 700 officers in the Central African Republic.", count: 700, country: "RW"}},
		[]string{"Bolivian police number about 37,000 officers for a population of 12 million.",
			"The national police number some 40,000 officers, the interior ministry says."}},
}

func TestFx60TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx60TroopRules, "troops")
}
