package extract

import "testing"

// fx46QuoteRuleRows pin the speaker rules of fx46 (blind r34d): the lead's
// role quoted there and named in the next sentence; a name the person is
// known by, written inside the full name.
var fx46QuoteRuleRows = []quoteRuleRow{
	{rule: "lead-named-next", pos: true,
		text:  "WASHINGTON (AP) — The head of U.S. Northern Command told lawmakers on Wednesday that the border mission would last \"at least through the winter.\"\nGen. Harold Brask, appearing before the House Armed Services Committee, said about 7,000 troops were deployed.",
		quote: "at least through the winter", speaker: "Harold Brask"},
	{rule: "lead-named-next", pos: false,
		text:  "WASHINGTON (AP) — The head of U.S. Northern Command told lawmakers on Wednesday that the border mission would last \"at least through the winter.\"\nRep. Dana Cole, who chairs the House Armed Services Committee, said she had doubts.",
		quote: "at least through the winter", speaker: "Dana Cole"},
	{rule: "middle-name-alone", pos: true,
		text:  "BRASILIA (Reuters) - Floods hit the north.\nPresident Luiz Inácio Lula da Silva said the government would send aid. \"Nobody will be left behind,\" Lula wrote on social media.",
		quote: "Nobody will be left behind", speaker: "Luiz Inácio Lula da Silva"},
	{rule: "middle-name-alone", pos: false,
		text:  "BOGOTA (Reuters) - Floods hit the north.\nSenator Mary Louise Carter said the government would send aid. \"Nobody will be left behind,\" Louise wrote on social media.",
		quote: "Nobody will be left behind", speaker: "Mary Louise Carter"},
}

func TestFx46QuoteRules(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), fx46QuoteRuleRows) }
