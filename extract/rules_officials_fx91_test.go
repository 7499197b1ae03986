package extract

import "testing"

// fx91OfficialRules hold the rows of the officials fixed by fx91 (the
// blind r40c round: local and regional news).
var fx91OfficialRules = []officialRuleCase{
	// a seat's title with "of" and a city or a place inside a state
	// before the name: "Mayor of Chicago NAME", "Premier of Ontario NAME"
	{rule: "seat-of-place-before", text: "Mayor of Chicago Brandon Hale said the budget would pass this week.",
		name: "Brandon Hale", title: "Mayor", country: "US"},
	{rule: "seat-of-place-before", text: "Premier of Ontario Dana Fordyce said the plan was ready for the spring.",
		name: "Dana Fordyce", title: "Premier", country: "CA"},
	// not any word before "of" a place: residents are no title
	{rule: "seat-of-place-before", text: "Residents of Chicago Brandon Hale and Ann Lee signed the petition this week.",
		absent: "Brandon Hale"},
}

func TestFx91OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx91OfficialRules)
}
