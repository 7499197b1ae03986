package extract

import "testing"

// fx56QuoteRules: r36a, a middle name standing for a full name set off
// by an apposition after a verb of saying ("said NAME, the ... commander").
var fx56QuoteRules = []quoteRuleRow{
	{rule: "middle-name-apposed", pos: true, text: "PORT-AU-PRINCE (Reuters) - Kenyan police landed in Haiti on Monday. \"We are ready,\" said Peter Kamau Njoroge, the Kenyan police commander. Asked about the gangs, Kamau said: \"We will go where we are needed.\"",
		quote: "where we are needed", speaker: "Peter Kamau Njoroge"},
	{rule: "middle-name-apposed", pos: false, text: "PORT-AU-PRINCE (Reuters) - Kenyan police landed in Haiti on Monday. \"We are ready,\" said Peter Kamau Njoroge, the Kenyan police commander. Asked about the gangs, Kamau Otieno said: \"We will go where we are needed.\"",
		quote: "where we are needed", speaker: "Peter Kamau Njoroge"},
}

func TestFx56QuoteRules(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), fx56QuoteRules) }
