package extract

import "testing"

// ld2OfficialRules: a town's name the story also writes as a person's
// surname after a given name names no scene in its bare mentions
// (surnamePlaces); a town named as a place still does.
var ld2OfficialRules = []officialRuleCase{
	{rule: "surname-place", text: "Broward Judge Michael Davis sentenced the teenager to probation on Monday.\n\nDefense attorney Neil Kerch said the family was relieved. \"We are happy,\" Kerch said.\n\n\"He will go back to school,\" Kerch said.\n",
		name: "Michael Davis", country: "-"},
	{rule: "surname-place", text: "Broward Judge Michael Davis sentenced the teenager to probation on Monday.\n\nThe ferry to Kerch was cancelled. Officials in Kerch said the bridge was closed.\n",
		name: "Michael Davis", country: "UA"},
	{rule: "surname-place", text: "Sheriff Dana Whitfield of Harris County spoke on Monday.\n\nStudents at Sam Houston State University marched in Houston on Sunday. Houston police said the march was calm.\n",
		name: "Dana Whitfield", country: "US"},
	{rule: "surname-place", text: "A girl was shot near Sam Houston Parkway on Monday.\n\n\"She died at the hospital,\" said Detective Dana Whitfield with the Houston Police Department.\n",
		name: "Dana Whitfield", country: "US"},
}

func TestLd2OfficialRules(t *testing.T) { checkOfficialRows(t, ld2OfficialRules) }
