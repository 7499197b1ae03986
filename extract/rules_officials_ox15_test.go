package extract

import "testing"

// ox15OfficialRules: officials missed on held-out r29k/r29l, one wording
// class each, with a row that must stay as it was.
var ox15OfficialRules = []officialRuleCase{
	// a region or portfolio the role tables do not hold, between a
	// state's possessive and a role noun, is the title's, not a person
	{rule: "state-owned-title-run", text: "Australia's Pacific Minister, Kate Brennan-Hollis, said a plane had landed in Port Vila.",
		name: "Kate Brennan-Hollis", title: "Pacific Minister", country: "AU", absent: "Pacific Minister"},
	// a given name opens a person's name that ends in a role word
	{rule: "state-owned-title-run", text: "Britain's Tom Chancellor, a Labour MP, said the vote would be close.",
		name: "Tom Chancellor", title: "MP"},
	// "permanent" stands inside a title: a standing post at a body
	{rule: "permanent-modifier", text: "Russia's deputy permanent representative, Gennady Voronin, said the draft ignored Sudan's sovereignty.",
		name: "Gennady Voronin", title: "deputy permanent representative", country: "RU"},
	{rule: "permanent-modifier", text: "The country's permanent residents, said Gennady Voronin, would vote in Moscow.",
		absent: "Voronin"},
	// a slash-joined body's name with a noun for the body after it
	{rule: "slash-joined-body-noun", text: "Olivier Bahati Rugamba, a spokesman for the AFC/M23 alliance, said the rebels had lost three fighters.",
		name: "Olivier Bahati Rugamba", title: "spokesman", org: "AFC/M23", country: "-"},
	{rule: "slash-joined-body-noun", text: "Olivier Bahati Rugamba, a spokesman for the AFC/M23, said the rebels had lost three fighters.",
		name: "Olivier Bahati Rugamba", title: "spokesman", org: "AFC/M23", country: "-"},
}

func TestOx15OfficialRules(t *testing.T) {
	checkOfficialRows(t, ox15OfficialRules)
}

// ox15StateRows: the state of a bare military rank.
var ox15StateRows = []officialRuleCase{
	// a ministry of the dateline's state in the lead does not win over
	// the nearer force of another state for a bare rank
	{rule: "home-body-force", text: "TYRE, Lebanon, Oct 21 (AP) - An Israeli strike on a house in the southern village of Srifa killed seven people, Lebanon's Health Ministry said. Israel's military said it had hit a weapons store. \"We will act,\" said Lt. Col. Avi Ben-Shimol, a military spokesman.",
		name: "Avi Ben-Shimol", country: "IL"},
	// the home state's own force still wins over a nearer foreign one
	{rule: "home-body-force", text: "TYRE, Lebanon, Oct 21 (AP) - Lebanon's army said it had deployed troops in the south. Israel's military said it had hit a weapons store. \"We will hold,\" said Lt. Col. Karim Haddad.",
		name: "Karim Haddad", country: "LB"},
}

func TestOx15StateRows(t *testing.T) {
	checkOfficialRows(t, ox15StateRows)
}

// ox15DatelineRows: a bare legislator's title in a story datelined in
// its state, which names another state more often.
var ox15DatelineRows = []officialRuleCase{
	{rule: "dateline-legislator", text: "SEOUL, Dec 10 — South Korea's National Assembly voted to extend its unit in Lebanon. The unit is in southern Lebanon, near Tyre, Lebanon. Rep. Park Ji-hyun said she had voted against the motion on Lebanon.",
		name: "Park Ji-hyun", country: "KR"},
	// a bare spokesman is not read so: the state named most comes first
	{rule: "dateline-legislator", text: "SEOUL, Dec 10 — South Korea's National Assembly voted to extend its unit in Lebanon. The unit is in southern Lebanon, near Tyre, Lebanon. Spokesman Park Ji-hyun said the motion on Lebanon passed.",
		name: "Park Ji-hyun", country: "LB"},
}

func TestOx15DatelineRows(t *testing.T) {
	checkOfficialRows(t, ox15DatelineRows)
}
