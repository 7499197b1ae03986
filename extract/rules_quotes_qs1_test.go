package extract

import "testing"

// qs1QuoteRuleRows hold the speaker shapes fixed by qs1 (speakers left
// wrong in the r38 rounds).
var qs1QuoteRuleRows = []quoteRuleRow{
	// `"…," said a NOUN who gave only his first name, NAME`: the name the
	// clause after the noun gives is the speaker, not the noun
	// (nameGivenAfterNoun)
	{rule: "name-given-after-noun", pos: true,
		text:  "The market reopened on Friday. \"Prices have doubled since spring,\" said a baker who would give only her first name, Selin.",
		quote: "Prices have doubled", speaker: "Selin"},
	{rule: "name-given-after-noun", pos: true,
		text:  "The road stayed shut. \"We waited three days for a bus,\" says a student identified only as Tariq.",
		quote: "We waited three days", speaker: "Tariq"},
	{rule: "name-given-after-noun", pos: true,
		text:  "Power returned slowly. \"The generators ran out first,\" said one nurse, who asked to be identified by her first name, Olena. \"Then the water.\"",
		quote: "Then the water", speaker: "Olena"},
	// a name in the clause that the source does not give for themselves
	// is someone else: the noun stays the speaker
	{rule: "name-given-after-noun", pos: false,
		text:  "The market reopened on Friday. \"Prices have doubled since spring,\" said a baker who once worked for Selin Kaya.",
		quote: "Prices have doubled", speaker: "Selin Kaya"},
	// a gendered noun in the apposition after the subject's name titles
	// that subject, so the writer's "he" outweighs the given-name list
	// (apposedAfter)
	{rule: "apposed-title-noun", pos: true,
		text:  "Officer Ben Cole, a police spokesman, said the road was shut. \"Traffic is diverted.\"\n\nAyanda Mkhize, the chairman of the residents' association, said families had slept outside for two nights. \"Nobody from the council has visited,\" he said.",
		quote: "Nobody from the council", speaker: "Ayanda Mkhize"},
	// a gendered noun in a relative clause of the apposition is someone
	// else: the list's gender stands
	{rule: "apposed-title-noun", pos: false,
		text:  "Officer Ben Cole, a police spokesman, said the road was shut. \"Traffic is diverted.\"\n\nAyanda Mkhize, whose son is a fireman, said families had slept outside for two nights. \"Nobody from the council has visited,\" he said.",
		quote: "Nobody from the council", speaker: "Ayanda Mkhize"},
}

func TestQs1QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), qs1QuoteRuleRows)
}
