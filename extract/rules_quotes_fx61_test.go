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
}

func TestFx61QuoteRows(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx61QuoteRows)
}
