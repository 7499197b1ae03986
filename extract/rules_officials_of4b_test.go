package extract

import "testing"

// of4bOfficialRules hold the rows of the officials fixed by of4 in session 41 (held-out
// officials misses).
var of4bOfficialRules = []officialRuleCase{
	// a known body's name after the noun of its type closes the complement,
	// and the office is the named body's: "the UN mission MONUSCO"
	{rule: "named-body-after-type", text: "Amina Sow, the former head of the UN mission MONUSCO, warned that the war could spread.",
		name: "Amina Sow", title: "former head", country: "-", org: "MONUSCO"},
	{rule: "named-body-after-type", text: "Karl Berg, a spokesman for the UN agency UNRWA, said the convoy was stopped.",
		name: "Karl Berg", title: "spokesman", country: "-", org: "UNRWA"},
	// without a known body's name the type noun's parent body keeps the office
	{rule: "named-body-after-type", text: "Amina Sow, the former head of the UN mission, warned that the war could spread.",
		name: "Amina Sow", title: "former head", org: "UN"},
	// a party adjunct after a name that no known given name opens sets it
	// off as a comma would, after a title with its seat: "A member of ...
	// from PLACE, NAME of the PARTY party,"
	{rule: "party-adjunct-name", text: "A member of the House of Representatives from West Sulawesi, Andi Ruslan Wiratama of the Golkar party, praised the rescuers.",
		name: "Andi Ruslan Wiratama", title: "member", country: "ID"},
	{rule: "party-adjunct-name", text: "JAKARTA (Reuters) - A lawmaker from Central Java, Andi Wiratama of the Harmony party, praised the rescuers.",
		name: "Andi Wiratama", title: "lawmaker", country: "ID"},
	// no title before the comma: no evidence of a person
	{rule: "party-adjunct-name", text: "JAKARTA (Reuters) - The town of Central Java, Andi Wiratama of the Golkar party, praised the rescuers.",
		absent: "Andi Wiratama"},
}

func TestOf4bOfficialRules(t *testing.T) {
	checkOfficialRows(t, of4bOfficialRules)
}
