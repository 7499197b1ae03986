package extract

import "testing"

// fx53OfficialRules: r35, officials of a body no state holds (a union, a
// party, an armed group, a de facto government) that the text names or
// types, with no state of their own.
var fx53OfficialRules = []officialRuleCase{
	// "Its" after a subject the text types as a non-state body by a noun
	{rule: "named-typed-body", text: "ZONGULDAK, Turkey (Reuters) - Eight miners died in Turkey on Monday. The Genel Maden-Sen union, which represents workers at the pit, said sensors had been switched off. Its president, Kemal Ozdemir, called for a criminal inquiry.",
		name: "Kemal Ozdemir", country: "-", org: "Genel Maden-Sen"},
	{rule: "named-typed-body", text: "ZONGULDAK, Turkey (Reuters) - Eight miners died in Turkey on Monday. The Zonguldak governor's office said sensors had been switched off. Its spokesman, Kemal Ozdemir, called for calm.",
		name: "Kemal Ozdemir", country: "TR"},
	// "Their" after a party's members in the plural and a clause about them
	{rule: "their-party-clause", text: "PARIS (Reuters) - The French government lost a vote on Monday. The Socialists, whose votes had saved the cabinet in May, backed the motion. Their first secretary, Marc Dubois, said the party had no choice.",
		name: "Marc Dubois", country: "-", org: "Socialists"},
	{rule: "their-party-clause", text: "PARIS (Reuters) - The French government lost a vote on Monday. The ministers, who had met all night, rejected the motion. Their spokesman, Marc Dubois, said the cabinet would resign.",
		name: "Marc Dubois", country: "FR"},
	// a state's office the text says an armed group runs is the group's
	{rule: "armed-run-office", text: "SANAA, Yemen (Reuters) - Air strikes on a depot in Yemen killed 30 people, the Houthi-run interior ministry said on Friday. \"They were workers,\" interior ministry spokesman Ali Hamdi al-Qadi said.",
		name: "Ali Hamdi al-Qadi", country: "-", org: "Houthis"},
	{rule: "armed-run-office", text: "ADEN, Yemen (Reuters) - Air strikes on a depot in Yemen killed 30 people, the Houthis said on Friday. \"They were workers,\" interior ministry spokesman Ali Hamdi al-Qadi said in Aden.",
		name: "Ali Hamdi al-Qadi", country: "YE"},
	{rule: "armed-run-office", text: "KABUL (Reuters) - Floods killed 50 people in Afghanistan, the Taliban's refugee ministry said on Sunday. Another 20 were missing, the ministry's spokesman, Karim Nuri, said.",
		name: "Karim Nuri", country: "-", org: "Taliban"},
	{rule: "armed-run-office", text: "KABUL (Reuters) - Floods killed 50 people in Afghanistan, Afghanistan's refugee ministry said on Sunday, as the Taliban fought in the north. Another 20 were missing, the ministry's spokesman, Karim Nuri, said.",
		name: "Karim Nuri", country: "AF"},
	// a party's MEP holds the European Parliament's seat, no state's
	{rule: "party-mep", text: "ROME (Reuters) - Italians voted on Sunday. Lega MEP Marco Bianchi, whose party governs, wrote on X that the vote was won.",
		name: "Marco Bianchi", country: "-", org: "European Parliament"},
	{rule: "party-mep", text: "WARSAW (Reuters) - Poland's president vetoed the bill. Anna Nowak, a Civic Coalition member of the European Parliament, condemned the veto.",
		name: "Anna Nowak", country: "-", org: "European Parliament"},
	{rule: "party-mep", text: "WARSAW (Reuters) - Poland's president vetoed the bill. Anna Nowak, a Civic Coalition member of parliament, condemned the veto.",
		name: "Anna Nowak", country: "PL"},
	// a party's group leader in a chamber leads the party's group there
	{rule: "party-group-in-chamber", text: "PARIS (Reuters) - The French government fell on Monday. Pierre Lenoir, the National Rally's group leader in the National Assembly, said his deputies had voted against it.",
		name: "Pierre Lenoir", country: "-", org: "National Rally"},
	{rule: "party-group-in-chamber", text: "PARIS (Reuters) - The French government fell on Monday. Pierre Lenoir, the National Rally's leader in the National Assembly, said his deputies had voted against it.",
		name: "Pierre Lenoir", country: "FR"},
	// a party's name ending on "Party" just before a party office
	{rule: "party-name-before-title", text: "AUSTIN, Texas (Reuters) - The Texas Senate passed the bill on Tuesday. Harris County Democratic Party Chair Lisa Moreno said the party would run ads against it.",
		name: "Lisa Moreno", country: "-", org: "Harris County Democratic Party"},
	{rule: "party-name-before-title", text: "AUSTIN, Texas (Reuters) - The Texas Senate passed the bill on Tuesday. Harris County Commissioners Court Chair Lisa Moreno said the county would comply.",
		name: "Lisa Moreno", country: "US"},
	// a party the gazetteer now holds whose name opens with a demonym
	{rule: "demonym-party-name", text: "BEIRUT (Reuters) - Lebanon's cabinet met on Monday. Lebanese Forces leader Elias Haddad accused Hezbollah of stalling.",
		name: "Elias Haddad", country: "-", org: "Lebanese Forces"},
	{rule: "demonym-party-name", text: "BEIRUT (Reuters) - Lebanon's cabinet met on Monday. Lebanese Armed Forces commander Elias Haddad said the army would deploy.",
		name: "Elias Haddad", country: "LB"},
}

func TestFx53OfficialRules(t *testing.T) { checkOfficialRows(t, fx53OfficialRules) }
