package extract

import "testing"

// gq1QuoteRuleRows hold the quote shapes fixed after the audit of the GGT
// quote gold (gq1, session 29), kept apart from quoteRuleRows so that
// parallel work merges cleanly.
var gq1QuoteRuleRows = []quoteRuleRow{
	// a quote standing alone whose words the article writes as its own
	// prose inside a longer paragraph is a pull quote: nobody says it
	{rule: "pull-quote-of-prose", pos: false,
		text:  "TORONTO -- Children's shows are changing.\n\nThey just discovered the relaunched Carmen Sandiego, and Doc McStuffins is a solid choice.\n\nBut when it comes to male characters, most of them consist of lightly camouflaged stereotypes of the \"strong man\" trope. Both fathers are portrayed as stubborn and quick to anger.\n\n\"But when it comes to male characters, most of them consist of lightly camouflaged stereotypes of the 'strong man' trope.\"\n\nAnd good luck with anything from the past.",
		quote: "lightly camouflaged stereotypes", speaker: ""},
	// the prose copy a paragraph of its own (or with a credit) is the
	// display of a quote someone said: the quote in marks is real
	{rule: "pull-quote-of-prose", pos: true,
		text:  "OTTAWA -- Cold weather hit the capital.\n\nKonrad Gajewski said the arrival of long-predicted weather patterns means it is time to plan.\n\nWe're going to have to shovel more often.\n\nIn Ottawa, Gajewski pointed to local efforts like more bicycle lanes.\n\n\"We're going to have to shovel more often.\"",
		quote: "shovel more often", speaker: "Konrad Gajewski"},
	{rule: "pull-quote-of-prose", pos: true,
		text:  "CALGARY -- Morgan McNeely was diagnosed at 29.\n\nI'm not happy I have cancer, but I'm still thankful for what it's brought me. Morgan McNeely\n\n\"I feel lucky every day,\" she said. \"I'm not happy I have cancer, but I'm still thankful for what it's brought me.\"",
		quote: "still thankful", speaker: "Morgan McNeely"},

	// a past participle phrase between the subject and its speech verb
	// ("residents displaced by the flood said") leaves the subject the
	// speaker, after the quote and before it
	{rule: "participle-after-subject", pos: true,
		text:  "VANCOUVER -- A coach needs a kidney.\n\nStephen Gillis said the video moved him.\n\n\"Help us help our coach,\" team members dressed for a game say in unison in the video.\n\nGillis coaches the team.",
		quote: "Help us help our coach", speaker: "team members"},
	{rule: "participle-after-subject", pos: true,
		text:  "VANCOUVER -- A flood hit the valley.\n\nStephen Gillis said the water rose fast.\n\n\"We lost everything in one night,\" a woman injured in the blast told reporters.\n\nGillis runs the shelter.",
		quote: "We lost everything", speaker: "woman"},
	{rule: "participle-after-subject", pos: true,
		text:  "VANCOUVER -- A flood hit the valley.\n\nStephen Gillis said the water rose fast.\n\nResidents displaced by the flood said: \"We lost everything in one night.\"\n\nGillis runs the shelter.",
		quote: "We lost everything", speaker: "Residents"},
	// a past tense with its object is no participle phrase: the nearest
	// speaker is not made the subject's
	{rule: "participle-after-subject", pos: false,
		text:  "VANCOUVER -- A flood hit the valley.\n\nStephen Gillis said the water rose fast.\n\n\"We lost everything in one night,\" police arrested the man who said it.\n\nGillis runs the shelter.",
		quote: "We lost everything", speaker: "police"},
	// a name inside the phrase may be the subject itself
	{rule: "participle-after-subject", pos: false,
		text:  "VANCOUVER -- A flood hit the valley.\n\nStephen Gillis spoke on Monday.\n\nWhen asked in an interview Gillis said: \"We lost everything in one night.\"\n\nHe runs the shelter.",
		quote: "We lost everything", speaker: "interview"},
	// a caption's quote whose words all stand in one quote of the body is
	// a shortened copy of it, no second quote
	{rule: "caption-repeat", pos: false,
		text:  "TORONTO -- Dennis Brooks has slept outside for a year.\n\n\"Just listen. Just listen to us. We're not rich, we're not poor, but we're people,\" Brooks said.\n\nAsked what he would tell the mayor, Dennis Brooks says: 'Just listen. Just listen to us. We're people.' (Muriel Draaisma/CBC)\n\nHe moved here when he was seven.",
		quote: "Just listen to us. We're people", speaker: ""},
	// a caption's quote the body does not hold is a quote of its own
	{rule: "caption-repeat", pos: true,
		text:  "TORONTO -- Dennis Brooks has slept outside for a year.\n\n\"Just listen. Just listen to us. We're not rich, we're not poor, but we're people,\" Brooks said.\n\nAsked what he would tell the mayor, Dennis Brooks says: 'Give us a warm place in winter.' (Muriel Draaisma/CBC)\n\nHe moved here when he was seven.",
		quote: "Give us a warm place", speaker: "Dennis Brooks"},
	// a quote named an answer, its speaker after "of" or "from": "was the
	// response of", "came the reply from"
	{rule: "response-of", pos: true,
		text:  "MADRID -- Talks stalled on Monday.\n\nFinance Minister Ana Ruiz met the unions.\n\n\"We will not pay a cent more,\" came the reply from the finance minister, Ana Ruiz.\n\nThe talks resume Friday.",
		quote: "We will not pay a cent more", speaker: "Ana Ruiz"},
	{rule: "response-of", pos: true,
		text:  "MADRID -- Talks stalled on Monday.\n\nFinance Minister Ana Ruiz met the unions.\n\n\"We will not pay a cent more\" was the verdict of Ana Ruiz.\n\nThe talks resume Friday.",
		quote: "We will not pay a cent more", speaker: "Ana Ruiz"},
	// the answer of no one who speaks: a market, a plan
	{rule: "response-of", pos: false,
		text:  "MADRID -- Talks stalled on Monday.\n\nFinance Minister Ana Ruiz met the unions.\n\n\"We will not pay a cent more\" was the response of the market to the plan.\n\nThe talks resume Friday.",
		quote: "We will not pay a cent more", speaker: ""},
}

func TestGq1QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), gq1QuoteRuleRows)
}
