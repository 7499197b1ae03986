package extract

import "testing"

// fo24BodyStateRules: a role held for a body takes the state the body
// belongs to when its name makes it a state's (GUIDELINES: country is the
// state the role belongs to; dev gold "Clearwater police", "Federal Reserve
// Bank of New York"), and none when the body is its members' own.
var fo24BodyStateRules = []officialRuleCase{
	// a bare agency head: the context's state, whatever offices it lacks
	{rule: "bare-agency-head", text: "CARLISLE, England - Floods hit Cumbria on Monday. The Environment Agency said 300 homes were flooded. Its chief executive, Philippa Granger, said defences had held.",
		name: "Philippa Granger", country: "GB", org: "-"},
	{rule: "bare-agency-head", text: "OSLO (NTB) - Norway's Supreme Court ruled against a wind farm on Wednesday. The Sámi Parliament's president, Ánde Somby-Eira, said the ruling was welcome.",
		name: "Ánde Somby-Eira", country: "NO", org: "-"},
	// negative: a faith's relief agency, a regional agency
	{rule: "bare-agency-head", text: "JUBA, South Sudan - Floods hit the north on Monday. Mary Okello, director of the Adventist Development and Relief Agency, said 300 homes were lost.",
		name: "Mary Okello", country: "-", org: "Adventist Development and Relief Agency"},
	{rule: "bare-agency-head", text: "KINGSTON, Jamaica - A hurricane hit Jamaica on Monday. Elizabeth Carrington, executive director of the Caribbean Disaster Emergency Management Agency, said teams were ready.",
		name: "Elizabeth Carrington", country: "-"},
	// a central bank: the state after "of"
	{rule: "central-bank", text: "TUNIS - FIFA named a committee on Saturday to run football in Tunisia. It will be chaired by Leila Gharbi, a former deputy governor of the Central Bank of Tunisia, FIFA said.",
		name: "Leila Gharbi", country: "TN", org: "-"},
	{rule: "central-bank", text: "BANJUL, Gambia - A bridge opened on Monday. Abdoulaye Sarr, governor of the Central Bank of West African States, said trade would grow.",
		name: "Abdoulaye Sarr", country: "-"},
	{rule: "central-bank", text: "SYDNEY - Rates rose in Australia on Tuesday. Ross McEwan, chief executive of the National Australia Bank, said lending was strong.",
		name: "Ross McEwan", country: "-", org: "National Australia Bank"},
	// a legislature's committee: the legislature's state
	{rule: "legislature-part", text: "VILNIUS, Lithuania - Dutch troops arrived on Monday. Arvydas Žilinskas, deputy chairman of the Seimas National Security and Defence Committee, said barracks were lacking.",
		name: "Arvydas Žilinskas", country: "LT", org: "-"},
	{rule: "legislature-part", text: "VILNIUS, Lithuania - Dutch troops arrived on Monday. Arvydas Žilinskas, deputy chairman of the Labour Party National Security Committee, said barracks were lacking.",
		name: "Arvydas Žilinskas", country: "-"},
	// a name written head first, spelled out before its acronym
	{rule: "front-agency-head", text: "TOAMASINA, Madagascar - A cyclone hit Madagascar on Monday. The Bureau National de Gestion des Risques et des Catastrophes (BNGRC) said 38 people had died. \"Many families did not have time to leave,\" the BNGRC's director general, General Rivo Ravelo, told reporters.",
		name: "Rivo Ravelo", country: "MG", org: "-"},
	{rule: "front-agency-head", text: "DAKAR, Senegal - Dengue cases rose in Senegal on Monday. The Institut Pasteur de Dakar (IPD) said 40 people had died. The IPD's director, Amadou Sall, said tests were under way.",
		name: "Amadou Sall", country: "-", org: "IPD"},
	// a city's utility corporation, not a company named after a city
	{rule: "utility-corporation", text: "KARACHI, Pakistan - Water ran short in Karachi on Thursday. The chief executive of the Karachi Water and Sewerage Corporation, Asad Rizvi, said pumping would resume by Sunday.",
		name: "Asad Rizvi", country: "PK", org: "-"},
	{rule: "utility-corporation", text: "BOSTON - Shares fell in Boston on Thursday. The chief executive of the Boston Scientific Corporation, Mike Mahoney, said sales would resume by Sunday.",
		name: "Mike Mahoney", country: "-", org: "Boston Scientific Corporation"},
	// a bracketed acronym of a members' body, initials in another order
	{rule: "bracketed-body", text: "TUNIS, Dec 6 (Reuters) - FIFA appointed a committee to run the Tunisian Football Federation (FTF) on Saturday. The FTF president, Slim Ben Ammar, was taken into custody last week, the prosecutor in Tunis said.",
		name: "Slim Ben Ammar", country: "-", org: "Tunisian Football Federation"},
	{rule: "bracketed-body", text: "ACCRA, Ghana - Teachers struck in Ghana on Monday. The National Association of Graduate Teachers (NAGRAT) said schools were shut. The NAGRAT president, Angel Carbonu, said pay was too low.",
		name: "Angel Carbonu", country: "-", org: "National Association of Graduate Teachers"},
	// negative: a state's institute spelled out before its acronym
	{rule: "bracketed-body", text: "NAIROBI, Kenya - Cholera spread in Kenya on Monday. The Kenya Medical Research Institute (KEMRI) said 40 people had died. The KEMRI director, Amadou Sall, said tests were under way.",
		name: "Amadou Sall", country: "KE", org: "-"},
	// a union "of" a state is no office of it; a reserve bank's still is
	{rule: "private-body-head", text: "NAIROBI - Schools shut in Kenya on Monday. The Teachers Union of Kenya's secretary general Ronald Kasprzak said the ministry had cut jobs.",
		name: "Ronald Kasprzak", country: "-", org: "Teachers Union of Kenya"},
	{rule: "private-body-head", text: "SYDNEY - Rates rose in Australia on Tuesday. The Reserve Bank of Australia's governor Michele Bullock said inflation was too high.",
		name: "Michele Bullock", country: "AU", org: "-"},
	// a community's own body after "local": no state's; "the local council" is
	{rule: "local-body-head", text: "YAOUNDE, Cameroon - Gunmen raided a village in Cameroon. The head of the local vigilance committee, Ousmane Djibrilla, said 31 people had died.",
		name: "Ousmane Djibrilla", country: "-"},
	{rule: "local-body-head", text: "KHARTOUM - Fighting spread in Sudan. \"We are burying people every morning,\" said Amira Osman, the coordinator of a local emergency response room, by satellite phone.",
		name: "Amira Osman", country: "-"},
	{rule: "local-body-head", text: "YAOUNDE, Cameroon - Gunmen raided a village in Cameroon. The head of the local council, Ousmane Djibrilla, said 31 people had died.",
		name: "Ousmane Djibrilla", country: "CM"},
	{rule: "local-body-head", text: "KHARTOUM - Fighting spread in Sudan. \"We are burying people every morning,\" said Amira Osman, the chairwoman of the local council, by satellite phone.",
		name: "Amira Osman", country: "SD"},
	// a church's conference of bishops is no state's; the state's own minister beside it keeps his
	{rule: "conference-body", text: "KINSHASA - Lawmakers voted in Congo on Monday. The head of the Catholic bishops' conference, CENCO, Monsignor Albert Kalonji, urged calm.",
		name: "Albert Kalonji", country: "-"},
	{rule: "conference-body", text: "KINSHASA - Lawmakers voted in Congo on Monday. The head of the Catholic bishops' conference, CENCO, Monsignor Albert Kalonji, urged calm. Interior Minister Jean-Claude Mutombo said the vote was legal.",
		name: "Jean-Claude Mutombo", country: "CD"},
}

func TestFo24BodyStateRules(t *testing.T) { checkOfficialRows(t, fo24BodyStateRules) }
