package extract

import "testing"

// sm4OfficialRules: a capitalised body whose head is a state's organ when
// a state owns it (words_places.tsv state-organ) is that state's when the
// state's adjective or name opens it or "of STATE" closes it
// (stateOwnsOrgan); "Presidency" is a state's body word. A speaker "for"
// a state's office holder is that state's; one for a state's party is
// the party's. An office with "of" and no comma keeps its complement.
var sm4OfficialRules = []officialRuleCase{
	{rule: "state-organ", text: "AMMAN — Rami Haddad, a spokesman for the Jordanian Intelligence Services, said the border would stay shut.",
		name: "Rami Haddad", title: "spokesman", country: "JO", org: "-"},
	{rule: "state-organ", text: "NAIROBI — Talks ended in Geneva. Wanjiku Kamau, an official with the Kenyan Parliamentary Budget Committee, said the vote was delayed.",
		name: "Wanjiku Kamau", title: "official", country: "KE", org: "-"},
	{rule: "state-organ", text: "Talks ended in Geneva. Lina Haddad, an adviser to the Budget Committee of Jordan, said the vote was delayed.",
		name: "Lina Haddad", title: "adviser", country: "JO", org: "-"},
	{rule: "state-organ", text: "ABIDJAN — Awa Kone, a spokeswoman for the Ivorian Presidency, said the election date would stand.",
		name: "Awa Kone", title: "spokeswoman", country: "CI", org: "-"},
	{rule: "state-organ", text: "The head of the Kenyan Security Services, Wanjiku Kamau, said the border would stay shut.",
		name: "Wanjiku Kamau", title: "head", country: "KE", org: "-"},
	// negative: a union or an association stays its members' own
	{rule: "state-organ", text: "NAIROBI — Wanjiku Kamau, a spokesman for the Kenyan Farmers Association, said the harvest was late.",
		name: "Wanjiku Kamau", title: "spokesman", country: "-", org: "Kenyan Farmers Association"},
	{rule: "state-organ", text: "The head of the Kenyan Farmers Association, Wanjiku Kamau, said the harvest was late.",
		name: "Wanjiku Kamau", title: "head", country: "-", org: "Kenyan Farmers Association"},
	// negative: no state owns the committee, so it stays a body of its own
	{rule: "state-organ", text: "Wanjiku Kamau, a spokesman for the Mountain Rescue Committee, said the climbers were safe.",
		name: "Wanjiku Kamau", title: "spokesman", country: "-"},
	// a speaker or an aide "for" a state's office holder holds that
	// state's office (aideOfStateOfficial)
	{rule: "aide-for-official", text: "Talks ended in Geneva. Rami Haddad, a spokesman for the Jordanian prime minister, said the border would stay shut.",
		name: "Rami Haddad", title: "spokesman", country: "JO", org: "-"},
	{rule: "aide-for-official", text: "A spokeswoman for the Kenyan interior minister, Wanjiku Kamau, said the curfew would end.",
		name: "Wanjiku Kamau", title: "spokeswoman", country: "KE"},
	// negative: a spokesman for a state's party speaks for the party
	// (partyNoun), not for the state or the place of the talks
	{rule: "aide-for-official", text: "Talks ended in Geneva. Rami Haddad, a spokesman for the Jordanian ruling party, said the border would stay shut.",
		name: "Rami Haddad", title: "spokesman", country: "-"},
	{rule: "aide-for-official", text: "Talks ended in Geneva. Wanjiku Kamau, a spokeswoman for Kenya's opposition party, said the vote was rigged.",
		name: "Wanjiku Kamau", title: "spokeswoman", country: "-"},
	// an office with "of" and no comma before the name holds its
	// complement: a state body phrase after "of the" (bodyPhraseInOf), a
	// listed office's "for" complement (connectsTitle)
	{rule: "of-office-no-comma", text: "ACCRA — Ghana's governor of the central bank Kojo Mensah said rates would stay on hold.",
		name: "Kojo Mensah", title: "governor of the central bank", country: "GH"},
	{rule: "of-office-no-comma", text: "KAMPALA — Ugandan minister of state for finance Joyce Nakato said the budget would pass.",
		name: "Joyce Nakato", title: "minister of state for finance", country: "UG"},
	// negative: no role noun before the phrase, no title
	{rule: "of-office-no-comma", text: "ACCRA — A report of the central bank Kojo Mensah wrote last year was leaked on Monday.",
		absent: "Kojo Mensah"},
}

func TestSm4OfficialRules(t *testing.T) { checkOfficialRows(t, sm4OfficialRules) }

// the title matcher's row for TestNamedSteps
func init() {
	stepRows = append(stepRows, struct{ step, pos, neg string }{"before/body-phrase-in-of",
		"Ghana's governor of the central bank Kojo Mensah said rates would stay on hold.",
		"Ghana's governor of the bank Kojo Mensah said rates would stay on hold."})
}
