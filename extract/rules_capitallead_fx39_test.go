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
