package extract

import "testing"

// fx58DeathRules hold the rows of the death shapes fixed after the blind
// rounds r36a, r36b and r36d (fx58).
var fx58DeathRules = []figureRule{
	// a second source's figure put in a direction, past a phrase of its
	// period (figureDirectionBefore)
	{ruleDeathToll,
		[]figureCase{{text: "At least 212 villagers were killed by militias in the spring. A church group put the figure for the season higher still, at more than 260.", count: 260},
			{text: "A monitoring group put the figure lower, at 75, after bodies were counted in the ravine.", count: 75}},
		[]string{"Inflation reached 12 percent in May. Economists put the figure for the year higher still, at 15.",
			"A church group put the figure for the season higher still, at 260 homes destroyed by the militias."}},
	// a force's men lost in combat (lostToDeath)
	{ruleDeathActive,
		[]figureCase{{text: "The militia lost more than 900 men fighting the rebels in the hills.", count: 900},
			{text: "The clan lost 40 fighters defending the wells.", count: 40}},
		[]string{"The team lost 12 players battling injuries over the season.",
			"The plant lost 300 workers fighting the new contract."}},
	// two modifiers joined by "and" before one victim noun (coordinatedModifierEnd)
	{ruleDeathPass,
		[]figureCase{{text: "The ministry said at least 70 Houthi and allied fighters were killed.", count: 70},
			{text: "Officials said 25 local and foreign fighters had died in the raid.", count: 25}},
		[]string{"The ministry said at least 70 Houthi and allied fighters were captured.",
			"Officials said 25 local and foreign fighters had surrendered in the raid."}},
	// a victim named after his rank in apposition (titledAsideName)
	{ruleDeathOne,
		[]figureCase{{text: "A border guard, Sergeant Karim al-Masri, was killed in the exchange of fire and three others were hurt.", count: 1},
			{text: "A firefighter, Captain Ana Duarte-Lopes, died when the roof fell in.", count: 1}},
		[]string{"A border guard, Sergeant Karim al-Masri, was wounded in the exchange of fire.",
			"A firefighter, Captain Ana Duarte-Lopes, was rescued when the roof fell in."}},
	// a death in reports still being checked is none yet (reportUnderCheck)
	{ruleDeathRetracted,
		[]figureCase{{text: "Police confirmed reports of a third death in the town on Friday.", count: 3},
			{text: "Medics were checking the bodies of three men killed in the raid.", count: 3}},
		[]string{"Officials were still checking reports of a third death in the town, which they could not confirm.",
			"The agency said it was verifying reports of two deaths in the border villages."}},
	// a title before a noun for one person modifies it (singleVictimAt); a
	// named force or place after "of" keeps its "and" or its "state"
	// (nameLimAt)
	{ruleDeathOne,
		[]figureCase{{text: "A head constable died of his wounds at the district hospital on Friday.", count: 1},
			{text: "A sergeant of the Bosnia and Herzegovina Armed Forces died in the blast.", count: 1},
			{text: "A warden of the state prison service was killed in the riot.", count: 1}},
		[]string{"A head constable was wounded at the district hospital on Friday.",
			"A sergeant of the Bosnia and Herzegovina Armed Forces was hurt in the blast."}},
	// fighters taken by a verb that kills fighters only, in the passive
	// (combatantsEliminated)
	{ruleDeathPass,
		[]figureCase{{text: "The army said six insurgents had been eliminated in the forest near the border.", count: 6},
			{text: "Nine gunmen were eliminated during the night, police said.", count: 9}},
		[]string{"Six candidates had been eliminated in the first round of the vote.",
			"Nine gunmen would be eliminated if they refused to surrender, police said."}},
	// soldiers of airborne and special units are people a list counts (victims.tsv)
	{ruleDeathList,
		[]figureCase{{text: "A paratrooper and a police driver died when the convoy was ambushed.", count: 2},
			{text: "A commando and two porters were killed in the avalanche.", count: 3}},
		[]string{"A paratrooper and a police driver were hurt when the convoy was ambushed."}},
	// a second side's count, acknowledged or counted, after a killing (confirmedBare)
	{ruleDeathToll,
		[]figureCase{{text: "The army said its shelling had killed 40 rebels near the dam; the rebels acknowledged nine.", count: 9},
			{text: "Activists said 300 protesters were killed in the crackdown, while a state commission counted 212.", count: 212}},
		[]string{"The army said its shelling had destroyed 40 rebel positions; the rebels acknowledged nine.",
			"Activists said the crackdown had killed hundreds; the police admitted 2019 was the worst year."}},
	// a second source's "the figure was" after a sentence's figure of the dead (figureWasBare)
	{ruleDeathToll,
		[]figureCase{{text: "The governor said 18 villagers were killed, but church workers said the figure was nearly 30.", count: 30},
			{text: "Police put the dead at 12, while medics said the figure was at least 20.", count: 20}},
		[]string{"The blast wounded 12 people; the figure was 30 last year.",
			"The governor said 18 villagers were hurt, but church workers said the figure was nearly 30."}},
	// the earlier toll a source "first" gave (reporterClauseAt)
	{ruleDeathToll,
		[]figureCase{{text: "The ministry raised the toll from the landslide to 52 from the 38 it first reported.", count: 38},
			{text: "Police raised the toll to nine from the six they initially gave.", count: 6}},
		[]string{"The ministry raised the budget for the landslide area to 52 million from the 38 million it first reported."}},
	// a force's losses with the figure quoted alone (killingNumber)
	{ruleDeathActive,
		[]figureCase{{text: "The ministry said the rebels lost 'more than 300' fighters in the offensive.", count: 300}},
		[]string{"The chain said it lost 'more than 300' customers in the year.",
			"A rebel spokesman said the group had lost 'fewer than ten' fighters."}},
}

func TestFx58DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx58DeathRules, "deaths")
}
