package extract

import "testing"

// fx49QuoteRuleRows pin the speaker and span rules of fx49 (the blind
// r35a-e rounds).
var fx49QuoteRuleRows = []quoteRuleRow{
	// a rank's abbreviation after a place answers its noun (headAbbreviates)
	{rule: "abbrev-head", pos: true,
		text:  "DAYTON, Ohio (AP) - Ohio Gov. Mark Delaney visited the levee on Monday.\n\"We will rebuild every house,\" the governor said.",
		quote: "We will rebuild", speaker: "Mark Delaney"},
	{rule: "abbrev-head", pos: false,
		text:  "DAYTON, Ohio (AP) - Ohio Gov. Mark Delaney visited the levee on Monday.\n\"We will rebuild every house,\" the general said.",
		quote: "We will rebuild", speaker: "Mark Delaney"},
	// ", who" after a title and its complement (titleComplementTo)
	{rule: "who-after-complement", pos: true,
		text:  "SEOUL (Reuters) - State media carried a statement by Kang Chol-su, a deputy director of the North's Ministry of Foreign Affairs, who called the drills \"a rehearsal for invasion.\"",
		quote: "a rehearsal for invasion", speaker: "Kang Chol-su"},
	{rule: "who-after-complement", pos: false,
		text:  "SEOUL (Reuters) - State media carried a statement by Kang Chol-su, a neighbour of the North's defence minister, who called the drills \"a rehearsal for invasion.\"",
		quote: "a rehearsal for invasion", speaker: "Kang Chol-su"},
	// a body's name before its descriptions speaks (properBodyName)
	{rule: "named-body-first", pos: true,
		text:  "ERFURT, Germany (Reuters) - The far-left BSW, Thuringia's third-largest party, which sat out the vote, said the budget was \"a gift to the banks.\"",
		quote: "a gift to the banks", speaker: "BSW"},
	{rule: "named-body-first", pos: false,
		text:  "STOCKHOLM (Reuters) - The company's largest shareholder, the investment firm Torsgatan Invest, which owns a third of the shares, said the offer was \"far too low.\"",
		quote: "far too low", speaker: "company's largest shareholder"},
	// a court's presiding office is a judge's (presidesCourt)
	{rule: "court-president", pos: true,
		text:  "VIENNA (Reuters) - The court's president, Hanna Vogt, read out the verdict.\n\"The law leaves no room for doubt,\" the presiding judge said.",
		quote: "leaves no room", speaker: "Hanna Vogt"},
	{rule: "court-president", pos: false,
		text:  "VIENNA (Reuters) - The court's spokesman, Jens Ahle, read out the verdict.\n\"The law leaves no room for doubt,\" the judge said.",
		quote: "leaves no room", speaker: "Jens Ahle"},
	// "the new MP" is the winner of the vote (electionWinner)
	{rule: "election-winner", pos: true,
		text:  "HULL, England (Reuters) - Maria Lund, a former nurse, took 9,310 votes to 7,002 for the Greens.\n\"We start work on Monday,\" the new MP told reporters.\nThe seat fell vacant when the sitting MP, John Ward, resigned in May.",
		quote: "We start work", speaker: "Maria Lund"},
	{rule: "election-winner", pos: true,
		text:  "TUCSON, Ariz. (AP) - Carla Diaz won the mayoral race on Tuesday. Tom Reyes defeated incumbent Paul Hart in the council runoff.\n\"The city voted for change,\" the newly elected councilman said.",
		quote: "voted for change", speaker: "Tom Reyes"},
	{rule: "election-winner", pos: false,
		text:  "HULL, England (Reuters) - Tom Berry took 9,310 votes to 7,002 for Maria Lund, a former nurse.\n\"We start work on Monday,\" the new MP told reporters.",
		quote: "We start work", speaker: "Maria Lund"},
	// an opening "If …," goes on after its attribution (continuesSentence)
	{rule: "dependent-clause-continues", pos: true,
		text:  "LONDON (Reuters) - Pollster Ann Reid looked at the figures. \"If the trend holds until May,\" she said, \"Labour will lose twenty seats.\"",
		quote: "If the trend holds until May Labour will lose", speaker: "Ann Reid"},
	{rule: "dependent-clause-continues", pos: false,
		text:  "LONDON (Reuters) - Pollster Ann Reid looked at the figures. \"The trend is clear,\" she said, \"Labour will lose twenty seats.\"",
		quote: "The trend is clear Labour"},
}

func TestFx49QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx49QuoteRuleRows)
}
