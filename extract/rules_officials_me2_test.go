package extract

import "testing"

// me2OfficialRules: after fo23, fo24 and fo26, a lawmaker of a party the
// text names keeps the state's seat (ownedRole through bodyOfRole); a
// state's office written with its adjective after an international title
// is the holder's state office (intlTitleBeforeOrigin); a state's service
// spelled with the state's name in an apposition keeps a mission officer's
// state (stateServiceBetween).
var me2OfficialRules = []officialRuleCase{
	{rule: "party-seat", text: "COLOMBO — The opposition Samagi Jana Balawegaya (SJB) accused the government of shifting the burden onto households. Dilan Rukshan Perera, an SJB member of parliament who sits on the Committee on Public Finance, said the central bank was wrong.",
		name: "Dilan Rukshan Perera", country: "LK"},
	// negative: the party's own office stays the party's
	{rule: "party-seat", text: "COLOMBO — The opposition Samagi Jana Balawegaya (SJB) accused the government of shifting the burden onto households. Dilan Rukshan Perera, the SJB general secretary, said the central bank was wrong.",
		name: "Dilan Rukshan Perera", country: "-"},
	{rule: "intl-chair-state-office", text: "KINGSTOWN — Hurricane Ines killed 12 people in St Vincent. The CARICOM chairman, Saint Lucian Prime Minister Philip Joseph Auguste, called an emergency meeting of heads of government for Friday.",
		name: "Philip Joseph Auguste", country: "LC"},
	{rule: "intl-chair-state-office", text: "ALMATY — Armenia and Azerbaijan met in Kazakhstan. The OSCE chair, Finnish Foreign Minister Elina Valtonen, called for calm.",
		name: "Elina Valtonen", country: "FI"},
	// negative: a former office is the holder's past; the international title is the role
	{rule: "intl-chair-state-office", text: "LA PAZ — Bolivia's count went on. The head of the OAS mission, former Costa Rican Foreign Minister Manuel Gonzalez, called for calm.",
		name: "Manuel Gonzalez", country: "-"},
	{rule: "mission-state-service", text: "PORT-AU-PRINCE — The Gang Suppression Force attacked Croix-des-Bouquets. The force's commander, Joseph Kiprono Mutai, a deputy inspector general of the Kenya Police Service, said about 350 officers went in.",
		name: "Joseph Kiprono Mutai", country: "KE"},
	// negative: a mission's commander described by no state's service is the mission's
	{rule: "mission-state-service", text: "PORT-AU-PRINCE — The Gang Suppression Force attacked Croix-des-Bouquets. The force's commander, Joseph Kiprono Mutai, a veteran of three missions, said about 350 officers went in.",
		name: "Joseph Kiprono Mutai", country: "-"},
}

func TestMe2OfficialRules(t *testing.T) { checkOfficialRows(t, me2OfficialRules) }
