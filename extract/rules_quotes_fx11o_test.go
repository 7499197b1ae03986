package extract

import "testing"

// fx11oQuoteRuleRows hold the speaker shapes fixed after the blind round
// r28d (fx11o, session 28), kept apart from quoteRuleRows so that parallel
// work merges cleanly; TestFx11oQuoteRules reads them as TestQuoteRules
// reads its table.
var fx11oQuoteRuleRows = []quoteRuleRow{
	// a name set off by commas after its description, before "said", is
	// the subject a later "he said" means, though a fronted phrase opens
	// the sentence; a name inside a prepositional phrase is not
	{rule: "apposed-name-speaker", pos: true,
		text:  "Minister Davit Lomidze said the road was shut. \"We will open it,\" he said.\nAt the old mill, which still stands, the village priest, Father Gela, said the water came at night. \"It took the bridge first,\" he said.",
		quote: "It took the bridge first", speaker: "Father Gela"},
	{rule: "apposed-name-speaker", pos: false,
		text:  "Minister Davit Lomidze said the road was shut. \"We will open it,\" he said.\nAt the old mill, which still stands, a photograph of the village priest, Father Gela, hung on the wall. \"It took the bridge first,\" he said.",
		quote: "It took the bridge first", speaker: "Father Gela"},
	// a one-word name after a religious form of address is given with it;
	// a full name goes without it
	{rule: "religious-honorific-name", pos: true,
		text:  "In the valley, the abbot, Father Anselm, said the monks had left. \"We will return in spring,\" he said.",
		quote: "We will return in spring", speaker: "Father Anselm"},
	{rule: "religious-honorific-name", pos: false,
		text:  "In the valley, the abbot, Father Anselm Gurieli, said the monks had left. \"We will return in spring,\" he said.",
		quote: "We will return in spring", speaker: "Father Anselm Gurieli"},
	// the last of a list of capitalised words after a body's head word and
	// "for" closes the body's name, no one-word speaker; the person before
	// it speaks
	{rule: "body-name-list-end", pos: true,
		text:  "Geologist Tamar Okropiridze of the Institute for Geology, Mining and Hydrology said more tremors would follow. \"The fault is active,\" she said.",
		quote: "The fault is active", speaker: "Tamar Okropiridze"},
	{rule: "body-name-list-end", pos: false,
		text:  "Geologist Tamar Okropiridze of the Institute for Geology, Mining and Hydrology said more tremors would follow. \"The fault is active,\" she said.",
		quote: "The fault is active", speaker: "Hydrology"},
}

func TestFx11oQuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx11oQuoteRuleRows)
}
