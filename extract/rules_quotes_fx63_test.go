package extract

import "testing"

// fx63QuoteRows: a role noun with modifiers ("the former prime minister",
// "the foreign minister") names that office, not any holder of the head
// noun (modifiersAgree); "the minister" alone may still be the only
// minister in the story.
var fx63QuoteRows = []quoteRuleRow{
	{rule: "modifiers-agree", pos: false,
		text:  "Interior Minister Tomas Verlinde said roads would reopen. Opposition leader Anna Rostova toured the town. Asked about the budget, the former prime minister said her party wanted \"money for families, not for advisers\".",
		quote: "money for families", speaker: "Tomas Verlinde"},
	{rule: "modifiers-agree", pos: true,
		text:  "Interior Minister Tomas Verlinde said roads would reopen. Opposition leader Anna Rostova toured the town. Asked about the budget, the former prime minister said her party wanted \"money for families, not for advisers\".",
		quote: "money for families", speaker: "Anna Rostova"},
	{rule: "modifiers-agree", pos: false,
		text:  "Finance Minister Pavel Orlik met bankers on Monday, and Foreign Minister Ilse Brandvold flew to Oslo. Later the foreign minister said: \"We expect an answer within a week.\"",
		quote: "We expect an answer", speaker: "Pavel Orlik"},
	{rule: "modifiers-agree", pos: true,
		text:  "Finance Minister Pavel Orlik met bankers on Monday, and Foreign Minister Ilse Brandvold flew to Oslo. Later the foreign minister said: \"We expect an answer within a week.\"",
		quote: "We expect an answer", speaker: "Ilse Brandvold"},
	{rule: "modifiers-agree", pos: true,
		text:  "Defence Minister Borek Halas visited the flooded barracks on Sunday. \"We will rebuild every bridge,\" the minister said.",
		quote: "We will rebuild", speaker: "Borek Halas"},
	{rule: "modifiers-agree", pos: true,
		text:  "Defense Minister Borek Halas visited the flooded barracks on Sunday. \"We will rebuild every bridge,\" the defence minister said.",
		quote: "We will rebuild", speaker: "Borek Halas"},
	// a level of government is no portfolio; a retired officer is a
	// former one; a past holder may hold the office again unwritten
	{rule: "modifiers-agree", pos: true,
		text:  "Quebec's Transport Minister, Luc Gagnon, visited the bridge. \"Nobody crosses until engineers sign off,\" the provincial minister said.",
		quote: "Nobody crosses", speaker: "Luc Gagnon"},
	{rule: "modifiers-agree", pos: true,
		text:  "Omer Kaplan, a retired major general, said the talks were late. \"Nobody gives up the guns first,\" the former general said.",
		quote: "Nobody gives up", speaker: "Omer Kaplan"},
	{rule: "modifiers-agree", pos: true,
		text:  "The premier named Rina Adachi, a former health minister, to the treasury. \"The books come first,\" the finance minister said.",
		quote: "The books come first", speaker: "Rina Adachi"},
}

func TestFx63QuoteRows(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx63QuoteRows)
}

// TestFx63IntlOwnerRows: an international body named in a possessive
// before a title ("EUFOR's commander, Austrian Major General NAME,") owns
// the office as "The mission's commander, ..." does; the adjective is the
// officer's origin.
func TestFx63IntlOwnerRows(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "intl-title-before-origin", text: "The peacekeepers patrolled the northern border on Friday. UNIFIL's head, Spanish Major General Ramon Albeniz Sort, said both sides had agreed to talks.",
			name: "Ramon Albeniz Sort", country: "-", org: "UNIFIL"},
		{rule: "intl-title-before-origin", text: "Reinforcements landed in Sarajevo on Monday. EUFOR's commander, Austrian Major General Lukas Brenner, said the reserve would stay a month.",
			name: "Lukas Brenner", country: "-", org: "EUFOR"},
		{rule: "intl-title-before-origin", text: "Tensions rose in the north. NATO's top commander, American General Carl Whitby, said more troops could follow.",
			name: "Carl Whitby", country: "-", org: "NATO"},
		// a state's possessive keeps the state's officer
		{rule: "intl-title-before-origin", text: "Reinforcements landed in Sarajevo on Monday. Austria's contingent commander, Austrian Colonel Lukas Brenner, said the reserve would stay a month.",
			name: "Lukas Brenner", country: "AT"},
	})
}
