package extract

import "testing"

// fx81QuoteRuleRows: a quote's words that someone repeats after it ("a
// phrase NAME repeated") keep the speaker who said them first (echoNouns).
var fx81QuoteRuleRows = []quoteRuleRow{
	{rule: "echoed-phrase", pos: true,
		text:  "MEXICO CITY (AP) - Security chief Eduardo Meneses spoke on Monday. The U.S. ambassador, Ronald Whitaker Hayes, said last week that cooperation was \"at its best moment,\" a phrase Meneses repeated on Monday.",
		quote: "at its best moment", speaker: "Ronald Whitaker Hayes"},
	{rule: "echoed-phrase", pos: false,
		text:  "MEXICO CITY (AP) - Security chief Eduardo Meneses spoke on Monday. The U.S. ambassador, Ronald Whitaker Hayes, said last week that cooperation was \"at its best moment,\" a phrase Meneses repeated on Monday.",
		quote: "at its best moment", speaker: "Eduardo Meneses"},
	{rule: "echoed-phrase", pos: true,
		text:  "MEXICO CITY (AP) - Security chief Eduardo Meneses spoke on Monday. \"Cooperation is at its best moment,\" Meneses said, a phrase he has used before.",
		quote: "Cooperation is at its best moment", speaker: "Eduardo Meneses"},
}

func TestQuoteRulesFx81(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx81QuoteRuleRows)
}
