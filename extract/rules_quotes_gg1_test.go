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
	// a body named inside the "who" clause describing a person is named in
	// passing: "the commission said" is the commission the story is about
	{rule: "who-clause-body", pos: true,
		text:  "THUNDER BAY -- The Ontario Civilian Police Commission appointed an administrator on Monday.\n\nIn July 2017, the commission asked Murray Sinclair, a former judge in Manitoba who chaired the Truth and Reconciliation Commission, to look into the board.\n\n\"The provision of adequate police services is essential to municipal governance,\" the commission said.",
		quote: "The provision of adequate police services", speaker: "Ontario Civilian Police Commission"},
	// with no other commission named, the one in the clause is still meant
	{rule: "who-clause-body", pos: true,
		text:  "THUNDER BAY -- A review was released on Monday.\n\nIn July 2017, officials asked Murray Sinclair, a former judge in Manitoba who chaired the Truth and Reconciliation Commission, to look into the board.\n\n\"The provision of adequate police services is essential to municipal governance,\" the commission said.",
		quote: "The provision of adequate police services", speaker: "Truth and Reconciliation Commission"},
	// a body named as the sentence's own subject, not in a person's "who"
	// clause, is the nearest one meant
	{rule: "who-clause-body", pos: false,
		text:  "THUNDER BAY -- The Ontario Civilian Police Commission appointed an administrator on Monday.\n\nIn July 2017, the Truth and Reconciliation Commission, which Murray Sinclair chaired, asked for a review of the board.\n\n\"The provision of adequate police services is essential to municipal governance,\" the commission said.",
		quote: "The provision of adequate police services", speaker: "Ontario Civilian Police Commission"},
}

func TestGg1QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), gg1QuoteRuleRows)
}
