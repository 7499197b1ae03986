package extract

import "testing"

// fx81TroopRules hold the rows of the troop shapes fixed by fx81 (round
// r39a), kept apart from the main tables so that parallel work merges
// cleanly.
var fx81TroopRules = []figureRule{
	// the Mexican "elements" of a force and a bare number that belongs to
	// one (membersOfForce, belongToForce)
	{ruleTroopMembers,
		[]figureCase{{text: "Some five hundred elements of the National Guard were dispatched to Celaya, Mexico's defense ministry reported.", count: 500, country: "MX"},
			{text: "Mexico sent troops. Of the new arrivals, 400 belong to the National Guard and 200 to the army's special forces, he said.", count: 200, country: "MX"}},
		[]string{"The report lists 500 elements of the periodic table.",
			"Of the 500 students, 400 belong to the union and 100 to the club.",
			"Of the 50 dead, 40 belonged to the army."}},
	// personnel as the subject of the sentence that brings a force's count
	// to a figure (personnelSubject)
	{ruleTroopNumber,
		[]figureCase{{text: "The army sent tanks to the border.\nThe soldiers, who were to arrive on Tuesday, will bring the total to about 11,000.", count: 11000}},
		[]string{"Officials met on Monday.\nThe protesters will bring the total to about 11,000."}},
	// a part "of them" in an aside a dash opens (joinedToStrong)
	{ruleTroopOf,
		[]figureCase{{text: "Colombia's Defense Ministry said some 1,800 uniformed personnel — 1,200 of them soldiers, the rest police — had been deployed to Tumaco.", count: 1200, country: "CO"}},
		[]string{"The ministry bought some 1,800 rifles — 1,200 of them new, the rest used — for Tumaco."}},
	// "we" with men on the ground, said by a possessive state's defence
	// minister (quotedWeArmed), and "put N more" after it (elliptic-verb)
	{ruleTroopNoun,
		[]figureCase{{text: `"We have 3,000 men on the ground in Cauca," Colombia's defense minister told Blu Radio.`, count: 3000, country: "CO"}},
		[]string{`"We have 3,000 men on the ground in Cauca," Colombia's farm minister said.`}},
	{ruleTroopElliptic,
		[]figureCase{{text: `"We have 3,000 men on the ground in Cauca and we will put 1,000 more," Colombia's defense minister told Blu Radio.`, count: 1000, country: "CO"}},
		[]string{"The ministry put 1,000 more on the payroll."}},
	// the place a withdrawal leaves is no sender (ofStateForce); a verb's
	// quoted object is its subject's (quoteOpensFigure)
	{ruleTroopNoun,
		[]figureCase{{text: "Guatemala is to withdraw its 150 troops from the Haiti mission by June, the defense ministry said.", count: 150, country: "GT"},
			{text: "Haiti received 300 officers from the Kenyan police.", count: 300, country: "KE"},
			{text: `Caracas, Defense Minister Carreño said, would move "no fewer than 5,600 soldiers" to its Caribbean coast in response to the US naval build-up.`, count: 5600, country: "VE"}},
		[]string{"Guatemala is to withdraw its 150 diplomats from the Haiti mission by June.",
			`Caracas, the minister said, would move "5,600 tonnes" of grain to its coast.`}},
	// a standing force's size in apposition (standingForceApposed), unless
	// a verb of moving follows it (movesAfterApposition); order
	// of magnitude alternatives (rhetoricalAlternative); a clause that
	// "when" opens after a casualty word (casualtyClauseEnds)
	{ruleTroopNoun,
		[]figureCase{{text: "The Kenyan contingent, numbering 850 officers, arrived on Monday.", count: 850, country: "KE"},
			{text: "The KDF, numbering 850 soldiers, crossed into Somalia on Monday.", count: 850, country: "KE"},
			{text: "The KDF, numbering 850 soldiers, was deployed to Somalia on Monday.", count: 850, country: "KE"},
			{text: "Kenya will send 1,000 soldiers or 2,000, officials said.", count: 1000, country: "KE"},
			{text: "At least 22 people were killed Tuesday when some 2,500 police officers stormed a cluster of favelas.", count: 2500}},
		[]string{"Guyana's army is small. The GDF, numbering about 3,500 soldiers, has spent recent months building up its presence.",
			"Guyana's army, numbering about 3,500 soldiers, has spent recent months building up its presence.",
			`"They can send a thousand soldiers or ten thousand," said the leader of the farmers' federation.`,
			"At least 22 police officers were killed Tuesday in the raid."}},
}

func TestFigureRulesFx81Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx81TroopRules, "troops")
}
