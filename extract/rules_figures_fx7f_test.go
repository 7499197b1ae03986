package extract

import "testing"

// fx7fDeathRules and fx7fTroopRules hold the rows of the shapes fixed
// after the blind rounds r27a and r27b (fx7f, session 27), kept apart
// from the main tables so that parallel work merges cleanly; each row is
// checked as TestFigureRules checks its own.
var fx7fDeathRules = []figureRule{
	// a terse list item whose label names the dead
	{ruleDeathTable,
		[]figureCase{{text: "Deaths: 14. Injured: 62. Missing: three.", count: 14},
			{text: "Dead: seven. Missing: at least 30.", count: 7},
			{text: "Death toll: 31. Evacuated: 4,000.", count: 31}},
		[]string{"Injured: 62. Missing: three.", "Deaths averted: 40. Cases: 1,200.", "The inquiry closed.\nKilled: 5"}},
	// a bare number glossed by "That is how many" and a clause of death
	{ruleDeathToll,
		[]figureCase{{text: "Forty-one. That is how many people the fire killed, the mayor said.", count: 41},
			{text: "Three hundred. That's how many soldiers died in the siege.", count: 300}},
		[]string{"Forty-one. That is how many people the fire injured.", "Two thousand. That is how many tickets were sold."}},
	// an earlier figure "the N announced", after "up from" or a revision
	{ruleDeathCompare,
		[]figureCase{{text: "The death toll rose to 31, up from the 29 reported on Sunday.", count: 29}},
		[]string{"Turnout rose to 31 percent, up from the 29 reported on Sunday."}},
	{ruleDeathToll,
		[]figureCase{{text: "The death toll was revised up overnight from the 12 announced on Saturday.", count: 12}},
		[]string{"The forecast was revised up overnight from the 12 announced on Saturday."}},
	// "the toll on" a place is its toll of the dead
	{ruleDeathToll,
		[]figureCase{{text: "The storm has killed 29 people. The toll on Dominica rose overnight to 14.", count: 14}},
		[]string{"The storm took its toll on Dominica, where 12 homes were lost."}},
	// the whole of which none survived is the toll
	{ruleDeathToll,
		[]figureCase{{text: "Not one of the 56 passengers on board survived the crash.", count: 56},
			{text: "None of the 12 crew survived.", count: 12}},
		[]string{"Not one of the 40 bills survived the session.", "None of the 44 people aboard the ferry was hurt."}},
	// the whole of a part ("half of the", "any of the") is no toll
	{ruleDeathPass,
		[]figureCase{{text: "All of the 60 people on board died.", count: 60}},
		[]string{"Half of the 60 people on board are feared dead.", "The army denied that any of the 300 detainees had died in custody."}},
	// victims are the dead, whatever part of them a quantifier takes
	{ruleDeathVictims,
		[]figureCase{{text: "Most of the 80 victims of the landslide have been buried.", count: 80}},
		[]string{"Most of the 80 people on board were rescued."}},
	// a toll given as a range after "at" or "to": both bounds
	{ruleDeathToll,
		[]figureCase{{text: "Hospital sources put the number of fatalities at between 30 and 35.", count: 30},
			{text: "The death toll rose to between 40 and 45, officials said.", count: 45}},
		[]string{"Police put the number of protesters at between 300 and 350."}},
	// a household "wiped out"
	{ruleDeathActive,
		[]figureCase{{text: "The shell wiped out an entire family of nine.", count: 9}},
		[]string{"The floods wiped out 300 homes.", "The fire wiped out a family business of 40 years."}},
}

var fx7fTroopRules = []figureRule{
	// "Troops: N." in a paragraph that offers them
	{ruleTroopInlineList,
		[]figureCase{{text: "Troops: 450. Helicopters: four. That is the whole of Ireland's offer.", count: 450, country: "IE"},
			{text: "Police officers: 300. Vehicles: 40. Kenya pledged both to the mission on Friday.", count: 300, country: "KE"}},
		[]string{"Troops: 80,000. Tanks: 1,200. Those are the army's figures.", "Soldiers: 12. Civilians: 30. Those were the dead of the raid."}},
	// a bare number glossed by "That is how many" and personnel
	{ruleTroopElliptic,
		[]figureCase{{text: "Two thousand. That is how many US Marines Washington has ordered to stay aboard.", count: 2000, country: "US"},
			{text: "Nine hundred. That's how many police officers Nairobi has promised to send.", count: 900, country: "KE"}},
		[]string{"Three hundred. That is how many soldiers died in the siege.", "Two thousand. That is how many tickets were sold."}},
	// "a force of N" before a past form not in -ed
	{ruleTroopForce,
		[]figureCase{{text: "A Zambian unit of just under 900 took over the sector on Monday.", count: 900, country: "ZM"},
			{text: "A Nigerien battalion of 650 left Niamey for the border on Friday.", count: 650, country: "NE"}},
		[]string{"A group of 900 took over the factory on Monday."}},
	// personnel an inquiry or a court deals with, or who are hurt
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya sent 400 police officers to Haiti.", count: 400, country: "KE"}},
		[]string{"Investigators questioned 14 police officers over the death in custody.", "Prosecutors interviewed 20 soldiers about the shooting.",
			"Three Filipino crew members suffered minor injuries in the incident.", "Twelve soldiers were jailed for the killings."}},
	{ruleTroopMembers,
		[]figureCase{{text: "Canada deployed 250 members of its armed forces to Latvia.", count: 250, country: "CA"}},
		[]string{"Three members of the Republican Guard were later tried over the killings.", "Four soldiers have been tried by a military court."}},
	// a part "due" or "arriving" after "with", and a hedged whole fronted
	{ruleTroopContinued,
		[]figureCase{{text: "Kenya has committed a thousand police officers to the mission, with the first 400 due in May.", count: 400, country: "KE"},
			{text: "Of the more than 2,000 Chadian soldiers deployed, 500 have come home.", count: 500, country: "TD"}},
		[]string{"The bank has 1,000 employees, with the first 400 due for retraining in May."}},
	// a gapped state with its article after "followed by"
	{ruleTroopGapped,
		[]figureCase{{text: "Italy sent 300 soldiers, followed by the Netherlands with 200.", count: 200, country: "NL"},
			{text: "Papua New Guinea will contribute 34 troops and the Solomon Islands 50.", count: 50, country: "SB"}},
		[]string{"Italy sent 300 tanks, followed by the Netherlands with 200."}},
	// a singular formation "each" state sent, sized by a pair
	{ruleTroopRespective,
		[]figureCase{{text: "The Netherlands and Norway each sent a battlegroup, 650 and 480 strong respectively.", count: 480, country: "NO"}},
		[]string{"The Netherlands and Norway each sent a delegation, 65 and 48 strong respectively."}},
	// a formation after modifiers, beside troops told in its sentence
	{ruleTroopForce,
		[]figureCase{{text: "Spain will deploy 500 troops and a mechanised infantry company of 150.", count: 150, country: "ES"},
			{text: "Norway sent 480 soldiers, while Finland contributed a coastal jaeger company of roughly 170.", count: 170, country: "FI"},
			{text: "Norway keeps 4,000 soldiers there, with a ranger company of 180 that Helsinki sent in May.", count: 180, country: "FI"}},
		[]string{"The bank opened a small trading company of 40 in Oslo.", "The firm bought a shipping company of 90 that Norway sold in May."}},
	// "N in number", a fronted "Numbering N," and ": N of them"
	{ruleTroopApposed,
		[]figureCase{{text: "The Nepali soldiers guarding the airport, some 300 in number, will leave in May.", count: 300, country: "NP"},
			{text: "Numbering close to 3,000, the Egyptian force would be the largest Cairo has sent.", count: 3000, country: "EG"},
			{text: "Paris has sent gendarmes to New Caledonia: 1,000 of them.", count: 1000, country: "FR"}},
		[]string{"The protesters, some 300 in number, marched to the palace.", "Numbering 3,000, the crowd filled the square.", "The storm killed soldiers at the base: 12 of them."}},
}

func TestFigureRulesFx7f(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx7fDeathRules, "deaths")
	checkFigureRows(t, ex, fx7fTroopRules, "troops")
}
