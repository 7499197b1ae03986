package extract

import "testing"

// fx11dDeathRules hold the rows of the death shapes fixed after the blind
// round r28d (fx11d, session 28), kept apart from the main tables so that
// parallel work merges cleanly.
var fx11dDeathRules = []figureRule{
	// an estimate of "the dead" or "the number (of) dead" given "at" a number
	{ruleDeathToll,
		[]figureCase{{text: "The regional governor put the number dead in the mine fire at 23.", count: 23},
			{text: "Doctors at the field hospital estimated the dead at about 60.", count: 60},
			{text: "The coroner put the number of dead from the flood at 14.", count: 14}},
		[]string{"The regional governor put the number hurt in the mine fire at 23.",
			"Doctors at the field hospital estimated the wounded at about 60.",
			"The coroner put the dead man's age at 14."}},
	// counted parts of a toll after one uncounted victim: "among them the X and N children"
	{ruleDeathSubset,
		[]figureCase{{text: "The ferry fire killed 31 people, among them the captain's wife and six children.", count: 6},
			{text: "Shelling killed 12 villagers, including a midwife and two teachers, the council said.", count: 2}},
		[]string{"The ferry fire injured 31 people, among them the captain's wife and six children.",
			"The storm damaged 12 houses, including a chapel and two schools."}},
	// a bare toll's chain of revisions: "from N to M and then down to K"
	{ruleDeathToll,
		[]figureCase{{text: "The toll was revised from 12 to 19 after divers reached the hull.", count: 19},
			{text: "Over the week the toll went from 7 to 15 and then back down to 13.", count: 13}},
		[]string{"The toll of injured went from 12 to 19 after divers reached the hull.",
			"The toll on the harvest went from 7 to 15 tonnes a day."}},
	// the counted victims of "the bodies of" and "the deaths of" joined by "and" are one sum
	{ruleDeathOf,
		[]figureCase{{text: "Volunteers carried down the bodies of four climbers and their driver.", count: 5},
			{text: "The ministry confirmed the deaths of two nurses and a paramedic.", count: 3}},
		[]string{"Volunteers carried down the bags of four climbers and their driver.",
			"The ministry confirmed the arrests of two nurses and a paramedic."}},
	// a second event's toll with its killing verb gapped: ", and the 1980 quake about N"
	{ruleDeathGapped,
		[]figureCase{{text: "The 1999 floods killed 900 people, and the 2011 floods nearly 1,400.", count: 1400},
			{text: "The first avalanche killed 11 skiers, and the second avalanche four.", count: 4}},
		[]string{"The 1999 floods destroyed 900 homes, and the 2011 floods nearly 1,400.",
			"The first avalanche buried 11 cars, and the second avalanche four."}},
	// a date inside a count of the dead: "deaths since February 3 had reached N"
	{ruleDeathToll,
		[]figureCase{{text: "Flood deaths since March 12 had climbed to 47, the agency said.", count: 47}},
		[]string{"Flood injuries since March 12 had climbed to 47, the agency said.",
			"Flood deaths since March 12 had climbed to 47 cattle, the agency said."}},
	// "one of the dead" picks out a person; "N of the dead" is a part of the toll
	{ruleDeathPass,
		[]figureCase{{text: "Four of the dead were teachers from the valley school.", count: 4}},
		[]string{"One of the dead was a retired teacher from the valley school.",
			"One of the dead, the mayor said, had coached the village football team."}},
}

func TestFx11dFigureRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx11dDeathRules, "deaths")
}
