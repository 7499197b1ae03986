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

// gg1DocumentQuoteRows pin the speaker shapes of a later gg1 pass over the
// GGT quote misses: a document issued by people described rather than named,
// an "it" standing for such a document, and a quote standing alone after
// a paragraph in which a body speaks.
var gg1DocumentQuoteRows = []quoteRuleRow{
	// people described by a plural noun for people who issued a document
	// speak through it; people who only received one do not
	{rule: "group-issuer", pos: true,
		text:  "Forty nurses have signed an open letter to the minister.\n\n\"We can no longer staff the night wards safely with the people we have,\" the letter said.\n",
		quote: "We can no longer staff the night wards", speaker: "Forty nurses"},
	{rule: "group-issuer", pos: true,
		text:  "Twenty residents, who live beside the old quarry, have sent a letter to the council.\n\n\"We ask the council to stop the blasting before the school term begins,\" the letter stated.\n",
		quote: "We ask the council to stop the blasting", speaker: "Twenty residents"},
	{rule: "group-issuer", pos: false,
		text:  "Forty nurses have received a letter from the minister.\n\n\"We can no longer pay for the night wards from the budget we have,\" the letter said.\n",
		quote: "We can no longer pay for the night wards", speaker: "Forty nurses"},
	// "it" after such a document is the document; a body named after the
	// document is the nearer antecedent
	{rule: "it-issued-document", pos: true,
		text:  "Twenty residents, who live beside the old quarry, have sent a letter to the council.\n\n\"We ask the council to stop the blasting before the school term begins,\" it stated.\n",
		quote: "We ask the council to stop the blasting", speaker: "Twenty residents"},
	{rule: "it-issued-document", pos: false,
		text:  "Thirty farmers have signed a letter to the council.\n\nThe Harbour Trust also spoke about the plan on Monday.\n\n\"We will not allow the old pier to be torn down next spring,\" it said.\n",
		quote: "We will not allow the old pier", speaker: "Thirty farmers"},
	// "the railway said" stands for the railway company named before, as
	// "the airline said" does, not for another body named since
	{rule: "railway-standin", pos: true,
		text:  "Harbor Line Railway cut its freight services on Monday after the storm.\n\n\"We expect to run every train again by the end of the week,\" the railway said.\n",
		quote: "We expect to run every train again", speaker: "Harbor Line Railway"},
	{rule: "railway-standin", pos: false,
		text:  "Harbor Line Railway cut its freight services on Monday after the storm. The Harbor Bay Port Authority said the docks were flooded.\n\n\"We expect to run every train again by the end of the week,\" the railway said.\n",
		quote: "We expect to run every train again", speaker: "Harbor Bay Port Authority"},
	// a quote standing alone right after a paragraph whose last sentence
	// has a body speak (before or after its verb) is that body's; a body
	// that only acts, or speaks two paragraphs back, gives it nothing
	{rule: "said-in-paragraph-before", pos: true,
		text:  "Storms hit the coast last week.\n\nThe Ministry of Transport said the coastal road would stay closed until the end of the month.\n\n\"Repairs to the sea wall will take at least three weeks to finish.\"\n",
		quote: "Repairs to the sea wall", speaker: "Ministry of Transport"},
	{rule: "said-in-paragraph-before", pos: true,
		text:  "Storms hit the coast last week.\n\nThe coastal road will stay closed until the end of the month, said the Ministry of Transport.\n\n\"Repairs to the sea wall will take at least three weeks to finish.\"\n",
		quote: "Repairs to the sea wall", speaker: "Ministry of Transport"},
	{rule: "said-in-paragraph-before", pos: false,
		text:  "Storms hit the coast last week.\n\nThe Ministry of Transport closed the coastal road until the end of the month.\n\n\"Repairs to the sea wall will take at least three weeks to finish.\"\n",
		quote: "Repairs to the sea wall"},
	{rule: "said-in-paragraph-before", pos: false,
		text:  "Storms hit the coast last week.\n\nThe Ministry of Transport said the coastal road would stay closed.\n\nWorkers were seen on the beach on Sunday.\n\n\"Repairs to the sea wall will take at least three weeks to finish.\"\n",
		quote: "Repairs to the sea wall"},
}

func TestGg1DocumentQuoteRows(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), gg1DocumentQuoteRows)
}
