package extract

import "testing"

// fx45QuoteRuleRows pin the speaker rules of fx45 (the blind r34b round).
var fx45QuoteRuleRows = []quoteRuleRow{
	// "by his own account" or "in her words" gives the quoted words as
	// the pronoun's person's (ownAccountSpeaker)
	{rule: "own-account", pos: true,
		text:  "VILNIUS (Reuters) - Rasa Petraitis spent a decade in the border guard. She takes over a service that, by her own account, has \"too few people for too long a fence\".",
		quote: "too few people", speaker: "Rasa Petraitis"},
	{rule: "own-account", pos: true,
		text:  "RIGA (Reuters) - Andris Ozols sat through the debate in silence. The plan was, in his words, \"a budget written for a peaceful decade\".",
		quote: "a budget written", speaker: "Andris Ozols"},
	{rule: "own-account", pos: false,
		text:  "RIGA (Reuters) - Andris Ozols sat through the debate in silence. The plan was, by all accounts, \"a budget written for a peaceful decade\".",
		quote: "a budget written", speaker: "Andris Ozols"},
	// "The BODY of STATE said ...": the body a later "it said" stands for
	// (bodyOfStateAt)
	{rule: "body-of-state", pos: true,
		text:  "ANKARA (Reuters) - Russia's defence ministry said the convoy had crossed.\nThe foreign ministry of Qatar said in a statement that the talks had ended. \"Qatar will keep its channels open,\" it said.",
		quote: "keep its channels open", speaker: "foreign ministry of Qatar"},
	{rule: "body-of-state", pos: false,
		text:  "ANKARA (Reuters) - Russia's defence ministry said the convoy had crossed.\nThe foreign ministry of Qatar said in a statement that the talks had ended. \"Qatar will keep its channels open,\" it said.",
		quote: "keep its channels open", speaker: "Russia's defence ministry"},
}

func TestFx45QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx45QuoteRuleRows)
}
