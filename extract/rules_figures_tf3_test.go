package extract

import "testing"

// tf3TroopRules hold the rows of the troop shapes fixed by tf3 (session
// 28), kept apart from the main tables so that parallel work merges
// cleanly; each row is checked as TestFigureRules checks its own.
var tf3TroopRules = []figureRule{
	// personnel who met a mishap (a passive or relative verb right after
	// them) are no deployment; personnel sent to the scene of one are
	{ruleTroopNoun,
		[]figureCase{{text: "Lesotho sent 120 soldiers to the flooded valley to help villagers.", count: 120, country: "LS"},
			{text: "About 300 Bolivian soldiers were deployed to fight the fires near Roboré.", count: 300, country: "BO"}},
		[]string{"Two Bolivian soldiers were swept away by the river and later rescued.",
			"Five Nepali soldiers were trapped under the rubble for a day.",
			"The plaque names the 40 Irish soldiers who fell at Passchendaele.",
			"Six Peruvian marines were stranded on the island after the storm."}},
	// a capital opening the sentence as the subject of a verb that moves
	// personnel, or of "began"/"started" and an -ing form, sends the
	// figure told in a phrase after the comma
	{ruleTroopNoun,
		[]figureCase{{text: "Bamako began thinning its northern garrisons, with some 900 soldiers heading south by road.", count: 900, country: "ML"},
			{text: "Dakar started drawing down its forces in The Gambia, sending some 500 soldiers home.", count: 500, country: "SN"},
			{text: "Moscow pulled most of the units it kept near the Finnish border, some 8,000 soldiers, to fight in Ukraine.", count: 8000, country: "RU"}},
		[]string{"Bamako began thinning its budget, with some 900 teachers heading south."}},
	// a lone labelled item whose personnel come "from" a state's force
	{ruleTroopInlineList,
		[]figureCase{{text: "Troops: about 650, all from the Gabonese army's 1st Battalion.", count: 650, country: "GA"},
			{text: "Personnel: 240, drawn from the Estonian Defence League.", count: 240, country: "EE"}},
		[]string{"Tanks: about 650, all from the Gabonese army's reserve.", "Troops: about 800, all from the reserve list kept by the council."}},
	// "State, with N personnel," before a predicate that names it a
	// contributor: a share given to a mission, not the state's strength;
	// a second state "and State, with M," takes the same personnel
	{ruleTroopNoun,
		[]figureCase{{text: "Zambia, with 930 soldiers, is the third-largest contributor to the mission.", count: 930, country: "ZM"},
			{text: "Nepal, with 1,100 troops, and Ghana, with 870, remain the top contributors.", count: 1100, country: "NP"}},
		[]string{"Egypt, with some 450,000 soldiers, has the largest army in Africa.", "Ghana, with 870 schools, leads the region."}},
	{ruleTroopGapped,
		[]figureCase{{text: "Nepal, with 1,100 troops, and Ghana, with 870, remain the top contributors.", count: 870, country: "GH"},
			{text: "Indonesia, with 1,230 personnel, and Italy, with 1,050, are the biggest contributors to the force.", count: 1050, country: "IT"}},
		[]string{"Indonesia, with 1,230 islands, and Italy, with 1,050, are popular with divers."}},
	// a bare number after personnel counted in the same sentence that
	// gives their earlier level: "down from a peak near N", "against a
	// peak of N", "once topped N"
	{ruleTroopCompared,
		[]figureCase{{text: "About 150 Belgian soldiers remain in Niger, down from a peak near 600.", count: 600, country: "BE"},
			{text: "Some 2,400 Turkish soldiers are still in Qatar, against a peak of 5,000.", count: 5000, country: "TR"},
			{text: "Fewer than 80 Swedish troops remain in Mali, the last of a contingent that once topped 450.", count: 450, country: "SE"}},
		[]string{"About 150 Belgian tourists remain in Niger, down from a peak near 600.", "Prices rose 150 percent, up from a peak of 600."}},
	// a state's bare "N more" after a sentence that asked for personnel
	// or a rotation without a number
	{ruleTroopElliptic,
		[]figureCase{{text: "Vilnius asked for a bigger German rotation. Berlin offered 300 more, officials said.", count: 300, country: "DE"},
			{text: "Port Moresby asked Canberra for extra police officers. Australia pledged 80 more.", count: 80, country: "AU"}},
		[]string{"Vilnius asked for a bigger German rotation. The bank offered 300 more.", "The school asked for more books. Canada sent 300 more."}},
	// the subject of a deploying verb before an aside of speech: "Warsaw,
	// he added, had offered"
	{ruleTroopNoun,
		[]figureCase{{text: "Warsaw, he added, had offered a further 40 police officers for the vote.", count: 40, country: "PL"},
			{text: "Ottawa, the minister said, will send 300 soldiers to Latvia in the spring.", count: 300, country: "CA"}},
		[]string{"Warsaw, he added, had offered a further 40 tickets for the match."}},
	// "men and women in uniform" and "uniformed men and women" name
	// personnel; "men and women" alone do not
	{ruleTroopNoun,
		[]figureCase{{text: "Chile keeps 410 men and women in uniform in Cyprus.", count: 410, country: "CL"},
			{text: "Fiji's battalion on the Golan numbers 180 uniformed men and women.", count: 180, country: "FJ"}},
		[]string{"The Chilean factory employs 410 men and women.", "The shelter housed 180 men and women in Fiji."}},
	// "with N V-ing" after a sentence that a state or its capital opens
	// moving its own personnel, with no figure before
	{ruleTroopContinued,
		[]figureCase{{text: "Accra began pulling its police officers out of Mali, with about 140 flying home by May.", count: 140, country: "GH"},
			{text: "Chad started withdrawing its soldiers from Niger, with some 600 crossing the border on Friday.", count: 600, country: "TD"}},
		[]string{"Accra began pulling its investments out of Mali, with about 140 flying home by May.", "Chad started recalling its diplomats, with some 60 leaving on Friday."}},
	// "the first group of N", "an initial batch of N" before a verb, as
	// "the first N" continue the deployment told before
	{ruleTroopContinued,
		[]figureCase{{text: "Ghana will send 650 soldiers to the mission. The first group of 200 arrived on Tuesday.", count: 200, country: "GH"},
			{text: "Texas will deploy 400 Guard members to the border. An initial batch of 150 is expected by Friday.", count: 150, country: "US"}},
		[]string{"The school sent its pupils to the zoo. The first group of 30 arrived at noon.", "The museum will open in May. An initial batch of 150 tickets is expected to sell out."}},
}

func TestFigureRulesTf3(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, tf3TroopRules, "troops")
}
