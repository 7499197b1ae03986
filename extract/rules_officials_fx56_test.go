package extract

import "testing"

// fx56OfficialRules: r36a (Latin America), officials whose state a
// Spanish place name, a force's acronym, a company's word inside an army's
// command or an agency's apposition decides.
var fx56OfficialRules = []officialRuleCase{
	// a place joined by "de" after "governor of" is one name
	{rule: "particle-complement", text: "MEDELLIN, Colombia (Reuters) - Fighting spread in Colombia on Monday. Rosa Ibáñez Lara, the governor of Norte de Santander, said schools were closed.",
		name: "Rosa Ibáñez Lara", title: "governor of Norte de Santander", country: "CO"},
	{rule: "particle-complement", text: "MEDELLIN, Colombia (Reuters) - Fighting spread in Colombia on Monday. Rosa Ibáñez Lara, the governor of Antioquia, said schools were closed.",
		name: "Rosa Ibáñez Lara", title: "governor of Antioquia", country: "CO"},
	// a force's acronym in the apposition after a rank's holder gives his state
	{rule: "rank-apposed-acronym", text: "CARACAS (Reuters) - Three soldiers were wounded on the river, the Guyana Defence Force said. The boat was fired on from the Venezuelan side, said Colonel Marcus Lall, the GDF's head of operations.",
		name: "Marcus Lall", country: "GY"},
	{rule: "rank-apposed-acronym", text: "CARACAS (Reuters) - Three soldiers were wounded on the river, the Syrian Democratic Forces said. The boat was fired on from the Venezuelan side, said Colonel Marcus Lall, the SDF's head of operations.",
		name: "Marcus Lall", country: "-"},
	// a company's name that opens an army's command is no company's office
	{rule: "firm-opens-state-body", text: "BRASILIA (Reuters) - Brazil sent 500 soldiers to the border. General Paulo Mendes Rocha, commander of the Amazon Military Command, said the troops would stay.",
		name: "Paulo Mendes Rocha", country: "BR", org: "-"},
	{rule: "firm-opens-state-body", text: "SEATTLE (Reuters) - Warehouse staff walked out on Monday. Paul Mendes, vice-president of Amazon Logistics, said the business was unaffected.",
		name: "Paul Mendes", country: "-", org: "Amazon"},
	// "Its" after "The TYPE agency, NAME," opening the sentence before: the agency's
	{rule: "its-apposed-agency", text: "QUITO, Ecuador (Reuters) - The prisons agency, SNAI, said 20 inmates died in fighting between the Los Lobos and Los Choneros gangs. Its director, Colonel Pablo Vera, said the army had taken control.",
		name: "Pablo Vera", country: "EC", org: "-"},
	{rule: "its-apposed-agency", text: "QUITO, Ecuador (Reuters) - The news agency, Primicias, said 20 inmates died in fighting between the Los Lobos and Los Choneros gangs. Its director, Pablo Vera, said the army had taken control.",
		name: "Pablo Vera", country: "-"},
	// r36b: "prime minister of the rival ... government": the rival government's, no state's
	{rule: "rival-government-complement", text: "TRIPOLI (Reuters) - Fighting broke out in Libya's capital. Salem Bakr, prime minister of the rival Sirte-based government backed by the parliament, said Tripoli was weak.",
		name: "Salem Bakr", country: "-"},
	{rule: "rival-government-complement", text: "TRIPOLI (Reuters) - Fighting broke out in Libya's capital. Salem Bakr, prime minister of the unity government, said Tripoli was calm.",
		name: "Salem Bakr", country: "LY"},
	// an armed group the gazetteer holds keeps its office, though its acronym spells a state's force
	{rule: "armed-acronym-owner", text: "BENGHAZI (Reuters) - The Libyan National Army said it had moved units south. Khaled Senussi, the LNA's spokesman, said the border was closed.",
		name: "Khaled Senussi", country: "-", org: "Libyan National Army"},
	{rule: "armed-acronym-owner", text: "NAIROBI (Reuters) - The Kenya Defence Forces said it had moved units north. Paul Njoroge, the KDF's spokesman, said the border was closed.",
		name: "Paul Njoroge", country: "KE"},
	// a rank written in full yields to a coalition's office at the same mention
	{rule: "rank-yields-body-office", text: "ADEN, Yemen (Reuters) - Drones hit a port in Yemen, the Saudi-led coalition said. The coalition's spokesman, Brigadier General Fahd al-Harbi, said its jets had not flown.",
		name: "Fahd al-Harbi", country: "-"},
	{rule: "rank-yields-body-office", text: "ADEN, Yemen (Reuters) - Drones hit a port in Yemen, the army said. The army's spokesman, Brigadier General Fahd al-Harbi, said its jets had not flown.",
		name: "Fahd al-Harbi", country: "YE"},
	{rule: "rank-yields-body-office", text: "BAGHDAD (Reuters) - US troops left a base in Iraq. Colonel Mark Porter, a spokesman for the coalition against the Islamic State group, said the handover had gone well.",
		name: "Mark Porter", title: "spokesman", country: "-"},
	{rule: "rank-yields-body-office", text: "BAGHDAD (Reuters) - US troops left a base in Iraq. Colonel Mark Porter, a spokesman for the Iraqi army, said the handover had gone well.",
		name: "Mark Porter", country: "IQ"},
	// r36d: a name of three hyphened capitalised parts after "General" is a person's
	{rule: "hyphened-name-after-general", text: "DHAKA (Reuters) - Bangladesh votes on Sunday. The army chief, General Aziz-Ul-Haque, told officers that the army would stay neutral.",
		name: "Aziz-Ul-Haque", country: "BD"},
	{rule: "hyphened-name-after-general", text: "DETROIT (Reuters) - Carmakers cut jobs on Monday. General Motors-Ford, a joint venture, said it would close a plant.",
		absent: "Motors-Ford"},
	// "Its" after a council named after a community the story names: the community's body
	{rule: "its-community-council", text: "IMPHAL, India - An ambush in Manipur killed four police officers. The Naga-Lai Council said the ambush had been wrongly blamed on its people. Its chairman, Thomas Lalram, said the community wanted an inquiry. Violence between the Meitei and Naga-Lai communities has killed 58 people.",
		name: "Thomas Lalram", country: "-", org: "Naga-Lai Council"},
	{rule: "its-community-council", text: "IMPHAL, India - An ambush in Manipur killed four police officers. The Manipur Legislative Council said the ambush had been wrongly blamed on its people. Its chairman, Thomas Lalram, said the state wanted an inquiry.",
		name: "Thomas Lalram", country: "IN"},
	// a state's body after the role, a preposition's object, is the other side, not the role's
	{rule: "prep-object-body-after", text: "Jordanian troops clashed with smugglers from Syria, the army said on Saturday. The government's spokesperson, Lina Haddad, said Amman had raised the incident with the authorities in Damascus.",
		name: "Lina Haddad", country: "JO"},
	{rule: "prep-object-body-after", text: "Jordanian troops clashed with smugglers from Syria, the army said on Saturday. The government's spokesperson, Lina Haddad, said the authorities in Damascus had raised the incident.",
		name: "Lina Haddad", country: "SY"},
	// "the internationally recognised" government's council is the state's own
	{rule: "recognised-government", text: "ADEN, Yemen (Reuters) - Shelling killed 12 people in Taiz. Saleh Mansour, deputy head of the internationally recognised Presidential Council, told diplomats the truce was over.",
		name: "Saleh Mansour", country: "YE"},
	{rule: "recognised-government", text: "ADEN, Yemen (Reuters) - Shelling killed 12 people in Taiz. Saleh Mansour, deputy head of the separatist Southern Transitional Council, told diplomats the truce was over.",
		name: "Saleh Mansour", country: "-"},
	// a ministry "in the GROUP-controlled" capital is the armed group's
	{rule: "armed-run-place-after", text: "SANAA, Yemen (Reuters) - Shelling killed 12 people in Taiz. Ali Hamdan, spokesman for the interior ministry in the Houthi-controlled capital, said the report was false.",
		name: "Ali Hamdan", country: "-", org: "Houthis"},
	{rule: "armed-run-place-after", text: "ADEN, Yemen (Reuters) - Shelling killed 12 people in Taiz. Ali Hamdan, spokesman for the interior ministry in the government-controlled port, said the report was false.",
		name: "Ali Hamdan", country: "YE"},
}

func TestFx56OfficialRules(t *testing.T) { checkOfficialRows(t, fx56OfficialRules) }
