package extract

import "testing"

// ob10OfficialRules hold the rows of the officials' shapes fixed by ob10,
// kept apart from officialRules so that parallel work merges cleanly.
var ob10OfficialRules = []officialRuleCase{
	// a post noun after a listed body's name keeps the body's role; the
	// place after the post says where
	{rule: "body-post", text: "AMMAN (Reuters) - Aid convoys were stopped at the border. Lina Haddad, head of the WFP office in Syria, said the trucks had waited for a week.",
		name: "Lina Haddad", title: "head", country: "-", org: "WFP"},
	{rule: "body-post", text: "AMMAN (Reuters) - Aid convoys were stopped at the border. Lina Haddad, head of the Syrian delegation, said the trucks had waited for a week.",
		name: "Lina Haddad", title: "head", country: "SY", org: "-"}, // a state's delegation, no body's post (sm1)
	// the office a subject takes ranks above an apposition describing them
	{rule: "takes-office-as", text: "LIMA (Reuters) - Peru's president reshuffled his cabinet. Rosa Quispe, a former central bank economist, takes over as finance minister.",
		name: "Rosa Quispe", title: "finance minister", country: "PE"},
	{rule: "takes-office-as", text: "LIMA (Reuters) - Peru's president reshuffled his cabinet. Rosa Quispe was sworn in as interior minister on Tuesday.",
		name: "Rosa Quispe", title: "interior minister", country: "PE"},
	{rule: "takes-office-as", text: "LIMA (Reuters) - The club lost again on Sunday. Rosa Quispe takes over as head of the family business.",
		absent: "Rosa Quispe"},
	// "Its" after a name an apposition types as a firm is the firm's
	{rule: "its-described-body", text: "TORREON, Mexico (Reuters) - Water flooded the shaft. The shaft is worked by Minera Coyote, a family-owned company that sells ore to smelters. Its director, Pablo Garza, said the pumps had failed.",
		name: "Pablo Garza", country: "-", org: "Minera Coyote"},
	{rule: "its-described-body", text: "TORREON, Mexico (Reuters) - Water flooded the shaft. The shaft was inspected by Tomas Rivas, a union official from Coahuila. Its director, Pablo Garza, said the pumps had failed.",
		name: "Pablo Garza", org: "-"},
	// a one-word name after a speech verb that "who heads" gives a body's
	// office is a person's; "and" may join two modifiers of the body noun
	{rule: "one-name-who-heads", text: "KENDARI, Indonesia (Reuters) - Boats searched the bay. \"The current is strong,\" said Sutrisno, who heads the fire and rescue service in Kendari.",
		name: "Sutrisno", title: "head", country: "ID"},
	{rule: "one-name-who-heads", text: "KENDARI, Indonesia (Reuters) - Boats searched the bay. \"The current is strong,\" said Sutrisno, who leads the rowing race.",
		absent: "Sutrisno"},
	{rule: "one-name-who-heads", text: "KENDARI, Indonesia (Reuters) - Boats searched the bay. Budi Santoso, who heads the crew and its boats, said the current was strong.",
		absent: "Budi Santoso"},
	// a bank's name after a state's possessive is the bank's unless a word
	// of it makes it the state's
	{rule: "possessive-private-bank", text: "DOHA (Reuters) - Shares fell sharply. Omar Nasser, chairman of Qatar's Pearl Coast Bank, resigned on Monday.",
		name: "Omar Nasser", country: "-", org: "Pearl Coast Bank"},
	{rule: "possessive-private-bank", text: "DOHA (Reuters) - Shares fell sharply. Omar Nasser, governor of Qatar's Central Bank, resigned on Monday.",
		name: "Omar Nasser", country: "QA", org: "-"},
	// a legislator's seat after a title "its" owns is the state's
	{rule: "seat-past-its", text: "SANTIAGO (Reuters) - The vote was delayed. The opposition Green bloc in the Senate said it would vote against the reform. Its leader, Sen. Paula Rojas, called the bill unfair.",
		name: "Paula Rojas", country: "CL", org: "-"},
	{rule: "seat-past-its", text: "SANTIAGO (Reuters) - The vote was delayed. The opposition Green Party said it would vote against the reform. Its leader, Paula Rojas, called the bill unfair.",
		name: "Paula Rojas", country: "-", org: "Green Party"},
	{rule: "possessive-private-bank-before", text: "DOHA (Reuters) - Shares fell sharply. The chairman of Qatar's Pearl Coast Bank, Omar Nasser, resigned on Monday.",
		name: "Omar Nasser", country: "-", org: "Pearl Coast Bank"},
	{rule: "possessive-private-bank-before", text: "DOHA (Reuters) - Shares fell sharply. The governor of Qatar's Central Bank, Omar Nasser, resigned on Monday.",
		name: "Omar Nasser", country: "QA", org: "-"},
}

func TestOb10OfficialRules(t *testing.T) {
	checkOfficialRows(t, ob10OfficialRules)
}
