package extract

import "testing"

// ox15QuoteRuleRows: a speaker taken wrongly on held-out r29l.
var ox15QuoteRuleRows = []quoteRuleRow{
	// a contrast clause after a quote has its own speaker: the quote
	// keeps the cue before it
	{rule: "contrast-clause", pos: true,
		text:  `Latvian Foreign Minister Baiba Krumina said Riga was "ready to act together with Vilnius", while a Polish deputy interior minister, Czeslaw Mroczek, said Warsaw would send 200 border guards.`,
		quote: "ready to act together", speaker: "Baiba Krumina"},
	{rule: "contrast-clause", pos: false,
		text:  `Latvian Foreign Minister Baiba Krumina said Riga was "ready to act together with Vilnius", while a Polish deputy interior minister, Czeslaw Mroczek, said Warsaw would send 200 border guards.`,
		quote: "ready to act together", speaker: "Czeslaw Mroczek"},
	// a comma and a cue with no contrast word still attribute after
	{rule: "contrast-clause", pos: true,
		text:  `"We are ready to act together with Vilnius," said Czeslaw Mroczek, a Polish deputy interior minister.`,
		quote: "ready to act together", speaker: "Czeslaw Mroczek"},
}

func TestOx15QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), ox15QuoteRuleRows)
}
