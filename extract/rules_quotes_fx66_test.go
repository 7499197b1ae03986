package extract

import "testing"

// fx66QuoteRuleRows hold the speaker shapes fixed by fx66 (the blind r37a
// round): a body named in an apposition with its acronym after it speaks
// by the name as written.
var fx66QuoteRuleRows = []quoteRuleRow{
	{rule: "apposed-body-acronym", pos: true,
		text:  "The Pakistani military's media wing, Inter-Services Public Relations (ISPR), said in a statement that \"six brave sons of the soil embraced shahadat\" on Sunday.",
		quote: "six brave sons", speaker: "Inter-Services Public Relations"},
	{rule: "apposed-body-acronym", pos: false,
		text:  "The Pakistani military's media wing, Inter-Services Public Relations (ISPR), said in a statement that \"six brave sons of the soil embraced shahadat\" on Sunday.",
		quote: "six brave sons", speaker: "Pakistani military's media wing"},
}

func TestFx66QuoteRuleRows(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx66QuoteRuleRows)
}
