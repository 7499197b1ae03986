package extract

import "testing"

// fx32OfficialRules: r31d/r31e (Europe, MENA) officials' rules.
var fx32OfficialRules = []officialRuleCase{
	// a bare "the minister" refers back to the one who holds a minister's
	// title, not to the last person named
	{rule: "anaphor-held-head", text: "PARIS (Reuters) - Transport Minister Clément Roussillon said the decree would stay. The union did not join the walkout. Sandrine Aubry said talks were welcome. Private operators welcomed the minister's stance.",
		absent: "Sandrine Aubry"},
	{rule: "anaphor-held-head", text: "PARIS (Reuters) - Rail workers went on strike on Tuesday. Clément Roussillon said the decree would stay. Private operators welcomed the minister's stance.",
		name: "Clément Roussillon", title: "minister"},
	// "NAME, the state weather agency,": a state's agency, the state its
	// name opens with
	{rule: "described-state-agency", text: "VIENNA (Reuters) - Floods hit the region. The Czech Hydrometeorological Institute, the state weather agency, said rivers would rise. Its chief forecaster, Petra Kubíčková, urged residents to stay away.",
		name: "Petra Kubíčková", country: "CZ", org: "-"},
	{rule: "described-state-agency", text: "OSLO (Reuters) - Oil rose. The Nordic Energy Group, the state oil company, said output would rise. Its chief executive, Petra Lund, said prices were high.",
		name: "Petra Lund", country: "-", org: "Nordic Energy Group"},
	// "Solutions" ends a company's name
	{rule: "company-solutions", text: "BASRA, Iraq (Reuters) - Power cuts hit the city. Gulf Power Solutions said in a statement that the ministry owed it more than $80 million and that spare parts had been held at Umm Qasr port for two months. Its regional director, Sameer Nouri Khalaf, said the firm had kept the lights on.",
		name: "Sameer Nouri Khalaf", country: "-", org: "Gulf Power Solutions"},
	{rule: "company-solutions", text: "BASRA, Iraq (Reuters) - Power cuts hit the city. The Electricity Ministry said in a statement that the contractor owed it more than $80 million. Its spokesman, Saif Hameed al-Badr, said the firm had failed.",
		name: "Saif Hameed al-Badr", country: "IQ"},
	// ", led by" after an armed group's delegation: the group's office
	{rule: "led-group-body", text: "MUSCAT (Reuters) - Omani Foreign Minister Badr bin Nasser Al-Rawahi held talks first with the Houthi delegation, led by chief negotiator Abdulmalik Hassan al-Wazir, and then with Saudi Arabia's ambassador.",
		name: "Abdulmalik Hassan al-Wazir", country: "-", org: "Houthis"},
	{rule: "led-group-body", text: "MUSCAT (Reuters) - Omani Foreign Minister Badr bin Nasser Al-Rawahi held talks first with the Saudi delegation, led by chief negotiator Abdulmalik Hassan al-Wazir, and then with Yemen's ambassador.",
		name: "Abdulmalik Hassan al-Wazir", country: "SA", org: "-"},
	// "of Kronberger's Christian Democrats": a party owned through a
	// person's possessive holds the office
	{rule: "possessed-party", text: "BERLIN (Reuters) - Chancellor Matthias Kronberger agreed a pension deal on Thursday. Carsten Hummel, general secretary of Kronberger's Christian Democrats, dismissed suggestions that the chancellor had given ground.",
		name: "Carsten Hummel", country: "-", org: "Christian Democrats"},
	{rule: "possessed-party", text: "BERLIN (Reuters) - Chancellor Matthias Kronberger agreed a pension deal on Thursday. Carsten Hummel, an adviser of Kronberger's government, dismissed suggestions that the chancellor had given ground.",
		name: "Carsten Hummel", org: "-"},
	// a lawmaker of a party keeps the state of the seat
	{rule: "possessed-party", text: "BERLIN (Reuters) - The coalition agreed a pension deal on Thursday. Jan-Philipp Rösner, a Christian Democrat lawmaker who speaks for the group, said he would study the text.",
		name: "Jan-Philipp Rösner", title: "lawmaker", country: "DE"},
	// "its" after a subject the gazetteer holds as a party: the party's
	{rule: "its-known-party", text: "STRASBOURG (Reuters) - The censure motion failed on Thursday. The Socialists and Democrats, the second-largest group, voted against the motion, though its leader, Iratxe Montalbán, said her group expected changes.",
		name: "Iratxe Montalbán", country: "-", org: "Socialists and Democrats"},
	{rule: "its-known-party", text: "ANKARA (Reuters) - The talks failed on Thursday. Turkey, the second-largest army in NATO, voted against the motion, though its president, Recep Tayyip Erdogan, said changes were expected.",
		name: "Recep Tayyip Erdogan", country: "TR", org: "-"},
	// "a Polish member of the EPP": the party's member, no state's seat
	{rule: "party-member", text: "STRASBOURG (Reuters) - The censure motion failed on Thursday. \"I will not bring down the Commission,\" said Krzysztof Nowicki, a Polish member of the EPP.",
		name: "Krzysztof Nowicki", country: "-", org: "European People's Party"},
	{rule: "party-member", text: "LONDON (Reuters) - The vote failed on Thursday. \"We lost,\" said John Hartley, a Labour member of parliament for Hull.",
		name: "John Hartley", country: "GB"},
	// "the movement's delegation, led by": the body the sentence names
	// before the stand-in noun
	{rule: "led-group-body", text: "CAIRO (Reuters) - Talks resumed in Cairo. Hamas spokesman Hazem Abu Shanab said the movement's delegation, led by senior political bureau member Ismail Darwish, had come to Cairo with open hands.",
		name: "Ismail Darwish", country: "-", org: "Hamas"},
	{rule: "led-group-body", text: "CAIRO (Reuters) - Talks resumed in Cairo. Egypt's spokesman Hazem Abu Shanab said the country's delegation, led by senior official Ismail Darwish, had come to Cairo with open hands.",
		name: "Ismail Darwish", country: "EG", org: "-"},
	// a party's office served "in" a legislature stays the party's
	{rule: "party-chamber-office", text: "MADRID (Reuters) - Poland's foreign minister visited Madrid. Sumar's spokeswoman in the Congress of Deputies, Lucía Ferrándiz, said after the visit that Spain should not be lectured.",
		name: "Lucía Ferrándiz", country: "-", org: "Sumar"},
	{rule: "party-chamber-office", text: "MADRID (Reuters) - Poland's foreign minister visited Madrid. The government's spokeswoman in the Congress of Deputies, Lucía Ferrándiz, said after the visit that Spain should not be lectured.",
		name: "Lucía Ferrándiz", country: "ES"},
	// a capital gone "to" before "talks with President NAME": the host's
	{rule: "talks-host", text: "BERLIN (Reuters) - German Chancellor Matthias Kronberger agreed a pension deal. Government spokesman Steffen Kleeberg said Kronberger would travel to Paris on Friday, as planned, for talks with President Élise Varenne on joint defence procurement. Germany's pension system, like France's, is under strain.",
		name: "Élise Varenne", country: "FR"},
	{rule: "talks-host", text: "BERLIN (Reuters) - German Chancellor Matthias Kronberger agreed a pension deal. Government spokesman Steffen Kleeberg said Kronberger, who returned from Warsaw on Friday, held talks with President Frank Steinmann on joint defence procurement. Poland was pleased.",
		name: "Frank Steinmann", country: "DE"},
	// "speaking for the government in Aden": the seat's state
	{rule: "government-in-place", text: "MUSCAT (Reuters) - Omani Foreign Minister Badr Al-Rawahi held talks with the Houthi delegation. Information Minister Nabil Saleh al-Mikhlafi, speaking for the government in Aden, accused the Houthis of using the talks as cover.",
		name: "Nabil Saleh al-Mikhlafi", country: "YE"},
	{rule: "government-in-place", text: "MUSCAT (Reuters) - Omani Foreign Minister Badr Al-Rawahi held talks with the Houthi delegation. Information Minister Nabil Saleh al-Mikhlafi, speaking to reporters in Aden, accused the Houthis of using the talks as cover.",
		name: "Nabil Saleh al-Mikhlafi", country: "OM"},
	// "rail" as a sector word inside a title
	{rule: "rail-mod", text: "PARIS (Reuters) - Rail workers went on strike on Tuesday. The more moderate CFDT union did not join the walkout. Its rail leader, Sandrine Aubry, said the guarantees were a serious basis for negotiation.",
		name: "Sandrine Aubry", title: "rail leader", country: "-", org: "CFDT"},
	{rule: "rail-mod", text: "PARIS (Reuters) - Rail workers went on strike on Tuesday. Rail traffic was halted, Sandrine Aubry said.",
		absent: "Sandrine Aubry"},
}

func TestFx32OfficialRules(t *testing.T) { checkOfficialRows(t, fx32OfficialRules) }
