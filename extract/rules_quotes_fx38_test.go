package extract

import "testing"

// fx38QuoteRuleRows pin the speaker rules of fx38 (humanitarian copy).
var fx38QuoteRuleRows = []quoteRuleRow{
	// a gendered title right before the subject's name is no other
	// referent: the writer's "he" outweighs the given-name list
	{rule: "title-noun-own-subject", pos: true,
		text:  "LAGOS (Reuters) - \"The bridge is closed,\" council engineer Mark Delaney told reporters. He said repairs would take weeks.\nPolice spokesman Captain Addison Reyes said in a statement that officers had found \"no sign of sabotage\". \"The crack was caused by the cold, not by anyone,\" he said.",
		quote: "The crack was caused", speaker: "Addison Reyes"},
	{rule: "title-noun-own-subject", pos: false,
		text:  "LAGOS (Reuters) - \"The bridge is closed,\" council engineer Mark Delaney told reporters. He said repairs would take weeks.\nAddison Reyes said in a statement that officers had found \"no sign of sabotage\", and a police spokesman stood by. \"The crack was caused by the cold, not by anyone,\" he said.",
		quote: "The crack was caused", speaker: "Addison Reyes"},
	// "the group said" right after a named body spoke in the sentence
	// before is that body, not one an earlier paragraph called a group
	{rule: "body-just-saying", pos: true,
		text:  "GOMA (Reuters) - The militia has fought the Popular Defence Front (FPD) for years.\nThe army, which replaced the old Kivu group, has 900 soldiers in the area.\nThe FPD said in a statement that it had no fighters in the town. \"We are not at war with the villagers,\" the group said.",
		quote: "We are not at war", speaker: "FPD"},
	{rule: "body-just-saying", pos: false,
		text:  "GOMA (Reuters) - The militia has fought the Popular Defence Front (FPD) for years.\nThe FPD said in a statement that it had no fighters in the town.\nThe Kivu Relief Network, which feeds 9,000 people, counted the dead. \"We are not at war with the villagers,\" the group said.",
		quote: "We are not at war", speaker: "FPD"},
	// a capitalised common word closing a name before an apposition is
	// the surname ("Both", "Long")
	{rule: "common-word-surname", pos: true,
		text:  "JUBA (Reuters) - Fighting went on near the river.\n\"We cannot cope,\" said Mary Akol, a nurse. She said supplies were looted.\nPeter Riek Both, a spokesman for the White Army, said villages had been shelled. \"We hold the river,\" he said.",
		quote: "We hold the river", speaker: "Peter Riek Both"},
	{rule: "common-word-surname", pos: false,
		text:  "JUBA (Reuters) - Fighting went on near the river.\n\"We cannot cope,\" said Mary Akol, a nurse. She said supplies were looted.\nPeter Riek met the elders of Malakal and Renk Both times, and villages had been shelled. \"We hold the river,\" Riek said.",
		quote: "We hold the river", speaker: "Renk Both"},
}

func TestFx38QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx38QuoteRuleRows)
}
