package extract

import "testing"

// fx82QuoteRows: a plural possessive inside the speaker's apposition
// (skipApposition), and an unnamed role introduced after the named holder
// (npIndefiniteRoleSince).
var fx82QuoteRows = []quoteRuleRow{
	{rule: "plural-possessive-apposition", pos: true, text: `Crowds followed the coffins. "The blood of these martyrs will not go unanswered," Brigadier General Mohammad Karami, commander of the Guards' ground forces, said at the funeral.`,
		quote: "blood of these martyrs", speaker: "Mohammad Karami"},
	{rule: "plural-possessive-apposition", pos: false, text: `Brigadier General Mohammad Karami spoke earlier. "The blood of these martyrs will not go unanswered," the families' lawyer, Reza Tehrani, said.`,
		quote: "blood of these martyrs", speaker: "Mohammad Karami"},
	{rule: "indefinite-role-since", pos: true, text: `Hamas official Hazem Qassem said the group remained committed. An Israeli official, speaking on condition of anonymity, confirmed the objection. "Turkish boots on the ground are a red line for us," the official said.`,
		quote: "Turkish boots", speaker: "Israeli official"},
	{rule: "indefinite-role-since", pos: true, text: `An Israeli official confirmed the objection. Hamas official Hazem Qassem said the group remained committed. "Turkish boots on the ground are a red line for us," the official said.`,
		quote: "Turkish boots", speaker: "Hazem Qassem"},
	{rule: "indefinite-role-since", pos: false, text: `Hamas official Hazem Qassem said the group remained committed. An Israeli official, speaking on condition of anonymity, confirmed the objection. "Turkish boots on the ground are a red line for us," the official said.`,
		quote: "Turkish boots", speaker: "Hazem Qassem"},
}

func TestFx82QuoteRows(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx82QuoteRows)
}
