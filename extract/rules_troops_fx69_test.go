package extract

import "testing"

// fx69TroopRules hold the rows of the troop shapes fixed by fx69 (the
// blind r37e round of the Middle East and Iran), kept apart from the main
// tables so that parallel work merges cleanly.
var fx69TroopRules = []figureRule{
	// up to three modifiers between "N-strong" and the unit, a force's
	// role spelt in words among them (strongUnitAfter)
	{"",
		[]figureCase{{text: "Britain will deploy a 5,000-strong joint rapid reaction force to Estonia.", count: 5000, country: "GB"},
			{text: "The ministers approved the creation of a 5,000-strong joint rapid reaction force.", count: 5000}},
		[]string{"The club formed a 300-strong quick reaction fan group.",
			"The ministers approved a 5,000-strong joint rapid reaction plan."}},
	// "along with N in <place>" adds a second figure as "alongside"
	// does (alongsideTroops)
	{"",
		[]figureCase{{text: "About 2,500 US troops were stationed in Iraq before the drawdown began, along with some 900 in Syria.", count: 900, country: "US"}},
		[]string{"Police said 2,500 people marched in Baghdad, along with some 900 in Basra."}},
	// a run of hosts with the noun said once: the bare number after a
	// host verb counts the hosted figure's personnel (hostedElided)
	{"",
		[]figureCase{{text: "Al Udeid Air Base in Qatar hosts some 10,000 American personnel. Kuwait hosts about 13,500 at Camp Arifjan, while Bahrain, home to the Fifth Fleet, hosts around 9,000, most of them sailors.", count: 13500, country: "US"},
			{text: "Al Udeid Air Base in Qatar hosts some 10,000 American personnel. Kuwait hosts about 13,500 at Camp Arifjan, while Bahrain, home to the Fifth Fleet, hosts around 9,000, most of them sailors.", count: 9000, country: "US"}},
		[]string{"Lebanon hosts 1.5 million refugees, and Jordan hosts 700,000.",
			"The stadium hosts 40,000 fans. Next door, the arena hosts 9,000."}},
	// weak personnel that an armed body's drill involves (drillInvolving)
	{"",
		[]figureCase{{text: "The Revolutionary Guards began a drill on Abu Musa involving 12,000 Guards and Basij volunteers, Tasnim reported.", count: 12000, country: "IR"}},
		[]string{"The mall held a fire drill involving 300 guards.",
			"The hospital held an exercise involving 300 staff and 40 officers."}},
}

func TestFigureRulesFx69Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx69TroopRules, "troops")
}
