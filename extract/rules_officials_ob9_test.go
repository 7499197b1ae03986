package extract

import "testing"

// ob9OfficialRules hold the rows of the officials' state-or-body shapes
// fixed by ob9, kept apart from officialRules so that parallel work merges
// cleanly; each row is checked as TestOfficialRules checks its own.
var ob9OfficialRules = []officialRuleCase{
	// a body no gazetteer holds whose name opens with a state's or a
	// region's name and ends in an agency's head is that state's agency
	{rule: "state-agency-name", text: "NAIROBI, Kenya - Floods cut the road to Garissa. Amina Noor, director of the Kenya Wildlife Service, said 40 rangers had been sent.",
		name: "Amina Noor", country: "KE", org: "-"},
	{rule: "state-agency-name", text: "NAIROBI, Kenya - Floods cut the road to Garissa. Amina Noor, director of the Kenya Wildlife Society, said 40 rangers had been sent.",
		name: "Amina Noor", country: "-", org: "Kenya Wildlife Society"},
	{rule: "state-agency-name", text: "CANBERRA - Emissions rose again. Amina Noor, director of the Australian Energy Policy Institute, said the trend would continue.",
		name: "Amina Noor", country: "-", org: "Australian Energy Policy Institute"},
	// "National" before an agency's head: the state is the context's
	{rule: "state-agency-national", text: "SUVA, Fiji - A cyclone struck the islands. The director of the National Emergency Management Organisation, Amina Noor, said 40 people were missing.",
		name: "Amina Noor", country: "FJ", org: "-"},
	{rule: "state-agency-national", text: "SUVA, Fiji - A cyclone struck the islands. Amina Noor, director of the National Organisation for Women in Business, said 40 people were missing.",
		name: "Amina Noor", country: "-", org: "National Organisation for Women"},
	// a body described in an apposition as the state's
	{rule: "state-agency-described", text: "SANTIAGO, Chile - A tunnel collapsed at the mine, which is inspected by the national mining regulator, Minreg. The director of Minreg, Pedro Soto, said inspectors had been sent.",
		name: "Pedro Soto", country: "CL", org: "-"},
	{rule: "state-agency-described", text: "SANTIAGO, Chile - A tunnel collapsed at the mine, which is run by the mining company Minreg. The director of Minreg, Pedro Soto, said inspectors had been sent.",
		name: "Pedro Soto", country: "-", org: "Minreg"},
	// "The regional force, known as X, ... Its commander": a force of
	// several states holds no state's command, whoever its troops are
	{rule: "its-multinational-force", text: "ABUJA - Rebels attacked a base. The multinational force, known as MNJTF, has 10,000 troops in the region, most of them Nigerian. Its commander, Major General Ali Musa, said the force would respond.",
		name: "Ali Musa", country: "-", org: "MNJTF"},
	{rule: "its-multinational-force", text: "ABUJA - Rebels attacked a base. The national army has 10,000 troops in the region, most of them in Borno. Its commander, Major General Ali Musa, said the force would respond.",
		name: "Ali Musa", country: "NG", org: "-"},
	// "president of the Fraternal Order of Police": a members' order is no
	// police force; the title stops before its name
	{rule: "members-order-body", text: "TOLEDO, Ohio - The review board met on Monday. Dana Kowalski, president of the Fraternal Order of Police Lodge 12, said the officer had done nothing wrong.",
		name: "Dana Kowalski", title: "president", country: "-"},
	{rule: "members-order-body", text: "TOLEDO, Ohio - The review board met on Monday. Dana Kowalski, chief of the Toledo Police, said the officer had done nothing wrong.",
		name: "Dana Kowalski", country: "US", org: "-"},
	// "the head of the junta, General NAME": the state the junta rules, not
	// the state of a mediator named in the same sentence
	{rule: "junta-head-state", text: "BAMAKO (AFP) - Mali's military rulers received regional envoys on Monday. The mission, led by former Senegalese prime minister Awa Diop, met the leader of the junta, Colonel Issa Traore, for three hours.",
		name: "Issa Traore", country: "ML"},
	{rule: "junta-head-state", text: "BAMAKO (AFP) - Mali's military rulers sent envoys to Dakar on Monday. The envoys of the junta met the foreign minister of Senegal, Moussa Ndiaye, for three hours.",
		name: "Moussa Ndiaye", country: "SN"},
	// "on" and a field of two capitalised words continue a body's name
	// past a shorter gazetteer name: a think tank, not the EU's council
	{rule: "body-name-on-field", text: "BERLIN - Talks resumed. Anna Weber, a senior fellow at the European Council on Foreign Relations, said the deal would hold.",
		name: "Anna Weber", title: "senior fellow", org: "European Council on Foreign Relations"},
	{rule: "body-name-on-field", text: "BRUSSELS - The European Council on Monday backed the plan. Its spokeswoman, Anna Weber, said the summit would go ahead.",
		name: "Anna Weber", title: "spokeswoman", org: "European Council"},
	// a body read as "the Republic" alone is the state itself: the junta's
	// council "for the Rescue of the Republic" holds the state's offices
	{rule: "republic-itself", text: "CONAKRY (Reuters) - Guinea's new military rulers imposed a curfew. The self-styled Committee for the Rescue of the Republic, which seized power on Monday, said the curfew would last a week. Its spokesman, Colonel Amara Camara, said three people had died.",
		name: "Amara Camara", country: "GN", org: "-"},
	{rule: "republic-itself", text: "CONAKRY (Reuters) - Guinea's new military rulers imposed a curfew. The self-styled Front for the Defence of Farmers, which blocked roads on Monday, said the protest would last a week. Its spokesman, Amara Camara, said three people had died.",
		name: "Amara Camara", country: "-"},
}

func TestOb9OfficialRules(t *testing.T) {
	checkOfficialRows(t, ob9OfficialRules)
}
