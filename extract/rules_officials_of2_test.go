package extract

import "testing"

// of2OfficialRules hold the rows of the official shapes fixed by of2
// (older held-out rounds).
var of2OfficialRules = []officialRuleCase{
	// a "member of" a chamber named "House of ..." or "Chamber of ..." is a
	// legislator, as "member of parliament" is, and "from" after it names
	// the seat; a "House of" that is no chamber is a dynasty or a shop
	{rule: "chamber-of-member", text: "Floods hit eastern Libya. Fathi Bukhatwa, a member of the House of Representatives from Benghazi, said the money had not been spent.",
		name: "Fathi Bukhatwa", title: "member of the House of Representatives", country: "LY", org: "-"},
	{rule: "chamber-of-member", text: "An earthquake struck Indonesia. A member of the House of Representatives from West Sulawesi, Andi Ruslan Mappanyukki, defended the response.",
		name: "Andi Ruslan Mappanyukki", title: "member", country: "ID", org: "-"},
	{rule: "chamber-of-member", text: "Floods hit Italy. A member of the Chamber of Deputies, Marco Bellini, defended the response.",
		name: "Marco Bellini", title: "member", country: "IT", org: "-"},
	{rule: "chamber-of-member", text: "Floods hit Saudi Arabia. A member of the House of Saud, Khalid Mansour, defended the response.",
		absent: "Khalid Mansour"},
	{rule: "chamber-of-member", text: "Floods hit Indonesia. A member of the Senate from Java, Andi Ruslan, defended the response.",
		name: "Andi Ruslan", title: "member", country: "ID", org: "-"},
	// a board or a patrol that a state's or a region's name opens is that
	// state's agency; one a firm's name opens stays the firm's
	{rule: "region-board-agency", text: "Rioting spread in Belfast overnight. The chair of the Northern Ireland Policing Board, Sir Trevor Maguire, said the board would meet next week.",
		name: "Trevor Maguire", title: "chair", country: "GB"},
	{rule: "region-board-agency", text: "Rioting spread in Belfast overnight. The chair of the Harland Shipping Board, Trevor Maguire, said the board would meet next week.",
		name: "Trevor Maguire", title: "chair", country: "-"},
	{rule: "region-board-agency", text: "Danish cheesemakers object to the ruling. Hans Arne Kristiansen, a spokesman for the Danish Dairy Board, said the name was generic.",
		name: "Hans Arne Kristiansen", title: "spokesman", country: "-", org: "Danish Dairy Board"},
}

func TestOf2OfficialRules(t *testing.T) {
	checkOfficialRows(t, of2OfficialRules)
}
