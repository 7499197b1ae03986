package extract

import "testing"

// fx62OfficialRules hold the rows of the officials' states fixed by fx62
// (r36c held-out: a party's office whose party a state's possessive
// qualifies), kept apart from officialRules so that parallel work merges
// cleanly.
var fx62OfficialRules = []officialRuleCase{
	// a state's possessive only places the party: the office is the party's
	{rule: "stated-party-office", text: "TOKYO (Reuters) - The secretary-general of Japan's ruling Liberal Democratic Party, Kenji Morioka, said the budget would pass.",
		name: "Kenji Morioka", country: "-", org: "LDP"},
	{rule: "stated-party-office", text: "BERLIN (Reuters) - The coalition agreed the budget late on Monday. The chairman of Germany's Free Democratic Party, Jonas Albrecht, said the deal was fair.",
		name: "Jonas Albrecht", country: "-", org: "FDP"},
	// a state's office, or a party member's seat, keeps the state
	{rule: "stated-party-office", text: "ROME (Reuters) - Italy's Prime Minister Carla Bentivoglio said on Monday the budget would pass.",
		name: "Carla Bentivoglio", country: "IT", org: "-"},
	{rule: "stated-party-office", text: "LONDON (Reuters) - Britain's Labour Party leader Tom Ashcroft, the MP for Hull North, said the budget would fail.",
		name: "Tom Ashcroft", country: "GB"},
	// an office of separatists or rebels is no state's; a rebel's seat is
	{rule: "breakaway-title", text: "TBILISI (Reuters) - Georgia protested on Monday. Separatist leader Aslan Bzhaniev said the border would stay closed.",
		name: "Aslan Bzhaniev", country: "-"},
	{rule: "breakaway-title", text: "GOMA (Reuters) - Fighting spread in eastern Congo. The rebel spokesman, Didier Kabamba, said the town had fallen.",
		name: "Didier Kabamba", country: "-"},
	{rule: "breakaway-title", text: "LONDON (Reuters) - The bill passed on Monday. Rebel Conservative MP Hugh Farrant said he would vote against it again.",
		name: "Hugh Farrant", country: "GB"},
	{rule: "breakaway-title", text: "GOMA (Reuters) - Fighting spread in eastern Congo. Army spokesman General Sylvain Ekenge said rebels had attacked the town.",
		name: "Sylvain Ekenge", country: "CD"},
	// a portfolio word after "for" stays out of the name after an opener
	{rule: "portfolio-for", text: "CHISINAU (Reuters) - In an interview with Reuters, Deputy Prime Minister for Reintegration Oleg Serebrian said talks would resume.",
		name: "Oleg Serebrian", country: "MD"},
	{rule: "portfolio-for", text: "SEOUL (Yonhap) - On Monday, Minister for Reunification Kim Yong-ho said talks would resume.",
		name: "Kim Yong-ho", country: "KR"},
	// "Its" after a numbered unit that only one state's army names so
	{rule: "its-unit-subject", text: "RIGA (Reuters) - Tanks arrived in Latvia and Estonia on Monday. The 2nd Armored Brigade Combat Team replaces a unit based in Lithuania. Its commander, Col. Dana Whitcombe, said training would start soon.",
		name: "Dana Whitcombe", country: "US"},
	{rule: "its-unit-subject", text: "VILNIUS (Reuters) - Lithuania's army held drills on Monday. The 2nd Infantry Brigade replaced a unit in Rukla. Its commander, Col. Arturs Ozols, said training would start soon.",
		name: "Arturs Ozols", country: "LT"},
	// "Its" for a party, its title served "in" a legislature: the party's
	{rule: "its-party-served-in", text: "WARSAW (Reuters) - The opposition Law and Justice party questioned the cost. Its spokesman in the Sejm, Jan Wrobel, said the plan was wrong.",
		name: "Jan Wrobel", country: "-", org: "Law and Justice"},
	{rule: "its-party-served-in", text: "BERLIN (Reuters) - The opposition Free Democratic Party (FDP) questioned the cost. Its finance spokesman in the Bundestag, Karl Eberhardt, said the plan was wrong.",
		name: "Karl Eberhardt", country: "-", org: "FDP"},
	{rule: "its-party-served-in", text: "WARSAW (Reuters) - The opposition Civic Platform (PO) questioned the cost. Its whip in the Sejm, Ewa Nowicka, said the plan was wrong.",
		name: "Ewa Nowicka", country: "-"},
	{rule: "its-party-served-in", text: "BERLIN (Reuters) - The German defence ministry defended the cost. Its spokesman in the Bundestag, Karl Eberhardt, said the plan was right.",
		name: "Karl Eberhardt", country: "DE"},
}

func TestFx62OfficialRules(t *testing.T) { checkOfficialRows(t, fx62OfficialRules) }
