package extract

import "testing"

// fx59OfficialRules: UN mandate holders in Security Council and rights
// council copy (the blind r36e round), whose office is the UN's wherever
// the story is set, with rows that must stay as they were.
var fx59OfficialRules = []officialRuleCase{
	// "the secretary-general's personal envoy" in lower case, in a story
	// that names the UN, is the UN's (lowerSecretariatOwner)
	{rule: "secretary-general-envoy", text: "The UN Security Council met on Tuesday. Lena Okafor, the secretary-general's personal envoy for Libya, said talks would resume in Tunis.",
		name: "Lena Okafor", title: "personal envoy", country: "-"},
	{rule: "secretary-general-envoy", text: "Kenya's foreign ministry said its secretary-general, Lena Okafor, would travel to Addis Ababa.",
		name: "Lena Okafor", country: "KE"},
	// a special rapporteur holds a UN mandate: no state from the story (mandateBody)
	{rule: "special-rapporteur", text: "Presenting a report on Burundi, the special rapporteur on torture, Pieter Claes, said detainees had been beaten.",
		name: "Pieter Claes", title: "special rapporteur", country: "-", org: "UN"},
	{rule: "special-rapporteur", text: "Burundi's special rapporteur, Pieter Claes, said detainees had been treated well.",
		name: "Pieter Claes", country: "BI"},
	// a minister of a government the gazetteer holds as no state's own
	// (rivalGovernmentOwned): the body's, with no state
	{rule: "rival-government-owned", text: "Myanmar's envoy spoke for the opposition National Unity Government. The NUG's foreign minister, Zin Mar Aung, urged sanctions.",
		name: "Zin Mar Aung", title: "foreign minister", country: "-", org: "National Unity Government"},
	{rule: "rival-government-owned", text: "Myanmar's foreign minister, Than Swe, urged patience.",
		name: "Than Swe", title: "foreign minister", country: "MM"},
}

func TestFx59OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx59OfficialRules)
}
