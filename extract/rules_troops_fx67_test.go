package extract

import "testing"

// fx67 (r37b, Latin America): troop figures told apart from their noun
// and force sizes that are no deployment.
var troopRulesFx67 = []figureRule{
	// a contingent made ready after one in place: "is preparing a further
	// 100" (elliptic-verb prepare/ready)
	{"preparing-further",
		[]figureCase{{text: "Guatemala has 150 troops serving with the Gang Suppression Force and is preparing a further 100.", count: 100, country: "GT"},
			{text: "Kenya sent 400 police officers and prepared 100 for the next rotation.", count: 100, country: "KE"}},
		[]string{"The kitchen is preparing a further 100 meals for the rescuers.",
			"Guatemala is preparing a further 100 pages of evidence."}},
	// the target a force falls short of, named after "its" or "the" and a
	// word of target: "short of its authorised 5,550" (shortOfTroops)
	{"short-of-named-target",
		[]figureCase{{text: "The Gang Suppression Force, with 1,900 personnel on the ground, remains far short of its authorised 5,550.", count: 5550, country: ""},
			{text: "The mission has 630 troops, well short of the planned 1,000.", count: 1000, country: ""}},
		[]string{"The company, with 1,900 staff on its books, remains far short of its authorised 5,550 licences.",
			"The fund remains far short of its planned 5,550 dollars."}},
	// "N of them" after a figure whose noun is weak, read as personnel
	// where it was counted (lastTroopNounAfter)
	{"part-of-weak-figure",
		[]figureCase{{text: "Peru's national police chief said 12,000 officers would be on duty in Lima for the APEC summit, 3,000 of them from the provinces.", count: 3000, country: "PE"}},
		[]string{"Peru bought 12,000 rifles for its officers in Lima, 3,000 of them from the provinces.",
			"Peru said 12,000 officers were wounded in Lima, 3,000 of them from the provinces."}},
	// personnel "in the state" (a unit of a place named before) of the
	// central government, sized by "number" (beforeUnitAnaphor)
	{"federal-in-the-state",
		[]figureCase{{text: "Sinaloa's governor said federal forces in the state now numbered close to 11,000, twice as many as a year ago.", count: 11000, country: "MX"}},
		[]string{"Sinaloa's governor said the forces in the state now numbered close to 11,000.",
			"Sinaloa's governor said cartel gunmen in the state now numbered close to 11,000."}},
	// a state's armed forces sized by "number" with no place: its whole
	// strength (personnelNumber)
	{"armed-forces-number",
		[]figureCase{{text: "The Dominican armed forces in Haiti number roughly 600 members.", count: 600, country: "DO"},
			{text: "US forces in Syria now number about 900.", count: 900, country: "US"}},
		[]string{"The Dominican armed forces number roughly 56,000 members, the largest military in the Caribbean after Cuba's.",
			"The armed forces number about 230,000."}},
	// a group's size "estimated to number N" is its strength, as
	// "estimated to have" is (estimatedToNumber)
	{"estimated-to-number",
		[]figureCase{{text: "The joint force is expected to number 5,000 soldiers drawn from Mali.", count: 5000, country: "ML"}},
		[]string{"The guerrillas, estimated by military intelligence to number some 6,000 fighters, did not say whether they would return.",
			"The rebels are thought to number about 3,000 fighters."}},
	// "their number" after personnel beside the clause's subject sizes
	// the subject (companionAt)
	{"their-number-companion",
		[]figureCase{{text: "Texas sent its National Guard to the border; their numbers are now close to 4,000.", count: 4000, country: "US"}},
		[]string{"Volunteers, many of them with their own boats, have been working alongside the troops; local officials estimated their number at about 12,000.",
			"Fishermen have been sailing beside the soldiers; officials estimated their number at about 300.",
			"Uruguay sent soldiers across the border on Wednesday. Volunteers, many of them with their own boats, have been working alongside the troops; local officials estimated their number at about 12,000."}},
}

func TestTroopRulesFx67(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), troopRulesFx67, "troops")
}
