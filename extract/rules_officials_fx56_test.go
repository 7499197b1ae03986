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
}

func TestFx56OfficialRules(t *testing.T) { checkOfficialRows(t, fx56OfficialRules) }
