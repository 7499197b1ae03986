package extract

import "testing"

// gz3OfficialRules: a listed party's own offices are no state's, however
// the gazetteer's name of the party begins; a state's office or a seat
// held by its member stays the state's.
var gz3OfficialRules = []officialRuleCase{
	// partyNameOpensTitle: one lower-case office right after a party's name
	{rule: "party-name-lower-office", text: "PRI president Ramiro Ocampo said the vote in Mexico had been rigged.",
		name: "Ramiro Ocampo", country: "-", org: "PRI"},
	{rule: "party-name-lower-office", text: "Kuomintang vice-president Lin Chia-hao said the vote in Taiwan had been fair.",
		name: "Lin Chia-hao", country: "-", org: "Kuomintang"},
	{rule: "party-name-lower-office", text: "HDZ president Ivan Kovacevic said the plan in Croatia would cut taxes.",
		name: "Ivan Kovacevic", country: "-", org: "HDZ"},
	// negative: a capitalised head of state's title, a party member's
	// adjective, a state's office and a seat keep the state
	{rule: "party-name-lower-office", text: "PRI President Ramiro Ocampo said the vote in Mexico had been rigged.",
		name: "Ramiro Ocampo", country: "MX"},
	{rule: "party-name-lower-office", text: "Republican president Dale Whitfield said the vote in America had been fair.",
		name: "Dale Whitfield", country: "US"},
	{rule: "party-name-lower-office", text: "Labour Prime Minister Owen Hartley said the British plan would work.",
		name: "Owen Hartley", country: "GB"},
	{rule: "party-name-lower-office", text: "Democratic Governor Paula Brennan said the plan in California would work.",
		name: "Paula Brennan", country: "US"},
	// partyOfOwnsTitle: a title "of" ties to a party's name
	{rule: "party-of-owns", text: "The president of Morena, Lucia Arreola, said the party would vote against the bill in Mexico.",
		name: "Lucia Arreola", country: "-", org: "Morena"},
	{rule: "party-of-owns", text: "The president of Fuerza Popular, Tomas Huaman, said the party would vote against the bill in Peru.",
		name: "Tomas Huaman", country: "-", org: "Fuerza Popular"},
	// negative: a state's presidency, a chamber's
	{rule: "party-of-owns", text: "The president of Mexico, Lucia Arreola, said the bill would pass.",
		name: "Lucia Arreola", country: "MX"},
	{rule: "party-of-owns", text: "The president of the Senate, Lucia Arreola, said the bill in Mexico would pass.",
		name: "Lucia Arreola", country: "MX"},
	// partyWordOf: the first word of a longer party name ("Open VLD",
	// "New Democracy") is no party word of its state
	{rule: "party-word-whole-name", text: "Ministers from Sweden and Belgium met in Stockholm. Open leader Jan Peeters said the Swedish talks went well.",
		name: "Jan Peeters", country: "SE"},
	{rule: "party-word-whole-name", text: "Ministers from Greece and Italy met in Rome. New leader Maria Rossi said the Italian talks went well.",
		name: "Maria Rossi", country: "IT"},
	// positive: words a party's name is made of by themselves
	{rule: "party-word-whole-name", text: "Ministers from Britain and Spain met in Madrid. Liberal leader Ed Harlow said the talks went well.",
		name: "Ed Harlow", country: "GB"},
	{rule: "party-word-whole-name", text: "Ministers from Canada and Spain met in Ottawa. Conservative leader Pierre Lemaire said the talks in Ottawa went well.",
		name: "Pierre Lemaire", country: "-", org: "Conservative Party of Canada"},
	// the parties added back: their own offices null, their members' seats the state's
	{rule: "party-added", text: "Scottish Labour leader Fiona McRae said the Scottish ferries had cost too much.",
		name: "Fiona McRae", country: "-", org: "Scottish Labour"},
	{rule: "party-added", text: "Open VLD chairman Pieter De Smet said the Belgian budget was too loose.",
		name: "Pieter De Smet", country: "-", org: "Open VLD"},
	{rule: "party-added", text: "European Solidarity leader Oleh Marchenko said the Ukrainian budget was too loose.",
		name: "Oleh Marchenko", country: "-", org: "European Solidarity"},
	{rule: "party-added", text: "Fuerza Popular leader Rosa Quispe said the Peruvian vote had been rigged.",
		name: "Rosa Quispe", country: "-", org: "Fuerza Popular"},
	{rule: "party-added", text: "Welsh Labour spokesman Gareth Pryce said the Welsh plan would work.",
		name: "Gareth Pryce", country: "-", org: "Welsh Labour"},
	{rule: "party-added", text: "Scottish Labour MSP Fiona McRae said the Scottish ferries had cost too much.",
		name: "Fiona McRae", country: "GB"},
	{rule: "party-added", text: "MDB senator Paulo Teixeira said the Brazilian budget was too loose.",
		name: "Paulo Teixeira", country: "BR"},
	// itsSubjectOffice: a "-led"/"-backed" modifier and a bracketed
	// acronym around the party that opens the sentence before "Its"
	{rule: "its-party-subject", text: "The Bosniak-led Party of Democratic Action (SDA) demanded a recount in Sarajevo. Its leader in the city council, Adnan Hodzic, said the count was wrong.",
		name: "Adnan Hodzic", country: "-", org: "Party of Democratic Action"},
	{rule: "its-party-subject", text: "The Kremlin-backed United Russia (UR) demanded a recount. Its leader, Ivan Sokolov, said the count was wrong.",
		name: "Ivan Sokolov", country: "-", org: "United Russia"},
	// negative: a state's body opens the sentence before
	{rule: "its-party-subject", text: "The Kremlin-backed Central Election Commission (CEC) demanded a recount in Russia. Its chairman, Ivan Sokolov, said the count was wrong.",
		name: "Ivan Sokolov", country: "RU"},
}

func TestGz3OfficialRules(t *testing.T) { checkOfficialRows(t, gz3OfficialRules) }
