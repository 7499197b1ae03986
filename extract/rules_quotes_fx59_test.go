package extract

import "testing"

// fx59QuoteRows pin "rejected X as '...'" as a cue of its subject's words
// (the blind r36e round: envoys rejecting reports at the UN).
var fx59QuoteRows = []quoteRuleRow{
	{rule: "rejected-as", pos: true,
		text:  "Kenya's ambassador, Mary Otieno, rejected the findings as \"a work of fiction stitched together from rumours\".",
		quote: "a work of fiction", speaker: "Mary Otieno"},
	{rule: "rejected-as", pos: false,
		text:  "The court rejected the appeal. \"We will keep fighting for justice,\" said Mary Otieno, the widow.",
		quote: "We will keep fighting", speaker: "court"},
}

func TestFx59QuoteRows(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx59QuoteRows)
}
