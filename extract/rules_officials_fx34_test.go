package extract

import "testing"

// fx34OfficialRules: r32a (West Africa, the Sahel, Central and Southern
// Africa). A party's, a mission's or a civil society body's office is no
// state's (GUIDELINES: country null for non-state bodies); a legislator
// keeps the state's seat; the army of "the army's" is the story's own.
var fx34OfficialRules = []officialRuleCase{
	// a front heads a party's name: no person is named "Unity Front"
	{rule: "front-head", text: "LOME, Togo - Results came in on Friday. The incumbent won 60 percent against 30 percent for Kodjo Mensah Agbo, the candidate of the Togo Unity Front, who says he won.",
		name: "Kodjo Mensah Agbo", country: "-", org: "Togo Unity Front", absent: "Unity Front"},
	{rule: "front-head", text: "LOME, Togo - Results came in on Friday. The incumbent won 60 percent against 30 percent for Kodjo Mensah Agbo, the candidate of the Togo Unity Party, who says he won.",
		name: "Kodjo Mensah Agbo", country: "-", absent: "Unity Party"},
	// a bracketed acronym that speaks is the body, and its possessive owns the office
	{rule: "bracketed-acronym-owner", text: "LOME, Togo - The court heard petitions from the Togo Unity Front (TUF) on Friday. The TUF said 12 people had died. The TUF's spokeswoman, Afi Dossou, said lawyers had filed 9 petitions.",
		name: "Afi Dossou", country: "-", org: "TUF"},
	{rule: "bracketed-acronym-owner", text: "LOME, Togo - The court heard petitions from the Togo Electoral Commission (CENI) on Friday. The CENI said 12 people had voted twice. The CENI's spokeswoman, Afi Dossou, said lawyers had filed 9 petitions.",
		name: "Afi Dossou", country: "TG"},
	// a legislator from the opposition, in the chamber: the state's seat
	{rule: "seat-side", text: "LOME, Togo - The court met on Friday. Kossi Ablode Amegah, a lawmaker from the opposition in the National Assembly, said the court had never ruled against the president.",
		name: "Kossi Ablode Amegah", title: "lawmaker", country: "TG"},
	{rule: "seat-side", text: "LOME, Togo - The court met on Friday. Kossi Ablode Amegah, a senator from the ruling coalition, said the court would rule fairly.",
		name: "Kossi Ablode Amegah", title: "senator", country: "TG"},
	{rule: "seat-side", text: "LOME, Togo - The court met on Friday. Kossi Ablode Amegah, a lawmaker from the opposition Unity Party, said the court would rule fairly.",
		name: "Kossi Ablode Amegah", country: "TG"},
	// negative: a man from the opposition holds no seat
	{rule: "seat-side", text: "LOME, Togo - The court met on Friday. Kossi Ablode Amegah, a man from the opposition, said the court would rule fairly.",
		absent: "Kossi Ablode Amegah"},
	// an office "of State for" a region before the name
	{rule: "office-of-state-for", text: "ABUJA (AP) - A U.S. delegation arrived on Monday. Assistant Secretary of State for African Affairs Dana Whitlock-Obi met ministers in Abuja.",
		name: "Dana Whitlock-Obi", title: "Assistant Secretary of State for African Affairs", country: "US"},
	{rule: "office-of-state-for", text: "ABUJA (AP) - A U.S. delegation arrived on Monday. Deputy Assistant Secretary of State for East Africa Dana Whitlock-Obi met ministers in Abuja.",
		name: "Dana Whitlock-Obi", country: "US", absent: "East Africa Dana Whitlock-Obi"},
	// negative: a secretary of state of a state that has such offices keeps its own
	{rule: "office-of-state-for", text: "DAKAR, Senegal - The cabinet met on Monday. Senegal's Secretary of State for Fisheries, Moussa Ndiaye Gaye, said boats were back at sea.",
		name: "Moussa Ndiaye Gaye", country: "SN"},
	// two lower-case portfolios joined by "and" before the comma
	{rule: "portfolio-modifiers-and", text: "ABUJA - Floods hit Nigeria on Monday. Ghana's water and energy minister, Kwame Asante Boakye, said the dam had been opened.",
		name: "Kwame Asante Boakye", title: "water and energy minister", country: "GH"},
	{rule: "portfolio-modifiers-and", text: "ABUJA - Floods hit Nigeria on Monday. Ghana's trade and industry minister, Kwame Asante Boakye, said the port had been opened.",
		name: "Kwame Asante Boakye", title: "trade and industry minister", country: "GH"},
	// negative: a plain noun before "and" joins a phrase, not a portfolio
	{rule: "portfolio-modifiers-and", text: "ACCRA - Ghana voted on Monday. The party's record and party leader Kwame Asante Boakye were attacked.",
		name: "Kwame Asante Boakye", country: "-"},
	// a party named by an apposition after "the leader of"
	{rule: "party-apposed", text: "MAPUTO, Mozambique - Riots spread on Friday. Armando Tembe Cossa, the leader of RENOVA, the main opposition party, said police had fired on crowds.",
		name: "Armando Tembe Cossa", country: "-", org: "RENOVA"},
	{rule: "party-apposed", text: "MAPUTO, Mozambique - Riots spread on Friday. Armando Tembe Cossa, the governor of Niassa, the province hit hardest, said police had fired on crowds.",
		name: "Armando Tembe Cossa", country: "MZ"},
	// a relative clause names the bloc's office; the adjective only where the holder comes from
	{rule: "served-office", text: "NIAMEY, Niger - The Economic Community of West African States (ECOWAS) sent a delegation led by Kofi Mensah Owusu, a Ghanaian diplomat who serves as the bloc's envoy for the Sahel.",
		name: "Kofi Mensah Owusu", country: "-"},
	{rule: "served-office", text: "NIAMEY, Niger - The ECOWAS delegation was led by Kofi Mensah Owusu, a Ghanaian diplomat who is the bloc's mediator.",
		name: "Kofi Mensah Owusu", country: "-"},
	// negative: a state's own office in the clause keeps the adjective's state
	{rule: "served-office", text: "NIAMEY, Niger - A delegation arrived on Monday, led by Kofi Mensah Owusu, a Ghanaian diplomat who is the country's ambassador to Niger.",
		name: "Kofi Mensah Owusu", country: "GH"},
	// "the army's" in a story about a state is that state's, over a foreign force named before
	{rule: "bare-force-owner", text: "BAMAKO, Mali (AP) - The junta extended its rule on Thursday. Russia's Africa Corps has about 2,000 men in Mali. The army's chief spokesman, Colonel Amadou Keita Diallo, said roads had reopened.",
		name: "Amadou Keita Diallo", country: "ML"},
	// negative: a state named with its army in the sentence before keeps it
	{rule: "bare-force-owner", text: "TYRE, Lebanon (AP) - Strikes hit the south on Monday. Israel's military said it struck 20 targets. The army's spokesman, Lieutenant Colonel Avi Dror, said more would follow.",
		name: "Avi Dror", country: "IL"},
	// negative: a brigade may be a foreign unit; the state before keeps it
	{rule: "bare-force-owner", text: "RIGA, Latvia - Canada, which commands the brigade, has 1,900 personnel in Latvia. The brigade's commander, Brigadier-General Marc Tremblay, said housing was short.",
		name: "Marc Tremblay", country: "CA"},
	// a unit the possessive of a body that is no state's names
	{rule: "nonstate-unit", text: "GOMA, Congo - Rebels attacked a camp. Peacekeepers of the U.N. mission, MONUSCO, were nearby. The head of the mission's office in Goma, Marie Lukusa Ilunga, said a patrol had arrived.",
		name: "Marie Lukusa Ilunga", country: "-", org: "MONUSCO"},
	{rule: "nonstate-unit", text: "GOMA, Congo - Rebels attacked a camp. By evening, the head of the local civil society coordination, Jean Baraka Mumbere, said 40 people had died.",
		name: "Jean Baraka Mumbere", country: "-"},
	// negative: a state's body after the noun keeps the state
	{rule: "nonstate-unit", text: "GOMA, Congo - Rebels attacked a camp. The head of the provincial government, Jean Baraka Mumbere, said 40 people had died.",
		name: "Jean Baraka Mumbere", country: "CD"},
}

func TestFx34OfficialRules(t *testing.T) { checkOfficialRows(t, fx34OfficialRules) }

// fx34QuoteRules: an armed group's unit named in full after its
// possessive speaks for the group; a state's ministry speaks as itself.
var fx34QuoteRules = []quoteRuleRow{
	{rule: "owned-unit-body", pos: true, text: "BOGOTA (Reuters) - Rebels attacked a police post. In a statement posted on social media, the ELN's Southern War Front said it had attacked \"a legitimate military target\" and blamed the police for the deaths.",
		quote: "legitimate military target", speaker: "ELN"},
	{rule: "owned-unit-body", pos: false, text: "BOGOTA (Reuters) - Rebels attacked a police post. In a statement posted on social media, Colombia's Defence Ministry said it had attacked \"a legitimate military target\" and blamed the rebels for the deaths.",
		quote: "legitimate military target", speaker: "Colombia"},
}

func TestFx34QuoteRules(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), fx34QuoteRules) }
