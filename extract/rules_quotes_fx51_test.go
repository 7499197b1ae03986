package extract

import "testing"

// fx51QuoteRuleRows pin the speaker rules of fx51 (the blind r35f-g
// rounds).
var fx51QuoteRuleRows = []quoteRuleRow{
	// a name between "said" and "of" a body is a person (saidNameOfBody)
	{rule: "said-name-of-body", pos: true,
		text:  "KANDAHAR, Afghanistan (AP) - Girls' schools stayed shut in three districts, said Zarghuna Habibi of the Kandahar Teachers' Network, a volunteer group. \"We have no books and no rooms,\" she said.",
		quote: "no books and no rooms", speaker: "Zarghuna Habibi"},
	{rule: "said-name-of-body", pos: false,
		text:  "KANDAHAR, Afghanistan (AP) - Girls' schools stayed shut, said Kandahar Teachers of the Afghan Women's Network. \"We have no books and no rooms,\" she said.",
		quote: "no books and no rooms", speaker: "Kandahar Teachers"},
	// a body written by its own name is no other body of its kind (otherBodyThanNamed)
	{rule: "own-body-name", pos: true,
		text:  "ASTANA (Reuters) - The government sent National Guard units to the port city on Friday.\nThe Emergencies Ministry said 300 rescuers had been moved there \"to keep the roads open\".",
		quote: "to keep the roads open", speaker: "Emergencies Ministry"},
	{rule: "own-body-name", pos: false,
		text:  "ASTANA (Reuters) - The government sent National Guard units to the port city on Friday.\nThe Emergencies Ministry said 300 rescuers had been moved there \"to keep the roads open\".",
		quote: "to keep the roads open", speaker: "National Guard"},
	// a noun for a body stands for a kindred body just named (kindredBodyBefore)
	{rule: "kindred-body", pos: true,
		text:  "PORTLAND, Ore. (AP) - Dana Ruiz, president of the Harbor Nurses' Association, said the union backed the deal. Later, the union said: \"Every shift we staff is a shift we keep.\"",
		quote: "Every shift we staff", speaker: "Harbor Nurses' Association"},
	{rule: "kindred-body", pos: false,
		text:  "PORTLAND, Ore. (AP) - Dana Ruiz, president of the Harbor Nurses' Association, spoke on Monday.\nThe hospital cut 40 beds in May.\nThe board met again in June.\nThe union said: \"Every shift we staff is a shift we keep.\"",
		quote: "Every shift we staff", speaker: "Harbor Nurses' Association"},
	// "Mullah" is a cleric's style, no part of the name (roles.tsv honorific)
	{rule: "mullah-style", pos: true,
		text:  "KABUL (Reuters) - Mullah Abdul Qadir Rahmani, the deputy minister of mines, visited the site. \"The road will be open by winter,\" Rahmani said.",
		quote: "open by winter", speaker: "Abdul Qadir Rahmani"},
	{rule: "mullah-style", pos: false,
		text:  "KABUL (Reuters) - Mullah Abdul Qadir Rahmani, the deputy minister of mines, visited the site. \"The road will be open by winter,\" Rahmani said.",
		quote: "open by winter", speaker: "Mullah Abdul Qadir Rahmani"},
}

func TestFx51QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), fx51QuoteRuleRows)
}
