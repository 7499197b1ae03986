package extract

import "testing"

// fx56QuoteRules: r36a, a middle name standing for a full name set off
// by an apposition after a verb of saying ("said NAME, the ... commander").
var fx56QuoteRules = []quoteRuleRow{
	{rule: "middle-name-apposed", pos: true, text: "PORT-AU-PRINCE (Reuters) - Kenyan police landed in Haiti on Monday. \"We are ready,\" said Peter Kamau Njoroge, the Kenyan police commander. Asked about the gangs, Kamau said: \"We will go where we are needed.\"",
		quote: "where we are needed", speaker: "Peter Kamau Njoroge"},
	{rule: "middle-name-apposed", pos: false, text: "PORT-AU-PRINCE (Reuters) - Kenyan police landed in Haiti on Monday. \"We are ready,\" said Peter Kamau Njoroge, the Kenyan police commander. Asked about the gangs, Kamau Otieno said: \"We will go where we are needed.\"",
		quote: "where we are needed", speaker: "Peter Kamau Njoroge"},
	// r36d: "Aruna" is a man's name in Sri Lanka, a woman's in India (given_names.tsv U)
	{rule: "unisex-given-name", pos: true, text: "COLOMBO (Reuters) - Floods hit Sri Lanka. Deputy Minister Aruna Perera rejected criticism. Opposition Leader Ravi Silva had told parliament that the warnings were late. Perera replied that alerts had gone out. \"The rain was the problem,\" he said.",
		quote: "rain was the problem", speaker: "Aruna Perera"},
	{rule: "unisex-given-name", pos: false, text: "COLOMBO (Reuters) - Floods hit Sri Lanka. Deputy Minister Aruna Perera rejected criticism. Opposition Leader Ravi Silva had told parliament that the warnings were late. \"The rain was the problem,\" Silva said.",
		quote: "rain was the problem", speaker: "Aruna Perera"},
}

func TestFx56QuoteRules(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), fx56QuoteRules) }
