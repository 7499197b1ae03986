package extract

import "testing"

// fo12OfficialRules hold the rows of the officials' states fixed by fo12
// (r29 held-out: a state merely mentioned near a role is not its state),
// kept apart from officialRules so that parallel work merges cleanly.
var fo12OfficialRules = []officialRuleCase{
	// a dateline whose town the gazetteer lacks gives its state when a
	// date stands between the state and the bracket
	{rule: "dated-dateline-state", text: "MBOUR, Senegal, Dec 4 (AFP) - A boat bound for Spain capsized. Spain has sent boats, and Spain's coast guard joined the search.\nInterior Minister Mame Diarra Seck said four people were arrested.",
		name: "Mame Diarra Seck", country: "SN"},
	{rule: "dated-dateline-state", text: "Mbour in Senegal saw the boat leave on Dec 4. A boat bound for Spain capsized. Spain has sent boats, and Spain's coast guard joined the search.\nInterior Minister Mame Diarra Seck said four people were arrested.",
		name: "Mame Diarra Seck", country: "ES"},
	// a dateline in capitals with a one-letter prefix and an apostrophe
	{rule: "apostrophe-dateline", text: "N'DJAMENA, Dec 1 (Reuters) - Fighters from Nigeria overran an army post. Nigeria closed its border. Army spokesman General Issakha Djibrine said 17 soldiers were killed.",
		name: "Issakha Djibrine", country: "TD"},
	{rule: "apostrophe-dateline", text: "Fighters from Nigeria overran an army post near N'Djamena. Nigeria closed its border. Army spokesman General Issakha Djibrine said 17 soldiers were killed.",
		name: "Issakha Djibrine", country: "NG"},
	// Uzbekistan and Tajikistan have a prime minister and deputies
	{rule: "central-asian-deputy-premier", text: "DUSHANBE (Reuters) - Mudslides buried homes in Tajikistan. Russia sent a plane.\nDeputy Prime Minister Gulnora Saidzoda visited the valley.",
		name: "Gulnora Saidzoda", country: "TJ"},
	{rule: "central-asian-deputy-premier", text: "ASHGABAT (Reuters) - Mudslides buried homes in Turkmenistan. Russia sent a plane.\nDeputy Prime Minister Gulnora Saidzoda visited the valley.",
		name: "Gulnora Saidzoda", country: "RU"},
	// a state's name that opens the sentence before a verb is its subject,
	// and gives a bare title in the next sentence its state
	{rule: "subject-made-before", text: "BASSETERRE, St Kitts and Nevis (AP) - Leaders pledged more police for Haiti. Haiti needs help, Haiti said, and Haiti's police are stretched in Haiti, Haiti's capital and all of Haiti. Jamaica made the largest offer at the summit. Prime Minister Desmond Whyte-Campbell said more soldiers would go.",
		name: "Desmond Whyte-Campbell", country: "JM"},
	{rule: "subject-made-before", text: "BASSETERRE, St Kitts and Nevis (AP) - Leaders pledged more police for Haiti. Haiti needs help, Haiti said, and Haiti's police are stretched in Haiti, Haiti's capital and all of Haiti. Jamaica rum flowed at the summit dinner. Prime Minister Desmond Whyte-Campbell said more soldiers would go.",
		name: "Desmond Whyte-Campbell", country: "HT"},
	// "the Nigerian side of the lake" is a stretch of a place, not the side
	// a speaker speaks for at talks
	{rule: "side-of-place", text: "N'DJAMENA, Dec 1 (Reuters) - Boko Haram fighters overran a post in Chad. Army spokesman General Issakha Djibrine said the militants had come from the Nigerian side of the lake.",
		name: "Issakha Djibrine", country: "TD"},
	{rule: "side-of-place", text: "MUSCAT (Reuters) - Talks on the dispute resumed in Oman. The office of Prime Minister Rafi Dror said on Monday that the Israeli side would return home.",
		name: "Rafi Dror", country: "IL"},
	// a capital gone to before a verb of meeting is the host's
	{rule: "meet-host-capital", text: "MONTEVIDEO (Reuters) - Uruguay and Argentina backed the deal. Uruguay's foreign minister, Omar Lacalle, said Uruguay would sign. Lacalle said he would travel to Asunción on Monday to meet President Rodrigo Giménez Fretes.",
		name: "Rodrigo Giménez Fretes", country: "PY"},
	{rule: "meet-host-capital", text: "MONTEVIDEO (Reuters) - Uruguay and Argentina backed the deal. Uruguay's foreign minister, Omar Lacalle, said Uruguay would sign. Lacalle said he would fly back from Asunción on Monday to meet President Rodrigo Giménez Fretes.",
		name: "Rodrigo Giménez Fretes", country: "UY"},
	// "Its minister, Colonel NAME": the rank's holder holds the office "its"
	// gives the state named before
	{rule: "owned-office-rank", text: "TASHKENT (Reuters) - A quake struck Uzbekistan, killing 11 in Uzbekistan's Namangan region. In Kyrgyzstan, the Emergency Situations Ministry said three people were killed. Its minister, Colonel Azamat Boronbaev, said teams had reached the villages.",
		name: "Azamat Boronbaev", country: "KG"},
	{rule: "owned-office-rank", text: "TASHKENT (Reuters) - A quake struck Uzbekistan, killing 11 in Uzbekistan's Namangan region. In Kyrgyzstan, the Emergency Situations Ministry said three people were killed. The minister, Colonel Azamat Boronbaev, said teams had reached the villages.",
		name: "Azamat Boronbaev", country: "UZ"},
	// "Niger state" is a Nigerian state, not the state Niger
	{rule: "niger-state", text: "ABUJA (Reuters) - Nigeria has suffered a string of tanker blasts. In January 98 people died when a tanker blew up in Niger state. In a statement signed by its spokesman, Emeka Obiora, the regulator said it would review the rules.",
		name: "Emeka Obiora", country: "NG"},
	{rule: "niger-state", text: "ABUJA (Reuters) - Nigeria has suffered a string of tanker blasts. In January 98 people died when a tanker blew up in Niger. In a statement signed by its spokesman, Emeka Obiora, the regulator said it would review the rules.",
		name: "Emeka Obiora", country: "NE"},
	// a comma between capitalised portfolios of a title that "and" closes
	{rule: "portfolio-comma-title", text: "DILI (Reuters) - Ministers met in Timor-Leste. Malaysia sent its Investment, Trade and Industry Minister, Tengku Zafrul Aziz Hamid.",
		name: "Tengku Zafrul Aziz Hamid", title: "Investment, Trade and Industry Minister", country: "MY"},
	{rule: "portfolio-comma-title", text: "DILI (Reuters) - Ministers met in Timor-Leste. On Monday, Trade and Industry Minister Tengku Zafrul Aziz Hamid spoke for Malaysia.",
		name: "Tengku Zafrul Aziz Hamid", title: "Trade and Industry Minister"},
	// "sector" inside a title: a force's sector commander
	{rule: "sector-commander", text: "MAIDUGURI, Nigeria (Reuters) - A tanker exploded. The Federal Road Safety Corps' sector commander for Borno, Hauwa Bello Dikwa, said 31 were burned.",
		name: "Hauwa Bello Dikwa", title: "sector commander", country: "NG"},
	{rule: "sector-commander", text: "LAGOS (Reuters) - Banks rallied. Hauwa Bello Dikwa, who works in the private sector, said shares rose.",
		absent: "Hauwa Bello Dikwa"},
	// a role's from-phrase up to the comma before the name, after "a" or "the"
	{rule: "role-from-comma", text: "WASHINGTON (Reuters) - A cap on fines was proposed. A Republican senator from Kansas, Sam Brownbeck, is set to call for a maximum fine.",
		name: "Sam Brownbeck", title: "senator", country: "US"},
	{rule: "role-from-comma", text: "ASTANA (Reuters) - Parliament approved the bill. The lawmaker from the ruling party, Anna Petrova, said the bill should wait.",
		name: "Anna Petrova", title: "lawmaker", country: "KZ"},
	{rule: "role-from-comma", text: "ASTANA (Reuters) - A delegation arrived. A man from the village, Anna Petrova, said the bill should wait.",
		absent: "Anna Petrova"},
}

func TestFo12OfficialRules(t *testing.T) {
	checkOfficialRows(t, fo12OfficialRules)
}
