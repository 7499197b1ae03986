package extract

import "testing"

// fx80OfficialRules hold the rows of the official shapes fixed after the
// blind round r39d (fx80), kept apart from officialRules so that parallel
// work merges cleanly.
var fx80OfficialRules = []officialRuleCase{
	// "at the request of" a president after sending personnel "to" a
	// state: the president of the state they went to
	{rule: "request-destination", text: "France first sent soldiers to Chad in 1969, at the request of President François Tombalbaye, to help put down a rebellion. Operation Manta later brought 3,000 French troops to stop a Libyan-backed advance, most of them from bases in Mali.",
		name: "François Tombalbaye", title: "President", country: "TD"},
	{rule: "request-destination", text: "Rwanda sent 1,000 troops to Mozambique in 2021 at the request of President Filipe Nyusi.",
		name: "Filipe Nyusi", title: "President", country: "MZ"},
	{rule: "request-destination", text: "Rwandan President Paul Kagame sent troops to Mozambique in 2021 at the request of its government.",
		name: "Paul Kagame", title: "President", country: "RW"},
	// "National Defence" alone is no Canadian department: many states
	// have a Ministry of National Defence
	{rule: "national-defence-ministry", text: "VILNIUS – The Ministry of National Defence of the Republic of Lithuania informs that the rotation will arrive. \"Every rotation is proof of commitment,\" said Minister of National Defence Tomas Vaitkus.",
		name: "Tomas Vaitkus", country: "LT", org: "-"},
	{rule: "national-defence-ministry", text: "OTTAWA – Canada will double its Arctic patrols, National Defence Minister Helene Marchand-Tooley announced Thursday.",
		name: "Helene Marchand-Tooley", country: "CA", org: "-"},
}

func TestFx80OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx80OfficialRules)
}
