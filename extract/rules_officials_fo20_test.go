package extract

import "testing"

// fo20OfficialRules hold the rows of the officials' states fixed by fo20
// (r30 held-out: local officials in a story about a foreign force, a
// ministry's portfolio, bodies' spokespeople and members), kept apart from
// officialRules so that parallel work merges cleanly.
var fo20OfficialRules = []officialRuleCase{
	// a dateline whose town the gazetteer lacks: the state whose towns the
	// story names is where the reporter is, not the foreign force's state
	{rule: "unknown-dateline-scene", text: "DHOBLEY - Gunmen ambushed a Kenyan convoy on the road to Kismayo on Monday, killing six. Kenya has about 3,000 troops in the area, and Kenya's army said its soldiers returned fire. Kenyan officials said the convoy had come from Baidoa.\nThe district commissioner, Abdirahman Osman Farah, said the road to Hargeisa and Puntland had been closed.",
		name: "Abdirahman Osman Farah", country: "SO"},
	{rule: "unknown-dateline-scene", text: "Gunmen ambushed a Kenyan convoy on the road to Kismayo on Monday, killing six. Kenya has about 3,000 troops in the area, and Kenya's army said its soldiers returned fire. Kenyan officials said the convoy had come from Baidoa.\nThe district commissioner, Abdirahman Osman Farah, said the road to Hargeisa and Puntland had been closed.",
		name: "Abdirahman Osman Farah", country: "KE"},
	// "National Defence" after "Ministry of" is the portfolio of the
	// ministry's state, not Canada's department
	{rule: "ministry-portfolio-alias", text: "HANOI (Reuters) - Vietnam held talks with a visiting delegation. A spokesman for the Ministry of National Defence, Colonel Tran Van Hieu, said the exercise would go ahead.",
		name: "Tran Van Hieu", country: "VN"},
	{rule: "ministry-portfolio-alias", text: "Two warships left Halifax on Monday. A National Defence spokesman, Lieutenant Colonel Marc Tremblay-Roy, said the ships would return in June.",
		name: "Marc Tremblay-Roy", country: "CA"},
	// in a story datelined in the state it is most about, a state named
	// inside the sentence before, not as its subject, gives a bare title no
	// state; the subject opening that sentence still does
	{rule: "aside-from-dateline-home", text: "PORT LOUIS - Mauritius's parliament met on Tuesday. Mauritius said the vote would be held in June, and Mauritius's courts agreed. Critics point to the outer island of Agalega, where New Delhi has built a new jetty. Foreign Minister Ravi Doorgakant said the jetty was under Mauritian control.",
		name: "Ravi Doorgakant", country: "MU"},
	{rule: "aside-from-dateline-home", text: "PORT LOUIS - Mauritius's parliament met on Tuesday. Mauritius said the vote would be held in June, and Mauritius's courts agreed. Seychelles sent a delegation to the island of Agalega on Monday. Foreign Minister Ravi Doorgakant said the visit was a success.",
		name: "Ravi Doorgakant", country: "SC"},
	{rule: "aside-from-dateline-home", text: "PORT LOUIS - Mauritius's parliament met on Tuesday. Mauritius said the vote would be held in June, and Mauritius's courts agreed. The port is seeking more work for the Indian Navy. Rear Admiral Vikram Sethi-Rao toured the jetty last month.",
		name: "Vikram Sethi-Rao", country: "IN"},
	// a company's name set off after its type, past a possessive and a
	// state's adjective, is what "Its" before the next title stands for
	{rule: "its-apposed-typed-name", text: "DUBAI (Reuters) - Iran seized a tanker in the Gulf. The vessel's Norwegian manager, Fjordline Shipping, said the tanker had been sailing from Qatar to Singapore when it was boarded. Its spokesman, Lars Eikeland-Moe, said the company had lost contact with the crew.",
		name: "Lars Eikeland-Moe", country: "-", org: "Fjordline Shipping"},
	{rule: "its-apposed-typed-name", text: "DUBAI (Reuters) - Iran seized a tanker bound for Singapore. The vessel's Norwegian captain, Lars Eikeland-Moe, said the crew were safe. Its spokesman, Nils Aasen-Berg, said Tehran would explain.",
		name: "Nils Aasen-Berg", org: "-"},
	// "members of GROUP, including a ROLE, NAME": the group's office
	{rule: "included-member-body", text: "BAGHDAD (Reuters) - Iraq's parliament met after an air strike near the border killed four members of Kataib Hezbollah, including a senior commander, Abu Hassan al-Maliki.",
		name: "Abu Hassan al-Maliki", country: "-", org: "Kataib Hezbollah"},
	{rule: "included-member-body", text: "BAGHDAD (Reuters) - Iraq's parliament met after an air strike near the border killed four soldiers of the Iraqi army, including a senior commander, Abu Hassan al-Maliki.",
		name: "Abu Hassan al-Maliki", country: "IQ", org: "-"},
	// a police brotherhood is its members' union, no state's body
	{rule: "brotherhood-body", text: "LAVAL, Que. — A Laval police officer shot a man on Tuesday. The president of the Laval police brotherhood, Martin Beauchesne-Roy, said the officer had no choice.",
		name: "Martin Beauchesne-Roy", country: "-"},
	{rule: "brotherhood-body", text: "LAVAL, Que. — A Laval police officer shot a man on Tuesday. The director of the Laval police, Martin Beauchesne-Roy, said the officer had no choice.",
		name: "Martin Beauchesne-Roy", country: "CA"},
}

func TestFo20OfficialRules(t *testing.T) {
	checkOfficialRows(t, fo20OfficialRules)
}
