package extract

import "testing"

// fx39OldAgeRules: one old person who died is one death, with or without
// a stated harm (GUIDELINES: "A number of people the article states were
// killed or died"; ruled in session 38, where two blind writers (r35e,
// r38e) counted an obituary's death against one (r33b), and fx39's
// obituary filter was dropped). The negatives are no deaths at all.
var fx39OldAgeRules = []figureRule{
	{ruleDeathOne,
		[]figureCase{{text: "The retired judge, 78, died of his injuries after the crash.", count: 1},
			{text: "A farmer, 81, died in the blaze at his home, firefighters said.", count: 1},
			{text: "The former mayor died on Monday after being shot outside his office. He was 72.", count: 1},
			{text: "The former mayor died on Monday at the age of 87.", count: 1},
			{text: "The former senator, 93, died peacefully in his sleep, his family said.", count: 1},
			{text: "Anna Berg, a former senator who chaired the finance committee for a decade, died on Friday. She was 90.", count: 1}},
		[]string{"The former mayor turned 87 on Monday.",
			"The former senator, 93, was taken to hospital after a fall, his family said."}},
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

// fx39OldAgeCauseRules: an old victim's death is one death whether or
// not a clause of cause follows "died".
var fx39OldAgeCauseRules = []figureRule{
	{ruleDeathOne,
		[]figureCase{{text: "Walsh, 74, died at his home after a pistol his grandson was cleaning went off.", count: 1},
			{text: "Walsh, 74, died at his home on Sunday, his family said.", count: 1}},
		[]string{"Walsh, 74, was at his home on Sunday, his family said."}},
}

func TestFx39OldAgeCauseRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx39OldAgeCauseRules, "deaths")
}
