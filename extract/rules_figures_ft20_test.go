package extract

import "testing"

// ft20TroopRules hold the rows of the troop shapes fixed by ft20 (the
// blind r30a-c blocks), kept apart from the main tables so that parallel
// work merges cleanly.
var ft20TroopRules = []figureRule{
	// a span of two years is dates, whatever force stands near it
	// (yearOfSpan); a span of figures stays
	{ruleTroopNumber,
		[]figureCase{{text: "Troop numbers in the region fell from 4,000 to 2,500 over the decade.", count: 2500}},
		[]string{"The colonel led Kenya's contingent in the mission from 2019 to 2021.",
			"She served with the Irish battalion in Lebanon between 2015 and 2017."}},
	// a dependent territory sends no personnel of its own: its sovereign
	// does (territory_sovereigns.tsv)
	{ruleTroopNoun,
		[]figureCase{{text: "Paris sent about 80 gendarmes from Guadeloupe to Haiti after the storm.", count: 80, country: "FR"},
			{text: "Some 40 soldiers from Puerto Rico were flown to the Virgin Islands.", count: 40, country: "US"}},
		nil},
	// a second figure "and N in (neighbouring) PLACE", and a part
	// "including N in PLACE", of the troop figure just read
	{ruleTroopGapped,
		[]figureCase{{text: "Britain keeps roughly 1,000 soldiers in Estonia and some 150 in neighbouring Latvia.", count: 150, country: "GB"},
			{text: "Paris has about 3,000 troops in Africa, including around 1,500 in Djibouti.", count: 1500, country: "FR"}},
		nil},
	// a loss of personnel and the people an inquiry deals with are no
	// deployment (casualty-before data; involvedInIncident)
	{ruleTroopOf,
		[]figureCase{{text: "The army sent 300 of its soldiers to the border on Friday.", count: 300}},
		[]string{"The Kenyan army confirmed the loss of three of its soldiers near the border.",
			"The ombudsman will interview the two officers involved.",
			"Manila is seeking consular access to the 21 Filipino sailors held in the port.",
			"The inspector said the six constables involved had been moved to desk duty."}},
	// "had taken part" is no one taken; a spelled-out figure of other
	// people ends the clause whose casualties the personnel's would be
	{ruleTroopNoun,
		[]figureCase{{text: "The general said 12,000 troops had taken part in the exercise on the coast.", count: 12000},
			{text: "About 200 Dutch soldiers joined the relief effort and the ministry confirmed three storm-related deaths.", count: 200, country: "NL"}},
		[]string{"The rebels had taken 15 soldiers hostage in the raid.",
			"About 40 soldiers were in the convoy and two were killed."}},
	// a formation noun that needs a modifier after "N-strong", owned by a
	// state acting before it (ownedStrongUnit)
	{ruleTroopNoun,
		[]figureCase{{text: "Zambia will withdraw its 180-strong company from the mission in March.", count: 180, country: "ZM"}},
		[]string{"The theatre said its 40-strong company would tour Europe in March.",
			"Ghana said its 60-strong team would compete in the games.",
			"The ministry hired a 200-strong company of dancers for the parade."}},
}

// ft20DeathRules hold the death rows of ft20.
var ft20DeathRules = []figureRule{
	// the earlier figure a toll rose from, hedged by "provisional" or
	// "preliminary" or told "first reported"
	{ruleDeathCompare,
		[]figureCase{{text: "The toll from the landslide climbed to 44, up from a preliminary 30 given on Friday.", count: 30},
			{text: "Officials said 52 people had died, up from the 40 first reported.", count: 40},
			{text: "The toll rose to 26, up from the 11 initially announced by the army.", count: 11}},
		[]string{"The preliminary results were announced on Friday."}},
	// "bringing to N the number found" after bodies found in the sentence
	{ruleDeathToll,
		[]figureCase{{text: "Divers pulled four more bodies from the lake, raising to 19 the number recovered since the ferry sank.", count: 19}},
		[]string{"Police detained 14 suspects, bringing to 30 the number found guilty this year."}},
	// a report said to be wrong in its own clause
	{ruleDeathRunning,
		[]figureCase{{text: "It was the city's 30th homicide this year.", count: 30}},
		[]string{"An earlier report of a second death was wrong, the hospital said.",
			"Police said a report of a fourth death, a woman swept away by the river, had been mistaken.",
			"Reports that eight people had died proved false."}},
	// a ranked victim with a participle of killing: the rank is the dead
	// so far
	{ruleDeathOne,
		[]figureCase{{text: "The teenager was the fourth person shot dead by police in the city since January.", count: 4},
			{text: "He was the second journalist killed in the region this year.", count: 2}},
		[]string{"He was the third person wounded in the clashes.",
			"She was the second woman arrested over the protest."}},
}

func TestFigureRulesFt20(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, ft20TroopRules, "troops")
	checkFigureRows(t, ex, ft20DeathRules, "deaths")
}
