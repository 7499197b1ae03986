package extract

import "testing"

// ft19TroopRules hold the rows of the troop shapes fixed by ft19 (the
// blind r29e block), kept apart from the main tables so that parallel
// work merges cleanly.
var ft19TroopRules = []figureRule{
	// a rotation's outgoing or incoming formation holds its members:
	// "the 341 members of the outgoing battalion" (troop-mod data)
	{ruleTroopMembers,
		[]figureCase{{text: "Ireland's 127th Infantry Battalion flew out, replacing the 341 members of the outgoing battalion, the Defence Forces said.", count: 341, country: "IE"},
			{text: "About 60 members of the incoming contingent landed in Beirut on Tuesday.", count: 60}},
		[]string{"About 60 members of the outgoing committee met in Dublin on Tuesday.",
			"The 341 members of the outgoing parliament voted on Tuesday."}},
	// a state holding personnel in a relative clause after it: "Ireland,
	// which keeps five officers at the headquarters" (relativeHolder)
	{ruleTroopNoun,
		[]figureCase{{text: "Ireland, which keeps five officers at the Butmir headquarters, said it had no plans to increase its contribution.", count: 5, country: "IE"}},
		[]string{"The hotel, which has five security officers on duty, said it was closed.",
			"The city, which keeps 57 officers at the market, said it was calm."}},
	// the top contributor's share "at" its figure, as "with" it
	// (mostWithTroops): the personnel just told
	{ruleTroopMostWith,
		[]figureCase{{text: "Of the 1,100 troops in EUFOR, Austria provides the largest share, at about 300.", count: 300, country: "AT"}},
		[]string{"Of the 1,100 votes cast, Austria received the largest share, at about 300.",
			"Austria provides the largest share of the mission's budget, at 30%."}},
}

func TestFigureRulesFt19(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, ft19TroopRules, "troops")
}
