package extract

import "testing"

// fx41TroopRules hold the rows of the troop shapes fixed by fx41 (the
// blind r33b and r33d blocks), kept apart from the main tables so that
// parallel work merges cleanly.
var fx41TroopRules = []figureRule{
	// a state's whole standing force resized is a strength target, no
	// deployment (standingForceCut); a force resized in a place is one
	{ruleTroopNumber,
		[]figureCase{{text: "Canada will cut its forces in Latvia to 1,200 by the autumn.", count: 1200, country: "CA"}},
		[]string{"Japan will cut its regular army from 150,000 to 120,000 over the decade.",
			"Argentina plans to reduce its active-duty forces to 60,000 by 2030."}},
	// soldiers who build are personnel as military engineers are
	// (personnel.tsv); builders alone are a trade
	{ruleTroopNoun,
		[]figureCase{{text: "Pyongyang has sent 1,500 military builders to Donetsk, Seoul's spy agency said.", count: 1500, country: "KP"}},
		[]string{"The company has sent 1,500 builders to the new stadium site."}},
	// a battlegroup is a unit that "N-strong" counts (strong-unit)
	{ruleTroopNoun,
		[]figureCase{{text: "Germany's 1,100-strong battlegroup in Lithuania will be relieved in June, Berlin said.", count: 1100, country: "DE"}},
		[]string{"The 1,100-strong crowd in the stadium was relieved in June."}},
	// weak personnel serving in a state's force are its own
	// (servesInStateForce)
	{ruleTroopNoun,
		[]figureCase{{text: "Some 1,200 foreign fighters from 30 countries serve in Georgia's National Guard, a spokesman said.", count: 1200, country: "GE"}},
		[]string{"Some 1,200 fighters serve in the club's youth teams, a spokesman said.",
			"Some 1,200 fighters fight for Georgia's independence, a spokesman said."}},
	// a casualty after "despite" is not the figure's (concessives)
	{ruleTroopNoun,
		[]figureCase{{text: "Malawi's 850 peacekeepers in Congo will remain despite the deaths of three soldiers last week, Lilongwe said.", count: 850, country: "MW"}},
		[]string{"Three soldiers were killed despite the ceasefire, the army said."}},
	// "and another N under a frame" continues the deployment just told
	// (anotherFramed); "under arrest" is no frame
	{ruleTroopContinued,
		[]figureCase{{text: "Kenya keeps 400 soldiers in Somalia under the AU flag and another 300 under a bilateral deal with Mogadishu.", count: 300, country: "KE"}},
		[]string{"The court heard 40 cases and another 30 under appeal.",
			"The police held 40 protesters and another 30 under house arrest."}},
	// a part "N of them" whose clause opens with a state is that
	// state's (partSubjectState); "it" keeps the holder of the whole
	{ruleTroopContinued,
		[]figureCase{{text: "The mission has 12,000 troops in Mali, and Chad contributes 1,400 of them.", count: 1400, country: "TD"},
			{text: "Kenya has 5,000 troops in Somalia, and it rotates about 1,000 of them each year.", count: 1000, country: "KE"}},
		[]string{"Kenya has 5,000 voters in the county, and Somalia registered 1,000 of them."}},
	// the state accused "of" deploying holds the figure (accusedOfState)
	{ruleTroopNoun,
		[]figureCase{{text: "Serbia accused Kosovo last week of massing 600 police officers near the border.", count: 600, country: "XK"},
			{text: "India accused Pakistan of moving 2,000 troops to the Line of Control.", count: 2000, country: "PK"}},
		[]string{"Serbia accused Kosovo of hiring 600 lawyers for the case."}},
}

func TestFigureRulesFx41(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx41TroopRules, "troops")
}
