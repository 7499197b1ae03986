package extract

import "testing"

// fx10oQuoteRuleRows hold the speaker shapes fixed after the blind round
// r28c (fx10o, session 28), kept apart from quoteRuleRows so that parallel
// work merges cleanly; TestFx10oQuoteRules reads them as TestQuoteRules
// reads its table.
var fx10oQuoteRuleRows = []quoteRuleRow{
	// "the council said" finds a body whose name runs on past a plural's
	// apostrophe; a lower-case owner names no body
	{rule: "body-noun-plural-possessive", pos: true,
		text:  "Tallies came from the Regional Harbour Masters' Council on Monday. The council said in a statement: \"Every berth was full by noon on the second day.\"",
		quote: "Every berth was full", speaker: "Regional Harbour Masters' Council"},
	{rule: "body-noun-plural-possessive", pos: false,
		text:  "Tallies came from the harbour masters' council on Monday. The council said in a statement: \"Every berth was full by noon on the second day.\"",
		quote: "Every berth was full", speaker: "Regional Harbour Masters' Council"},
}

func TestFx10oQuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx10oQuoteRuleRows)
}
