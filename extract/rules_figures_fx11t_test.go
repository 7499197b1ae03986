package extract

import "testing"

// fx11tTroopRules hold the rows of the troop shapes fixed after the
// blind round r28d (fx11t, session 28), kept apart from the main tables
// so that parallel work merges cleanly.
var fx11tTroopRules = []figureRule{
	// a weak personnel noun "had been moved" or "redeployed" somewhere is
	// deployed, as "sent" ones are
	{ruleTroopNoun,
		[]figureCase{{text: "Overnight, 700 border guards had been moved to the pass.", count: 700},
			{text: "Hanoi redeployed 350 guards to the coast.", count: 350, country: "VN"}},
		[]string{"The museum moved 700 paintings up to the attic.",
			"Overnight, 700 border guards had been trained in first aid.",
			"About 40 officers saluted as the coffins of two colleagues were moved to the hearse."}},
	// a weak personnel noun set off by a comma before "N strong"
	{ruleTroopForce,
		[]figureCase{{text: "Riot police, 2,000 strong, ringed the stadium before kick-off.", count: 2000}},
		[]string{"The marchers, 2,000 strong, ringed the stadium before kick-off.",
			"Riot police ringed the stadium, 2,000 of them, before kick-off."}},
	// personnel placed by the frontier they hold before "number N"
	{ruleTroopContingent,
		[]figureCase{{text: "Armenia's border troops along the Turkish frontier number about 4,000.", count: 4000, country: "AM"},
			{text: "Greek soldiers on the Evros border now number 1,800.", count: 1800, country: "GR"}},
		[]string{"Farmers on the Evros border now number 1,800.",
			"The soldiers on the Evros border number 1,800."}},
	// part of a force told before, counted by "N who serve as <troops>"
	{ruleTroopServingAs,
		[]figureCase{{text: "France keeps 900 soldiers in Djibouti, including 120 who serve as marines.", count: 120, country: "FR"}},
		[]string{"The 250 who served as soldiers in Korea met again in Leeds.",
			"The club has 900 members, including 120 who serve as peacekeepers."}},
	// "By its count," gives the figure as the body acting in the sentence
	// before counts it: that body's state, not one named further back
	{ruleTroopNoun,
		[]figureCase{{text: "Serbian police raided a farm on Monday. Kosovo's interior ministry said a patrol came under fire. By its count, 300 border guards had been sent to the area.", count: 300, country: "XK"}},
		[]string{"Serbian police raided a farm on Monday. Kosovo's interior ministry said a patrol came under fire. By its count, 300 border crossings had been closed."}},
	// "a strength of N men": the force's men, as "a strength of N" is
	{ruleTroopForce,
		[]figureCase{{text: "Rome said the battalion it keeps in Lebanon would stay at its current strength of 1,100 men.", count: 1100, country: "IT"}},
		[]string{"The army has a strength of about 280,000 men.",
			"The battalion has a strength of 1,100 vehicles."}},
	// soldiers named by their duty after "military": "military drivers"
	{ruleTroopNoun,
		[]figureCase{{text: "Astana's share of the convoy is small: a few liaison officers and 12 military drivers.", count: 12, country: "KZ"}},
		[]string{"The bus company hired 12 drivers for the convoy."}},
}

func TestFigureRulesFx11t(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx11tTroopRules, "troops")
}
