package extract

import "testing"

// fx73TroopRules hold the rows of the troop shapes fixed by fx73 (the
// blind r38a round of Russia, Ukraine, the Caucasus and Central Asia),
// kept apart from the main tables so that parallel work merges cleanly.
var fx73TroopRules = []figureRule{
	// the personnel or force opening the clause sized by a verb of
	// numbering after an aside closed by a comma, a dash or "which ..."
	// (openingSubjectAside)
	{"",
		[]figureCase{{text: "The marines Paris flew to Djibouti last week, along with two helicopters, numbered about 350.", count: 350, country: "FR"},
			{text: "The new contingent — paratroopers and medics sent from Pskov — totalled some 800, Moscow said.", count: 800, country: "RU"},
			{text: "The brigade Kyiv raised last spring, which at full strength numbered 4,000, was sent to Bakhmut.", count: 4000, country: "UA"}},
		[]string{"The crowd the police held back, with its banners, numbered about 3,500.",
			"The Bosnian armed forces, which number 10,000, stay home.",
			"The analysts said the crowd, with its drums, numbered about 900."}},
	// "men" moved to or into a front by a verb of deploying, held by a
	// state or sent by an army formation named just before (menToFront)
	{"",
		[]figureCase{{text: "Chad rushed 500 fresh men to the front near Lake Chad.", count: 500, country: "TD"},
			{text: "An airborne battalion was withdrawn from the ridge on Monday. The unit that relieved it moved 700 men into the trenches overnight.", count: 700}},
		[]string{"The team brought 30 men to the front desk.",
			"A marketing company opened an office. Its successor moved 700 men into the trenches.",
			"The club brought 200 men to the line dance."}},
	// "— N of them" glossing the personnel a verb of deploying moves, or
	// a state's share of them (themGlossTroops, stateShareBefore)
	{"",
		[]figureCase{{text: "Baku has ordered its commandos to the frontier — 400 of them, officials said.", count: 400, country: "AZ"},
			{text: "Of the soldiers in the drill, most are Uzbek, some 900 of them.", count: 900, country: "UZ"}},
		[]string{"The firm sent its guards to the mine, some 300 of them.",
			"Of the fans at the match, most are Kazakh — about 2,400 of them.",
			"The ministry praised its border guards — 120 of them."}},
	// a force's size in an aside set off by dashes or brackets
	// (dashedForceSize)
	{ruleTroopDashedSize,
		[]figureCase{{text: "The Moldovan battalion — \"perhaps 600, maybe more,\" an officer said — has reached Kosovo.", count: 600, country: "MD"},
			{text: "The Kazakh battalion (about 400) will stay until May.", count: 400, country: "KZ"}},
		[]string{"The team — 600 fans — has reached Kosovo.",
			"The army — 40,000 — is small."}},
	// officers on duty for an event that the interior ministry tells
	// (onDutyByForce, policeMinistryIn)
	{"",
		[]figureCase{{text: "Armenia's Ministry of Internal Affairs said 1,500 officers would be on duty for the Yerevan marathon.", count: 1500, country: "AM"}},
		[]string{"The culture ministry said 150 officers would be on duty at the festival."}},
	// an offer to send on a condition of money is no pledge; on consent or
	// on events it is (offeredToSend, contingencyIfAfter)
	{"",
		[]figureCase{{text: "London offered to send 700 more troops to Estonia if NATO requested them.", count: 700, country: "GB"},
			{text: "Kenya offered to send 1,000 police officers if the truce held.", count: 1000, country: "KE"}},
		[]string{"London offered to send 700 more troops to Estonia if Tallinn paid for their barracks."}},
	// a standing force's size after an adverb of time (sizesForce)
	{"",
		nil,
		[]string{"Poland's armed forces currently number 200,000 personnel."}},
	// personnel handed back as prisoners (captivePassiveAt); personnel
	// returned to their base are withdrawn
	{"",
		[]figureCase{{text: "Kyiv said 95 Ukrainian marines had been returned to their base after the exercise.", count: 95, country: "UA"}},
		[]string{"Kyiv said 95 Ukrainian marines had been handed over in the exchange.",
			"Moscow said 40 Russian sailors were released by the Ukrainian side."}},
	// a "respectively" pair after a troop figure, with a verb of
	// deploying (pairAfterFigure)
	{"",
		[]figureCase{{text: "The US sent a battalion of 800. Britain and France contributed 300 and 200 respectively.", count: 200, country: "FR"}},
		[]string{"Britain and France contributed 300 and 200 respectively."}},
	// kill claims are no deployment (casualty-before)
	{"",
		nil,
		[]string{"Kyiv claimed its drones had eliminated some 300 Russian soldiers in a week."}},
}

func TestFigureRulesFx73Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx73TroopRules, "troops")
}
