package extract

import "testing"

// fo25OfficialRules: a story about a home state that names a foreign
// actor (a contingent, a diplomat, a donor's forces) gives a home
// official the foreign state no more, nor the reverse.
var fo25OfficialRules = []officialRuleCase{
	// a force written as a preposition's object neither speaks nor is the
	// home officer's (prepositionObject in bodyStateNear)
	{rule: "preposition-object-body", text: "DUBLIN (Reuters) - Ireland's battalion left for Lebanon on Tuesday, the Defence Forces said. A platoon of 30 soldiers from Malta's Armed Forces will serve within the Irish battalion. Lieutenant General Declan Furlong told families the battalion was ready.",
		name: "Declan Furlong", country: "IE"},
	{rule: "preposition-object-body", text: "DUBLIN (Reuters) - Ireland's battalion left for Lebanon on Tuesday. Malta's Armed Forces said a platoon would join it. Lieutenant General Joseph Farrugia told families the platoon was ready.",
		name: "Joseph Farrugia", country: "MT"},
	// ... nor qualifies a body after the holder's name (qualifiesBody)
	{rule: "preposition-object-body", text: "VILNIUS (Reuters) - A Dutch company took over at Lithuania's Rukla base on Friday. \"We are adding,\" Defence Minister Rasa Jankauskiene told reporters at the base, standing in front of a row of Dutch CV90 vehicles.",
		name: "Rasa Jankauskiene", country: "LT"},
	{rule: "preposition-object-body", text: "VILNIUS (Reuters) - A Dutch company took over at Lithuania's Rukla base on Friday. The rotation went smoothly, Commander Sander de Wit said, the Dutch defence ministry said.",
		name: "Sander de Wit", country: "NL"},
	// a definite diplomat refers back to the post named with its state:
	// the sending state's, not the host's (unnamedPostState)
	{rule: "diplomat-back-to-post", text: "VILNIUS, Oct 27 - Lithuania summoned Belarus's chargé d'affaires on Monday and closed its border crossings. Deputy Foreign Minister Vytautas Jonusas handed the diplomat, Dzmitry Kavalenka, a note of protest. Lithuania's government said Lithuania would act.",
		name: "Dzmitry Kavalenka", country: "BY"},
	{rule: "diplomat-back-to-post", text: "VILNIUS, Oct 27 - Lithuania closed its border crossings on Monday. Deputy Foreign Minister Vytautas Jonusas met the diplomat, Dzmitry Kavalenka, on Tuesday. Lithuania's government said Lithuania would act.",
		name: "Dzmitry Kavalenka", country: "LT"},
	// a person's nationality ("a Croatian citizen") breaks no surname tie
	// (surnameState)
	{rule: "nationality-not-surname-state", text: "MOSTAR, Bosnia - A court in Bosnia indicted the mayor on Monday. Bosnia's prosecutors said Bosnia would appeal.\n\nThe indictment names the head of the city's utilities department, Ivan Perić. The company's director, a Croatian citizen, was not charged.",
		name: "Ivan Perić", country: "BA"},
	{rule: "nationality-not-surname-state", text: "MOSTAR, Bosnia - A court in Bosnia indicted the mayor on Monday. Bosnia's prosecutors said Bosnia would appeal.\n\nThe indictment names the head of the city's utilities department, Ivan Perić. The company, based in Croatia, was not charged.",
		name: "Ivan Perić", country: "HR"},
	// an of-complement with a state's possessive names the body's state
	// over a community's adjective before the role noun
	{rule: "body-owner-over-adjective", text: "SARAJEVO - The court ruled on Monday. Zeljka Maric, the Croat member of Bosnia's three-member presidency, called for calm.",
		name: "Zeljka Maric", country: "BA"},
	{rule: "body-owner-over-adjective", text: "SARAJEVO - The court ruled on Monday. Zeljka Maric, the Croat member of the presidency, called for calm.",
		name: "Zeljka Maric", country: "HR"},
	// a speaker set off in an apposition after the subject's statement
	// speaks for the subject's state, not a state nearer in the sentence
	{rule: "apposition-speaker-subject", text: "ROSEAU, Dominica - Dominica counted its dead on Monday. The US Southern Command said it was preparing to deploy 300 troops if requested by the Dominican government, a spokeswoman, Lieutenant Commander Erica Salas, said.",
		name: "Erica Salas", country: "US"},
	{rule: "apposition-speaker-subject", text: "ROSEAU, Dominica - Dominica counted its dead on Monday. Relief was slow to arrive on the island's east coast, a spokeswoman, Lieutenant Commander Erica Salas, said.",
		name: "Erica Salas", country: "DM"},
	// a ministry's title placed in a capital is that capital's state's
	{rule: "ministry-seat", text: "RIYADH (Reuters) - OPEC+ extended its cuts. Iraq's oil ministry said on Friday that it had cut exports. Kazakhstan's output rose. A ministry spokeswoman in Astana, Aigerim Nurtazina, said the country remained committed.",
		name: "Aigerim Nurtazina", country: "KZ"},
	{rule: "ministry-seat", text: "RIYADH (Reuters) - OPEC+ extended its cuts. Iraq's oil ministry said on Friday that it had cut exports. Kazakhstan's output rose. A ministry spokeswoman, Aigerim Nurtazina, said the country remained committed.",
		name: "Aigerim Nurtazina", country: "IQ"},
	// a rank's apposition that names a force with its state gives the
	// holder's state (apposedForceState); a clause after the name does not
	{rule: "apposed-force", text: "TYRE, Lebanon (Reuters) - About 850 Ghanaian peacekeepers arrived in southern Lebanon on Saturday. Lebanon's army said Lebanon would help. The outgoing unit lost no personnel, according to Colonel Efua Mensah-Boateng, director of public relations at the Ghana Armed Forces.",
		name: "Efua Mensah-Boateng", country: "GH"},
	{rule: "apposed-force", text: "DUSHANBE (Reuters) - Tajikistan said two of its border guards died on Monday. Their spokesman, Colonel Firdavs Nazarzoda, told the state news agency Khovar that Kyrgyz forces had fired first.",
		name: "Firdavs Nazarzoda", country: "TJ"},
	// gazetteer: Africa CDC is the African Union's agency, not the US CDC
	{rule: "africa-cdc", text: "GOMA, Congo - Mpox has killed 1,340 people in Congo, according to Africa CDC. Africa CDC's director general, Serge Mbuyi-Kalonji, said vaccination had reached 700,000 people.",
		name: "Serge Mbuyi-Kalonji", country: "-", org: "Africa CDC"},
	{rule: "africa-cdc", text: "ATLANTA (AP) - Measles cases rose again, the CDC said. The CDC's director, Mandy Cohen, said vaccination had slowed.",
		name: "Mandy Cohen", country: "US", org: "CDC"},
	// gazetteer: a Solomon Islands province's premier
	{rule: "solomons-province", text: "CANBERRA (Reuters) - Australia will withdraw its police from Solomon Islands. Australian officials said Australia had spent A$1 billion. Australia's minister said Canberra was proud. The premier of Malaita province, Elijah Asilaua, said the handover must not leave provinces without protection.",
		name: "Elijah Asilaua", country: "SB"},
	{rule: "solomons-province", text: "CANBERRA (Reuters) - Australia will withdraw its police from Solomon Islands. Australian officials said Australia had spent A$1 billion. Australia's minister said Canberra was proud. The premier of Queensland, Steven Miles, said the handover was right.",
		name: "Steven Miles", country: "AU"},
}

func TestFo25OfficialRules(t *testing.T) { checkOfficialRows(t, fo25OfficialRules) }
