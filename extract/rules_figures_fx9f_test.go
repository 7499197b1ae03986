package extract

import "testing"

// fx9fDeathRules and fx9fTroopRules hold the rows of the shapes fixed
// after the blind rounds r28a and r28b (fx9f, session 28), kept apart
// from the main tables so that parallel work merges cleanly; each row is
// checked as TestFigureRules checks its own.
var fx9fDeathRules = []figureRule{
	// a count of deaths that changed "from N to M": both figures
	{ruleDeathToll,
		[]figureCase{{text: "Deaths from the floods in Sindh climbed overnight from 31 to 47.", count: 31},
			{text: "Deaths from the floods in Sindh climbed overnight from 31 to 47.", count: 47},
			{text: "Road deaths in the county fell from 58 to 44.", count: 44}},
		[]string{"Arrests in the county fell from 58 to 44.",
			"Deaths from heart disease fell from 31 to 27 percent of the total."}},
	// a subject of death with no "the dead" before a verb of numbering
	{ruleDeathToll,
		[]figureCase{{text: "Fatal casualties from the quake numbered 71, the governor said.", count: 71},
			{text: "Rebels killed in the fighting numbered about 40, the army said.", count: 40}},
		[]string{"Casualties from the quake numbered 71, the governor said.",
			"Rebels captured in the fighting numbered about 40, the army said."}},
	// an inverted "Killed ... were N PEOPLE" with a phrase after them
	{ruleDeathPass,
		[]figureCase{{text: "Killed in the explosion were six miners on the night shift at the pit.", count: 6}},
		[]string{"Injured in the explosion were six miners on the night shift at the pit.",
			"Trapped in the explosion were six miners on the night shift at the pit."}},
	// a verb of killing split from "to death" by its victims
	{ruleDeathActive,
		[]figureCase{{text: "The crowd crushed nine pilgrims to death at the gate.", count: 9},
			{text: "Robbers stabbed two guards to death in the warehouse.", count: 2}},
		[]string{"A tribunal sentenced nine generals to death in absentia.",
			"The crowd crushed nine cars to death at the gate."}},
	// "the drowned" are dead: a tally of them is a toll
	{ruleDeathToll,
		[]figureCase{{text: "The navy's tally of the drowned stood at 48 on Monday.", count: 48}},
		[]string{"The navy's tally of the rescued stood at 48 on Monday."}},
	// a side's own dead "put at" a number, as "their losses at"
	{ruleDeathToll,
		[]figureCase{{text: "Indian officials put their dead from the shelling at 14 soldiers.", count: 14},
			{text: "The rebels put their own dead at about 60.", count: 60}},
		[]string{"The rebels put their wounded at about 60.",
			"The army put its dead at 40 vehicles, the ministry said."}},
	// an ethnic group counted as a demonym is
	{ruleDeathList,
		[]figureCase{{text: "At least 90 Yazidis were killed when the village was overrun.", count: 90}},
		[]string{"At least 90 Yazidis were rescued when the village was retaken."}},
}

var fx9fTroopRules = []figureRule{
	// a force's verb with its object after "numbering N": not a counted noun
	{ruleTroopForce,
		[]figureCase{{text: "Soldiers numbering 2,200 sealed the border crossing.", count: 2200},
			{text: "Gendarmes numbering about 600 surrounded the stadium.", count: 600}},
		[]string{"Protesters numbering 2,200 sealed the border crossing.",
			"Soldiers numbering 2,200 tanks sealed the border crossing."}},
	// formations counted in words before an aside that totals their men
	{ruleTroopForce,
		[]figureCase{{text: "Three battalions, totalling some 2,100 men, crossed into the district.", count: 2100},
			{text: "Four infantry companies, numbering 520, reached the valley.", count: 520}},
		[]string{"Three companies, totalling some 2,100 employees, were merged.",
			"Three battalions, totalling some 2,100 vehicles, crossed into the district."}},
	// an acronym the story spelled out before as a state's force is
	// that state's, though the lexicon lists it as a stateless group's
	{ruleTroopNoun,
		[]figureCase{{text: "Tokyo sent Self-Defense Forces units to the coast. Some 800 SDF personnel were deployed.", count: 800, country: "JP"},
			{text: "The Syrian Democratic Forces said 800 SDF fighters were deployed.", count: 800, country: ""}},
		[]string{"Tokyo sent Self-Defense Forces units to the coast. Some 800 SDF vehicles were deployed."}},
	// "N of its officers" after a force's body that says it
	{ruleTroopOf,
		[]figureCase{{text: "The Japan Coast Guard said 600 of its officers had joined the search near Miyako.", count: 600, country: "JP"},
			{text: "The national police said 2,000 of its officers had been sent to the border.", count: 2000}},
		[]string{"The airline said 600 of its officers had joined the strike.",
			"The police union said 600 of its officers had joined the strike."}},
}

func TestFigureRulesFx9f(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx9fDeathRules, "deaths")
	checkFigureRows(t, ex, fx9fTroopRules, "troops")
}
