package extract

import "testing"

// fx10tTroopRules hold the rows of the troop shapes fixed after the
// blind round r28c (fx10t, session 28), kept apart from the main tables
// so that parallel work merges cleanly.
var fx10tTroopRules = []figureRule{
	// "from N other forces" after officers counts the lending forces, not
	// personnel; "mutual aid" makes the lending forces police
	{ruleTroopNoun,
		[]figureCase{{text: "Leeds took in about 900 officers from 14 other forces under mutual aid.", count: 900, country: "GB"},
			{text: "Cumbria Constabulary received 450 officers under mutual aid from nine neighbouring forces.", count: 450, country: "GB"}},
		[]string{"Leeds took in officers from 14 other forces under mutual aid.",
			"The hotel took in about 900 guests from 14 other forces."}},
	// a crew of N after a warship that "joins" now, as it "will join"
	{ruleTroopForce,
		[]figureCase{{text: "A Dutch frigate with a crew of 140 joins the patrol in May.", count: 140, country: "NL"}},
		[]string{"A Dutch ferry with a crew of 14 joins the route in May.",
			"A choir of 40 joins the parade in May."}},
	// "N of the mission's personnel" is a share, as "N of its personnel"
	{ruleTroopOf,
		[]figureCase{{text: "Spain, the lead nation, provides some 450 of the mission's personnel.", count: 450, country: "ES"},
			{text: "Norway supplies 120 of the force's troops.", count: 120, country: "NO"}},
		[]string{"Spain, the lead nation, pays 450 of the mission's bills.",
			"Spain sent 450 of the mission's vehicles."}},
	// the personnel on a ship or in a unit "with N" belong to the state
	// whose adjective opens that ship, not the first state of the sentence
	{ruleTroopNoun,
		[]figureCase{{text: "A Spanish destroyer sails in June and a Belgian supply ship with 90 sailors in August.", count: 90, country: "BE"},
			{text: "Greece sent a Danish-built frigate with 120 sailors.", count: 120, country: "GR"}},
		[]string{"A Spanish destroyer sails in June and a Belgian supply ship with 90 containers in August."}},
	// a second sender with its verb left out: "and Oslo another 250"
	{ruleTroopContinued,
		[]figureCase{{text: "Vilnius pledged 200 soldiers for the drill, and Riga another 150.", count: 150, country: "LV"},
			{text: "Estonia sent 80 troops, and Latvia another 60.", count: 60, country: "LV"}},
		[]string{"Vilnius pledged 200 tents for the drill, and Riga another 150."}},
	// the bare number a rotation replaces, after a troop figure of its
	// sentence: "replacing the 380 who leave"
	{ruleTroopAddedTo,
		[]figureCase{{text: "Some 250 Austrian soldiers will fly to Bosnia in March, relieving the 240 who came home.", count: 240, country: "AT"}},
		[]string{"The council bought 250 electric buses, replacing the 240 that failed.",
			"The council will replace the 240 who retire this year."}},
	// weak personnel "from N (member) states" in a mission's sentence
	{ruleTroopNoun,
		[]figureCase{{text: "The EU mission in the Sahel relied on 420 police officers from 19 member states.", count: 420}},
		[]string{"The hotel relied on 420 security guards from 19 countries.",
			"The EU mission in the Sahel relied on 420 engineers from 19 member states."}},
	// "N of them" and a state's adjective closing the clause: that
	// state's share of the troop figure before it
	{ruleTroopContinued,
		[]figureCase{{text: "Some 1,500 Czech and Slovak soldiers guard the depot, 900 of them Czech.", count: 900, country: "CZ"}},
		[]string{"The army bought 1,500 trucks, 900 of them Czech.",
			"Some 1,500 students attend the school, 900 of them Czech."}},
	// a plural demonym "who deployed" somewhere: only forces deploy
	{"nationals-serving",
		[]figureCase{{text: "The 700 Belgians who deployed to Romania in spring return in October.", count: 700, country: "BE"}},
		[]string{"The 700 Belgians who deployed the new payment system praised it.",
			"The 700 Belgians who travelled to Romania in spring return in October."}},
	// a force's body that "has" members posted somewhere: a deployment,
	// not the body's strength
	{"force-sent-members",
		[]figureCase{{text: "Colombia's National Police has some 3,000 members assigned to the border crossings.", count: 3000, country: "CO"},
			{text: "Peru's National Police, which has 800 members stationed in the north, asked for more.", count: 800, country: "PE"}},
		[]string{"Colombia's National Police has some 3,000 members.",
			"The union has some 3,000 members assigned to the border crossings."}},
}

func TestFigureRulesFx10t(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx10tTroopRules, "troops")
}
