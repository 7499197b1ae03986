package extract

import "testing"

// fx44TroopRules hold the rows of the troop shapes fixed by fx44 (the
// blind r34c round, South Asia), kept apart from the main tables so that
// parallel work merges cleanly.
var fx44TroopRules = []figureRule{
	// a casualty verb with a subject and a counted object of its own opens
	// another clause (subjectClauseObject); the troops' own dead still count
	{ruleTroopNoun,
		[]figureCase{{text: "Pakistan sent 1,500 troops to Kech, and police detained 14 suspects in overnight raids.", count: 1500, country: "PK"},
			{text: "He said Nepal had moved 800 soldiers to the border and that police had arrested 30 smugglers.", count: 800, country: "NP"}},
		[]string{"Rebels attacked the base, and gunmen killed 14 soldiers."}},
	// "N members of the <modifier> police" (forceModifierRun)
	{ruleTroopMembers,
		[]figureCase{{text: "Bangladesh deployed 300 members of the industrial police around the factories.", count: 300, country: "BD"},
			{text: "Nepal sent 400 members of the traffic police to Jhapa for the festival.", count: 400, country: "NP"}},
		[]string{"About 200 members of the village council and police attended the meeting."}},
	// members or men in apposition to formations of a force (apposedFormationMen)
	{ruleTroopApposed,
		[]figureCase{{text: "Islamabad sent three companies of the Frontier Corps, some 450 members in all, to Kurram.", count: 450, country: "PK"},
			{text: "Nepal Police sent four companies, some 400 members, to Jhapa.", count: 400, country: "NP"}},
		[]string{"The union sent four companies, some 400 members, to the rally.",
			"The club has 12 teams of volunteers, about 300 members in all."}},
	// three or more demonym pairs share one noun (listedDemonymPairsEnd)
	{ruleTroopNoun,
		[]figureCase{{text: "The mission has 900 Ghanaian, 700 Kenyan and 500 Zambian soldiers.", count: 900, country: "GH"}},
		[]string{"Egypt hosts 300 Sudanese, 200 Chadian and 100 Libyan refugees."}},
	// a force's size before a verb of composition (composedAfterForce); the
	// whole is the state's written before it only (composedWholeState)
	{ruleTroopForce,
		[]figureCase{{text: "The Kenyan contingent of 1,100 comprises two battalions.", count: 1100, country: "KE"},
			{text: "The MONUSCO force of about 12,000 includes some 1,000 Indian and 900 Nepalese troops.", count: 12000, country: ""}},
		[]string{"A unit of 400 includes the shares of two banks.", "The town of 14,000 includes three villages."}},
	// a listed modifier in "-ed" among free modifiers ("central armed police")
	{ruleTroopNoun,
		[]figureCase{{text: "India sent 2,000 more central armed police personnel to Tripura.", count: 2000, country: "IN"}},
		[]string{"The firm said 300 women armed officers with knives."}},
	// reservists called up for training in general send no one
	// (calledUpForTraining); a particular exercise, or a call-up for war, counts
	{ruleTroopNoun,
		[]figureCase{{text: "Israel called up 5,000 reservists for the offensive in Gaza.", count: 5000, country: "IL"},
			{text: "The Danish Home Guard called up 900 soldiers for the autumn exercise on Bornholm.", count: 900, country: "DK"}},
		[]string{"Nepal called up 4,000 reservists for refresher training this spring.",
			"About 7,000 conscripts will be called up for annual drills.",
			"Chile will call up 20,000 reservists for exercises next year."}},
	// "fighters" after an aircraft's model or designation are aircraft (aircraftFighters)
	{ruleTroopNoun,
		[]figureCase{{text: "Turkey sent 2,000 Syrian fighters to Libya.", count: 2000, country: "TR"}},
		[]string{"Egypt has ordered 30 Rafale fighters for its air force.",
			"The air force will deploy 12 Su-30MKI fighters to the base."}},
	// a state's force as the subject holds the figure, not the reporting
	// officials' state (stateForceSubject)
	{ruleTroopNoun,
		[]figureCase{{text: "Indian officials said the PLA had moved 3,000 troops to the border.", count: 3000, country: "CN"},
			{text: "Taiwanese officials said the People's Liberation Army had massed 5,000 troops in Fujian.", count: 5000, country: "CN"}},
		[]string{"US officials said the PLA had tested 30 missiles."}},
	// personnel "lost" to cuts are withdrawn, no casualties (lostToCuts)
	{ruleTroopNoun,
		[]figureCase{{text: "The mission lost 2,000 troops to budget cuts last year.", count: 2000, country: ""},
			{text: "MONUSCO has lost 3,000 peacekeepers through the drawdown.", count: 3000, country: ""}},
		[]string{"The regiment lost 12 soldiers in the ambush."}},
}

func TestFigureRulesFx44Troops(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx44TroopRules, "troops")
}
