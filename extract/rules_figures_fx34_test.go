package extract

import "testing"

// fx34TroopRules hold the rows of the troop shapes fixed by fx34 (the
// blind r32a blocks and articles), kept apart from the main tables so that
// parallel work merges cleanly.
var fx34TroopRules = []figureRule{
	// a vote's tally is no personnel (voteTally), the force it votes on
	// or not
	{ruleTroopNumber,
		[]figureCase{{text: "The assembly voted to raise the standby force to 6,000.", count: 6000}},
		[]string{"The regional parliament approved the standby force budget by 71 votes to 9.",
			"Deputies backed the deployment of the force by a vote of 71 to 9."}},
	// a river or a valley named after the sender is no destination state
	// that rules the sender out (featureNamedAt)
	{ruleTroopNoun,
		[]figureCase{{text: "Bamako sent about 1,500 soldiers to the Niger river valley after the dykes broke.", count: 1500, country: "ML"},
			{text: "Niamey deployed 400 soldiers to the Niger river after the floods.", count: 400, country: "NE"}},
		nil},
	// ", including N police officers" after a toll told earlier in the
	// sentence counts the dead, however far the verb (tollIncludingAt)
	{ruleTroopNoun,
		[]figureCase{{text: "Ghana deployed 3,000 police officers in Accra after the riots began, including 300 women.", count: 3000, country: "GH"}},
		[]string{"Ghana's police said 14 people had been killed in two days of protests in Accra against a sharp rise in bread prices, including three police officers."}},
	// "puts the number at N" after a sentence of deaths counts the dead
	// (tollToldBefore), gendarmes among them or not
	{ruleTroopNumber,
		[]figureCase{{text: "Warsaw will send 2,000 more soldiers to the border, raising the number deployed there to about 8,000.", count: 8000, country: "PL"}},
		[]string{"The ministry says nine people, including three gendarmes, have died in the clashes. The opposition puts the number at 31 and blames the security forces."}},
}

func TestFx34TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx34TroopRules, "troops")
}

// fx34DeathRules: a victim's noun that modifies a head further on joins
// the compound to the count ("and a civilian joint task force member
// died" adds one), where a verb between ends the victims.
var fx34DeathRules = []figureRule{
	{ruleDeathPass,
		[]figureCase{{text: "Nine Chadian soldiers and a civilian vigilance committee member died when their post was overrun.", count: 10},
			{text: "Four policemen and a civilian militia volunteer died in the ambush near Diffa.", count: 5}},
		[]string{"Nine civilians fled the post and soldiers later said they had withdrawn."}},
	// a count of victims quoted whole, its verb after the closing mark
	{ruleDeathPass,
		[]figureCase{{text: "The minister said that \"about 30 bandits\" had died in the air strikes.", count: 30}},
		[]string{"The minister said that \"about 30 bandits\" had been arrested in the raids."}},
}

func TestFx34DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx34DeathRules, "deaths")
}
