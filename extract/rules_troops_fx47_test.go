package extract

import "testing"

// fx47TroopRules hold the rows of the troop shapes fixed by fx47 (the
// blind r34d round: Latin America, the Caribbean and US hearings), kept
// apart from the main tables so that parallel work merges cleanly.
var fx47TroopRules = []figureRule{
	// personnel described by a posting participle and its phrase before
	// the clause's verb of casualty are the dead or hurt
	// (diedAfterPosting); a deployment verb after the phrase keeps them
	{ruleTroopNoun,
		[]figureCase{{text: "Some 300 soldiers assigned to the river task force patrol the delta at night.", count: 300}},
		[]string{"Three marines stationed at the naval base were killed when a shell hit the barracks.",
			"Four police officers deployed to the stadium were injured in the crush, the mayor said.",
			"Two sailors posted on the frigate died after the fire in its engine room."}},
	// a figure in a question opened by a modal asks what could be done
	// (modalQuestion); a question of fact still tells a deployment
	{ruleTroopNoun,
		[]figureCase{{text: "Why were 1,800 reservists sent home from the border in May?", count: 1800}},
		[]string{"\"Could you move another 2,000 to the border next week if the minister asked?\" the senator said.",
			"Would Canberra send 400 police officers to the islands?",
			"Will Ottawa deploy 600 more soldiers to Latvia this year?"}},
	// personnel on standby or on alert count as held ready (older gold
	// counts them in about 30 passages and 25 articles), even where the
	// sentence adds they were not yet mobilised or sent
	{ruleTroopNoun,
		[]figureCase{{text: "Queensland put 600 reservists on standby as the cyclone approached.", count: 600, country: "AU"},
			{text: "Lima put 1,500 soldiers on standby to guard the refineries, but they have not been deployed on the streets.", count: 1500, country: "PE"},
			{text: "Oregon has 900 Guard members on standby for the wildfires, but the governor has not activated them.", count: 900, country: "US"},
			{text: "Some 3,000 reservists were told to remain on alert but have not been mobilised, the ministry said.", count: 3000}},
		[]string{"A further 400 engineers of the power company are on standby in the capital."}},
	// personnel that "could" be sent only if a need or threat arises,
	// or that a legislator says could be sent (contingentSending); an
	// offer on consent still counts
	{ruleTroopNoun,
		[]figureCase{{text: "Up to 900 Dutch marines could be sent to the island if parliament approves.", count: 900, country: "NL"}},
		[]string{"The ministry could send as many as 2,000 more soldiers to the border if the ceasefire were broken.",
			"Planners say up to 4,000 troops could be flown back within days if needed.",
			"A Democratic senator said 1,500 Marines could be sent to guard the embassy."}},
	// a bare number opening a clause joined by "and" after a phrase of
	// time, whose verb moves personnel told before (joinedTimePhrase)
	{ruleTroopMovedSubject,
		[]figureCase{{text: "In 2003 Britain sent about 45,000 troops to Iraq, and in 2006 some 7,000 deployed to Helmand.", count: 7000, country: "GB"}},
		[]string{"Britain joined the invasion of Iraq in 2003, and in 2006 some 7,000 marched in London."}},
	// the state of an armed body named from its state's name with a
	// capitalised word before it or two after it ("the Royal Bahamas
	// Defence Force"), over a state named earlier in the clause
	// (namedForceState)
	{ruleTroopNoun,
		[]figureCase{{text: "Belize sent a platoon, while 30 marines from the Royal Bahamas Defence Force guard the port.", count: 30, country: "BS"},
			{text: "Haiti welcomed 200 soldiers of the Kenya Defence Forces on Monday.", count: 200, country: "KE"}},
		nil},
	// a mission's authorised size after "half of the" (shortOfTroops)
	{ruleTroopCompared,
		[]figureCase{{text: "The mission now has about 1,900 police officers, less than half of the 4,000 authorised by the Security Council.", count: 4000}},
		[]string{"The mission now has about 40 armoured vehicles, less than half of the 90 it was promised."}},
	// personnel "aboard" ships serve somewhere, no standing strength;
	// sailors joined to capitalised Marines are the United States'
	// (usMarinesAt)
	{ruleTroopNoun,
		[]figureCase{{text: "The Pacific Fleet has some 3,000 sailors and Marines aboard ships off Taiwan's coast.", count: 3000, country: "US"},
			{text: "The Navy has about 1,200 sailors aboard the carrier in the Gulf.", count: 1200}},
		[]string{"The Navy has about 1,200 sailors and 40 ships."}},
	// a joined group counted in words serves where the first does
	// (servesSomewhere)
	{ruleTroopNoun,
		[]figureCase{{text: "The Barbados Defence Force has 30 soldiers and six police officers serving with the mission.", count: 30, country: "BB"}},
		nil},
	// "for a total of N" after personnel is their total (troopNumberBefore)
	{ruleTroopNumber,
		[]figureCase{{text: "Warsaw moved 500 more soldiers to the border this month, for a total of about 5,500 there.", count: 5500, country: "PL"}},
		[]string{"Warsaw bought 500 vans and 40 trucks this month, for a total of about 1,200 vehicles there."}},
	// a US legislator's party-and-state tag stands between the name and
	// the verb that reports the figure (partyTagOpen)
	{ruleTroopNoun,
		[]figureCase{{text: "Rep. Mara Quist, R-Tex., said that 4,000 active-duty troops remained on the border.", count: 4000, country: "US"}},
		nil},
}

func TestFigureRulesFx47(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx47TroopRules, "troops")
	checkFigureRows(t, ex, fx47DeathRules, "deaths")
}
