package extract

import "testing"

// fx70TroopRules hold the rows of the troop shapes fixed after the blind
// round r37f (fx70), kept apart from the main tables so that parallel
// work merges cleanly.
var fx70TroopRules = []figureRule{
	// a state's possessive or adjective before a word of war names whose
	// war it is, not whose personnel a total counts (warOwnerAt); a
	// state's own force before the cue keeps its state
	{ruleTroopNumber,
		[]figureCase{{text: "North Korea has sent roughly 3,000 more soldiers to Russia, the agency said, bringing the total Pyongyang has dispatched to support Moscow's war to about 14,000.", count: 14000, country: "KP"},
			{text: "North Korea has sent roughly 3,000 more soldiers to Russia, the agency said, bringing the total it has dispatched to the Russian invasion to about 14,000.", count: 14000, country: "KP"},
			{text: "Britain has sent 300 more soldiers, bringing the British contingent in Estonia to about 1,200.", count: 1200, country: "GB"}},
		[]string{"North Korea has sent 3,000 more shells to Russia, bringing the total Pyongyang has shipped to support Moscow's war to about 14,000."}},
	// a state's adjective right before a contingent's noun and "of"
	// gives the figure's state, whoever reports it (stateFormationOf)
	{"number-personnel",
		[]figureCase{{text: "The Solomon Islands Police Force commissioner, Mostyn Mangau, said the first 120 personnel, including a Fijian contingent of 60 officers, landed on Thursday.", count: 60, country: "FJ"},
			{text: "Britain said it would send 40 soldiers to reinforce the Kenyan contingent of 400 troops in Somalia.", count: 400, country: "KE"}},
		[]string{"The Fijian company of 60 directors met on Thursday."}},
	// officers "from the" police of a capital serve its state
	// (capitalPoliceAfter)
	{"number-personnel",
		[]figureCase{{text: "Some 900 officers from the Tokyo Metropolitan Police Department were sent north to help search collapsed houses.", count: 900, country: "JP"},
			{text: "Some 900 officers from the Paris police were sent north to help.", count: 900, country: "FR"}},
		[]string{"Some 900 members from the Tokyo Metropolitan Police Department choir sang."}},
}

// fx70DeathRules: the members of a contingent counted by "of the" die as
// people do (victims.tsv contingent); wounded ones are no deaths.
var fx70DeathRules = []figureRule{
	{ruleDeathPass,
		[]figureCase{{text: "He said around 600 of the earlier contingent had died in fighting there last winter.", count: 600}},
		[]string{"He said around 600 of the earlier contingent had been wounded in fighting there last winter.",
			"A Fijian contingent of 60 officers landed on Thursday to keep order."}},
}

func TestFigureRulesFx70(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx70TroopRules, "troops")
	checkFigureRows(t, ex, fx70DeathRules, "deaths")
}
