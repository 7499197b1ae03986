package extract

import "testing"

// fx31QuoteRuleRows hold the speaker shapes fixed after the blind rounds
// r31a/r31b (fx31, session 31).
var fx31QuoteRuleRows = []quoteRuleRow{
	// a parenthesised acronym after a body's name ends its subject: the
	// body speaks, "(CGT)" only restates it (quotes_acronymaside.go)
	{rule: "acronym-aside", pos: true,
		text:  "The National Teachers Union (NTU) called the vote \"a betrayal of every classroom in the land\".",
		quote: "a betrayal of every classroom", speaker: "National Teachers Union"},
	{rule: "acronym-aside", pos: true,
		text:  "The Federation of Dock Workers (FDW) said the new rules were \"an attack on every port in the country\".",
		quote: "an attack on every port", speaker: "Federation of Dock Workers"},
	{rule: "acronym-aside", pos: false,
		text:  "The National Teachers Union (NTU) met on Monday. Its leader called the vote \"a betrayal of every classroom in the land\".",
		quote: "a betrayal of every classroom", speaker: "National Teachers Union"},
}

func TestFx31QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx31QuoteRuleRows)
}
