package extract

import "testing"

// fx69QuoteRuleRows hold the speaker shapes fixed by fx69 (the blind r37e
// round, the Middle East and Iran).
var fx69QuoteRuleRows = []quoteRuleRow{
	// "X, which ..., said that it ...": the subject before the "which"
	// aside is the body "it" stands for, not a body that spoke before
	// (whichAsideBefore)
	{rule: "which-aside-subject", pos: true,
		text:  "Israeli authorities said missiles hit Israel. The United Arab Emirates, which claims the islands, said in a statement that it rejected \"any military activity on occupied Emirati islands.\"",
		quote: "any military activity", speaker: "United Arab Emirates"},
	{rule: "which-aside-subject", pos: false,
		text:  "Israeli authorities said missiles hit Israel. The United Arab Emirates, which claims the islands, said in a statement that it rejected \"any military activity on occupied Emirati islands.\"",
		quote: "any military activity", speaker: "Israeli authorities"},
}

func TestFx69QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx69QuoteRuleRows)
}
