package extract

import "testing"

// fx78TroopRules hold the rows of the home-force troop shapes fixed by
// fx78 (round r38c: police, troopers, the Guard and the army at home),
// kept apart from the main tables so that parallel work merges cleanly.
var fx78TroopRules = []figureRule{
	// personnel on duty after a "from" phrase of where they come from
	// (onDutyByForce, fromPhraseEnd); personnel rostered for an event
	// (roster-participle)
	{ruleTroopNoun,
		[]figureCase{{text: "Roughly 6,000 police from every federal state will be on duty in Hamburg for the two-day summit.", count: 6000, country: "DE"},
			{text: "Queensland police said 1,300 officers would be rostered for the Ekka and the grand final weekend.", count: 1300, country: "AU"}},
		[]string{"Police said 400 nurses from every hospital would be on duty.",
			"The hospital said 40 officers would be rostered for the weekend."}},
	// a base form that deploys only after a modal (bare-deploy-verb)
	{ruleTroopNoun,
		[]figureCase{{text: "Belgium's federal police will field 2,500 officers for the European Council meeting in Brussels, a spokeswoman said.", count: 2500, country: "BE"}},
		[]string{"The team will field 25 players in the final."}},
	// a duty's gerund modifying the noun (gerund-mod)
	{ruleTroopNoun,
		[]figureCase{{text: "Garda Commissioner Niamh Kearney said an additional 300 roads policing officers would be deployed on major routes.", count: 300, country: "IE"}},
		[]string{"The club's 300 roads policing officers were praised."}},
	// draftees put on alert are held ready (draftOnStandby)
	{ruleTroopNoun,
		[]figureCase{{text: "Sweden's armed forces placed 300 conscripts and home guard soldiers on alert after the forest fire spread overnight.", count: 300, country: "SE"}},
		[]string{"About 300 conscripts failed to report for duty, the army said."}},
	// "state troopers" are American (personnel.tsv HOME), and so is the
	// gapped figure the governor sent after them
	{ruleTroopElliptic,
		[]figureCase{{text: "The mayor asked for 150 state troopers to patrol downtown after the shooting; the governor sent 200.", count: 200, country: "US"}},
		[]string{"The mayor asked for 150 tickets for the concert; the governor sent 200."}},
	// an English county names the home state of the army at work in it
	// (subnational.tsv)
	{ruleTroopNoun,
		[]figureCase{{text: "About 750 troops were on hand to fill sandbags in Gloucestershire, the army said on Sunday.", count: 750, country: "GB"}},
		[]string{"About 750 people were on hand to fill sandbags in Gloucestershire, the council said on Sunday."}},
	// the Guard beside a US state government's cue (usGuardState)
	{ruleTroopNoun,
		[]figureCase{{text: "With the arrival of 250 more Guard members, the number of troops in the city rose to 1,000, state officials said.", count: 250, country: "US"}},
		[]string{"With the arrival of 250 more tourists, the number of visitors in the city rose to 1,000, state officials said."}},
}

// fx78TroopStateRules: the state of the Guard goes no further than the
// shape: Ukraine's Guard keeps its state, and a mission's has none.
var fx78TroopStateRules = []figureRule{
	{ruleTroopNoun,
		[]figureCase{{text: "Ukraine's National Guard sent 400 troops to Kharkiv, the governor said.", count: 400, country: "UA"},
			{text: "The UN mission said 400 Guard members had arrived, the governor said.", count: 400, country: ""}},
		nil},
}

// fx78TroopPartRules: a part "of them" keeps its verb past an
// "including" aside (includingAsideEnd)
var fx78TroopPartRules = []figureRule{
	{ruleTroopContinued,
		[]figureCase{{text: "The French government will deploy 45,000 police officers and gendarmes across the country. About 7,000 of them, including RAID and GIGN tactical units, will be concentrated in the Lyon area.", count: 7000, country: "FR"}},
		[]string{"The club sold 45,000 tickets. About 7,000 of them, including family passes, will be refunded."}},
}

func TestFigureRulesFx78Troops(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx78TroopRules, "troops")
	checkFigureRows(t, ex, fx78TroopStateRules, "troops")
	checkFigureRows(t, ex, fx78TroopPartRules, "troops")
}
