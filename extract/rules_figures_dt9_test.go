package extract

import "testing"

// dt9DeathRules hold the rows of the death-toll shapes fixed in session
// dt9 (deaths_raisedfrom.go, deaths_ofthemtail.go, deaths_rankmod.go, the
// ranked victim with "the", the spaced dash aside, an aside after a
// victims' "from" phrase, a stated count among the dead), kept apart from the main tables so that
// parallel work merges cleanly.
var dt9DeathRules = []figureRule{
	// the earlier toll after a verb that raised the toll "from" it
	{ruleDeathToll,
		[]figureCase{{text: "Floods have killed 31 people, officials said, raising the toll from 24 after two villages were reached.", count: 24},
			{text: "The landslide has killed 40 people, the governor said on Sunday, raising the death toll from 33 announced a day earlier.", count: 33},
			{text: "After the blast killed more workers, the ministry revised the toll to 19 from the 15 it gave on Monday.", count: 15}},
		[]string{"The ferry company raised the toll from 12 euros to 15 for each car.",
			"Officials raised the toll from the flood after more bodies were found."}},
	// "the" before an ordinal victim who died ranks the toll as "a" does
	{ruleDeathOne,
		[]figureCase{{text: "The fifth victim, a 62-year-old bus driver, died in hospital on Thursday.", count: 5},
			{text: "Police said the third victim died of his wounds overnight.", count: 3},
			// survivors in the sentence: "the fifth victim" ranks the victims, one died
			{text: "Four of the gunman's victims survived; the fifth victim, a nurse, died of her wounds.", count: 1}},
		[]string{"The fifth victim, a 62-year-old bus driver, is in a stable condition.",
			"The third victim was discharged from hospital on Friday."}},
	// ", N of them" and whatever is said of the N: a part of the dead
	{ruleDeathSubset,
		[]figureCase{{text: "The morgue has received 22 bodies since the riot began, nine of them with stab wounds.", count: 9},
			{text: "Measles has killed 340 children this year, 41 of them in the past month.", count: 41},
			{text: "Eleven bodies were brought ashore, six of them still unidentified.", count: 6}},
		[]string{"The crash injured 14 passengers, six of them with head wounds.",
			"Fifteen people were pulled from the fire, three of them in critical condition."}},
	// a hyphen spaced as a dash opens an aside between the victims and their verb
	{ruleDeathPass,
		[]figureCase{{text: "Two aid workers - a nurse and her driver - were killed when the convoy was shelled.", count: 2}},
		[]string{"Two aid workers - a nurse and her driver - were wounded when the convoy was shelled."}},
	// an aside after the "from" phrase that places the victims
	{ruleDeathPass,
		[]figureCase{{text: "Four fishermen from the island of Lamu, aged 19 to 26, drowned when the dhow capsized.", count: 4}},
		[]string{"Four fishermen from the island of Lamu, aged 19 to 26, were rescued when the dhow capsized."}},
	// a written count "among the dead" beside other figures is its own
	{ruleDeathList,
		[]figureCase{{text: "The army said it killed 30 rebels. Villagers said at least 12 farmers, among them a chief and his son, were among the dead.", count: 12}},
		[]string{"Villagers said at least 12 farmers, among them a chief and his son, were among the wounded."}},
	// a word of the kind of death between a rank and its noun
	{ruleDeathRunning,
		[]figureCase{{text: "The crash was the ninth road death in the county this year.", count: 9},
			{text: "Doctors confirmed a third drowning death at the reservoir.", count: 3},
			{text: "The stabbing was the city's 52nd gun homicide of the year.", count: 52}},
		[]string{"It was the ninth road closure in the county this year.",
			"The driver faces a second traffic death charge."}},
	// a person ranked as the latest "to die" or "to be killed"
	{ruleDeathRunning,
		[]figureCase{{text: "The hiker was the fifth person to die on the mountain this summer.", count: 5},
			{text: "He is the fourth journalist to be killed in the country since January.", count: 4}},
		[]string{"She was the fifth person to be arrested over the protest.",
			"He was the second man to be injured at the crossing this week."}},
	// an irregular participle that places the victims before their verb
	{ruleDeathPass,
		[]figureCase{{text: "Two of the six climbers caught in the rockfall were found dead.", count: 2},
			{text: "Four villagers swept by the flash flood drowned.", count: 4}},
		[]string{"Two of the six climbers caught in the rockfall were airlifted to hospital.",
			"Four villagers swept by the flash flood were rescued downstream."}},
}

func TestFigureRulesDt9(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, dt9DeathRules, "deaths")
}
