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
	// "the federal government" as the sender is the home state's
	// government, not a state named in passing before (federalSenderState)
	{ruleTroopNoun,
		[]figureCase{{text: "Nigeria has struggled with banditry for years, and Nigerian officials say it is spreading. Chadian soldiers patrol the lake.\nThe federal government sent about 3,000 soldiers to Zamfara in March.", count: 3000, country: "NG"},
			{text: "Kenya's troops patrol the border. The federal government of Somalia sent 900 soldiers to Gedo.", count: 900, country: "SO"}},
		[]string{"The federal government sent about 3,000 letters to farmers in March."}},
}

func TestFx60TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx60TroopRules, "troops")
}
