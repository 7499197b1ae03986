package extract

import "testing"

// fx39CapitalLeadRows: a round-up section led by a capital and a colon
// sets the state of a bare title in it; a paragraph without the lead
// keeps the story's state.
var fx39CapitalLeadRows = []officialRuleCase{
	{rule: ruleTitleBefore, text: "Greece condemned the raid on the port.\nHere is how capitals reacted:\nOttawa: Canada is \"deeply concerned\", foreign ministry spokesman Paul Tremblay said, adding that it would raise the matter at the UN.",
		name: "Paul Tremblay", country: "CA"},
	{rule: ruleTitleBefore, text: "Greece condemned the raid on the port.\nHere is how capitals reacted:\nOttawa: The raid was \"reckless\", British Foreign Secretary John Hale said while visiting.",
		name: "John Hale", country: "GB"},
}

func TestFx39CapitalLeadRows(t *testing.T) {
	checkOfficialRows(t, fx39CapitalLeadRows)
}

// fx39SceneOpenerRows: "In CAPITAL, the ...'s TITLE, NAME," is the
// capital's state's office, not that of a ministry named before.
var fx39SceneOpenerRows = []officialRuleCase{
	{rule: ruleTitleComma, text: "Chile's foreign ministry has said the ship would stay. In Lima, the foreign ministry's spokeswoman, Rosa Quispe, said Peru hoped for calm.",
		name: "Rosa Quispe", country: "PE"},
	{rule: ruleTitleComma, text: "Chile's foreign ministry has said the ship would stay. In Lima, Chile's foreign minister, Rosa Quispe, said the ship would leave.",
		name: "Rosa Quispe", country: "CL"},
}

func TestFx39SceneOpenerRows(t *testing.T) {
	checkOfficialRows(t, fx39SceneOpenerRows)
}
