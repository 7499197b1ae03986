package extract

import "testing"

// fx74OfficialRules hold the rows of the official shapes fixed by fx74
// (the blind r38d round, a mixed world).
var fx74OfficialRules = []officialRuleCase{
	// a ministry of a government that is no state's after the group's name
	// is the group's (bodyNounAfter)
	{rule: "rival-ministry", text: "Salim Idris, a spokesman for the Houthi interior ministry, said the police acted.",
		name: "Salim Idris", country: "-", org: "Houthis"},
	{rule: "rival-ministry", text: "Salim Idris, a spokesman for the Jordanian interior ministry, said the police acted.",
		name: "Salim Idris", country: "JO", org: "-"},
	// a relative clause after where someone is from, or after a former
	// office, gives a body's office (describedWhoAt, servedOfficeAt)
	{rule: "described-who-office", text: "Rana Haddad, the Lebanese who became UNICEF's regional director last year, said it.",
		name: "Rana Haddad", title: "regional director", country: "-", org: "UNICEF"},
	{rule: "described-who-office", text: "Rana Haddad, a former Jordanian minister who became the World Bank's regional director, said it.",
		name: "Rana Haddad", title: "regional director", country: "-", org: "World Bank"},
	{rule: "described-who-office", text: "Rana Haddad, the Lebanese who became famous last year, said it.",
		absent: "Rana Haddad"},
	// "and" between lower-case portfolio nouns before the role noun
	// (andBetweenPortfolios)
	{rule: "and-between-portfolios", text: "Rana Haddad, Jordan's energy and mineral resources minister, said it.",
		name: "Rana Haddad", title: "energy and mineral resources minister", country: "JO"},
	{rule: "and-between-portfolios", text: "Rana Haddad, a poet and novelist, said it.",
		absent: "Rana Haddad"},
	// "the junta's spokesman" is the state's that the junta named before
	// rules (juntaOwnerState), not the dateline's
	{rule: "junta-owner", text: "BANGKOK, Dec 7 (Newsdesk) - Floods hit. At least 40 people died in Myanmar, according to the junta. General Min Aung, the junta's spokesman, rejected criticism.",
		name: "Min Aung", country: "MM"},
	{rule: "junta-owner", text: "BANGKOK, Dec 7 (Newsdesk) - Floods hit. At least 40 people died in Myanmar. General Min Aung, the army's spokesman, rejected criticism.",
		name: "Min Aung", country: "TH"},
}

func TestFx74OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx74OfficialRules)
}
