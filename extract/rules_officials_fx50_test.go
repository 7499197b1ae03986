package extract

import "testing"

// fx50OfficialRules: r35a-r35e, officials whose state the text ties to an
// earlier mention (a body, a town, a scene, an agency) rather than to the
// nearest state or the state the story is most about.
var fx50OfficialRules = []officialRuleCase{
	// a state's body inside a "which" clause after the name is the
	// clause's, not the holder's
	{rule: "which-clause-body", text: "HANOI (Reuters) - Vietnam protested on Friday. Defence Minister Tran Van Hoa said the manoeuvres, which China's Southern Theater Command described as routine, had come too close to fishing boats.",
		name: "Tran Van Hoa", country: "VN"},
	{rule: "which-clause-body", text: "MANILA (Reuters) - The Philippines protested on Friday about the drills, which began on Monday. \"They are routine,\" spokesman Tian Junli said, the Chinese Defence Ministry said in a statement.",
		name: "Tian Junli", country: "CN"},
	// a bare body's name whose state the story gave earlier
	{rule: "named-owner-back", text: "MANILA (Reuters) - The Philippines said it had tracked 12 ships near the shoal, and its coast guard said it would keep watch. China's Southern Theater Command said the patrols were lawful. Manila said it would protest.\nThe Southern Theater Command's spokesman, Senior Colonel Tian Junli, said the patrols would go on.",
		name: "Tian Junli", country: "CN"},
	{rule: "named-owner-back", text: "MANILA (Reuters) - The Philippines said it had tracked 12 ships near the shoal, and its coast guard said it would keep watch. China's Southern Theater Command said the patrols were lawful. Manila said it would protest.\nSouthern Theater Command spokesman Tian Junli said the patrols would go on.",
		name: "Tian Junli", country: "CN"},
	{rule: "named-owner-back", text: "MANILA (Reuters) - The Philippines said it had tracked 12 ships near the shoal, and its coast guard said it would keep watch. China's Southern Theater Command said the patrols were lawful. Manila said it would protest.\nA spokesman for the Southern Theater Command, Tian Junli, said the patrols would go on.",
		name: "Tian Junli", country: "CN"},
	{rule: "named-owner-back", text: "MANILA (Reuters) - The Philippines said it had tracked 12 ships near the shoal, and its coast guard said it would keep watch. The Southern Theater Command said the patrols were lawful. Manila said it would protest.\nThe Southern Theater Command's spokesman, Colonel Jose Ramos, said the patrols would go on.",
		name: "Jose Ramos", country: "PH"},
	// a title's town that is the dateline's, in another state than the
	// gazetteer's town of that name
	{rule: "dateline-namesake", text: "STOCKTON-ON-TEES, England (Reuters) - Labour held the seat. Britain's prime minister called it a good night. Liam Doyle, a Stockton borough councillor, said turnout was low.",
		name: "Liam Doyle", country: "GB"},
	{rule: "dateline-namesake", text: "LONDON (Reuters) - Labour held the seat. Britain's prime minister called it a good night. Liam Doyle, a Stockton city councillor, said the Californian city was watching, and the United States was too.",
		name: "Liam Doyle", country: "US"},
	// a town the text placed with its state earlier ("the Lebanese town
	// of X") over a state named last
	{rule: "described-town", text: "BEIRUT (Reuters) - Shelling hit the Lebanese village of Qaa on Monday, and Syria blamed smugglers. Families in Qaa buried their dead. Ali Jaafar, the mayor of the nearby hamlet of Masharih, said no help had come.",
		name: "Ali Jaafar", country: "LB"},
	{rule: "described-town", text: "BEIRUT (Reuters) - Shelling hit the Lebanese village of Qaa on Monday. Families fled to Syria. Ali Jaafar, the mayor of the nearby hamlet of Masharih, said no help had come.",
		name: "Ali Jaafar", country: "SY"},
	// "the region's" ministry: the region's state, not a state whose
	// ministry was named just before
	{rule: "region-owned", text: "BAGHDAD (Reuters) - Troops left the base on Sunday, the Italian defence ministry said. Officials in Sulaymaniyah said they would welcome the others.\nAzad Karim, deputy head of the region's Interior Ministry, said the border would stay closed.",
		name: "Azad Karim", country: "IQ"},
	{rule: "region-owned", text: "BAGHDAD (Reuters) - Troops left the base on Sunday, the Italian defence ministry said. Officials in Sulaymaniyah said they would welcome the others.\nAzad Karim, deputy head of the Italian Interior Ministry, said the border would stay closed.",
		name: "Azad Karim", country: "IT"},
	// a scene frame carries over the next paragraphs until another state
	// comes in
	{rule: "carried-scene", text: "WASHINGTON/MANILA (Reuters) - The United States will move 2,000 Marines out of Okinawa, a Pentagon official said. Washington said the move was long planned, and American officials said US forces would stay strong.\nIn Manila, Foreign Secretary Elena Cruz said the government had been told in advance.\n\"We are not surprised,\" Cruz said. She said the Philippines would raise it at talks.\nA presidential spokesman, Jun Ramos, said the alliance was sound.",
		name: "Jun Ramos", country: "PH"},
	{rule: "carried-scene", text: "WASHINGTON/MANILA (Reuters) - The United States will move 2,000 Marines out of Okinawa, a Pentagon official said. Washington said the move was long planned, and American officials said US forces would stay strong.\nIn Manila, Foreign Secretary Elena Cruz said the government had been told in advance.\nThe State Department in Washington said allies had been consulted.\nA presidential spokesman, Jun Ramos, said the alliance was sound.",
		name: "Jun Ramos", country: "US"},
	// "the North" in a story that names both Koreas
	{rule: "divided-half", text: "SEOUL (Reuters) - South Korea fired warning shots after North Korean soldiers crossed the border. Kim Chol-min, a spokesman for the North's foreign ministry, called the shots a provocation.",
		name: "Kim Chol-min", country: "KP", org: "-"},
	{rule: "divided-half", text: "LONDON (Reuters) - Flooding hit the north of England. Kim Harris, a spokesman for the North's water board, said the rivers would rise.",
		name: "Kim Harris", country: "GB"},
	// an apposition calls a body the gazetteer lacks a state's agency
	{rule: "apposed-agency", text: "MANADO, Indonesia (AP) - A ferry sank on Friday. Indonesia's disaster mitigation agency, Basdana, said 40 people were missing. \"We are still searching,\" said Wahyu Prasetyo, the head of Basdana.",
		name: "Wahyu Prasetyo", country: "ID", org: "-"},
	{rule: "apposed-agency", text: "MANADO, Indonesia (AP) - A ferry sank on Friday. Basdana, the search and rescue agency, said 40 people were missing. \"We are still searching,\" said Wahyu Prasetyo, the head of Basdana.",
		name: "Wahyu Prasetyo", country: "ID", org: "-"},
	{rule: "apposed-agency", text: "MANADO, Indonesia (AP) - A ferry sank on Friday. Karsa, the British aid agency, said 40 people were missing. \"We are still searching,\" said Wahyu Prasetyo, the head of Karsa.",
		name: "Wahyu Prasetyo", country: "-", org: "Karsa"},
	{rule: "apposed-agency", text: "MANADO, Indonesia (AP) - A ferry sank on Friday. Antarlaut, the ferry service, said 40 people were missing. \"We are still searching,\" said Wahyu Prasetyo, the head of Antarlaut.",
		name: "Wahyu Prasetyo", country: "-", org: "Antarlaut"},
	// "the National Service for ..., known as ORG": the spelled name is a
	// state agency's
	{rule: "apposed-agency", text: "QUITO (Reuters) - A riot broke out at the prison on Sunday, the National Service for Prison Care, known as Senap, said. Senap director Luis Vera Ortiz said 20 inmates had died.",
		name: "Luis Vera Ortiz", country: "EC", org: "-"},
	{rule: "apposed-agency", text: "QUITO (Reuters) - A riot broke out at the prison on Sunday, the National Union of Prison Workers, known as Senap, said. Senap director Luis Vera Ortiz said 20 inmates had died.",
		name: "Luis Vera Ortiz", country: "-"},
	// ", the agency said" after a body's name in its sentence
	{rule: "agency-speaks", text: "SANTIAGO (Reuters) - Fires spread on Sunday. A plane hired by the Forest Corporation, Forcor, crashed near Talca, the agency said. Forcor's director, Pablo Rivas Soto, said the pilot was experienced.",
		name: "Pablo Rivas Soto", country: "CL", org: "-"},
	{rule: "agency-speaks", text: "SANTIAGO (Reuters) - Fires spread on Sunday. A plane hired by the Forest Corporation, Forcor, crashed near Talca, the company said. Forcor's director, Pablo Rivas Soto, said the pilot was experienced.",
		name: "Pablo Rivas Soto", country: "-", org: "Forcor"},
	// a place the gazetteer lacks owns a province's office, or is the
	// dateline's town
	{rule: "place-owner-body", text: "KINSHASA (Reuters) - A boat capsized on Lake Kivu on Sunday. Kivuland's provincial health minister, Jean Mbala, said 40 people had died.",
		name: "Jean Mbala", country: "CD", org: "-"},
	{rule: "place-owner-body", text: "STOCKHOLM (Reuters) - Battery maker Voltvik cut jobs on Sunday. Voltvik's regional director, Anna Berg, said 40 people would leave.",
		name: "Anna Berg", country: "-", org: "Voltvik"},
	{rule: "place-owner-body", text: "MATHURA, India (Reuters) - A crush at a temple killed 12 people on Monday. Mathura's Superintendent of Police, Ravi Kant, said the gates had opened early.",
		name: "Ravi Kant", country: "IN", org: "-"},
	// a body's noun inside another official's title is that official's,
	// no antecedent for a bare minister later
	{rule: "other-title-body", text: "LISBON (Reuters) - Portugal asked the European Union for more aircraft on Sunday as wildfires spread in the north, and Spain said it would send soldiers. Portuguese officials said 3,000 people had left their homes.\nSpanish government spokesman Pablo Ruiz said the soldiers would cross the border on Monday.\nInternal Administration Minister Rui Costa said police had detained two people.",
		name: "Rui Costa", country: "PT"},
	{rule: "other-title-body", text: "LISBON (Reuters) - Portugal asked the European Union for more aircraft on Sunday as wildfires spread in the north. Portuguese officials said 3,000 people had left their homes.\nSpain's interior ministry said it would send 200 police officers. Interior Minister Pablo Ruiz said they would cross the border on Monday.",
		name: "Pablo Ruiz", country: "ES"},
}

func TestFx50OfficialRules(t *testing.T) { checkOfficialRows(t, fx50OfficialRules) }
