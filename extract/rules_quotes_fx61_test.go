package extract

import "testing"

// fx61QuoteRows: "Mr X" is a surname's form, no short form of a full name
// that X begins (surnameHonorificForm); a name written surname first keeps
// the merge.
var fx61QuoteRows = []quoteRuleRow{
	{rule: "surname-honorific", pos: false,
		text:  "Rebel MP Gordon Pellow was sacked on Monday. Mr Pellow said he would fight on. At a rally, Mr Gordon, the party leader, said: \"Our rules apply to everyone.\"",
		quote: "Our rules apply", speaker: "Gordon Pellow"},
	{rule: "surname-honorific", pos: true,
		text:  "Chinese Premier Li Qiang arrived in Berlin on Monday. At a dinner, Mr Li said: \"Our markets remain open to all.\"",
		quote: "Our markets remain", speaker: "Li Qiang"},
	// a quote inside the that-clause of a named speaker's verb, reported
	// "according to" unnamed sources: the verb's subject spoke it
	// (thatClauseQuote)
	{rule: "that-clause-according", pos: true,
		text:  "Omar Diallo, the mediator, had warned the council in a closed session that the truce, which began in March, was now \"a truce only on paper and nowhere else\", according to three diplomats who attended.",
		quote: "a truce only on paper", speaker: "Omar Diallo"},
	{rule: "that-clause-according", pos: false,
		text:  "Omar Diallo, the mediator, had briefed the council in a closed session on Monday, and the truce was now \"a truce only on paper and nowhere else\", according to three diplomats who attended.",
		quote: "a truce only on paper", speaker: "Omar Diallo"},
}

func TestFx61QuoteRows(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx61QuoteRows)
}
