package extract

import "testing"

// fx9oQuoteRuleRows hold the speaker shapes fixed after the blind rounds
// r28a and r28b (fx9o, session 28), kept apart from quoteRuleRows so that
// parallel work merges cleanly; TestFx9oQuoteRules reads them as
// TestQuoteRules reads its table.
var fx9oQuoteRuleRows = []quoteRuleRow{
	// "the minister" is the portfolio's secretary in focus when no one is
	// named a minister; a press secretary is no minister
	{rule: "minister-as-secretary", pos: true,
		text:  "Energy Secretary Lucía Ferrer Ortiz closed two wells on Monday. Ferrer Ortiz said she shared the anger. Speaking in the capital, the minister said: \"Every well will be inspected before it opens again.\"",
		quote: "Every well will be inspected", speaker: "Lucía Ferrer Ortiz"},
	{rule: "minister-as-secretary", pos: false,
		text:  "Press Secretary Lucía Ferrer Ortiz spoke first. Ferrer Ortiz said she shared the anger. Later, the minister said: \"Every well will be inspected before it opens again.\"",
		quote: "Every well will be inspected", speaker: "Lucía Ferrer Ortiz"},
}

func TestFx9oQuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx9oQuoteRuleRows)
}
