package extract

import "testing"

// fx7oOfficialRules hold the rows of the shapes fixed after the blind
// rounds r27a and r27b (fx7o, session 27), kept apart from officialRules so
// that parallel work merges cleanly; each row is checked as
// TestOfficialRules checks its own.
var fx7oOfficialRules = []officialRuleCase{
	// a capitalised region before "affairs" is the portfolio, not a body
	{rule: "affairs-portfolio", text: "Chen Bo, Beijing's special envoy for Horn of Africa affairs, said the talks would resume.",
		name: "Chen Bo", title: "special envoy", country: "CN", org: "-"},
	{rule: "affairs-portfolio", text: "Tomas Ek, the Nordic envoy for Arctic Rim affairs, said the ice was thinning. Sweden agreed.",
		name: "Tomas Ek", org: "-"},
	{rule: "affairs-portfolio", text: "Mira Holt, a spokeswoman for the Coastal Affairs Trust, said the beach was closed.",
		name: "Mira Holt", country: "-"},
	// a portfolio noun ends a title before a name, not the name's first word
	{rule: "portfolio-before-name", text: "Minister for Labour and Migration Selin Aksoy told parliament the quota would rise.",
		name: "Selin Aksoy", title: "Minister for Labour and Migration"},
	{rule: "portfolio-before-name", text: "Britain objected. Work and Pensions Secretary Alan Hart said the plan was ready.",
		name: "Alan Hart", title: "Work and Pensions Secretary"},
	{rule: "portfolio-before-name", text: "Asylum seekers waited at the gate, Selin Aksoy said.", absent: "Selin Aksoy"},
	// "a spokesman for the UN secretary-general": the body's own role
	{rule: "body-office-complement", text: "Paulo Reis, a spokesman for the WHO director-general, said the team had landed.",
		name: "Paulo Reis", title: "spokesman", country: "-", org: "WHO"},
	{rule: "body-office-complement", text: "Paulo Reis, an aide to the UN secretary-general, said the team had landed.",
		name: "Paulo Reis", country: "-", org: "UN"},
	{rule: "body-office-complement", text: "Paulo Reis, a reader of the UN secretary-general's reports, said they were late.", absent: "Paulo Reis"},
	// "a lawyer and former president of ...": the office after "and"
	{rule: "occupation-and-qualified-role", text: "Nadia Ferhat, a surgeon and former president of the Red Crescent, said the clinic was full.",
		name: "Nadia Ferhat", title: "former president", country: "-"},
	{rule: "occupation-and-qualified-role", text: "Nadia Ferhat, a teacher and former pupil of the school, said the roof leaked.", absent: "Nadia Ferhat"},
	// a movement is a body that is no state's
	{rule: "movement-body", text: "Ousmane Sy, president of the Malian Movement for Civic Freedoms, said the vote was rigged.",
		name: "Ousmane Sy", title: "president", country: "-", org: "Malian Movement for Civic Freedoms"},
	{rule: "movement-body", text: "Ousmane Sy, president of the Malian Commission for Civic Freedoms, said the vote was rigged.",
		name: "Ousmane Sy", country: "ML", org: "-"},
	// a legislature's part named by its portfolios, joined by "and"
	{rule: "portfolio-body-part", text: "Aivars Ozols, deputy chair of the Saeima foreign affairs and defence committee, said the budget would grow.",
		name: "Aivars Ozols", title: "deputy chair", country: "LV"},
	{rule: "portfolio-body-part", text: "Aivars Ozols, deputy chair of the Knesset finance and economy committee, said the budget would grow.",
		name: "Aivars Ozols", title: "deputy chair", country: "IL"},
	{rule: "portfolio-body-part", text: "Aivars Ozols, a long admirer of the Saeima foreign affairs and defence committee, said the budget would grow.", absent: "Aivars Ozols"},
	// "The X Party's president": a place may open the party's name
	{rule: "named-party-owner", text: "The Georgia Unity Party's chairman, Levan Beridze, said the list was final.",
		name: "Levan Beridze", title: "chairman", country: "-", org: "Georgia Unity Party"},
	{rule: "named-party-owner", text: "Montana's governor, Greg Hollis, said the list was final.",
		name: "Greg Hollis", country: "US", org: "-"},
	// a dateline's region before its date decides a capital's homonym
	{rule: "dated-dateline-region", text: "PERTH, Scotland, May 4 (AP) - Police met in Kingston. Kingston councillor Ruth Innes said the road was shut.",
		name: "Ruth Innes", country: "GB"},
	{rule: "dated-dateline-region", text: "KINGSTON, Jamaica, May 4 (AP) - Police met in Kingston. Kingston councillor Ruth Innes said the road was shut.",
		name: "Ruth Innes", country: "JM"},
	// "His ministry's spokesman, NAME," opening a paragraph: the person of
	// the paragraph before holds the office the spokesman speaks for
	{rule: "possessive-principal-paragraph", text: "Uganda's envoy walked out.\nTanzanian Foreign Minister Amani Mbeki said the border stayed open. \"We will not close it,\" she said.\nHer ministry's spokesman, Juma Said, said trucks were moving.",
		name: "Juma Said", country: "TZ"},
	{rule: "possessive-principal-paragraph", text: "Tanzania's envoy walked out.\nKenyan Interior Minister Otieno Wafula said the border stayed open. \"We will not close it,\" he said.\nHis ministry's spokesman, Juma Said, said trucks were moving.",
		name: "Juma Said", country: "KE"},
}

func TestFx7oOfficialRules(t *testing.T) {
	checkOfficialRows(t, fx7oOfficialRules)
}
