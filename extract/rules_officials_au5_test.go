package extract

import "testing"

// Roles held at a firm (au5, from an audit of BBC/polnear officials): the
// firm is the organisation, the title stops before "at", "for" or "of", and
// no state is guessed, even after a state's adjective ("UK economist at");
// state bodies and places after the preposition keep the state rules.
func TestOfficialsFirmRoleAu5(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "firm-role", text: "Shoppers spent more online in Britain. Lena Moss, chief revenue officer at Pricegrab.com, said sales had doubled.",
			name: "Lena Moss", title: "chief revenue officer", country: "-", org: "Pricegrab.com"},
		{rule: "firm-role", text: "Prices rose in Britain. \"It was a surprise,\" said Tom Reade, UK economist at Harlow Vane Markets.",
			name: "Tom Reade", title: "economist", country: "-", org: "Harlow Vane Markets"},
		{rule: "firm-role", text: "Shares fell in New York. \"Rates will rise,\" said Dora Blick, chief market analyst at Carter & Lowe's.",
			name: "Dora Blick", title: "chief market analyst", country: "-", org: "Carter & Lowe's"},
		{rule: "firm-role", text: "Trains in Germany will get wireless links. Jan Voss, managing director of Kellmobil in Germany, said business users wanted them.",
			name: "Jan Voss", title: "managing director", country: "-", org: "Kellmobil"},
		{rule: "firm-role", text: "The virus spread in the US. Ben Hale, a spokesman for software firm Grey Pillar, said it had been contained.",
			name: "Ben Hale", title: "spokesman", country: "-", org: "Grey Pillar"},
		{rule: "firm-role", text: "\"We see growth,\" said Ann Korr, vice president of search at Quill Labs in the US.",
			name: "Ann Korr", title: "vice president of search", country: "-", org: "Quill Labs"},
		// negatives: a state's body or a place after the preposition
		{rule: "firm-role", text: "Amman closed the border. Omar Nabil, a spokesman for the Jordanian Interior Ministry, said it would reopen.",
			name: "Omar Nabil", country: "JO"},
		{rule: "firm-role", text: "Washington sent aid. Ann Lee, a tech staffer at the State Department, said the funds had arrived.",
			name: "Ann Lee", country: "US"},
		{rule: "firm-role", text: "Violence flared in Gaza. Nigel Pike, World Bank country director for the West Bank and Gaza, said jobs were scarce.",
			name: "Nigel Pike", org: "World Bank", country: "-"},
		{rule: "firm-role", text: "Ellen Farr, a spokeswoman for the North Carolina-based bank, said the deal in the US was closed.",
			name: "Ellen Farr", title: "spokeswoman"},
	})
}

// A role written after a body's possessive that no gazetteer holds as a
// state's, a place or a person, and that the article writes alone
// elsewhere, is the body's: no state by fallback (au5).
func TestOfficialsFirmPossessiveAu5(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "firm-possessive", text: "The coach said Rovers lost again. He has fallen out with Rovers' sporting director Piet Daal, papers in the Netherlands said.",
			name: "Piet Daal", title: "sporting director", country: "-", org: "Rovers"},
		{rule: "firm-possessive", text: "Profits rose at Brexa. In Chicago, Brexa's chief executive Tom Gale said the US market was strong.",
			name: "Tom Gale", title: "chief executive", country: "-", org: "Brexa"},
		// negatives: a state's possessive, a person's, a party's
		{rule: "firm-possessive", text: "Talks resumed. Norway's peace negotiator Erik Solberg said both sides were ready.",
			name: "Erik Solberg", country: "NO"},
		{rule: "firm-possessive", text: "Ministers met in London. Gordon Brown spoke first. Brown's senior adviser Ed Ball said growth would return.",
			name: "Ed Ball", org: "-"},
		{rule: "firm-possessive", text: "Labour launched its campaign in London. Labour's campaign spokesman Fred Kemp said it would win.",
			name: "Fred Kemp", org: "Labour Party"},
	})
}
