package extract

import "testing"

// me1OfficialRules: an opposition member of a legislature holds the
// state's seat (seatTitle); "the army" after a rebel group called an Army
// is the state's army (bodyByHeadNoun skips state institutions).
var me1OfficialRules = []officialRuleCase{
	{rule: "opposition-seat", text: "BANJUL — Gambia extended the mission. Omar Sillah, an opposition member of the National Assembly for Serrekunda, said the government had hidden behind it.",
		name: "Omar Sillah", country: "GM", org: "-"},
	// negative: a member of an opposition body holds no seat
	{rule: "opposition-seat", text: "BANJUL — Gambia extended the mission. Omar Sillah, an opposition member of the alliance's steering committee, said the government had hidden behind it.",
		name: "Omar Sillah", country: "-"},
	{rule: "state-army-head", text: "MANILA — Ten New People's Army rebels were killed in a clash, the military said. Brigadier General Marco Villanueva, the commander of the army's 303rd Brigade, said 300 soldiers were pursuing them.",
		name: "Marco Villanueva", country: "PH", org: "-"},
	// negative: a body's own noun that is no state institution still names it
	{rule: "state-army-head", text: "RABAT — Morocco said its forces repelled an attack by the Polisario Front. Mohamed Salem, a military spokesman for the front, said two fighters were hurt.",
		name: "Mohamed Salem", country: "-", org: "Polisario Front"},
}

func TestMe1OfficialRules(t *testing.T) { checkOfficialRows(t, me1OfficialRules) }
