package extract

import "testing"

// fx81OfficialRows: "Its" after a sentence that ends on an acronym a
// state's agency describes stands for that agency, not for a body named
// further back (itsAcronymAgency).
var fx81OfficialRows = []officialRuleCase{
	{rule: "acronym-agency",
		text: "QUITO (AP) - Soldiers retook control of Ecuador's largest prison on Thursday. The riot erupted when members of Los Lobos attacked a wing controlled by Los Choneros, according to a report by the SNAI, the agency that runs the prisons. Its director, retired Col. Daniel Vásquez Moreira, said the attackers had used rifles.",
		name: "Daniel Vásquez Moreira", country: "EC"},
	{rule: "acronym-agency",
		text: "QUITO (AP) - Soldiers retook control of Ecuador's largest prison on Thursday. The riot erupted when members of Los Lobos attacked a wing controlled by Los Choneros, according to a report by ONAC, the company that runs the prisons. Its director, retired Col. Daniel Vásquez Moreira, said the attackers had used rifles.",
		name: "Daniel Vásquez Moreira", country: "-"},
}

func TestOfficialRulesFx81(t *testing.T) {
	checkOfficialRows(t, fx81OfficialRows)
}
