package extract

import "testing"

// fx21QuoteRuleRows hold the speaker shapes fixed after the blind rounds
// r30e/r30f (fx21, session 30).
var fx21QuoteRuleRows = []quoteRuleRow{
	// a pronoun after an opening clause ("Asked whether ..., he said NAME
	// had written") holds the sentence's subject as one opening it does:
	// a later "he said" goes on with it, not with NAME
	{rule: "pronoun-after-opener", pos: true,
		text:  "GENEVA (Reuters) - OCHA spokesman Pieter Van Dam briefed reporters.\nAsked whether the agency had protested, he said the regional director, Noor Aldana, had sent a letter. \"Clinics are not a target,\" he said, quoting from her letter.",
		quote: "Clinics are not a target", speaker: "Pieter Van Dam"},
	{rule: "pronoun-after-opener", pos: false,
		text:  "GENEVA (Reuters) - OCHA spokesman Pieter Van Dam briefed reporters.\nAsked whether the agency had protested, he said the regional director, Noor Aldana, had sent a letter. \"Clinics are not a target,\" he said, quoting from her letter.",
		quote: "Clinics are not a target", speaker: "Noor Aldana"},
	{rule: "pronoun-after-opener", pos: true,
		text:  "GENEVA (Reuters) - WHO spokeswoman Lena Ortiz briefed reporters.\nSpeaking by video link, she said the field coordinator, Sam Okoro, had visited the camp. \"The wards are full,\" she said.",
		quote: "The wards are full", speaker: "Lena Ortiz"},
}

func TestFx21QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx21QuoteRuleRows)
}
