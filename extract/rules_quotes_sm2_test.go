package extract

import "testing"

// sm2QuoteRuleRows hold the speaker shapes the quote shape matrix
// (shapes_quotes_sm2_test.go) showed failing (sm2).
var sm2QuoteRuleRows = []quoteRuleRow{
	// "X said:" after a closed quote introduces the quote after the colon;
	// the quote before keeps its own cue
	{rule: "colon-binds-forward", pos: true,
		text:  "LEEDS (Reuters) - Nadia Hollis sat beside Owen Barker at the hearing. Barker said: \"The depot has to stay open.\" She said: \"Then somebody has to pay for it.\"",
		quote: "The depot has to stay open", speaker: "Owen Barker"},
	{rule: "colon-binds-forward", pos: false,
		text:  "LEEDS (Reuters) - Nadia Hollis sat beside Owen Barker at the hearing. Barker said: \"The depot has to stay open.\" She said: \"Then somebody has to pay for it.\"",
		quote: "The depot has to stay open", speaker: "Nadia Hollis"},
	{rule: "colon-binds-forward", pos: true,
		text:  "LEEDS (Reuters) - Owen Barker led the review. According to Barker, \"the depot loses money every week.\" Deputy mayor Nadia Hollis added: \"We knew that in March.\"",
		quote: "the depot loses money", speaker: "Owen Barker"},
	// a colon past a comma closes another clause: the verb before the
	// comma may still attribute the quote before it
	{rule: "colon-binds-forward", pos: true,
		text:  "LEEDS (Reuters) - Owen Barker missed the vote. \"I am sorry to everyone who waited for me tonight.\" Barker apologised for the delay in a message, joking: \"The trains hate me.\"",
		quote: "The trains hate me", speaker: "Owen Barker"},
	// the given-name list keeps its word on the subject before a quote
	// when the paragraph names someone the pronoun can mean
	{rule: "gender-referent-in-paragraph", pos: true,
		text:  "CARDIFF (Reuters) - Helen Marsh sat beside Peter Doyle at the inquiry. \"We were never told,\" Doyle said. \"None of us were,\" she said.",
		quote: "None of us were", speaker: "Helen Marsh"},
	{rule: "gender-referent-in-paragraph", pos: false,
		text:  "CARDIFF (Reuters) - Helen Marsh sat beside Peter Doyle at the inquiry. \"We were never told,\" Doyle said. \"None of us were,\" she added.",
		quote: "None of us were", speaker: "Peter Doyle"},
	{rule: "gender-referent-in-paragraph", pos: false,
		text:  "CARDIFF (Reuters) - A council spokeswoman stood beside Peter Doyle at the inquiry. \"We were never told,\" Doyle said. \"None of us were,\" she said.",
		quote: "None of us were", speaker: "Peter Doyle"},
	// a woman named only in an earlier paragraph leaves the writer's
	// pronoun to outweigh the list on the sole subject before the quote
	{rule: "gender-referent-in-paragraph", pos: true,
		text:  "CARDIFF (Reuters) - The report drew fire. \"It is a whitewash,\" opposition member Helen Marsh said.\nThe nurses' union was also angry. Its chair, Peter Doyle, said staff were quitting. \"Wards cannot run without us,\" she said.",
		quote: "Wards cannot run without us", speaker: "Peter Doyle"},
	// a credit line after a quote: a dash and a name that ends the
	// paragraph, or a short description after it
	{rule: "dash-credit", pos: true,
		text:  "OTTAWA (CP) - The bill passed on Monday.\n\"We waited eleven years for this vote.\" — Alma Ruiz, a tenant organiser\nThe Senate takes it up next.",
		quote: "We waited eleven years", speaker: "Alma Ruiz"},
	{rule: "dash-credit", pos: false,
		text:  "OTTAWA (CP) - The bill passed on Monday. Critics called it \"a gift to the landlords of the city\" — Alma Ruiz among them, in a column on Tuesday.",
		quote: "a gift to the landlords", speaker: "Alma Ruiz"},
	// "She said:" after a man's quote, when no woman is named: no
	// continuation of the man's turn
	{rule: "colon-pronoun-clash", pos: false,
		text:  "DUBLIN (Reuters) - A garda spokeswoman met Tom Keane on Monday. Mr Keane warned that \"the roads will flood again this winter\". She said: \"Crews are ready at every bridge.\"",
		quote: "Crews are ready at every bridge", speaker: "Tom Keane"},
	{rule: "colon-pronoun-clash", pos: true,
		text:  "DUBLIN (Reuters) - A garda spokeswoman met Tom Keane on Monday. Mr Keane warned that \"the roads will flood again this winter\". He said: \"Crews are ready at every bridge.\"",
		quote: "Crews are ready at every bridge", speaker: "Tom Keane"},
	// a pronoun after a quote of an unnamed speaker whose noun has the
	// pronoun's gender, when no person can be the pronoun
	{rule: "described-voice-goes-on", pos: true,
		text:  "PERTH (Reuters) - Two roads were shut. \"The river is still rising near the bridge,\" said a fire service spokeswoman. \"Nobody should drive through flood water,\" she added.",
		quote: "Nobody should drive through", speaker: "fire service spokeswoman"},
	{rule: "described-voice-goes-on", pos: false,
		text:  "PERTH (Reuters) - Two roads were shut. \"The river is still rising near the bridge,\" said a fire service spokesman. \"Nobody should drive through flood water,\" she added.",
		quote: "Nobody should drive through", speaker: "fire service spokesman"},
	{rule: "described-voice-goes-on", pos: false,
		text:  "PERTH (Reuters) - Two roads were shut. \"The river is still rising near the bridge,\" the fire service said. \"Nobody should drive through flood water,\" she added.",
		quote: "Nobody should drive through", speaker: "fire service"},
	// an unnamed person whose noun says the gender opens a sentence before
	// the pronoun in its paragraph, and no person fits the pronoun
	{rule: "gendered-subject-before", pos: true,
		text:  "HULL (Reuters) - Three trawlers were lost. A coastguard spokeswoman met the families on Monday. \"The search will go on through the night,\" she said.",
		quote: "The search will go on", speaker: "coastguard spokeswoman"},
	{rule: "gendered-subject-before", pos: true,
		text:  "HULL (Reuters) - Three trawlers were lost. A spokesman for the Harbour Trust met the crews on Monday. \"The search will go on through the night,\" he said.",
		quote: "The search will go on", speaker: "spokesman for the Harbour Trust"},
	{rule: "gendered-subject-before", pos: false,
		text:  "HULL (Reuters) - Three trawlers were lost. A coastguard spokesman met the families on Monday. \"The search will go on through the night,\" she said.",
		quote: "The search will go on", speaker: "coastguard spokesman"},
	{rule: "gendered-subject-before", pos: false,
		text:  "HULL (Reuters) - Three trawlers were lost. A fisherman's daughter met the crews on Monday. \"The search will go on through the night,\" he said.",
		quote: "The search will go on", speaker: "fisherman"},
}

func TestSm2QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), sm2QuoteRuleRows)
}
