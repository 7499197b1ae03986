package extract

import "testing"

// of2OfficialRules: name boundaries from held-out rounds r39b and r31c.
var of2OfficialRules = []officialRuleCase{
	// a rank abbreviation with no period between two plain name words is
	// a word of the name
	{rule: "rank-inside-name", text: "The deputy commissioner of the district, Ram Sen Kalra, said the curfew would be lifted on Friday.",
		name: "Ram Sen Kalra"},
	// negative: with its period before a name it is the title
	{rule: "rank-inside-name", text: "The bill was backed by Democrats. Sen. Maria Kalra said the vote would be held on Friday.",
		name: "Maria Kalra", title: "Sen"},
	// a place that is no state, the middle of three name words after a
	// title, is a word of the name
	{rule: "place-inside-titled-name", text: "Army spokesman Colonel Abdirahim Aden Warsame told reporters that the town had been retaken.",
		name: "Abdirahim Aden Warsame"},
	// negative: two words after the title, the place opens no name
	{rule: "place-inside-titled-name", text: "The governor of the port said Colonel Osman Warsame had flown in from Aden on Monday.",
		name: "Osman Warsame"},
	// "General" after a title word is the rank's noun, no adjective: one
	// plain word after it is a one-name person
	{rule: "one-name-after-rank", text: "Floods cut the road to the mine. Regional police chief Inspector General Sutarno said his officers had reached the village by boat.",
		name: "Sutarno", title: "Regional police chief Inspector General"},
	// negative: "General" alone before one word stays an adjective
	{rule: "one-name-after-rank", text: "Floods cut the road to the plant. General Dynamics said its workers had reached the village by boat.",
		absent: "Dynamics"},
	// negative: a body word after the rank names an office, no one
	{rule: "one-name-after-rank", text: "Floods cut the road to the mine. The Inspector General Office said its staff had reached the village by boat.",
		absent: "Office"},
	// negative: a local area's word before "General" names a court, no rank
	{rule: "one-name-after-rank", text: "The judge noted that he had missed a hearing. A Marlow County General Sessions warrant was issued for his arrest.",
		absent: "Sessions"},
	// "In the DEMONYM town of PLACE," moves the story to that state: a
	// bare title later in the sentence is its state's, not the dateline's
	{rule: "fronted-demonym-town", text: "VIENNA - Rivers burst their banks across the region on Monday. In the Slovak city of Nitra, where streets were flooded, Interior Minister Pavel Hudak said 600 police officers were helping residents.",
		name: "Pavel Hudak", country: "SK"},
	// negative: without the fronted town the dateline's state stands
	{rule: "fronted-demonym-town", text: "VIENNA - Rivers burst their banks across the region on Monday. Streets were flooded, and Interior Minister Pavel Hudak said 600 police officers were helping residents.",
		name: "Pavel Hudak", country: "AT"},
	// a local office of a town the gazetteer places takes the town's state
	{rule: "local-office-town-state", text: "BERLIN - German troops arrived at the base this week. The mayor of Alytus, Rasa Vaitkute, said the town had built new housing for the families.",
		name: "Rasa Vaitkute", country: "LT"},
	// negative: a visiting minister in that town keeps his own state
	{rule: "local-office-town-state", text: "BERLIN - German troops arrived at the base this week. Visiting Alytus, Defence Minister Jonas Keller said the town had built new housing for the families.",
		name: "Jonas Keller", country: "DE"},
}

func TestOf2OfficialRules(t *testing.T) { checkOfficialRows(t, of2OfficialRules) }
