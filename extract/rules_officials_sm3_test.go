package extract

import "testing"

// sm3OfficialRules: a compound title listed as a phrase with "of"
// (compound_titles.tsv) is read whole before and after the name, its
// "of" no complement (insideListedRole); ranks between such an office and
// the name are the holder's (ranksAfterCompound); a rank alone before
// the name yields to an office at the same mention (rankYields); a person
// before "'s" owns an apposition's title as its principal, and a holder
// the gazetteer knows named by surname is no body (personOwnerAfter,
// holderNameAt).
var sm3OfficialRules = []officialRuleCase{
	{rule: "compound-title", text: "LUSAKA — Zambia's head of state, Mwila Banda, opened the session on Friday.",
		name: "Mwila Banda", title: "head of state", country: "ZM", org: "-"},
	{rule: "compound-title", text: "LUSAKA — The speaker of parliament, Mwila Banda, adjourned the sitting after the vote.",
		name: "Mwila Banda", title: "speaker of parliament"},
	// negative: an of-phrase that is no listed office is the role's complement
	{rule: "compound-title", text: "LUSAKA — The chief of the Zambian navy, Mwila Banda, said the boats were ready.",
		name: "Mwila Banda", title: "chief", country: "ZM"},
	{rule: "rank-after-compound", text: "LUSAKA — Zambian chief of defence staff Lt. Gen. Mwila Banda said the troops were ready to leave.",
		name: "Mwila Banda", title: "chief of defence staff", country: "ZM"},
	{rule: "rank-after-compound", text: "ABUJA — Chief of the Naval Staff Vice Admiral Chidi Okafor said the patrol boats were ready.",
		name: "Chidi Okafor", title: "Chief of the Naval Staff"},
	// negative: "General" after an office with no "of" is the title's own word
	{rule: "rank-after-compound", text: "LUSAKA — Zambian Attorney General Mwila Banda said the case would go ahead.",
		name: "Mwila Banda", title: "Attorney General", country: "ZM"},
	{rule: "rank-yields", text: "LUSAKA — Col. Mwila Banda, Zambia's army spokesman, said the road to the border was open.",
		name: "Mwila Banda", title: "army spokesman", country: "ZM"},
	{rule: "rank-yields", text: "ACCRA — Ghana's chief of staff, Brig. Gen. Kofi Asante, said the barracks would reopen.",
		name: "Kofi Asante", title: "chief of staff", country: "GH"},
	// negative: a former office is no present role, and the rank stays
	{rule: "rank-yields", text: "LUSAKA — Col. Mwila Banda, a former army spokesman, said the road to the border was open.",
		name: "Mwila Banda", title: "Col"},
	{rule: "person-owner", text: "LUSAKA — Zambian President Hakainde Hichilema spoke on Monday. Mwila Banda, Hichilema's spokesman, said the road was open.",
		name: "Mwila Banda", title: "spokesman", country: "ZM", org: "-"},
	{rule: "person-owner", text: "ABUJA — Nigeria's senate is in recess. Tinubu's chief of staff, Femi Gbaja, said on Friday that the cabinet would meet.",
		name: "Femi Gbaja", title: "chief of staff", country: "NG", org: "-"},
	{rule: "person-owner", text: "LUSAKA — Hichilema's spokesman Mwila Banda said the road was open.",
		name: "Mwila Banda", title: "spokesman", org: "-"},
	// negative: an owner that is no known person is a body
	{rule: "person-owner", text: "LUSAKA — Mwila Banda, Zesco's spokesman, said the power cuts would end by June.",
		name: "Mwila Banda", title: "spokesman", org: "Zesco"},
	{rule: "person-owner", text: "LONDON — Unison's general secretary Mwila Banda said the strike would go ahead.",
		name: "Mwila Banda", title: "general secretary", org: "Unison"},
}

// the apposition matcher's row for TestNamedSteps
func init() {
	stepRows = append(stepRows, struct{ step, pos, neg string }{"after/person-owner",
		"Zambian President Hakainde Hichilema spoke on Monday. Mwila Banda, Hichilema's spokesman, said the road was open.",
		"Zambian President Hakainde Hichilema spoke on Monday. Mwila Banda, the spokesman, said the road was open."})
}

func TestSm3OfficialRules(t *testing.T) { checkOfficialRows(t, sm3OfficialRules) }
