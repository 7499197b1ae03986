package extract

import "testing"

// fx39OldAgeRules: one old person dying of no stated harm is an
// obituary's news, no toll; a victim's age with a harm stays a death.
var fx39OldAgeRules = []figureRule{
	{ruleDeathOne,
		[]figureCase{{text: "The retired judge, 78, died of his injuries after the crash.", count: 1},
			{text: "A farmer, 81, died in the blaze at his home, firefighters said.", count: 1},
			{text: "The former mayor died on Monday after being shot outside his office. He was 72.", count: 1}},
		[]string{"The former mayor died on Monday at the age of 87.",
			"The composer, 93, died peacefully in his sleep, his publisher said.",
			"Anna Berg, a former senator who chaired the finance committee for a decade, died on Friday. She was 90."}},
}

func TestFx39OldAgeRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx39OldAgeRules, "deaths")
}

// fx39PluralPairRows: a plural title before two names joined by "and"
// gives each the singular office.
var fx39PluralPairRows = []officialRuleCase{
	{rule: ruleTitleComma, text: "He was joined by the two governments' trade ministers, Lena Holt and Marco Ruiz, at the talks.",
		name: "Marco Ruiz", title: "trade minister"},
	{rule: ruleTitleComma, text: "He was joined by the trade ministers, Lena Holt and Marco Ruiz, at the talks.",
		name: "Lena Holt", title: "trade minister"},
	{rule: ruleTitleComma, text: "He thanked the ministers, Lena Holt, Marco Ruiz and Ana Silva, for coming.",
		absent: "Marco Ruiz"},
}

func TestFx39PluralPairRows(t *testing.T) {
	checkOfficialRows(t, fx39PluralPairRows)
}

// fx39OldAgeCauseRules: a clause of cause after "died" keeps an old
// person's death a victim's; an old age with none is an obituary's.
var fx39OldAgeCauseRules = []figureRule{
	{ruleDeathOne,
		[]figureCase{{text: "Walsh, 74, died at his home after a pistol his grandson was cleaning went off.", count: 1}},
		[]string{"Walsh, 74, died at his home on Sunday, his family said."}},
}

func TestFx39OldAgeCauseRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx39OldAgeCauseRules, "deaths")
}
