package extract

import "testing"

// of5OfficialRules: an office with a possessive owner before a comma and a
// bare title or spelled rank after it, right before the name: the office
// before the comma is the role, its owner settling the state or body
// (officeBeforeBareTitle); a force's own spokesman keeps the rank's
// reading, and a bare title after a phrase with no owner stays the role.
var of5OfficialRules = []officialRuleCase{
	{rule: "office-before-bare-title", text: "Floods hit Mali and Burkina Faso this week, and Mali's army sent boats to Mali's south. Mali's president thanked them. In Burkina Faso, the health ministry's spokeswoman, Colonel Aminata Ouedraogo, said 40 people had died.",
		name: "Aminata Ouedraogo", title: "spokeswoman", country: "BF"},
	{rule: "office-before-bare-title", text: "Troops in Somalia have not been paid, and Somalia's army is stretched across Somalia. The observer mission's chief, Ambassador Kwame Mensah, told donors the money was late.",
		name: "Kwame Mensah", title: "chief", country: "-"},
	{rule: "office-before-bare-title", text: "Kenyan troops are deployed in Congo's east, and Congo's government welcomed them in Congo. The army's spokesman, Colonel Paul Njuguna, said the Kenyan soldiers would stay.",
		name: "Paul Njuguna", title: "Colonel", country: "KE"},
	{rule: "office-before-bare-title", text: "Troops in Somalia have not been paid, and Somalia's army is stretched across Somalia. A veteran diplomat, Ambassador Kwame Mensah, told donors the money was late.",
		name: "Kwame Mensah", title: "Ambassador"},
}

func TestOf5OfficialRules(t *testing.T) {
	checkOfficialRows(t, of5OfficialRules)
}
