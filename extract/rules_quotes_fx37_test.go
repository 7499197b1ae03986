package extract

import "testing"

// Rows for the r33c fixes (fx37): a phrasal "shot back" cue, an office
// written open ("under secretary"), a second-rank title the phrase lacks,
// and a three-word lead role the next sentence names.
func TestQuoteRulesFx37(t *testing.T) {
	ex := newTestExtractor(t)
	checkQuoteRows(t, ex, []quoteRuleRow{
		{rule: "back-cue", pos: true,
			text:  "Rep. Lisa Hart, D-Ore., defended the plan.\n\"Then the senator knows what it costs,\" Hart shot back.",
			quote: "senator knows", speaker: "Lisa Hart"},
		{rule: "back-cue", pos: false,
			text:  "Rep. Lisa Hart, D-Ore., defended the plan.\nThe suspect raised \"a weapon of some kind\" and officers shot back at him.",
			quote: "weapon of some kind", speaker: "Lisa Hart"},
		{rule: "role-opens", pos: true,
			text:  "Under Secretary of State Jane Roe testified on Friday.\n\"It is the only answer I have for you today,\" the under secretary said.",
			quote: "only answer", speaker: "Jane Roe"},
		{rule: "role-opens", pos: false,
			text:  "Secretary of State Jane Roe testified on Friday.\n\"It is the only answer I have for you today,\" the man under arrest said.",
			quote: "only answer", speaker: "Jane Roe"},
		{rule: "held-rank-missing", pos: true,
			text:  "The First Minister, Ann Kerr, and the deputy First Minister, Joan Bell, met leaders.\n\"Calm is needed,\" Mrs Bell said.\n\"We will fund youth workers,\" the first minister said.",
			quote: "fund youth", speaker: "Ann Kerr"},
		{rule: "held-rank-missing", pos: false,
			text:  "The First Minister, Ann Kerr, and the deputy First Minister, Joan Bell, met leaders.\n\"Calm is needed,\" Ms Kerr said.\n\"We will fund youth workers,\" the deputy first minister said.",
			quote: "fund youth", speaker: "Ann Kerr"},
		{rule: "lead-says-phrase", pos: true,
			text:  "Britain will send 500 troops to Latvia next year, the defence secretary has told MPs.\nJohn Marsh said the force would replace a smaller unit. The shadow defence secretary, Tom Pyle, backed the plan.\n\"We are ready,\" the defence secretary said.",
			quote: "We are ready", speaker: "John Marsh"},
		{rule: "lead-says-phrase", pos: false,
			text:  "Britain will send 500 troops to Latvia next year, the prime minister has told MPs.\nJohn Marsh said the force would replace a smaller unit. The shadow defence secretary, Tom Pyle, backed the plan.\n\"We are ready,\" the defence secretary said.",
			quote: "We are ready", speaker: "John Marsh"},
	})
}
