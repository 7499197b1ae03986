package extract

import "testing"

// fx11oOfficialRules hold the rows of the shapes fixed after the blind
// round r28d (fx11o, session 28), kept apart from officialRules so that
// parallel work merges cleanly.
var fx11oOfficialRules = []officialRuleCase{
	// a role noun before "to PLACE region" heads the apposition, so the
	// name before it is a person's and the unit noun closes the place; an
	// apposition headed by a settlement noun still describes a place, and
	// a body's unit ("division") closes no place
	{rule: "envoy-to-place-unit", text: "BISHKEK (AFP) - Roads were shut. Zhyldyzbek Osmonaliev, the president's envoy to Naryn region, ordered schools closed.",
		name: "Zhyldyzbek Osmonaliev", title: "envoy to Naryn", country: "KG"},
	{rule: "envoy-to-place-unit", text: "BISHKEK (AFP) - Roads were shut. Zhyldyzbek Osmonaliev, a market town for Osh region, was cut off.",
		absent: "Zhyldyzbek Osmonaliev"},
	{rule: "envoy-to-place-unit", text: "WASHINGTON (AP) - Jamming grew. Zhyldyzbek Osmonaliev, the director of the VOA Eurasian division, ordered a review.",
		absent: "Zhyldyzbek Osmonaliev"},
}

func TestFx11oOfficialRules(t *testing.T) {
	checkOfficialRows(t, fx11oOfficialRules)
}
