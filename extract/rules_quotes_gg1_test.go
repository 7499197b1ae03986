package extract

import "testing"

// gg1QuoteRuleRows hold the quote shapes fixed after the second audit of
// the GGT quote gold (gg1), kept apart so that parallel work merges
// cleanly.
var gg1QuoteRuleRows = []quoteRuleRow{
	// a Korean surname that is an English word closes a Western-order
	// name after a given name, so a later "actor Oh said" is hers
	{rule: "surname-after-given", pos: true,
		text:  "LOS ANGELES -- The awards were handed out on Sunday.\n\nAndy Samberg and Sandra Oh hosted the ceremony.\n\nCanadian actor Oh said the pairing came about because they are \"the only two people left in Hollywood who haven't gotten in trouble.\"\n\nThe show ran long.",
		quote: "the only two people left in Hollywood", speaker: "Sandra Oh"},
	{rule: "surname-after-given", pos: true,
		text:  "LOS ANGELES -- The awards were handed out on Sunday.\n\nAndy Samberg and Sandra Oh hosted the ceremony.\n\n\"It was a wonderful night for all of us on stage,\" Oh said.\n\nThe show ran long.",
		quote: "It was a wonderful night", speaker: "Sandra Oh"},
	// the interjection opening a sentence is no surname, even after a
	// given name ends the sentence before
	{rule: "surname-after-given", pos: false,
		text:  "LOS ANGELES -- The awards were handed out on Sunday.\n\nThe host thanked Sandra. Oh, and the show ran long, said producer Mark Ellis, who added: \"We will trim it next year for sure.\"\n\nThe show ran long.",
		quote: "We will trim it next year", speaker: "Sandra Oh"},
}

func TestGg1QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), gg1QuoteRuleRows)
}
