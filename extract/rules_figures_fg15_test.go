package extract

import "testing"

// fg15FigureRules hold the rows of the wording classes fixed after the
// blind rounds r29i and r29j (fg15, session 29).
var fg15FigureRules = []figureRule{
	// a disease's toll is a death toll, as an event's is (eventToll,
	// fatal-cause in words_deaths.tsv)
	{ruleDeathToll,
		[]figureCase{{text: "The dengue toll in Bangladesh reached 412 this year, the highest since records began in 2000.", count: 412},
			{text: "The measles toll in the province rose to 37, health officials said.", count: 37}},
		[]string{"The dengue toll on the economy reached 412 million taka this year.",
			"The dengue tally reached 412 cases this year."}},
	// one attacker among joined groups: sum and parts (policy above joinedParts)
	{ruleDeathPass,
		[]figureCase{{text: "Two Serbian police officers and one attacker died in the shootout near the Kosovo border, the interior minister said.", count: 3}},
		[]string{"Two police officers and one attacker were injured in the shootout near the border."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Two Serbian police officers and one attacker died in the shootout near the Kosovo border, the interior minister said.", count: 2},
			{text: "Two Serbian police officers and one attacker died in the shootout near the Kosovo border, the interior minister said.", count: 1}},
		[]string{"Two police officers and one attacker were arrested after the shootout near the border."}},
	// a sportsperson named by the sport, after an age and "former" (policy above listDeath)
	{ruleDeathOne,
		[]figureCase{{text: "A 68-year-old former champion jockey died in hospital on Monday, a week after a fall at Cheltenham.", count: 1},
			{text: "A champion boxer died after a bout in Manila, his promoter said.", count: 1}},
		[]string{"A 68-year-old former champion jockey won at Cheltenham on Monday.",
			"Prosecutors say he went to the depot intending to shoot three former supervisors."}},
	// a troop figure drawn from a unit only one army names takes that state
	{ruleTroopNoun,
		[]figureCase{{text: "Some 4,500 soldiers of the 1st Armored Brigade Combat Team began arriving at the port of Busan on Monday for a nine-month rotation.", count: 4500, country: "US"},
			{text: "A battalion of some 800 soldiers from the 10th Mountain Division took over at Mihail Kogalniceanu air base on Wednesday.", count: 800, country: "US"},
			{text: "Russia's contribution to the drill is some 900 paratroopers from the 98th Airborne Division.", count: 900, country: "RU"}},
		[]string{"The 1st Armored Brigade Combat Team began arriving at the port of Busan on Monday."}},
	// the state asked "for" personnel is theirs, its capital standing for it
	{ruleTroopNoun,
		[]figureCase{{text: "The mining company's chief executive said it had asked Lima for 300 police officers to secure the road to the mine.", count: 300, country: "PE"},
			{text: "The mayor asked Nairobi for 300 police officers.", count: 300, country: "KE"},
			{text: "The mayor asked the governor for 300 police officers.", count: 300}},
		[]string{"The mayor asked Lima for 300 million soles to repair the road."}},
	// personnel "of"/"from" a state's armed body are that state's, over a
	// dateline's state (ofStateForce)
	{ruleTroopNoun,
		[]figureCase{{text: "SEOUL, March 18 (Yonhap) - About 4,500 soldiers of a U.S. Army armoured brigade began arriving in South Korea this week to replace a unit, U.S. Forces Korea said on Tuesday.", count: 4500, country: "US"},
			{text: "NAIROBI, March 3 - About 300 officers from the Ugandan police will join the mission in Somalia.", count: 300, country: "UG"},
			{text: "About 4,500 soldiers of a brigade began arriving in South Korea this week.", count: 4500}},
		[]string{"About 4,500 fans of a U.S. Army football team arrived in South Korea this week."}},
	// those trained beside are not deployed (trainedAlongside)
	{ruleTroopNoun,
		[]figureCase{{text: "Britain will send 300 soldiers to train with Estonian forces.", count: 300, country: "GB"}},
		[]string{"The sevens team trained with 12 soldiers from the army's physical training corps as part of a two-week camp at the barracks.",
			"The police cadets trained alongside 40 officers from the Kenyan police."}},
	// what a number of personnel can do is a remark, no deployment (quotedAbility)
	{ruleTroopNoun,
		[]figureCase{{text: "\"Eight hundred soldiers could be sent within a week,\" he said.", count: 800},
			{text: "Up to 1,000 Kenyan police officers could make up the bulk of the mission, officials said.", count: 1000, country: "KE"}},
		[]string{"\"Eight hundred soldiers can still do a great deal,\" he said.",
			"Three hundred police officers cannot make a city safe, the mayor said."}},
	// "and STATE a further N", ", and a further N since ...": a further part of the deployment
	{ruleTroopContinued,
		[]figureCase{{text: "Britain will send 350 soldiers to Romania for a six-week exercise, and Germany a further 200.", count: 200, country: "DE"},
			{text: "South Korean intelligence estimates that North Korea has sent about 11,000 soldiers to Russia's Kursk region, and a further 3,000 since January.", count: 3000, country: "KP"}},
		[]string{"Britain will buy 350 tanks, and Germany a further 200.",
			"The club sold 11,000 tickets in May, and a further 3,000 since January."}},
	// a bare part of a force counted by the duty it does after "including"
	{ruleTroopServingAs,
		[]figureCase{{text: "Roughly 1,500 Russian troops remain in Transnistria, including about 400 guarding a Soviet-era ammunition depot at Cobasna.", count: 400, country: "RU"},
			{text: "Kenya has 1,000 police officers in Haiti, including 200 stationed in Port-au-Prince.", count: 200, country: "KE"}},
		[]string{"Roughly 1,500 tourists visit Transnistria, including about 400 guarding their bags."}},
}

func TestFG15FigureRules(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fg15FigureRules[:4], "deaths")
	checkFigureRows(t, ex, fg15FigureRules[4:], "troops")
}
