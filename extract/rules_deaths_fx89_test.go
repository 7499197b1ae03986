package extract

import "testing"

// fx89DeathRules hold the rows of the death shapes fixed by fx89 (the
// blind r39b round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx89DeathRules = []figureRule{
	// a fronted heading of the dead with an aside of attribution before
	// "were" (deadHeadingTail), summed with its parts
	{"",
		[]figureCase{{text: "Killed in the clash, according to the navy, were three pirates and two sailors.", count: 5},
			{text: "Killed in the clash, according to the navy, were three pirates and two sailors.", count: 3},
			{text: "Killed in the clash, according to the navy, were three pirates and two sailors.", count: 2},
			{text: "Killed on Friday, the coast guard said, were seven fishermen.", count: 7},
			{text: "Among the dead, according to the governor, were nine pilgrims and a bus driver.", count: 9}},
		[]string{"Injured in the clash, according to the navy, were three pirates and two sailors.",
			"Arrested on Friday, the coast guard said, were seven fishermen."}},
	// a modifier in quotation marks before a noun of death
	// (quotedModifierEnd)
	{"",
		[]figureCase{{text: "The toll from the typhoon reached 90, the agency said, including 12 \"storm-related\" deaths in shelters.", count: 12}},
		[]string{"The agency counted 12 \"storm-related\" injuries in shelters."}},
	// a running count of deaths whose long subject names the event
	// (deathsSubjectOpens), and "stand" as a verb of the count
	{"",
		[]figureCase{{text: "Deaths from the ferry fire off Mindoro island near Calapan stood at 31 on Monday.", count: 31},
			{text: "Fatalities from the landslide stand at 64.", count: 64}},
		[]string{"Exports from the port city of Calapan near Mindoro stood at 31 on Monday.",
			"Deaths from the ferry fire off Mindoro island near Calapan were under investigation."}},
	// a victim ranked in a class's tally over a month or since a date is
	// one death, not the rank (tallyRankAt, periodAfter)
	{ruleDeathOne,
		[]figureCase{{text: "She was shot dead at the market on Friday, the third school teacher killed this month.", count: 1},
			{text: "A journalist was stabbed to death in the capital, the fourth reporter killed since March.", count: 1}},
		[]string{"She was arrested at the market on Friday, the third school teacher detained this month."}},
	// "the owner's figure was up from N" after a toll told a few sentences
	// before (figureUpFrom, figureSubjectOpens)
	{ruleDeathCompare,
		[]figureCase{{text: "The death toll from the storm rose to 41 on Friday. Most of the dead were fishermen. The agency's figure was up from 35 a day earlier.", count: 35},
			{text: "The death toll from the storm rose to 41 on Friday. That figure is down from 44 after duplicates were removed.", count: 44}},
		[]string{"Rice exports rose to 41 tonnes on Friday. The agency's figure was up from 35 a day earlier."}},
	// a plural noun for people modifying another ("police commandos")
	// before a group joined by "and their" (pluralNounModifies)
	{"",
		[]figureCase{{text: "Rebels ambushed the patrol, killing five police commandos and their interpreter.", count: 6},
			{text: "Two militia fighters and their guide were killed in the raid.", count: 3}},
		[]string{"Rebels ambushed the patrol, wounding five police commandos and their interpreter."}},
	// rural workers as victims (victims.tsv)
	{"",
		[]figureCase{{text: "Gunmen shot dead a rubber tapper near the plantation.", count: 1},
			{text: "Three woodcutters were killed by a landmine.", count: 3}},
		[]string{"Gunmen robbed a rubber tapper near the plantation."}},
}

func TestFigureRulesFx89Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx89DeathRules, "deaths")
}

// TestFx89NotFigures: the rank of a victim in a month's tally is no toll
// of its own, and a share "up from N percent" no earlier toll.
func TestFx89NotFigures(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []figureCase{{text: "She was shot dead at the market on Friday, the third school teacher killed this month.", count: 3},
		{text: "A ranger was killed by poachers in the park, the fourth ranger killed there since 2021.", count: 4},
		{text: "The death toll from the storm rose to 41 on Friday. The agency's figure was up from 35 percent a day earlier.", count: 35}} {
		if res := ex.Extract(c.text); hasFigure(res, "deaths", "", c) {
			t.Errorf("%q: want no %d, got %s", c.text, c.count, describeFigures(res, "deaths"))
		}
	}
}
