package extract

import "testing"

// fx89QuoteRuleRows: "quoted NP as saying" with words before the quote
// gives the one quoted (quotedAsSayingBefore), and an object pronoun
// after a verb of quoting never stands for a person in its subject
// (quotedObjectOfSubject); a rival government's epithet is no part of
// the body's name (body-epithet).
var fx89QuoteRuleRows = []quoteRuleRow{
	{rule: "quoted-as-saying", pos: true,
		text:  "Chief Minister Omar Abdullah visited the site on Monday. A statement from Raj Niwas quoted him as saying the culprits \"will face the full force of the law\".",
		quote: "will face the full force of the law", speaker: "Omar Abdullah"},
	{rule: "quoted-as-saying", pos: false,
		text:  "Chief Minister Omar Abdullah visited the site on Monday. A statement from Raj Niwas quoted him as saying the culprits \"will face the full force of the law\".",
		quote: "will face the full force of the law", speaker: "Raj Niwas"},
	{rule: "quoted-as-saying", pos: true,
		text:  "The state broadcaster quoted Minister Lena Park as saying the ferry \"should never have sailed\".",
		quote: "should never have sailed", speaker: "Lena Park"},
	{rule: "body-epithet", pos: true,
		text:  "The parallel Government of National Accord called the strike \"an outrage against civilians\".",
		quote: "an outrage against civilians", speaker: "Government of National Accord"},
	{rule: "body-epithet", pos: false,
		text:  "The shadow government called the strike \"an outrage against civilians\".",
		quote: "an outrage against civilians", speaker: "government"},
}

func TestQuoteRulesFx89(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx89QuoteRuleRows)
}
