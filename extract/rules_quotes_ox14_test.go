package extract

import "testing"

// ox14QuoteRows hold the speaker shapes fixed after the blind round
// r29i/r29j (ox14, session 29).
var ox14QuoteRows = []quoteRuleRow{
	// a rank written after the role ("agency spokesman Colonel NAME") is
	// what "the colonel said" names: that spokesman, not a body
	{rule: "held-rank-noun", pos: true,
		text:    "ULAANBAATAR, Jan 4 (Reuters) - Six miners died, agency spokesman Colonel Tsogtbaatar Ganzorig told a news conference.\n\"The air in the lower gallery was still dangerous this morning,\" the colonel said.",
		quote:   "The air in the lower gallery",
		speaker: "Tsogtbaatar Ganzorig"},
	{rule: "held-rank-noun", pos: false,
		text:    "ULAANBAATAR, Jan 4 (Reuters) - Six miners died, agency spokesman Tsogtbaatar Ganzorig told a news conference.\n\"The air in the lower gallery was still dangerous this morning,\" a colonel said.",
		quote:   "The air in the lower gallery",
		speaker: "Tsogtbaatar Ganzorig"},
	// a state's adjective before the title of a name in apposition still
	// opens that apposition: the name speaks, not the description
	{rule: "apposition-state-adjective", pos: true,
		text:    "CHISINAU, Sept 29 (Reuters) - The vote was counted. The head of the OSCE mission, Danish diplomat Kirsten Holm-Larsen, told reporters that the commission had \"worked under pressure that no electoral body should have to face\".",
		quote:   "worked under pressure",
		speaker: "Kirsten Holm-Larsen"},
	{rule: "apposition-state-adjective", pos: false,
		text:    "CHISINAU, Sept 29 (Reuters) - The vote was counted. Danish diplomat Kirsten Holm-Larsen arrived on Monday. The head of the OSCE mission told reporters that the commission had \"worked under pressure that no electoral body should have to face\".",
		quote:   "worked under pressure",
		speaker: "Kirsten Holm-Larsen"},
}

func TestOx14QuoteRows(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), ox14QuoteRows)
}
