package extract

import "testing"

// fx55TroopRules hold the rows of the troop shapes fixed by fx55 (the
// blind r35d round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx55TroopRules = []figureRule{
	// an aside between the subject and "has" holds a casualty that is no
	// part of the figure after the verb (ownPredicateAt)
	{ruleTroopNoun,
		[]figureCase{{text: "Niger, whose leader vowed revenge after a raid that killed 30 of its men last year, still has about 900 troops in Mali.", count: 900, country: "NE"}},
		[]string{"Gunmen ambushed the convoy and killed about 900 troops in Mali."}},
	// "N or so" before the noun (hedgeOf); "N or more" is a threshold
	{ruleTroopNoun,
		[]figureCase{{text: "The final 800 or so French troops began leaving the air base at Niamey.", count: 800, country: "FR"}},
		[]string{"The final 800 or so French tourists began leaving the hotel at Niamey.",
			"Any attack by two or more soldiers on civilians will be investigated."}},
	// the earlier level a relative clause of sending gives (sentByPronounAt)
	{ruleTroopCompared,
		[]figureCase{{text: "Kenya keeps about 3,500 soldiers in Somalia, up from the 900 it first deployed in 2011.", count: 900, country: "KE"}},
		[]string{"The firm runs about 3,500 buses in Kenya, up from the 900 it first sent there in 2011."}},
	// the largest contributor "of" personnel "to" a mission, with a share
	// (contributorOfTail)
	{ruleTroopMostWith,
		[]figureCase{{text: "Nepal is the biggest contributor of blue helmets to the force, with around 1,100.", count: 1100, country: "NP"}},
		[]string{"Nepal is the biggest contributor of funds to the force, with around 1,100."}},
	// a bare subject posted along a place, after personnel kept in the
	// sentence (movedPhraseEnds)
	{ruleTroopStaySubject,
		[]figureCase{{text: "Burundi will not say how many soldiers it keeps in Congo, but analysts believe roughly 3,000 are deployed along the Ruzizi river.", count: 3000, country: "BI"}},
		[]string{"Burundi will not say how many soldiers it keeps in Congo, but analysts believe roughly 3,000 are trapped along the Ruzizi river."}},
	// a standing army's size and its earlier level are no deployment
	// (strengthSent)
	{ruleTroopNumber,
		[]figureCase{{text: "Chad has about 1,200 soldiers in the north, up from some 400 last year.", count: 400, country: "TD"}},
		[]string{"Burkina Faso's army numbers roughly 30,000 soldiers on paper, up from about 6,000 in 2015."}},
	// a sending that money conditions is no pledge (contingency-word)
	{ruleTroopNoun,
		[]figureCase{{text: "Ghana could send 700 more police officers to Haiti if parliament approves the plan.", count: 700, country: "GH"}},
		[]string{"Zambia could send as many as 600 more soldiers to Mozambique if the EU pays for the deployment, an official said."}},
	// a strength with a force several states form (unit-mod "joint")
	{ruleTroopNoun,
		[]figureCase{{text: "Mali pledged 1,200 soldiers to the bloc's 4,000-strong multinational force.", count: 4000, country: ""}},
		[]string{"The 4,000-strong joint venture opened a plant in Bamako."}},
	// a state's men "on the ground" abroad, in a quotation whose "we" is
	// the speaker's state (stateMenAbroad, quotedWeState)
	{ruleTroopNoun,
		[]figureCase{{text: "Tanzania has about 800 men on the ground in Mozambique.", count: 800, country: "TZ"},
			{text: "\"We now have 1,500 men on the ground in Congo,\" Uganda's army chief told reporters.", count: 1500, country: "UG"}},
		[]string{"Nepal has 40,000 men in Qatar's building sites."}},
	// "N of them" in apposition to personnel whose state's adjective
	// stands before their modifiers (appositionOfThem)
	{ruleTroopContinued,
		[]figureCase{{text: "Uzbek border guards, about 600 of them, were moved to Termez overnight.", count: 600, country: "UZ"}},
		[]string{"The airport's security guards, about 600 of them, went on strike overnight."}},
	// a named US carrier's strike group carries American sailors
	// (namedCarrierGroup)
	{ruleTroopNoun,
		[]figureCase{{text: "The Eisenhower carrier strike group, with roughly 5,000 sailors aboard, sailed into the Gulf of Aden.", count: 5000, country: "US"}},
		[]string{"The Eisenhower carrier strike group, with roughly 5,000 tonnes of fuel aboard, sailed into the Gulf of Aden."}},
	// a pair of counts "respectively" after weak personnel that states'
	// adjectives own past their modifiers (statesWeakBefore)
	{ruleTroopRespective,
		[]figureCase{{text: "Georgian and Armenian border guards, 150 and 90 respectively, now patrol the crossing.", count: 90, country: "AM"}},
		[]string{"The two banks' security guards, 240 and 310 respectively, now man the gates."}},
	// the number of a state's modified weak personnel (countedPersonnelAt)
	{ruleTroopNumber,
		[]figureCase{{text: "The number of Turkish border advisers in Tripoli will rise to 90 from 40.", count: 40, country: "TR"}},
		[]string{"The number of border advisers at the ministry will rise to 30 from 12."}},
}

func TestFx55TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx55TroopRules, "troops")
}
