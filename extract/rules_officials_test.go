package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// officialRuleCase is one sentence for one rule of the officials pass: the
// official it must give, with the attributes it must have, and a name that
// must not be an official. Sentences are written for these tests.
type officialRuleCase struct {
	rule string // the rule the row exercises
	text string
	// want: the official expected; empty name means no official is expected
	// under that rule (see absent)
	name, title string
	country     string // "" not checked, "-" must be empty
	org         string // "" not checked, "-" must be empty
	outRule     string // the Official.Rule expected, "" not checked
	absent      string // a name that must not appear as an official
}

// americanCopy and britishCopy give a sentence the writing style of a press:
// "U.S." and "Mr." mark American copy, "Mr" and British spellings British.
const (
	americanCopy = " The U.S. embassy said Mr. Dunn and Mr. Price had left."
	britishCopy  = " Mr Dunn said the defence programme was over budget, and Mr Price agreed."
	// americanStyle: American copy that names no state
	americanStyle = " Mr. Dunn said the plan was organized by 5 p.m., and Mr. Price agreed."
)

var officialRules = []officialRuleCase{
	// sk6: a grade of several words that mean nothing alone ("Sergeant
	// First Class") is read whole before the name; "Class" elsewhere is no
	// title word
	{rule: "whole-grade", text: "Two soldiers were hurt when a mine went off near the base in Mali, the U.S. Army said. Sergeant First Class Nora Quill was flown to Germany.",
		name: "Nora Quill", title: "Sergeant First Class", absent: "Class Nora Quill"},
	{rule: "whole-grade", text: "The patrol came under fire near the river, the U.S. Army said. Private First Class Owen Tarr was treated for burns.",
		name: "Owen Tarr", title: "Private First Class"},
	{rule: "whole-grade", text: "The patrol came under fire near the river in Mali, the U.S. Army said. Sergeant Owen Tarr, who had flown First Class to Bamako, was treated for burns.",
		name: "Owen Tarr", title: "Sergeant"},
	// ob7: a bare cabinet title in a story datelined in a state that the
	// story names nearly as often as its most named one is the dateline's
	{rule: "dateline-first-home", text: "MOGADISHU (Reuters) - Ethiopia withdrew its last troops from Somalia on Friday, Ethiopia's army said. Ethiopian officers said Ethiopia had kept 3,000 soldiers there since 2020.\nThe withdrawal leaves the army in charge of the country's security.\nDefence Minister Abdi Farah said the force would form a new air corps.",
		name: "Abdi Farah", country: "SO", org: "-"},
	{rule: "dateline-first-home", text: "Ethiopia withdrew its last troops from Somalia on Friday, Ethiopia's army said. Ethiopian officers said Ethiopia had kept 3,000 soldiers there since 2020.\nThe withdrawal leaves the army in charge of the country's security.\nDefence Minister Abdi Farah said the force would form a new air corps.",
		name: "Abdi Farah", country: "ET", org: "-"},
	// ob7: an acronym introduced as an armed group's ("the WZM militia",
	// "known by their initials WZM") makes a title with it the group's
	{rule: "acronym-group", text: "Police fought the Lake Guardians, known by their Swahili initials WZM, near the town in Tanzania. A WZM commander, Juma Said, said his men would stay.",
		name: "Juma Said", country: "-", org: "WZM"},
	{rule: "acronym-group", text: "Tanzania's police fought the WZM militia near the town. A WZM commander, Juma Said, said his men would stay.",
		name: "Juma Said", country: "-", org: "WZM"},
	{rule: "acronym-group", text: "Police fought the WZM near the town in Tanzania. A WZM commander, Juma Said, said his men would stay.",
		name: "Juma Said", country: "TZ", org: "-"},
	// ob7: a bare "Chief" in a story that names one nation that is no
	// state ("... Cree Nation") is that nation's chief
	{rule: "nation-chief", text: "Wildfires forced more evacuations in Manitoba. Military aircraft flew residents of Tallow Creek Cree Nation to Winnipeg overnight. Chief Mary Moose said 3,000 people had left.",
		name: "Mary Moose", country: "-", org: "Tallow Creek Cree Nation"},
	{rule: "nation-chief", text: "Wildfires forced more evacuations in Manitoba, Canada. Military aircraft flew residents of Tallow Creek Cree Nation and Red Rock First Nation to Winnipeg overnight. Chief Mary Moose said 3,000 people had left.",
		name: "Mary Moose", country: "CA", org: "-"},
	// ob7: a place the gazetteer lacks and a local unit open a title: the
	// local office of the dateline's state, not the state of the sentence
	// before nor a body's
	{rule: "local-unit-title", text: "ACCRA, Ghana (Reuters) - Floods hit the north after a Togolese dam was opened. Bolgatanga District Commissioner Ama Mensah said 400 homes were lost.",
		name: "Ama Mensah", country: "GH", org: "-"},
	{rule: "local-unit-title", text: "ACCRA, Ghana (Reuters) - Floods hit the north after a dam was opened. Togolese district commissioner Ama Mensah said 400 homes were lost.",
		name: "Ama Mensah", country: "TG", org: "-"},
	// ob4 (session 28): probes of role phrases no list names. An
	// apposition or a title whose head is a role-like noun and whose
	// complement ("of/at/for/with") is a body makes an official; the body is
	// the organisation, or a state's body gives its state
	{rule: "open-role-noun", text: "Mele Taufa, country manager of Pacific Timber Holdings, said the mill would close in May.",
		name: "Mele Taufa", title: "country manager", country: "-", org: "Pacific Timber Holdings"},
	{rule: "open-role-noun", text: "Dara Quinlan, lead investigator at the Nepalese Civil Aviation Authority, said the pilot had not slept.",
		name: "Dara Quinlan", country: "NP", org: "-"},
	{rule: "open-role-noun", text: "Relief flights resumed on Friday. Hana Sabet, field coordinator for Harbour Relief Network, said stocks were low.",
		name: "Hana Sabet", country: "-", org: "Harbour Relief Network"},
	{rule: "open-role-noun", text: "Nadia Karim, head of operations at Medical Aid Corps, said two clinics had shut.",
		name: "Nadia Karim", country: "-"},
	{rule: "open-role-noun", text: "Regional director Amara Diallo of the West Africa Seed Alliance said the harvest was poor.",
		name: "Amara Diallo", country: "-", org: "West Africa Seed Alliance"},
	{rule: "open-role-noun", text: "Emil Sorensen, communications officer with the Baltic Ferry Company, said the crossing was cancelled.",
		name: "Emil Sorensen", country: "-", org: "Baltic Ferry Company"},
	{rule: "open-role-noun", text: "The Nigeria Labour Congress called a strike. Yusuf Bello, the union's chief negotiator, said talks had failed.",
		name: "Yusuf Bello", country: "-"},
	{rule: "open-role-noun", text: "Prices of maize doubled, said Abel Tesfaye, a procurement specialist at the World Food Programme.",
		name: "Abel Tesfaye", country: "-", org: "WFP"},
	{rule: "open-role-noun", text: "Prices of maize doubled, said Abel Tesfaye, the WFP's procurement specialist in Juba.",
		name: "Abel Tesfaye", title: "procurement specialist", country: "-", org: "WFP"},
	{rule: "open-role-noun", text: "Kenya's athletes withdrew. Abel Tesfaye, the chief steward of the Kenyan Athletics Federation, said the race was off.",
		name: "Abel Tesfaye", country: "-", org: "Kenyan Athletics Federation"},
	// an open head ("chief") before lower-case nouns and a role noun opens a
	// longer title; the title is the whole phrase
	{rule: "compound-after-head", text: "Nordair cut 300 jobs. Greta Lind, the airline's chief human resources officer, said the cuts were final.",
		name: "Greta Lind", title: "chief human resources officer", country: "-"},
	{rule: "compound-after-head", text: "Nordair cut 300 jobs. Greta Lind, the airline's chief, said the cuts were final.",
		name: "Greta Lind", title: "chief", country: "-"},
	// the complement must name a body: a state's body gives its state, a
	// state or a bare name ("a historian of Russia", "a backer of Brexit")
	// gives no office
	{rule: "open-role-noun", text: "Rahel Bekele, an investigator with the Ethiopian Roads Authority, said the bridge was unsafe.",
		name: "Rahel Bekele", country: "ET"},
	{rule: "open-role-noun", text: "Seoul shares fell. Kim Min-jun, an equity strategist at Hanbit Asset Management Holdings, said investors were nervous.",
		name: "Kim Min-jun", country: "-"},
	{rule: "open-role-noun", text: "Lev Gudkov, a historian of Russia, said the war was unpopular.",
		absent: "Lev Gudkov"},
	{rule: "open-role-noun", text: "Lev Gudkov, a backer of Brexit, said the vote was fair.",
		absent: "Lev Gudkov"},
	// persons described by what happened to them, what they do privately or
	// whom they are related to are no officials, whatever the noun's ending
	{rule: "open-role-noun", text: "Maria Gomez, a lawyer for the families of the miners, said the company had ignored warnings.",
		absent: "Maria Gomez"},
	{rule: "open-role-noun", text: "John Kerr, a passenger on the ferry, said the deck was flooded.",
		absent: "John Kerr"},
	{rule: "open-role-noun", text: "Abdi Farah, a survivor of the attack, said the gunmen wore uniforms.",
		absent: "Abdi Farah"},
	{rule: "open-role-noun", text: "Ian Ford, a student at Makerere University, said the hostel had no water.",
		absent: "Ian Ford"},
	{rule: "open-role-noun", text: "Lucy Tran, a customer at the bakery, said bread prices had doubled.",
		absent: "Lucy Tran"},
	{rule: "open-role-noun", text: "Tim Roth, a supporter of the Green Party, said the result was a shock.",
		absent: "Tim Roth"},
	{rule: "open-role-noun", text: "Bonds fell, said Ben Hale, a lecturer at the University of Lille.",
		absent: "Ben Hale"},
	{rule: "open-role-noun", text: "Yangtze Power, the operator of the Three Gorges Dam, said profits rose.",
		absent: "Yangtze Power"},
	// ob4 (session 28): an open role noun right after a body the gazetteer
	// holds, before the name, is that body's office; a private person's noun
	// or a fighter's is none
	{rule: ruleOpenTitleBefore, text: "WFP procurement specialist Abel Tesfaye said the price of maize had doubled.",
		name: "Abel Tesfaye", title: "procurement specialist", country: "-", org: "WFP", outRule: ruleOpenTitleBefore},
	{rule: ruleOpenTitleBefore, text: "FBI agent Dana Whitlock said the suspect had fled.",
		name: "Dana Whitlock", title: "agent", country: "US", outRule: ruleOpenTitleBefore},
	{rule: ruleOpenTitleBefore, text: "Hamas fighter Adel Nasser said the tunnel had collapsed.",
		absent: "Adel Nasser"},
	{rule: ruleOpenTitleBefore, text: "Local farmer Adel Nasser said the well had dried up.",
		absent: "Adel Nasser"},
	// ob4 (session 28): probes of a body that is no state's in the role's own
	// complement: it is the organisation and the state stays empty though its
	// name holds a state's word or the story is about a state
	{rule: "body-not-state", text: "Ruth Banda, general secretary of the Zambia Congress of Trade Unions, said wages had fallen.",
		name: "Ruth Banda", country: "-", org: "Zambia Congress of Trade Unions"},
	{rule: "body-not-state", text: "Israel closed the crossing. Sara Levi, a spokeswoman for the Israeli Farmers Federation, said exports had stopped.",
		name: "Sara Levi", country: "-", org: "Israeli Farmers Federation"},
	{rule: "body-not-state", text: "Kenya raised fuel taxes. Joseph Mwangi, chairman of the Kenya Transporters Association, said fares would rise.",
		name: "Joseph Mwangi", country: "-", org: "Kenya Transporters Association"},
	{rule: "body-not-state", text: "Somalia's army retook the town. Ahmed Nur, a commander of the Macawisley militia, said his men had held the bridge.",
		name: "Ahmed Nur", country: "-"},
	// a state's word before a body the gazetteer holds names its national
	// branch ("the Chilean Red Cross"), no state's office; before a state's
	// own body it stays the state's
	{rule: "national-branch", text: "Pablo Ruiz, operations chief of the Chilean Red Cross, said the fires were spreading.",
		name: "Pablo Ruiz", country: "-", org: "Chilean Red Cross"},
	{rule: "national-branch", text: "Pablo Ruiz, a spokesman for the Kenya Red Cross Society, said the fires were spreading.",
		name: "Pablo Ruiz", country: "-", org: "Kenya Red Cross Society"},
	{rule: "national-branch", text: "Pablo Ruiz, head of the Chilean Navy, said the fires were spreading.",
		name: "Pablo Ruiz", country: "CL", org: "-"},
	// a state's or a city's possessive before a firm says where the firm is
	// based: the firm is the organisation; before a state's body the state
	// keeps the role
	{rule: "possessive-firm", text: "Bonds fell, said Eric Kraus, a strategist at Moscow's Sovlink Securities.",
		name: "Eric Kraus", country: "-", org: "Sovlink Securities"},
	{rule: "possessive-firm", text: "Eric Kraus, a spokesman for Russia's Gazprom, said the pipeline was shut.",
		name: "Eric Kraus", country: "-", org: "Gazprom"},
	{rule: "possessive-firm", text: "Eric Kraus, a spokesman for Russia's Federal Security Service, said the pipeline was shut.",
		name: "Eric Kraus", country: "RU"},
	{rule: "possessive-firm", text: "Eric Kraus, a spokesman for Russia's Defence Ministry, said the pipeline was shut.",
		name: "Eric Kraus", country: "RU", org: "-"},
	// ob4 (session 28): a members' body named before the role noun ("Doctors
	// Union", "Medical Association"), with a state's adjective opening its
	// name, is the organisation, in an apposition as before a name; a
	// "Wildlife Service" after a state's name may be the state's and stays
	{rule: "members-body-title", text: "Sudan's hospitals were shelled, said Omar Hamid, the Sudanese Doctors Union coordinator.",
		name: "Omar Hamid", title: "coordinator", country: "-", org: "Sudanese Doctors Union"},
	{rule: "members-body-title", text: "Sudan's hospitals were shelled. Sudanese Doctors Union coordinator Omar Hamid said two had closed.",
		name: "Omar Hamid", title: "coordinator", country: "-", org: "Sudanese Doctors Union"},
	{rule: "members-body-title", text: "Clinics closed on Monday. Ghanaian Medical Union spokesman Kofi Asante said pay was late.",
		name: "Kofi Asante", title: "spokesman", country: "-", org: "Ghanaian Medical Union"},
	{rule: "members-body-title", text: "Fares will rise, said Omar Hamid, the Ethiopian Airlines chief executive.",
		name: "Omar Hamid", title: "chief executive", country: "-", org: "Ethiopian Airlines"},
	{rule: "members-body-title", text: "Fares will rise, said Omar Hamid, the Kenya Ports Authority chief executive.",
		name: "Omar Hamid", country: "KE", org: "-"},
	{rule: "members-body-title", text: "The herd had moved, said Omar Hamid, the Kenya Wildlife Service director.",
		name: "Omar Hamid", country: "KE", org: "-"},
	{rule: "members-body-title", text: "Rates will rise, said Omar Hamid, Group Economist at Halifax.",
		name: "Omar Hamid", org: "-"},
	// a state's own body in the complement keeps the state
	{rule: "body-not-state", text: "Joseph Mwangi, chairman of the Kenya Revenue Authority, said fares would rise.",
		name: "Joseph Mwangi", country: "KE", org: "-"},
	{rule: "body-not-state", text: "Ruth Banda, permanent secretary of the Zambian Ministry of Labour, said wages had fallen.",
		name: "Ruth Banda", country: "ZM", org: "-"},
	// ob3 (session 27): a body's noun, a comma and "known as" before an
	// acronym introduce the body that "Its" then stands for; after "the" the
	// short form may be a state's body's and the state keeps the role
	{rule: "known-as-acronym", text: "Croatia suspended two coaches. The committee, known as HOO, said the athletes were safe. Its president, Ivan Horvat, said the inquiry would take a month.",
		name: "Ivan Horvat", country: "-", org: "HOO"},
	{rule: "known-as-acronym", text: "Croatia suspended two coaches. The committee, known as the HOO, said the athletes were safe. Its president, Ivan Horvat, said the inquiry would take a month.",
		name: "Ivan Horvat", country: "HR"},
	// ob3 (session 27): a name set off by ", which" is a thing's (a firm
	// the role speaks for), unless a given name opens it: a person's
	// principal stays a person
	{rule: "thing-before-which", text: "Ana Ruiz, a spokeswoman for Keller Freight Lines, which runs the depot, said no jobs would go.",
		name: "Ana Ruiz", org: "Keller Freight Lines", absent: "Keller Freight Lines"},
	{rule: "thing-before-which", text: "Ana Ruiz, a spokeswoman for President Maria Lopez, which angered rivals, said no jobs would go.",
		name: "Maria Lopez", title: "President"},
	// the same signal in a title's complement: a name that ends in a town
	// and goes on ", which runs" is the firm the role is of, no state's;
	// without it the town's state stays the role's
	{rule: "thing-before-which", text: "Ana Ruiz, a spokeswoman for Keller Freight Valencia, which runs the depot, said no jobs would go. Valencia is busy.",
		name: "Ana Ruiz", title: "spokeswoman", country: "-", org: "Keller Freight Valencia"},
	{rule: "thing-before-which", text: "Ana Ruiz, a spokeswoman for Keller Freight Valencia, said no jobs would go. Valencia is busy.",
		name: "Ana Ruiz", country: "ES"},
	// ob3 (session 27): a body's head noun alone after a title's
	// capitalised words ("... of the Popular National Movement") is no
	// person's name; a surname that is such a noun, with its given name, is
	{rule: "body-head-not-name", text: "Nadia Perez, the leader of the Popular National Movement, said the vote was rigged.",
		name: "Nadia Perez", country: "-", org: "Popular National Movement"},
	{rule: "body-head-not-name", text: "The company's founder, Tom Carrier, said sales were up.",
		name: "Tom Carrier", country: "-"},
	// ob3 (session 27): a capitalised run that is a role listed as a whole
	// phrase is a title ("Kenya's High Commissioner in London, NAME,"); the
	// phrase's first word does not make a body's name a title
	{rule: "title-as-name", text: "Kenya's High Commissioner in London, Grace Wanjiru, said the visas would be restored.",
		name: "Grace Wanjiru", title: "High Commissioner", country: "KE", absent: "High Commissioner"},
	{rule: "title-as-name", text: "Ian Shepherd, chief economist at High Frequency Analytics, said the figures were weak.",
		name: "Ian Shepherd", org: "High Frequency Analytics"},
	// ob3 (session 27): a party's one-word name after "for" in a minister's
	// portfolio is the portfolio; a spokesman "for" it speaks for the party
	{rule: "portfolio-party-word", text: "Minister for Labour Relations Anil Kumar said the law would change.",
		name: "Anil Kumar", org: "-"},
	{rule: "portfolio-party-word", text: "A spokesman for Labour, Tom Reed, said the party would vote no.",
		name: "Tom Reed", org: "Labour Party"},
	// ob3 (session 27): offices of emergency work and of an Indian
	// district, read as whole phrases ("incident manager", "disaster risk
	// reduction officer", "district collector"); their words alone are none
	{rule: "emergency-office", text: "The outbreak is slowing, said Grace Achieng, the WHO's incident manager in the region.",
		name: "Grace Achieng", title: "incident manager", org: "WHO"},
	{rule: "emergency-office", text: "The toll rose to nine, according to Rico Santos, the provincial disaster risk reduction officer in Leyte.",
		name: "Rico Santos", title: "provincial disaster risk reduction officer", country: "PH"},
	{rule: "emergency-office", text: "The factory was unlicensed, district collector R.K. Murugan said.",
		name: "R.K. Murugan", title: "district collector"},
	{rule: "emergency-office", text: "The outbreak is slowing, said Grace Achieng, who manages the clinic's incidents.",
		absent: "Grace Achieng"},
	// ob3 (session 27): a bare title guessed from the story alone, in a
	// story datelined in a town of a state that only hosts it (not its
	// capital), is the state whose towns and home affairs the story tells;
	// a capital's dateline is the writer's seat at home and keeps its state
	{rule: "scene-state", text: "GENEVA, Switzerland — Swiss diplomats opened a third week of talks between Yemen's warring parties on Monday. Switzerland has hosted two rounds before, and Switzerland pays for the venue.\nFighting around Taiz and Marib has slowed, the port of Hodeidah reopened and Yemeni hospitals got fuel, aid groups said. Switzerland says the talks will go on.\nThe government spokesman, Ali Nasser, said the delegations had agreed on prisoner lists.",
		name: "Ali Nasser", country: "YE"},
	{rule: "scene-state", text: "BERN, Switzerland — Swiss diplomats opened a third week of talks between Yemen's warring parties on Monday. Switzerland has hosted two rounds before, and Switzerland pays for the venue.\nFighting around Taiz and Marib has slowed, the port of Hodeidah reopened and Yemeni hospitals got fuel, aid groups said. Switzerland says the talks will go on.\nThe government spokesman, Ali Nasser, said the delegations had agreed on prisoner lists.",
		name: "Ali Nasser", country: "CH"},
	// fx6o (r26): a body's name that holds a possessive ("the Lakeshore
	// Boatmen's Union") is one name, the union's office; a state's body
	// before "'s" keeps the office the state's
	{rule: "possessive-body-name", text: "ACCRA (Reuters) - Ghana closed two landing beaches. The head of the Lakeshore Boatmen's Union, Kofi Mensah, said his members had lost a week of work.",
		name: "Kofi Mensah", country: "-", org: "Lakeshore Boatmen's Union"},
	{rule: "possessive-body-name", text: "ACCRA (Reuters) - Ghana closed two landing beaches. The head of the Senate's Ethics Committee, Kofi Mensah, said the members had lost a week of work.",
		name: "Kofi Mensah", country: "GH", org: "-"},
	// fx6o (r26): "Its" after a party of the gazetteer holds the party's
	// own office; a state's office the party fills stays the state's
	{rule: "its-subject-party", text: "JOHANNESBURG (Reuters) - South Africa's ruling ANC appealed for calm on Monday. Its spokesman, Sipho Ndlovu, said the party backed the police.",
		name: "Sipho Ndlovu", country: "-", org: "ANC"},
	{rule: "its-subject-party", text: "JOHANNESBURG (Reuters) - South Africa appealed for calm on Monday. Its spokesman, Sipho Ndlovu, said the government backed the police.",
		name: "Sipho Ndlovu", country: "ZA", org: "-"},
	// fx6o (r26): "Its" after a subject that names a body by its type and
	// its own name ("The farmers' group AGRIVOX said") holds that body's
	// office; a state's ministry so named does not
	{rule: "its-typed-subject", text: "NAIROBI (Reuters) - Kenya banned maize imports. The lobby group AGRIVOX said in a statement that the ban came too late. Its spokeswoman, Wanjiru Kamau, said farmers had already sold at a loss.",
		name: "Wanjiru Kamau", country: "-", org: "AGRIVOX"},
	{rule: "its-typed-subject", text: "NAIROBI (Reuters) - Kenya banned maize imports. The agriculture ministry said in a statement that the ban came in time. Its spokeswoman, Wanjiru Kamau, said farmers would be paid.",
		name: "Wanjiru Kamau", country: "KE", org: "-"},
	// fx6o (r26): "Its" after a bare "The navy said" in a story about the
	// dateline's state is that state's force, not a foreign navy named
	// later; a navy with its state written keeps it
	{rule: "its-home-force", text: "DAKAR, Senegal (Reuters) - Gunmen attacked fishing boats off Senegal near the Gambian border. The navy said it had sent three patrol boats to the coast. Its spokesman, Commander Ousmane Diallo, said the boats would stay. The Gambian navy said it had also joined the search.",
		name: "Ousmane Diallo", country: "SN"},
	{rule: "its-home-force", text: "DAKAR, Senegal (Reuters) - Gunmen attacked fishing boats off Senegal near the Gambian border. The Gambian navy said it had sent three patrol boats to the coast. Its spokesman, Commander Ousmane Diallo, said the boats would stay.",
		name: "Ousmane Diallo", country: "GM"},
	// fx6o (r26): "Its" after a body named "of" a state after its head
	// ("The Marine Safety Board of Chile") holds the state's office; a
	// body of members so named, or a firm's title, stays the body's
	{rule: "its-of-state-body", text: "SANTIAGO (Reuters) - A ferry sank off Chile. The Marine Safety Board of Chile, which is leading the inquiry, said it would report in May. Its lead investigator, Paula Rojas, said the hull had been inspected.",
		name: "Paula Rojas", country: "CL", org: "-"},
	{rule: "its-of-state-body", text: "SANTIAGO (Reuters) - A ferry sank off Chile. The Shipowners Association of Chile, which represents the operator, said it would report in May. Its lead investigator, Paula Rojas, said the hull had been inspected.",
		name: "Paula Rojas", country: "-"},
	{rule: "its-of-state-body", text: "SANTIAGO (Reuters) - A ferry sank off Chile. The Marine Insurance Council of Chile said it would pay claims in May. Its chief executive, Paula Rojas, said the hull had been insured.",
		name: "Paula Rojas", country: "-"},
	// fx6o (r26): "company spokeswoman NAME said" after a firm that opens
	// the sentence: the firm's office; a state's title there is not
	{rule: "typed-title-subject", text: "LIMA (Reuters) - Protesters blocked the airport in Cusco. Andes Airways cancelled all flights until Friday, company spokeswoman Rosa Quispe said.",
		name: "Rosa Quispe", country: "-", org: "Andes Airways"},
	{rule: "typed-title-subject", text: "LIMA (Reuters) - Protesters blocked the airport in Cusco. Andes Airways cancelled all flights until Friday, police spokeswoman Rosa Quispe said.",
		name: "Rosa Quispe", country: "PE", org: "-"},
	{rule: "typed-title-subject", text: "LIMA (Reuters) - Protesters blocked the airport in Cusco. Andes Airways cancelled all flights until Friday, union spokeswoman Rosa Quispe said.",
		name: "Rosa Quispe", country: "-", org: "-"},
	// fx6o (r26): "the agency's" after "The UN food agency, WFP," is WFP's
	{rule: "org-after-description", text: "N'DJAMENA (Reuters) - Floods hit Chad. The UN food agency, WFP, said 40,000 people needed help. \"Roads are cut,\" said Ines Laurent, the agency's deputy director in Chad.",
		name: "Ines Laurent", country: "-", org: "WFP"},
	{rule: "org-after-description", text: "N'DJAMENA (Reuters) - Floods hit Chad. The Chadian relief agency said 40,000 people needed help. \"Roads are cut,\" said Ines Laurent, the agency's deputy director in Mongo.",
		name: "Ines Laurent", country: "TD", org: "-"},
	// fx6o (r26): "the agency's" after "UNICEF said" stands for the
	// nearest body of the gazetteer of a kind "agency" may name; a
	// state's agency named there keeps the office the state's
	{rule: "kind-org-back", text: "BEIRUT (Reuters) - Clashes hit the border. UNICEF said 3,000 children had fled. \"Schools are shut,\" said Lena Aberg, the agency's deputy representative in Lebanon.",
		name: "Lena Aberg", country: "-", org: "UNICEF"},
	{rule: "kind-org-back", text: "WASHINGTON (Reuters) - Storms hit Texas. FEMA said 3,000 people had fled. \"Roads are shut,\" said Lena Aberg, the agency's deputy administrator in Texas.",
		name: "Lena Aberg", country: "US", org: "-"},
	// fx6o (r26): two names joined by a slash, one a body of the
	// gazetteer, name one body ("the ADR/M23")
	{rule: "slash-joined-org", text: "GOMA (Reuters) - Fighting resumed in Congo. Jean Kasereka, a spokesman for the ADR/M23, said the rebels held the road.",
		name: "Jean Kasereka", country: "-", title: "spokesman"},
	{rule: "slash-joined-org", text: "GOMA (Reuters) - Fighting resumed in Congo. Jean Kasereka, a spokesman for the Interior Ministry, said the rebels held the road.",
		name: "Jean Kasereka", country: "CD"},
	// fx6o (r26): "at the vessel's operator, Skarvik Shipping," names the
	// firm whose office the title is
	{rule: "company-after-description", text: "MANAMA (Reuters) - Gulf navies escorted tankers. Lena Brandt, head of safety at the tanker's operator, Skarvik Shipping, said voyages had resumed.",
		name: "Lena Brandt", country: "-", org: "Skarvik Shipping"},
	{rule: "company-after-description", text: "MANAMA (Reuters) - Gulf navies escorted tankers. Lena Brandt, head of safety at the tanker's operator, said voyages had resumed.",
		name: "Lena Brandt", country: "-", org: "-"},
	// fx6o (r26): a legislator "from the opposition Civic Alliance" sits
	// for a bloc the gazetteer lacks; the seat stays the state's
	{rule: "seat-party-like-name", text: "YEREVAN (Reuters) - Armenia cut the garrison. Aram Petrosyan, a lawmaker from the opposition Civic Alliance, accused the government of weakness.",
		name: "Aram Petrosyan", country: "AM"},
	{rule: "seat-party-like-name", text: "YEREVAN (Reuters) - Armenia cut the garrison. Aram Petrosyan, a hiker from the Civic Alliance, accused the government of weakness.",
		absent: "Aram Petrosyan"},
	// fx6o (r26): "a hydrologist and spokesman for the agency": the
	// occupation before "and" is stepped over; no role after it, no title
	{rule: "occupation-and-role", text: "TOKYO (Reuters) - Rain hit Japan. The Japan Meteorological Agency issued a warning. \"The clouds stalled,\" said Kenji Sato, a hydrologist and spokesman for the agency.",
		name: "Kenji Sato", title: "spokesman", country: "JP"},
	{rule: "occupation-and-role", text: "TOKYO (Reuters) - Rain hit Japan. Kenji Sato, a farmer and father of three, said his fields were flooded.",
		absent: "Kenji Sato"},
	// fx6o (r26): words of the data: a clan's spokesman, a firm's country
	// manager, the lead investigator, a national legislature by its own
	// name
	{rule: "fx6o-data", text: "BEIRUT (Reuters) - Clans clashed on the border. Ali Zeitar, a spokesman for the Zeitar clan, told Reuters the families would not leave.",
		name: "Ali Zeitar", country: "-", org: "Zeitar clan"},
	{rule: "fx6o-data", text: "PORT VILA (Reuters) - Rioters burned a depot. Coral Bay Timber's country manager, David Chen, said work had stopped.",
		name: "David Chen", country: "-", org: "Coral Bay Timber"},
	{rule: "fx6o-data", text: "WARSAW (Reuters) - Poland bought tanks. Anna Nowak, chair of the Sejm's defence committee, said the deal was sound.",
		name: "Anna Nowak", country: "PL"},
	// sk2: more of a firm's chief officers as whole titles ("chief risk
	// officer"); "Colonel General", a rank written out, leaves the title
	// before the comma to the person
	{rule: ruleApposition, text: "Hannah Kovac, the insurer's chief risk officer, said claims had doubled.",
		name: "Hannah Kovac", title: "chief risk officer"},
	{rule: ruleApposition, text: "Hannah Kovac, who manages risk at the insurer, said claims had doubled.",
		absent: "Hannah Kovac"},
	{rule: ruleTitleComma, text: "Armenia's defence minister, Colonel General Aram Sarkisyan, said the drills would last a week.",
		name: "Aram Sarkisyan", country: "AM"},
	{rule: ruleTitleComma, text: "A keen chess player, Colonel General Aram Sarkisyan said the drills would last a week.",
		name: "Aram Sarkisyan", title: "Colonel General"},
	// ob1 (session 25): "of the ethics committee" after "the
	// confederation's ethics committee": the committee of a body that is no
	// state's; a parliament's committee stays the state's
	{rule: "owned-phrase-back", text: "KUALA LUMPUR (Reuters) - Malaysia hosted the vote. Razak said he would ask the federation's appeals committee to look at the ballots. The chairman of the appeals committee, Australian lawyer Jane Moss, said two complaints had been received.",
		name: "Jane Moss", country: "-"},
	{rule: "owned-phrase-back", text: "KUALA LUMPUR (Reuters) - Malaysia hosted the vote. Razak said he would ask the federation's appeals committee to look at the ballots. Jane Moss, chairman of the appeals committee, said two complaints had been received.",
		name: "Jane Moss", country: "-"},
	{rule: "owned-phrase-back", text: "KUALA LUMPUR (Reuters) - Malaysia hosted the vote. Razak said he would ask the parliament's appeals committee to look at the ballots. Jane Moss, chairman of the appeals committee, said two complaints had been received.",
		name: "Jane Moss", country: "MY"},
	// ob1 (session 25): "Its" after a state's body named for a place
	// inside the state holds the state's office, even a title a company
	// also has; a company so named keeps its own
	{rule: "its-local-state-body", text: "LAGOS (Reuters) - A building collapsed in Lagos, killing nine, Nigerian officials said. Ghana sent condolences to Nigeria and to Ghana's own traders.\nThe building had been approved for four floors, according to the Lagos State Building Control Agency. Its general manager, Bola Adeyemi, said the developer had ignored orders.",
		name: "Bola Adeyemi", country: "NG"},
	{rule: "its-local-state-body", text: "LAGOS (Reuters) - A building collapsed in Lagos, killing nine, Nigerian officials said. Ghana sent condolences to Nigeria and to Ghana's own traders.\nThe building had been approved for four floors, according to the Lagos Builders Company. Its general manager, Bola Adeyemi, said the developer had ignored orders.",
		name: "Bola Adeyemi", country: "-", org: "Lagos Builders Company"},
	// ob1 (session 25): a body that is no state's, named as the scene
	// that opens the sentence right before a title, holds the office
	{rule: "scene-body", text: "Ghana sent troops to Bawku after clashes. At the Tamale Baptist Hospital, the medical director, Dr. Abena Mensah, said staff were working with armed escorts.",
		name: "Abena Mensah", country: "-", org: "Tamale Baptist Hospital"},
	{rule: "scene-body", text: "Ghana sent troops to Bawku after clashes. At the Tamale Baptist Hospital, medical director Abena Mensah said staff were working with armed escorts.",
		name: "Abena Mensah", country: "-", org: "Tamale Baptist Hospital"},
	{rule: "scene-body", text: "Ghana sent troops to Bawku after clashes. At the Ministry of Health, the director, Dr. Abena Mensah, said staff were working with armed escorts.",
		name: "Abena Mensah", country: "GH", org: "-"},
	// ob1 (session 25): a list of states after "from" says where people
	// come from, not whose office the title after it is; one state after
	// "from" still may
	{rule: "origin-list", text: "TUNIS (Reuters) - Tunisia's coast guard recovered 12 bodies off Sfax on Monday.\nEight people were rescued, most of them from Mali, Guinea and Senegal, spokesman Karim Haddad said.",
		name: "Karim Haddad", country: "TN"},
	{rule: "origin-list", text: "DAKAR (Reuters) - Senegal's navy recovered 12 bodies on Monday.\nEight people were rescued, most of them from Mali, Guinea and Tunisia, spokesman Karim Haddad said.",
		name: "Karim Haddad", country: "SN"},
	{rule: "origin-list", text: "TUNIS (Reuters) - Tunisia's coast guard recovered 12 bodies off Sfax on Monday.\nA delegation from Senegal will visit the port next week, spokesman Karim Haddad said.",
		name: "Karim Haddad", country: "SN"},
	// ob1 (session 25): "Its" after "The NOUN says" stands for the state's
	// body the noun refers back to ("Peru's National Institute ... The
	// institute"), not the state the story is datelined in
	{rule: "its-noun-back", text: "SANTIAGO, Chile (AP) - Floods in Chile killed 30 people, officials in Chile said on Monday. Chile sent helicopters to the north of Chile.\nA landslide buried a border village near a camp of Peru's National Institute of Civil Defence. The institute says 12 people are missing. Its director, Rosa Quispe, said the search would go on.",
		name: "Rosa Quispe", country: "PE"},
	{rule: "its-noun-back", text: "SANTIAGO, Chile (AP) - Floods in Chile killed 30 people, officials in Chile said on Monday. Chile sent helicopters to the north of Chile.\nA landslide buried a border village near a camp of Peru's National Institute of Civil Defence. The army says 12 people are missing. Its director, Rosa Quispe, said the search would go on.",
		name: "Rosa Quispe", country: "CL"},
	// ob1 (session 25): a frame "In STATE," may open the paragraph before
	// a title that opens its own, when no other state is named after it and
	// the title's sentence is set nowhere else
	{rule: "frame-paragraph-before", text: "PORT-AU-PRINCE, Haiti (AP) - Salvadoran engineers landed in Haiti on Monday to join the force fighting gangs in Haiti.\nIn El Salvador, the deployment was praised as a sign of the country's standing. The government says its soldiers will not fight.\nDefence Minister Carlos Ruiz said more engineers could follow in January.",
		name: "Carlos Ruiz", country: "SV"},
	{rule: "frame-paragraph-before", text: "PORT-AU-PRINCE, Haiti (AP) - Salvadoran engineers landed in Haiti on Monday to join the force fighting gangs in Haiti.\nIn El Salvador, the deployment was praised as a sign of the country's standing. The government says its soldiers will not fight.\nDefence Minister Carlos Ruiz said more engineers could follow in Port-au-Prince.",
		name: "Carlos Ruiz", country: "HT"},
	{rule: "frame-paragraph-before", text: "PORT-AU-PRINCE, Haiti (AP) - Salvadoran engineers landed in Haiti on Monday to join the force fighting gangs in Haiti.\nIn El Salvador, the deployment was praised as a sign of the country's standing. Haiti's government says its soldiers will not fight.\nDefence Minister Carlos Ruiz said more engineers could follow.",
		name: "Carlos Ruiz", country: "HT"},
	// ob1 (session 25): a body's noun, then "in" or "at" and a name: where
	// the body sits, not a state's office; one bare noun is the role's own
	{rule: "body-served-in", text: "Italy's heat killed ten. Marco Ferri, regional secretary of the dockers' union in Genoa, said the port should close at noon.",
		name: "Marco Ferri", country: "-"},
	{rule: "body-served-in", text: "Italy's heat killed ten. Marco Ferri, regional director of the health ministry in Genoa, said the port should close at noon.",
		name: "Marco Ferri", country: "IT"},
	{rule: "body-served-in", text: "Chile's mines ministry ordered an inquiry. The head of the dockers' union at Puerto Montt, Rosa Vergara, said the cranes were unsafe.",
		name: "Rosa Vergara", country: "-"},
	{rule: "body-served-in", text: "Chile's mines ministry ordered an inquiry. The head of mission in Puerto Montt, Rosa Vergara, said the cranes were unsafe.",
		name: "Rosa Vergara", country: "CL"},
	// ob1 (session 25): "and" between capitals inside a body's name that a
	// state's name opens
	{rule: "demonym-body-and", text: "Tea prices fell in Kenya. The chairman of the Kenya Tea Growers and Packers Association, Joseph Kamau, said exports had slowed.",
		name: "Joseph Kamau", country: "-", org: "Kenya Tea Growers and Packers Association"},
	{rule: "demonym-body-and", text: "Tea prices fell in Kenya. The chairman of the Kenya Ports and Harbours Authority, Joseph Kamau, said exports had slowed.",
		name: "Joseph Kamau", country: "KE", org: "-"},
	// ob1 (session 25): a state's institution named after the state ("the
	// Rwanda Defence Force") makes the office the state's, wherever the
	// story is datelined; a body so named does not
	{rule: "state-institution-after", text: "PEMBA, Mozambique (Reuters) - Mozambique's army and Rwanda's soldiers fought in Mozambique's Cabo Delgado province. Colonel Eric Ndayisaba, who speaks for the Rwanda Defence Force, said the aircraft had landed.",
		name: "Eric Ndayisaba", country: "RW"},
	{rule: "state-institution-after", text: "PEMBA, Mozambique (Reuters) - Mozambique's army and Rwanda's soldiers fought in Mozambique's Cabo Delgado province. Eric Ndayisaba, a spokesman for the Rwanda Football Federation, said the match had been moved.",
		name: "Eric Ndayisaba", country: "-", org: "Rwanda Football Federation"},
	// ob1 (session 25): "their" in the attribution after a quote that opens
	// the sentence stands for the subject of the sentence before; a party
	// named with a state's adjective is still a party
	{rule: "their-after-quote", text: "Holyrood debated the ferries. The Scottish Liberal Democrats said ministers should publish the review. \"We are tired of waiting,\" said their leader, Fiona Baird.",
		name: "Fiona Baird", country: "-", org: "Scottish Liberal Democrats"},
	{rule: "their-after-quote", text: "Holyrood debated the ferries. Scottish ministers said they would publish the review soon. \"We are tired of waiting,\" said their leader, Fiona Baird.",
		name: "Fiona Baird", country: "GB", org: "-"},
	// ob1 (session 25): "its" after a name set off as an apposition to a
	// phrase headed by a body's noun ("one of the armed groups ..., the X,")
	{rule: "typed-apposition-its", text: "Papua New Guinea sent troops. One of the armed groups in the hills, the Kopani Hill Boys, agreed to hand in weapons. Its commander, Peter Mosi, said the guns would be counted.",
		name: "Peter Mosi", country: "-", org: "Kopani Hill Boys"},
	{rule: "typed-apposition-its", text: "Papua New Guinea sent troops. One of the towns in the hills, the Kopani Highlands, voted to hand in weapons. Its governor, Peter Mosi, said the guns would be counted.",
		name: "Peter Mosi", country: "PG", org: "-"},
	// ob1 (session 25): an observatory is a body, even one a state's name
	// opens
	{rule: "observatory-body", text: "Zambia's copper exports rose. A study by the Zambia Mining Observatory, a research group, said the royalties had not been paid. Its director, Grace Mwansa, said an audit was needed.",
		name: "Grace Mwansa", country: "-", org: "Zambia Mining Observatory"},
	{rule: "observatory-body", text: "Zambia's copper exports rose. A study by the Zambia Mining Ministry, published on Monday, said the royalties had not been paid. Its director, Grace Mwansa, said an audit was needed.",
		name: "Grace Mwansa", country: "ZM", org: "-"},
	// ob1 (session 25): a name headed by the plural of a noun of people
	// before "of PLACE" is its members' body, not the place's office
	{rule: "people-named-body", text: "Ontario's hospitals are full. Karen Lowe, president of the United Teachers of Ontario, said the strike would go ahead.",
		name: "Karen Lowe", country: "-", org: "United Teachers of Ontario"},
	{rule: "people-named-body", text: "Ontario's hospitals are full. The president of the United Teachers of Ontario, Karen Lowe, said the strike would go ahead.",
		name: "Karen Lowe", country: "-", org: "United Teachers of Ontario"},
	{rule: "people-named-body", text: "Ontario's hospitals are full. Karen Lowe, the minister of health of Ontario, said the strike would go ahead.",
		name: "Karen Lowe", country: "CA", org: "-"},
	// ob1 (session 25): the speaker of a quote that opens its sentence
	// speaks for the body whose possessive opened the sentence before
	{rule: "speaker-after-quote", text: "Chad's army denied the raid. The World Health Organization's office in Geneva called for an inquiry. \"The clinic was clearly marked,\" spokeswoman Lina Haddad said.",
		name: "Lina Haddad", country: "-", org: "WHO"},
	{rule: "speaker-after-quote", text: "Chad's army denied the raid. The army's command in N'Djamena called for an inquiry. \"The clinic was clearly marked,\" spokeswoman Lina Haddad said.",
		name: "Lina Haddad", country: "TD", org: "-"},
	// ob1 (session 25): "his spokesman" serves the titled person named just
	// before: a body's head's spokesman is the body's, a state's official's
	// the state's, not the state the sentence before names
	{rule: "possessive-principal", text: "Syria protested. UN Secretary-General António Guterres called the strike a breach of the truce. \"Both sides must hold their fire,\" his spokesman, Rui Mendes, told reporters.",
		name: "Rui Mendes", country: "-", org: "UN"},
	{rule: "possessive-principal", text: "Syria protested. Prime Minister Benjamin Netanyahu called the Syrian shelling a breach of the truce. \"Both sides must hold their fire,\" his spokesman, David Mencer, told reporters.",
		name: "David Mencer", country: "IL", org: "-"},
	{rule: "possessive-principal", text: "Syria protested. UN Secretary-General António Guterres called the strike a breach of the truce. \"Both sides must hold their fire,\" his rival, Rui Mendes, told reporters.",
		absent: "Rui Mendes"},
	// fx3 (session 24): "The military's spokesman, Major General NAME" in
	// a story datelined elsewhere is the force the story named before,
	// even one that did not speak; a force named in the sentence wins
	{rule: "definite-force-owner", text: "HANOI (AP) - A Laotian army drone strike on a market killed 12 people on Monday.\nThe army's spokesman, Colonel Bounmy Phanthavong, said in a statement that the drone had struck a depot.",
		name: "Bounmy Phanthavong", country: "LA"},
	{rule: "definite-force-owner", text: "HANOI (AP) - A Laotian army drone strike on a market killed 12 people on Monday.\nThe Thai army's spokesman, Colonel Anan Srisuk, said in a statement that the drone had struck a depot.",
		name: "Anan Srisuk", country: "TH"},
	// fx3 (session 24): an armed group's legislator holds a seat in the
	// state's parliament, as a party's does; its other roles are the
	// group's alone
	{rule: "armed-group-seat", text: "Lebanon's cabinet met on Monday. Hassan Fadlallah, a Hezbollah member of parliament, said the talks had failed.",
		name: "Hassan Fadlallah", country: "LB", org: "Hezbollah"},
	{rule: "armed-group-seat", text: "Lebanon's cabinet met on Monday, and Lebanon's army moved south. Israel kept its troops on the hills. Hezbollah lawmaker Hassan Fadlallah said the talks had failed.",
		name: "Hassan Fadlallah", country: "LB", org: "Hezbollah"},
	{rule: "armed-group-seat", text: "Lebanon's cabinet met on Monday. Hassan Fadlallah, a Hezbollah commander, said the talks had failed.",
		name: "Hassan Fadlallah", country: "-", org: "Hezbollah"},
	// fx3 (session 24): "who speaks for" a body states its spokesman's
	// role, as "who heads" states its head's; speaking for people or in a
	// language states none
	{rule: "speaks-for", text: "Peru's army said the ambush killed four. Rosa Quispe Huamán, who speaks for the ELN, said the target had been the army.",
		name: "Rosa Quispe Huamán", title: "spokesman", org: "ELN"},
	{rule: "speaks-for", text: "Peru's army said the ambush killed four. Rosa Quispe Huamán, who speaks for the farmers of the valley, said the target had been the army.",
		absent: "Rosa Quispe Huamán"},
	{rule: "speaks-for", text: "Peru's army said the ambush killed four. Rosa Quispe Huamán, who speaks Quechua, said the target had been the army.",
		absent: "Rosa Quispe Huamán"},
	// fx3 (session 24): "ombudswoman" is an office as "ombudsman" is
	{rule: "ombudswoman", text: "Peru's ombudswoman, Rosa Quispe Huamán, said the warning had been issued in May.",
		name: "Rosa Quispe Huamán", title: "ombudswoman", country: "PE"},
	{rule: "ombudswoman", text: "Rosa Quispe Huamán, who sued the ombudswoman, said the warning had been issued in May.",
		absent: "Rosa Quispe Huamán"},
	// fx3 (session 24): an acronym that opens a longer name after "for"
	// is a word of a body's name ("SOS Humanity"); a bare acronym may be a
	// state's police and stays no body
	{rule: "acronym-opens-body", text: "PARIS (AP) - France hosted the talks. Lena Roth, a spokeswoman for SOS Mediterranea, said the boats were full.",
		name: "Lena Roth", country: "-", org: "SOS Mediterranea"},
	{rule: "acronym-opens-body", text: "PARIS (AP) - France hosted the talks. Lena Roth, a spokeswoman for SOS, said the boats were full.",
		name: "Lena Roth", org: "-"},
	// of3: a title before a comma, then a description of the person ("The
	// head of UNMISS, the Namibian diplomat NAME,"): the body's office is
	// the most specific, and makes the nationality no state's office
	{rule: "title-then-description", text: "Fighting spread in Upper Nile. The head of UNMISS, the Ghanaian diplomat Kofi Asante-Mensah, told reporters that patrols were cut.",
		name: "Kofi Asante-Mensah", country: "-", org: "UNMISS"},
	{rule: "title-then-description", text: "Attacks rose near Goma. The head of MONUSCO, the Senegalese diplomat Awa Diop Sarr, said convoys would resume.",
		name: "Awa Diop Sarr", country: "-", org: "MONUSCO"},
	{rule: "title-then-description", text: "Talks resumed in Nairobi. The mediator, the Ghanaian diplomat Kofi Asante-Mensah, said progress was slow.",
		name: "Kofi Asante-Mensah", country: "GH", org: "-"},
	{rule: "title-then-description", text: "Talks resumed in Nairobi. After the vote, the Ghanaian diplomat Kofi Asante-Mensah said progress was slow.",
		name: "Kofi Asante-Mensah", title: "diplomat", country: "GH", org: "-"},
	// of3: a firm named after its trade, after the city it is based in
	// ("at the Munich carmaker Aurelis") is the office's body; the city
	// names no state
	{rule: "firm-by-trade", text: "Car sales slowed across Europe. Jonas Weidlich, the head of sales at the Munich carmaker Aurelis, said demand had weakened.",
		name: "Jonas Weidlich", country: "-", org: "Aurelis"},
	{rule: "firm-by-trade", text: "Polish banks reported lower profits. Marta Krol, the chief financial officer at the Warsaw lender Pekabank, said margins would narrow.",
		name: "Marta Krol", title: "chief financial officer", country: "-", org: "Pekabank"},
	{rule: "firm-by-trade", text: "Iron ore prices fell in Asia. Tomas Berg, a spokesman for the miner Nordmalm, said output would hold.",
		name: "Tomas Berg", country: "-", org: "Nordmalm"},
	{rule: "firm-by-trade", text: "Floods hit Bavaria. Kurt Maier, the mayor of Munich, said roads were closed.",
		name: "Kurt Maier", country: "DE", org: "-"},
	{rule: "firm-by-trade", text: "Talks opened in Geneva. Kurt Maier, a spokesman for the Geneva talks mediator Anna Vogt, said progress was slow.",
		name: "Kurt Maier", org: "-"},
	// os2: an office "of" a programme whose name holds no state is the
	// programme's, a body's, no state's; a state's programme keeps it
	{rule: "programme-body", text: "Caspian states met in Baku to set sturgeon quotas. Russia and Kazakhstan disagreed. Elena Petrova Orlova, coordinator of the Caspian Environment Programme, said a new survey was needed.",
		name: "Elena Petrova Orlova", title: "coordinator", country: "-", org: "Caspian Environment Programme"},
	{rule: "programme-body", text: "Peru and Bolivia argued over the lake. Rosa Quispe Mamani, coordinator of the Titicaca Water Programme, said levels had fallen.",
		name: "Rosa Quispe Mamani", country: "-"},
	{rule: "programme-body", text: "Measles cases rose in Nigeria. Amina Yusuf Bello, director of the Nigerian Immunisation Programme, said vaccines ran short.",
		name: "Amina Yusuf Bello", country: "NG"},
	{rule: "programme-body", text: "Drought spread across Kenya. Peter Otieno Wafula, head of the Kenya Drought Relief Programme, said rains had failed.",
		name: "Peter Otieno Wafula", country: "KE"},
	// os2: a state's possessive and lower-case sector words before
	// "organisation" make it the state's agency; a members' plural
	// possessive or a superlative leaves it a body that is no state's
	{rule: "sector-organisation", text: "Fishermen in the Gulf complained about the new limits. Reza Karimi Nasab, head of Iran's fisheries organisation, said the stocks had recovered.",
		name: "Reza Karimi Nasab", country: "IR"},
	{rule: "sector-organisation", text: "The planning talks resumed in Dhaka. The chief of Bangladesh's space research organisation, Shahid Hasan Mollah, said the satellite would launch in May.",
		name: "Shahid Hasan Mollah", country: "BD"},
	{rule: "sector-organisation", text: "Wages stalled across the Gulf. Reza Karimi Nasab, the head of Kuwait's largest employers' organisation, said the law was unfair.",
		name: "Reza Karimi Nasab", country: "-"},
	{rule: "sector-organisation", text: "Wages stalled across the Gulf. The head of Kuwait's biggest charity organisation, Reza Karimi Nasab, said donations fell.",
		name: "Reza Karimi Nasab", country: "-"},
	// os3: an apposition of a state's adjective and a role noun right
	// after a titled name gives the officer's own state over the host's;
	// a nationality with no role noun leaves the host's
	{rule: "nationality-apposition", text: "TAPA, Estonia — Allied troops trained near the border. Capt. Pierre Laurent, a French officer attached to the battlegroup, said the drill went well.",
		name: "Pierre Laurent", country: "FR"},
	{rule: "nationality-apposition", text: "TAPA, Estonia — Allied troops trained near the border. Col. Ian Hale, a British commander with the allied force, said the drill went well.",
		name: "Ian Hale", country: "GB"},
	{rule: "nationality-apposition", text: "TAPA, Estonia — Allied troops trained near the border. Capt. Pierre Laurent, a French national, said the drill went well.",
		name: "Pierre Laurent", country: "EE"},
	// of2: "ROLE of the ADJ unit" after a titled name: the unit's state is
	// the officer's over the story's; no role noun, or a place's name
	// ("British Columbia"), leaves the story's
	{rule: "role-of-state-unit", text: "DARWIN, Australia — The Australian navy tracked a survey ship near the reef. Commander Mark Ellis, captain of the British destroyer HMS Dauntless, said his crew had seen it too.",
		name: "Mark Ellis", country: "GB"},
	{rule: "role-of-state-unit", text: "DARWIN, Australia — The Australian navy tracked a survey ship near the reef. British sailors saw it too. Lt. Cmdr. Sarah Quinn, the commander of the Canadian frigate HMCS Halifax, agreed.",
		name: "Sarah Quinn", country: "CA"},
	{rule: "role-of-state-unit", text: "DARWIN, Australia — The Australian navy tracked a survey ship near the reef. Commander Ian Ross, an admirer of the British navy, said it had left.",
		name: "Ian Ross", country: "AU"},
	{rule: "role-of-state-unit", text: "VANCOUVER, Canada — Ferries were cancelled on Tuesday. Captain Ann Lee, commander of the British Columbia ferry fleet, said storms were to blame.",
		name: "Ann Lee", country: "CA"},
	// os3: a superlative and a firm's trade noun after a state's
	// possessive make a firm, no state's; an agency's noun, or a firm's
	// noun with no superlative, keep the state
	{rule: "ranked-firm", text: "Harvests fell across the plains. Olena Bondar, chief executive of Ukraine's biggest sunflower oil exporter, said prices would rise.",
		name: "Olena Bondar", country: "-"},
	{rule: "ranked-firm", text: "Harvests fell across the plains. The director of Brazil's leading steel producer, Carlos Menezes, said prices would rise.",
		name: "Carlos Menezes", country: "-"},
	{rule: "ranked-firm", text: "Harvests fell across the plains. Olena Bondar, head of Ukraine's grain inspection service, said prices would rise.",
		name: "Olena Bondar", country: "UA"},
	{rule: "ranked-firm", text: "Harvests fell across the plains. Olena Bondar, director of Ukraine's state grain agency, said prices would rise.",
		name: "Olena Bondar", country: "UA"},
	// os2: an acronym in or just before the title that the story spells
	// out as a name holding a state and a state's institution ("Forces",
	// "Army") is that state's force; with a rebel's word in the name it is
	// an armed group's, no state's
	{rule: "acronym-force", text: "Under the deal, the South Sudan People's Defence Forces (SSPDF) will pull back from Nasir. Ugandan troops will leave Juba. The SSPDF spokesman, Major General Lul Ruai Koang, said the army would comply.",
		name: "Lul Ruai Koang", country: "SS"},
	{rule: "acronym-force", text: "The Armed Forces of the Philippines (AFP) and US marines began drills in Luzon. Japan sent observers. The AFP spokesperson, Colonel Maria Santos Reyes, said 5,000 troops took part.",
		name: "Maria Santos Reyes", country: "PH", org: "-"},
	{rule: "acronym-force", text: "The Sudan Liberation Army (SLA) seized the town on Monday. Chad closed its border. An SLA commander, Colonel Adam Ishaq Yahya, said the army had fled.",
		name: "Adam Ishaq Yahya", country: "-", org: "SLA"},
	{rule: "acronym-force", text: "The Ugandan Red Cross Society (URCS) sent tents to the camps. Kenya sent trucks. The URCS spokeswoman, Irene Nakasiita Auma, said 300 families were sheltered.",
		name: "Irene Nakasiita Auma", country: "-"},
	// os2: "their" before a party's own office stands for the subject of
	// the sentence before when it names a party by its members in the
	// plural: the party's office, no state's
	{rule: "their-party", text: "Denmark's coalition talks stalled on Tuesday. The opposition Social Democrats said they would not back the rail plan. Their finance spokesman, Mette Kjaer Holm, said the budget was too thin.",
		name: "Mette Kjaer Holm", title: "finance spokesman", country: "-", org: "Social Democrats"},
	{rule: "their-party", text: "Finland's government fell on Tuesday. The Greens said they would not join a new coalition. Their parliamentary leader, Aino Kallio Virta, said the climate law had been betrayed.",
		name: "Aino Kallio Virta", country: "-", org: "Greens"},
	{rule: "their-party", text: "Finland's government fell on Tuesday. Ministers said they would stay on until a new coalition was formed. Their spokeswoman, Aino Kallio Virta, said the climate law would stand.",
		name: "Aino Kallio Virta", country: "FI"},
	{rule: "their-party", text: "Protests spread across Peru on Sunday. Farmers said they would block the highways. Their leader, Hugo Quispe Mamani, said prices were too low.",
		name: "Hugo Quispe Mamani", country: "PE"},
	// os2: a consortium owns its staff's roles ("the consortium's
	// adviser"): no state's, as a company's (body_nouns.tsv)
	{rule: "consortium-owner", text: "Chile awarded the lithium contract to a group of three firms on Monday. The consortium's legal adviser, Pablo Andres Rojas, said work would start in May.",
		name: "Pablo Andres Rojas", title: "legal adviser", country: "-"},
	{rule: "consortium-owner", text: "Kenya picked a consortium led by a Chinese builder for the port. The consortium's spokeswoman, Wanjiru Kamau Njeri, said dredging begins next year.",
		name: "Wanjiru Kamau Njeri", country: "-"},
	{rule: "consortium-owner", text: "Kenya's transport ministry signed the port deal on Friday. The ministry's spokeswoman, Wanjiru Kamau Njeri, said dredging begins next year.",
		name: "Wanjiru Kamau Njeri", country: "KE"},
	// r22a: a mine or a miner owns its staff's roles as a company does
	// (body_nouns.tsv): "The mine's head of external affairs, NAME,"; a
	// ministry's head of mines stays the state's
	{rule: "mine-owner", text: "Mongolia's mining ministry ordered blasting stopped at the copper pit in Mongolia. The mine's head of external affairs, Enkhjargal Dorj Bat, said engineers would review the design.",
		name: "Enkhjargal Dorj Bat", country: "-"},
	{rule: "mine-owner", text: "Peru's energy ministry fined the gold producer in Peru. The miner's chief operating officer, Rosa Quispe Huaman, said it would appeal.",
		name: "Rosa Quispe Huaman", country: "-"},
	{rule: "mine-owner", text: "Mongolia's mining ministry ordered blasting stopped at the copper pit in Mongolia. The ministry's head of mines, Enkhjargal Dorj Bat, said engineers would review the design.",
		name: "Enkhjargal Dorj Bat", country: "MN"},
	// r22a: "Its" after a sentence that reports a body named by its type
	// ("He said the union would strike ...") is that body's, as after a
	// sentence that opens with it; a reported state organ stays the state's
	{rule: "its-reported-typed-body", text: "Mongolia's mining ministry ordered the mine shut. The ministry said Mongolia would review the deal.\nThe workers' union welcomed the order. He said the union would call a strike if wages were cut. Its deputy chairwoman, Narantuya Bold Erdene, said a complaint had been filed.",
		name: "Narantuya Bold Erdene", country: "-"},
	{rule: "its-reported-typed-body", text: "Chile's labour ministry fined the mine. Chile's regulator agreed.\nThe mine's operator appealed. She said that the company would pay if it lost. Its chief financial officer, Tomas Vial Ortega, said the fine was large.",
		name: "Tomas Vial Ortega", country: "-"},
	{rule: "its-reported-typed-body", text: "Mongolia's mining ministry ordered the mine shut. The ministry said Mongolia would review the deal.\nThe workers' union welcomed the order. He said the government would pay the wages. Its spokeswoman, Narantuya Bold Erdene, said the money was ready.",
		name: "Narantuya Bold Erdene", country: "MN"},
	// r22a: a judge two paragraphs or more after a regional court's name
	// is still that court's when "the court" refers back to it in the
	// paragraphs between; without such a reference, or after a state's
	// named court, the judge is the state's
	{rule: "intl-court-judge-far", text: "ARUSHA, Tanzania - The East African Court of Justice ruled on Thursday that Burundi breached the treaty.\nThe ruling, read by the court's registrar, was unanimous.\nThe court did not annul the vote. Justice Gerald Ochola Wanyama, who wrote the leading opinion, said the remedy lay with Burundi.",
		name: "Gerald Ochola Wanyama", country: "-", org: "East African Court of Justice"},
	{rule: "intl-court-judge-far", text: "The Caribbean Court of Justice heard the appeal on Monday.\nLawyers for the bank argued for two hours.\nThe court reserved its ruling, and Judge Winston Delroy Baptiste said it would come in May.",
		name: "Winston Delroy Baptiste", country: "-", org: "Caribbean Court of Justice"},
	{rule: "intl-court-judge-far", text: "ARUSHA, Tanzania - The East African Court of Justice ruled on Thursday that Burundi breached the treaty.\nTanzania's government said nothing, and Tanzanian lawyers were divided.\nIn Dodoma, Tanzania's parliament debated a new bill. Justice Gerald Ochola Wanyama, who chairs the law reform body, said it was overdue.",
		name: "Gerald Ochola Wanyama", country: "TZ"},
	{rule: "intl-court-judge-far", text: "ARUSHA, Tanzania - The East African Court of Justice ruled on Thursday that Burundi breached the treaty.\nIn Dar es Salaam, the High Court heard a separate case, and the court adjourned.\nJustice Gerald Ochola Wanyama said it would resume in May in Tanzania.",
		name: "Gerald Ochola Wanyama", country: "TZ"},
	// r22a: a capital opening the sentence before a bare title, with its
	// state's organ as the subject ("In Gitega, the government
	// rejected ..."), frames that state, as a state's name does; a
	// capital with anything else as subject does not
	{rule: "capital-organ-frame", text: "ARUSHA, Tanzania - The regional court ruled against Burundi on Thursday. Tanzania hosted the hearing, and Tanzania's judges sat in Arusha.\nIn Gitega, the government rejected the judgment. Justice Minister Beatrice Ndayisenga Kaze said the court had overstepped its mandate.",
		name: "Beatrice Ndayisenga Kaze", country: "BI"},
	{rule: "capital-organ-frame", text: "NAIROBI, Kenya - Kenya's court ruled on the vote in Uganda. Kenyan lawyers and Kenya's bar welcomed it.\nIn Kampala, the army deployed on the streets. Defence Minister Jacob Oboth Otim said order would be kept.",
		name: "Jacob Oboth Otim", country: "UG"},
	{rule: "capital-organ-frame", text: "ARUSHA, Tanzania - The regional court ruled against Burundi on Thursday. Tanzania hosted the hearing, and Tanzania's judges sat in Arusha.\nIn Gitega, the streets were quiet. Justice Minister Beatrice Ndayisenga Kaze said the court had overstepped its mandate.",
		name: "Beatrice Ndayisenga Kaze", country: "TZ"},
	// r22a: a title that opens with a lower-case "party" ("the party
	// spokesman", "Party chairman") is the party's own office, as "the
	// party's spokesman" is: no state's; a state's office keeps its state
	{rule: "party-noun-title", text: "MONTEVIDEO, Uruguay - Uruguay's opposition met on Sunday. The party spokesman, Diego Arrarte Sosa, said the leadership would meet on Tuesday.",
		name: "Diego Arrarte Sosa", title: "party spokesman", country: "-"},
	{rule: "party-noun-title", text: "Kenya's opposition picked a new leader in Nakuru. Party chairman John Mbadi Otieno said the vote was fair.",
		name: "John Mbadi Otieno", country: "-"},
	{rule: "party-noun-title", text: "MONTEVIDEO, Uruguay - Uruguay's opposition met on Sunday. The government spokesman, Diego Arrarte Sosa, said the cabinet would meet on Tuesday.",
		name: "Diego Arrarte Sosa", country: "UY"},
	// r22a: a party's name in the gazetteer ("Republican", "Labour")
	// followed by a capitalised body word of the same run ("Republican
	// Union", "Labour Alliance") is another party, not that one: its
	// mentions do not make the story the first party's state's
	{rule: "party-word-of-longer-name", text: "MONTEVIDEO, Uruguay - The Republican Union met in Salto on Sunday. The Republican Union chose a leader, and the Republican Union will name a cabinet. Critics of the Republican Union were muted. Interior Minister Sebastián Iturbe Lasalle said the vote was fair.",
		name: "Sebastián Iturbe Lasalle", title: "Interior Minister", country: "UY"},
	{rule: "party-word-of-longer-name", text: "Delegates of the Labour Alliance met in Port Louis. The Labour Alliance and the Labour Alliance's partners backed Mauritius's budget. Finance Minister Dharam Gokhool Ramsamy said it would pass.",
		name: "Dharam Gokhool Ramsamy", country: "MU"},
	{rule: "party-word-of-longer-name", text: "Republican Senator Thomas Hale Brennan said the Republican Party would block the bill.",
		name: "Thomas Hale Brennan", country: "US"},
	{rule: "party-word-of-longer-name", text: "The Republican leadership met on Monday. Republican Representative Anna Kowal Price said the vote would be close.",
		name: "Anna Kowal Price", country: "US"},
	// os1: a hospital or clinic owns its staff's roles ("the hospital's
	// director"): no state's, as a company's (body_nouns.tsv)
	{rule: "hospital-owner", text: "Italy's health service is short of midwives. In Pavia, the hospital's director, Lorenzo Vitale Conti, said the ward would close.",
		name: "Lorenzo Vitale Conti", title: "director", country: "-"},
	{rule: "hospital-owner", text: "Kenya's doctors are on strike. In Nakuru, the clinic's medical superintendent, Joseph Kiprono Langat, said patients were turned away.",
		name: "Joseph Kiprono Langat", country: "-"},
	{rule: "hospital-owner", text: "Italy's health service is short of midwives. In Pavia, the ministry's director, Lorenzo Vitale Conti, said the ward would close.",
		name: "Lorenzo Vitale Conti", country: "IT"},
	// os1: "the force's" after the name of a gazetteer body's force
	// (a mission, no state's) is that body's; after a state's named force
	// it stays the state's
	{rule: "mission-force-owner", text: "Israel struck targets near Tyre. The United Nations Interim Force in Lebanon said two posts were hit. Peacekeepers from Ghana and Nepal were unhurt, the force's spokesman, Andrea Tenenti Moro, said.",
		name: "Andrea Tenenti Moro", title: "spokesman", country: "-", org: "UNIFIL"},
	{rule: "mission-force-owner", text: "Gangs attacked Kenscoff. The Gang Suppression Force, authorised last year, has 900 officers. Jamaica sent 60 more, the force's deputy commander, Derrick Oduya Mwangi, said.",
		name: "Derrick Oduya Mwangi", country: "-", org: "Gang Suppression Force"},
	{rule: "mission-force-owner", text: "Israel struck targets near Tyre. The Israeli Air Force said two posts were hit. Lebanon and Syria protested, the force's spokesman, Avi Benayahu Levi, said.",
		name: "Avi Benayahu Levi", country: "IL"},
	// os1: a judge whom no place binds to a state's court, after a
	// gazetteer body's court named earlier and "the court" between, is that
	// body's: no state's (the nearest named court decides)
	{rule: "intl-court-judge", text: "The Inter-American Court of Human Rights ruled on Friday that Peru broke the convention.\nThe court's chamber, sitting in San Jose, heard the case in March. Presiding Judge Marta Elena Quiroga Paz said Peru must pay the families.",
		name: "Marta Elena Quiroga Paz", country: "-", org: "Inter-American Court of Human Rights"},
	{rule: "intl-court-judge", text: "The Caribbean Court of Justice heard the appeal on Monday. Judge Winston Delroy Baptiste said the law was void.",
		name: "Winston Delroy Baptiste", country: "-", org: "Caribbean Court of Justice"},
	{rule: "intl-court-judge", text: "The Inter-American Court of Human Rights ruled last year that Peru broke the convention.\nOn Friday, the Supreme Court in Lima heard the appeal. Judge Marta Elena Quiroga Paz said the ruling bound Peru.",
		name: "Marta Elena Quiroga Paz", country: "PE"},
	// os1: a member of a chamber called the National Assembly is not of a
	// state without one that the story names most (absent_offices.tsv)
	{rule: "national-assembly-only", text: "Russia has moved more troops to the border, and Russia says it will stay. Russian officers told Russian media the drills would go on. Park Min-seok Cho, a member of the National Assembly's defence committee, told South Korean reporters the plan was clear.",
		name: "Park Min-seok Cho", country: "KR"},
	{rule: "national-assembly-only", text: "France has moved more troops to the border, and France says it will stay. French officers told French media the drills would go on. Jean-Marc Lavigne Roux, a member of the National Assembly's defence committee, told Belgian reporters the plan was clear.",
		name: "Jean-Marc Lavigne Roux", country: "FR"},
	{rule: "national-assembly-only", text: "Russia has moved more troops to the border, and Russia says it will stay. Russian officers told Russian media the drills would go on. Ivan Petrovich Sokolov, a member of the State Duma's defence committee, told South Korean reporters the plan was clear.",
		name: "Ivan Petrovich Sokolov", country: "RU"},
	// os1: "its" after a subject that is a state's demonym before a noun
	// of its own organ ("The Mongolian contingent, which ..., Its
	// commander") stands for that state, not for the state last named
	{rule: "its-demonym-organ", text: "Rwanda has 2,700 soldiers in the country. The Mongolian contingent, which arrived in 2011, has lost two soldiers. Its new commander, Colonel Batbayar Ganbold Tsend, said the women would patrol.",
		name: "Batbayar Ganbold Tsend", title: "Colonel", country: "MN", org: "-"},
	{rule: "its-demonym-organ", text: "Kenya sent police to Haiti last year. The Jamaican government, which pledged 200 soldiers, met on Monday. Its foreign minister, Kamina Delroy Smith, said they were ready.",
		name: "Kamina Delroy Smith", title: "foreign minister", country: "JM", org: "-"},
	{rule: "its-demonym-organ", text: "Kenya sent police to Haiti last year. The Jamaican company, which won the contract, met on Monday. Its chief executive, Kamina Delroy Smith, said they were ready.",
		name: "Kamina Delroy Smith", title: "chief executive", country: "-"},
	// r20a: ", commanded by" leads a group as ", led by" does, and the
	// group's state adjective may follow "a" and stand further back: "A
	// Tanzanian contingent under the SADC flag, commanded by Colonel NAME"
	{rule: "commanded-by-state", text: "Rwanda has 4,000 soldiers in the province. A Malawian contingent under the SADC flag, commanded by Colonel Peter Banda Phiri, will stay in Palma.",
		name: "Peter Banda Phiri", title: "Colonel", country: "MW"},
	{rule: "commanded-by-state", text: "Rwanda has 4,000 soldiers in the province. The Malawian battalion, commanded by Lieutenant Colonel Peter Banda Phiri, will stay in Palma.",
		name: "Peter Banda Phiri", country: "MW"},
	{rule: "commanded-by-state", text: "Malawi has 400 soldiers in the province. A French journalist, accompanied by Colonel Peter Banda Phiri, visited Palma.",
		name: "Peter Banda Phiri", country: "MW"},
	// r20a: an epithet before a state's name at the opening of the
	// sentence before "Its" ("Neighbouring Solomon Islands") is no body's
	// name: the state is the subject
	{rule: "its-state-epithet", text: "Fiji voted on Saturday. Neighbouring Vanuatu, which votes next year, is watching closely. Its electoral commissioner, Joel Tari Natuman, is in Suva.",
		name: "Joel Tari Natuman", title: "electoral commissioner", country: "VU", org: "-"},
	{rule: "its-state-epithet", text: "Uganda voted on Saturday. Landlocked Rwanda is watching closely. Its foreign minister, Olivier Nduhungirehe Kabera, is in Kampala.",
		name: "Olivier Nduhungirehe Kabera", title: "foreign minister", country: "RW", org: "-"},
	{rule: "its-state-epithet", text: "Fiji voted on Saturday. Air Vanuatu cut its flights to Suva. Its chief executive, Joel Tari Natuman, blamed the weather.",
		name: "Joel Tari Natuman", title: "chief executive", country: "-"},
	// r20a: development banks, sports federations and NGOs of
	// organizations.tsv own their officials' roles: no state's
	{rule: "bodies-r20a", text: "Floods hit Pakistan. The Islamic Development Bank's regional director, Nurlan Bekov Aliev, said the lender would help.",
		name: "Nurlan Bekov Aliev", title: "regional director", country: "-", org: "Islamic Development Bank"},
	{rule: "bodies-r20a", text: "Fiji's rugby union is in crisis. Oceania Rugby backed the demand. Its president, Tavita Leota Ah Sam, said the board must go.",
		name: "Tavita Leota Ah Sam", title: "president", country: "-", org: "Oceania Rugby"},
	{rule: "bodies-r20a", text: "Floods hit Pakistan. Pakistan's finance minister, Aurangzeb Saleem Khawaja, met the Islamic Development Bank's team.",
		name: "Aurangzeb Saleem Khawaja", title: "finance minister", country: "PK", org: "-"},
	// r20a: a state after "to" in the sentence before "Its" is where the
	// subject sends something, no rival antecedent of "its"
	{rule: "its-past-goal", text: "The European Union sent observers to Zambia. Its head, Ana Ribeiro Costa, said the vote was calm.",
		name: "Ana Ribeiro Costa", title: "head", country: "-", org: "EU"},
	{rule: "its-past-goal", text: "The Organization of American States sent a mission to Honduras. Its head, Luis Alberto Mora, said the vote was calm.",
		name: "Luis Alberto Mora", title: "head", country: "-"},
	{rule: "its-past-goal", text: "The European Union criticised Zambia. Its president, Hakainde Mwila Banda, said the vote was calm.",
		name: "Hakainde Mwila Banda", title: "president", country: "ZM"},
	// r20a: a former office after the comma of a title that "its" gives
	// to a body ("Its chairperson, former Botswanan foreign minister NAME")
	// is held by one who acts for that body now, as after a body's named
	// title; a state's "its" or an unowned title leaves the old state
	{rule: "its-body-former", text: "The Commonwealth Observer Group gave its report. Its chairperson, former Ghanaian foreign minister Kwesi Addo Mensah, said the count was slow.",
		name: "Kwesi Addo Mensah", title: "former foreign minister", country: "-", org: "Commonwealth Observer Group"},
	{rule: "its-body-former", text: "The African Union named its special envoy for the Sahel, former Senegalese President Mamadou Sall Diouf, on Monday.",
		name: "Mamadou Sall Diouf", title: "former President", country: "-", org: "African Union"},
	{rule: "its-body-former", text: "Talks opened in Juba. The mediator, former Kenyan foreign minister John Otieno Kamau, said they went well.",
		name: "John Otieno Kamau", title: "former foreign minister", country: "KE"},
	{rule: "its-body-former", text: "Kenya sent a mission to Juba. Its head, former Kenyan foreign minister John Otieno Kamau, said the talks went well.",
		name: "John Otieno Kamau", country: "KE", org: "-"},
	// r20a: a place inside one state before "'s" and a head of a place's
	// office gives that state, not the state the story is about
	{rule: "possessive-governed-place", text: "Fires burned across Manitoba, Canada. Idaho's governor, Walter Brand Olsen, sent 30 firefighters.",
		name: "Walter Brand Olsen", title: "governor", country: "US"},
	{rule: "possessive-governed-place", text: "Floods hit Uruguay. Rio Grande do Sul's governor, Eduardo Pires Lima, sent boats.",
		name: "Eduardo Pires Lima", title: "governor", country: "BR"},
	{rule: "possessive-governed-place", text: "Floods hit India's north. Punjab's governor, Rakesh Mehra Singh, sent boats.",
		name: "Rakesh Mehra Singh", title: "governor", country: "IN"},
	// r20a: "member" with an of-phrase naming a legislature is a seat, so
	// an indefinite "A member of parliament for PLACE, NAME," names a
	// legislator as "The member ..." does; "A member of the board" does not
	{rule: "member-of-legislature", text: "Tonga's budget was passed. A member of parliament for Vava'u, Sione Fifita Mahe, said the islands were forgotten.",
		name: "Sione Fifita Mahe", title: "member of parliament", country: "TO"}, // sk20: the role as written
	{rule: "member-of-legislature", text: "Kenya's budget was passed. A member of the National Assembly for Kisumu, Peter Odhiambo Ouma, said the roads were forgotten.",
		name: "Peter Odhiambo Ouma", title: "member", country: "KE"},
	{rule: "member-of-legislature", text: "Kenya's budget was passed. A member of the audience, Peter Odhiambo Ouma, said the roads were forgotten.",
		absent: "Peter Odhiambo Ouma"},
	// r20a: "from the X party" after a legislator's title is the member's
	// party; the title and its state stand
	{rule: "seat-party-after", text: "Mozambique's budget was passed. Jorge Mabote Cossa, a member of parliament for Nampula from the Podemos party, said the north was forgotten.",
		name: "Jorge Mabote Cossa", title: "member of parliament for Nampula", country: "MZ", org: "-"},
	{rule: "seat-party-after", text: "Kenya's budget was passed. Mary Wanjiru Kamau, a lawmaker from the opposition Jubilee Party, said the north was forgotten.",
		name: "Mary Wanjiru Kamau", title: "lawmaker", country: "KE"},
	{rule: "seat-party-after", text: "Kenya's budget was passed. Mary Wanjiru Kamau, a teacher from the Jubilee Party offices, said the north was forgotten.",
		absent: "Mary Wanjiru Kamau"},
	// r20a: "reeve", the head of a Canadian rural municipality, is a role
	// noun (roles.tsv); its plural is not derived, since "Reeves" is a
	// surname
	{rule: "reeve-singular", text: "Fires neared Swift Current, Saskatchewan. In the rural municipality of Coulee, reeve Harold Brandvold Ness said crews had worked all night.",
		name: "Harold Brandvold Ness", title: "reeve", country: "CA"},
	{rule: "reeve-singular", text: "Grain prices fell in Manitoba. Walter Kosky, the reeve of the municipality, said farmers would struggle.",
		name: "Walter Kosky", title: "reeve"},
	{rule: "reeve-singular", text: "The film starred Keanu Reeves and Sandra Bullock. Reeves said the shoot had been long.",
		absent: "Sandra Bullock"},
	{rule: "reeve-singular", text: "The actor Dan Reeves said the shoot had been long.",
		absent: "Dan Reeves"},
	// fx1: an acronym the article introduced as a body that is no state's
	// ("the 3R armed group") is the body of a role "for" or "of" it
	{rule: "group-acronym-complement", text: "The 3R armed group was blamed. A spokesman for 3R, Sembe Bobo, denied it.",
		name: "Sembe Bobo", title: "spokesman", country: "-", org: "3R"},
	{rule: "group-acronym-complement", text: "The FPRC rebel coalition was blamed. The leader of FPRC, Noureddine Adam, denied it.",
		name: "Noureddine Adam", title: "leader", country: "-", org: "FPRC"},
	{rule: "group-acronym-complement", text: "The ONPE electoral office was blamed. The head of ONPE, Juan Perez, denied it.",
		name: "Juan Perez", title: "head", org: "-"},
	// fx1: a name without a given name that closes "of the" and a
	// lower-case modifier is the body the role is in, no person
	{rule: "open-of-complement", text: "Floods hit Salto. The mayor is a member of the ruling Frente Amplio.",
		absent: "Frente Amplio"},
	{rule: "open-of-complement", text: "Floods hit Salto. A member of the opposition Partido Nacional said the city was flooded.",
		absent: "Partido Nacional"},
	{rule: "open-of-complement", text: "Floods hit Salto. The head of the ruling party Juan Perez said the city was flooded.",
		name: "Juan Perez", title: "head of the ruling party"},
	{rule: "open-of-complement", text: "Floods hit Salto. He met the leader of the opposition Kemal Kilicdaroglu on Monday.",
		name: "Kemal Kilicdaroglu", title: "leader of the opposition"},
	// r19a: a title that names also carry (roles.tsv inname: "Sultan")
	// after a given name is a middle name; after a state it is the title
	{rule: "title-in-name", text: "Kuwait's deputy foreign minister, Majdi Sultan Al-Dhafiri, chaired the sessions. Al-Dhafiri said the committee would meet.",
		name: "Majdi Sultan Al-Dhafiri", title: "deputy foreign minister", country: "KW"},
	{rule: "title-in-name", text: "Oman Sultan Haitham bin Tariq met the envoys in Muscat.",
		name: "Haitham bin Tariq", title: "Sultan", country: "OM"},
	// r19a: "of" and one bare lower-case noun after a role noun stay in
	// the title ("head of delegation", "head of mission in Niger"); an
	// owned or determined noun does not
	{rule: "bare-of-noun", text: "Marta Lindqvist, the Red Cross's head of delegation for the Horn of Africa, said her teams would visit every detainee.",
		name: "Marta Lindqvist", title: "head of delegation for the Horn of Africa", country: "-"},
	{rule: "bare-of-noun", text: "Anna Berg, the EU's head of mission in Niger, said the team would stay.",
		name: "Anna Berg", title: "head of mission", country: "-"},
	{rule: "bare-of-noun", text: "Kwame Mensah, head of Ghana's mission in Lebanon, said the troops were safe.",
		name: "Kwame Mensah", title: "head", country: "GH"},
	// r19a: a weak role after a sentence-opening "Its" is owned by the body
	// or state of the sentence before, as "the mission's head" is
	{rule: "its-weak-head", text: "The Southern African Development Community sent its own mission. Its head, Hilma Amupolo Shikongo, a former foreign minister of Namibia, urged the commission.",
		name: "Hilma Amupolo Shikongo", country: "-", org: "SADC"},
	{rule: "its-weak-head", text: "Namibia sent its own mission. Its head, Hilma Amupolo Shikongo, urged the commission.",
		name: "Hilma Amupolo Shikongo", title: "head", country: "NA"},
	{rule: "its-weak-head", text: "The horse raised its head, Hilma Amupolo Shikongo said.",
		absent: "Hilma Amupolo Shikongo"},
	// r19a: a name of two words or more after a title with a complement
	// and a comma may end the sentence; one word there is no name
	{rule: "title-comma-name-at-end", text: "Turkmenistan was represented by its ambassador to Kazakhstan, Berdimurat Rejepov.",
		name: "Berdimurat Rejepov", title: "ambassador", country: "TM"},
	{rule: "title-comma-name-at-end", text: "The talks were attended by the UN envoy for Syria, Berdimurat Rejepov.",
		name: "Berdimurat Rejepov", title: "envoy", country: "-"},
	{rule: "title-comma-name-at-end", text: "The talks were attended by the UN envoy for Syria, Rejepov.",
		absent: "Rejepov"},
	// r19a: a body of the gazetteer before a portfolio noun ("affairs")
	// in a minister's title names the portfolio, and the state owns the
	// office; before another role the body owns it
	{rule: "body-portfolio-minister", text: "The Commission fined Poland. Poland's EU affairs minister, Adam Szlapka Nowak, called the fine unjust.",
		name: "Adam Szlapka Nowak", title: "EU affairs minister", country: "PL", org: "-"},
	{rule: "body-portfolio-minister", text: "Irish EU Affairs Minister Thomas Byrne Walsh said Dublin agreed.",
		name: "Thomas Byrne Walsh", title: "EU Affairs Minister", country: "IE", org: "-"},
	{rule: "body-portfolio-minister", text: "The UN humanitarian affairs chief, Tom Fletcher Grant, said aid was blocked.",
		name: "Tom Fletcher Grant", country: "-", org: "UN"},
	// r20f: "state attorney" is an office, as "district attorney" is
	{rule: "state-attorney-office", text: "DODOMA, Tanzania - Principal State Attorney Neema Juma Mwakalinga, who argued the government's case, told the court nobody was removed.",
		name: "Neema Juma Mwakalinga", title: "Principal State Attorney", country: "TZ"},
	{rule: "state-attorney-office", text: "The state attorney, Neema Juma Mwakalinga, told the court nobody was removed.",
		name: "Neema Juma Mwakalinga", title: "state attorney"},
	{rule: "state-attorney-office", text: "The state attorney hired Neema Juma Mwakalinga as an expert witness.",
		absent: "Neema Juma Mwakalinga"},
	// r20f: a relative clause between commas, which may hold a list,
	// after the body of a role's complement and before the name
	{rule: "relative-aside-before-name", text: "The secretary general of the Mano River Union, which groups Sierra Leone, Guinea, Liberia and Ivory Coast, Yusuf Koroma Jalloh, said the border commission should meet.",
		name: "Yusuf Koroma Jalloh", title: "secretary general", country: "-", org: "Mano River Union"},
	{rule: "relative-aside-before-name", text: "The chairman of Gazprom, which supplies gas to Hungary and Serbia, Alexei Borisov Miller, said the contract stood.",
		name: "Alexei Borisov Miller", title: "chairman", org: "Gazprom"},
	{rule: "relative-aside-before-name", text: "The chairman of Gazprom, which once hired Alexei Borisov Miller, said the contract stood.",
		absent: "Alexei Borisov Miller"},
	// r20f: regional intergovernmental bodies in the gazetteer: their
	// officials have the body and no state, even in a story datelined in
	// a member; an envoy to the body is still his state's
	{rule: "regional-body-gazetteer", text: "ROSEAU, Dominica - Dominica will suspend sales. The secretary general of the Organisation of Eastern Caribbean States, Desmond Alleyne Charles, said a regulator would start work.",
		name: "Desmond Alleyne Charles", country: "-", org: "OECS"},
	{rule: "regional-body-gazetteer", text: "ECCAS Secretary General Gilberto Piedade Verissimo said the summit would go ahead.",
		name: "Gilberto Piedade Verissimo", country: "-", org: "ECCAS"},
	{rule: "regional-body-gazetteer", text: "Dominica's ambassador to the Organisation of Eastern Caribbean States, Desmond Alleyne Charles, said a regulator would start work.",
		name: "Desmond Alleyne Charles", country: "DM", org: "-"},
	// r20f: in a story datelined in the state it is most about, the army of
	// an unqualified rank or "the army's" officer is that state's when its
	// force was named before, even if another state's army spoke last;
	// without the dateline the nearest army still decides
	{rule: "home-force-before", text: "FREETOWN, Sierra Leone - Two Sierra Leonean soldiers were killed, Sierra Leone's army said. Guinea's army said one of its soldiers died. \"We were attacked on our own soil,\" said Colonel Ibrahim Kanu Sesay, the army's spokesman.",
		name: "Ibrahim Kanu Sesay", country: "SL"},
	{rule: "home-force-before", text: "FREETOWN, Sierra Leone - Two Sierra Leonean soldiers were killed, Sierra Leone's army said. Guinea's army said one of its soldiers died.\nLieutenant General Musa Bangura Conteh visited the wounded in Kenema.",
		name: "Musa Bangura Conteh", country: "SL"},
	{rule: "home-force-before", text: "Two Sierra Leonean soldiers were killed, Sierra Leone's army said. Guinea's army said one of its soldiers died. \"We were attacked first,\" said Colonel Ibrahim Kanu Sesay, the army's spokesman.",
		name: "Ibrahim Kanu Sesay", country: "GN"},
	// r20f: "St." with its period inside a name, between a name's word and
	// a name word; not when "St." opens a known place ("St. Louis")
	{rule: "saint-in-name", text: "Opposition Leader Lennox St. Jean accused the government of secrecy. St. Jean spoke for an hour.",
		name: "Lennox St. Jean", title: "Opposition Leader"},
	{rule: "saint-in-name", text: "City Councilman Dominic St. Clair said the levy was unfair.",
		name: "Dominic St. Clair", title: "City Councilman"},
	{rule: "saint-in-name", text: "Health Minister Marie St. Louis said the clinic would reopen.",
		absent: "Marie St. Louis"},
	// r20f: the same after "Minister for": the body and "Affairs" name the
	// portfolio, and the state before the title owns the office; after
	// another role noun the body still owns it
	{rule: "body-portfolio-minister-for", text: "The report angered Budapest. Hungary's Minister for European Union Affairs, Tamas Redei Kovacs, called it a pamphlet.",
		name: "Tamas Redei Kovacs", title: "Minister", country: "HU", org: "-"},
	{rule: "body-portfolio-minister-for", text: "Hungarian Minister for EU Affairs Tamas Redei Kovacs called it a pamphlet.",
		name: "Tamas Redei Kovacs", title: "Minister for EU Affairs", country: "HU", org: "-"},
	{rule: "body-portfolio-minister-for", text: "EU Commissioner for Economic Affairs Paolo Gentile Rossi said the rules were clear.",
		name: "Paolo Gentile Rossi", country: "-", org: "EU"},
	{rule: "body-portfolio-minister-for", text: "The African Union's Commissioner for Political Affairs, Bankole Ade Oyelaran, said the vote was credible.",
		name: "Bankole Ade Oyelaran", country: "-", org: "African Union"},
	// r19a: in an apposition, a capitalised word with "'s" that ends the
	// name of a body named before stands for the body
	{rule: "short-body-owner-after", text: "The European Commission fined Poland. Maria Lopez, the Commission's chief spokeswoman, said the fine stood.",
		name: "Maria Lopez", title: "chief spokeswoman", country: "-", org: "European Commission"},
	{rule: "short-body-owner-after", text: "The European Commission fined Poland. Maria Lopez, the Union's chief spokeswoman, said the fine stood.",
		absent: "Maria Lopez"},
	// r19a: a former office in apposition after ", led by NAME" whose group
	// a body that is no state's owns: the person serves the body now
	{rule: "led-by-former", text: "The African Union's observer mission, led by Lebogang Tau Mokgosi, a former vice-president of Botswana, said voting had been peaceful.",
		name: "Lebogang Tau Mokgosi", title: "former vice-president", country: "-", org: "African Union"},
	{rule: "led-by-former", text: "Zambia voted. The African Union mission, headed by former Ghanaian President Kwame Osei Mensah, said the vote was calm.",
		name: "Kwame Osei Mensah", title: "former President", country: "-", org: "African Union"},
	{rule: "led-by-former", text: "The African Union observer mission is headed by Hilma Amupolo Shikongo, a former foreign minister of Namibia. Shikongo said counting was slow.",
		name: "Hilma Amupolo Shikongo", country: "-", org: "African Union"},
	{rule: "led-by-former", text: "Zambia voted. The Ghanaian delegation, headed by former President Kwame Osei Mensah, said the vote was calm.",
		name: "Kwame Osei Mensah", country: "GH", org: "-"},
	{rule: "led-by-former", text: "The head of the African Union mission, former Tanzanian prime minister Joseph Warioba Kinana, said the count was fair.",
		name: "Joseph Warioba Kinana", title: "former prime minister", country: "-", org: "African Union"},
	{rule: "led-by-former", text: "Tanzania's envoy, former prime minister Joseph Warioba Kinana, said the count was fair.",
		name: "Joseph Warioba Kinana", country: "TZ", org: "-"},
	{rule: "led-by-former", text: "The Botswana delegation, led by Kabo Seretse Molefe, a former foreign minister of Botswana, said voting had been peaceful.",
		name: "Kabo Seretse Molefe", country: "BW", org: "-"},
	{rule: "led-by-former", text: "The African Union's observer mission, led by Neo Tau Masire, Botswana's foreign minister, said voting had been peaceful.",
		name: "Neo Tau Masire", country: "BW"},
	// r18a: commas inside a list of capitalised portfolios with "and"
	// ("Minister of Transport, Works and Infrastructure, NAME,") belong to
	// the title's complement; a list of states is no portfolio
	{rule: "portfolio-list-before-comma", text: "Gambia and Senegal cut tolls. The Gambia's Minister of Transport, Works and Infrastructure, Ebrima Touray Jallow, announced the deal.",
		name: "Ebrima Touray Jallow", title: "Minister", country: "GM"},
	{rule: "portfolio-list-before-comma", text: "Tolls were cut. Kenya's Cabinet Secretary for Lands, Housing and Urban Development, Alice Wahome, announced the deal.",
		name: "Alice Wahome", title: "Cabinet Secretary", country: "KE"},
	{rule: "portfolio-list-before-comma", text: "Gambia and Senegal cut tolls. The minister for Gambia, Senegal and Mali, Alice Wahome, announced the deal.",
		absent: "Alice Wahome"},
	// r18a: a place inside one state with "'s" that opens an apposition
	// or a "who is" clause owns the title, as before the name ("NAME, who
	// is Saarland's minister-president,"); a place without "'s" stays in
	// the title ("Hamas's Gaza chief")
	{rule: "possessive-place-after", text: "Unions wanted more. Anke Vogt, who is Saarland's minister-president, said thousands of workers were affected.",
		name: "Anke Vogt", title: "minister-president", country: "DE"},
	{rule: "possessive-place-after", text: "Unions wanted more. Anke Vogt, Bavaria's premier, said thousands of workers were affected.",
		name: "Anke Vogt", title: "premier", country: "DE"},
	{rule: "possessive-place-after", text: "Israel struck the strip. Khalil Ahmad, Hamas's Gaza chief, said the talks had failed.",
		name: "Khalil Ahmad", title: "Gaza chief", country: "-", org: "Hamas"},
	// r18a: a title owned by a body's noun ("The agency's", "The
	// company's") whose state comes from "in STATE" inside it is served
	// there, held for the body: the body the noun describes in an
	// apposition ("IOM, the UN migration agency,"), or none; a state's
	// ministry keeps the state
	{rule: "served-for-owner", text: "The International Organization for Migration, the UN migration agency, said 90 migrants died. The agency's chief of mission in Haiti, Grégoire Dumont Lamy, said smugglers charged 5,000 dollars.",
		name: "Grégoire Dumont Lamy", country: "-", org: "IOM"},
	{rule: "served-for-owner", text: "Floods hit the south. The company's head of operations in Haiti, Bruno Maes, said children were at risk.",
		name: "Bruno Maes", country: "-"},
	{rule: "served-for-owner", text: "Floods hit the south. The ministry's head of operations in Haiti, Bruno Maes, said children were at risk.",
		name: "Bruno Maes", country: "HT"},
	// r18a: a place inside one state that opens the sentence as its scene
	// ("In Florida,") binds a bare title as a capital does, in a story
	// about another state; a state written with the title still wins
	{rule: "framed-place-scene", text: "NASSAU, Bahamas (AP) - At least 17 Haitian migrants drowned off the Bahamas. In Florida, the mayor of Miami-Dade County, Daniella Ruiz Castro, said local groups stood ready.",
		name: "Daniella Ruiz Castro", title: "mayor", country: "US"},
	{rule: "framed-place-scene", text: "NASSAU, Bahamas (AP) - At least 17 Haitian migrants drowned off the Bahamas. In Florida, Bahamian Consul Daniella Ruiz Castro said local groups stood ready.",
		name: "Daniella Ruiz Castro", country: "BS"},
	// r18a: a former office's state is no state of the present one
	// ("a mediator, NAME, a former President of Cape Verde,"); a former
	// role alone keeps its state
	{rule: "former-office-state", text: "Gambia and Senegal cut tolls. The ECOWAS mediator, Manuel Tavares Lopes, a former President of Cape Verde, met both ministers.",
		name: "Manuel Tavares Lopes", title: "mediator", country: "-", org: "ECOWAS"},
	{rule: "former-office-state", text: "Gambia and Senegal cut tolls. Manuel Tavares Lopes, a former President of Cape Verde, met both ministers.",
		name: "Manuel Tavares Lopes", title: "former President", country: "CV"},
	// r18a: the title that a body of the gazetteer, the subject, sends or
	// appoints ("ECOWAS also sent a mediator, NAME,") is the body's; a
	// state that sends one, or another verb, leave it to the context
	{rule: "sent-by-body", text: "BANJUL, Gambia (AFP) - Gambia cut tolls. ECOWAS also sent a mediator, Manuel Tavares Lopes, who met both ministers.",
		name: "Manuel Tavares Lopes", country: "-", org: "ECOWAS"},
	{rule: "sent-by-body", text: "BANJUL, Gambia (AFP) - Gambia cut tolls. The African Union has appointed a special envoy, Manuel Tavares Lopes, who met both ministers.",
		name: "Manuel Tavares Lopes", country: "-", org: "African Union"},
	{rule: "sent-by-body", text: "BANJUL, Gambia (AFP) - Gambia cut tolls. ECOWAS criticised the trade minister, Manuel Tavares Lopes, who met both ministers.",
		name: "Manuel Tavares Lopes", country: "GM", org: "-"},
	// r18a: "the force commander" with no state or body written, in an
	// article about a mission or peacekeepers, commands the mission's
	// force, no host's; a state's body before "force", or no mission in
	// the article, leave the state to the context
	{rule: "mission-force-commander", text: "BANGUI, Central African Republic (Reuters) - Two peacekeepers were killed near Bouar, the UN mission said. The force commander, Lieutenant General Abdourahmane Fall, flew to Bouar.",
		name: "Abdourahmane Fall", country: "-"},
	{rule: "mission-force-commander", text: "BANGUI, Central African Republic (Reuters) - Two peacekeepers were killed near Bouar, the UN mission said. Lieutenant General Abdourahmane Fall, the force commander, flew to Bouar.",
		name: "Abdourahmane Fall", country: "-"},
	{rule: "mission-force-commander", text: "BANGUI, Central African Republic (Reuters) - The army was attacked near Bouar. The force commander, Lieutenant General Abdourahmane Fall, flew to Bouar.",
		name: "Abdourahmane Fall", country: "CF"},
	{rule: "mission-force-commander", text: "BANGUI, Central African Republic (Reuters) - Two peacekeepers were killed near Bouar, the UN mission said. The police force commander, Abdourahmane Fall, flew to Bouar.",
		name: "Abdourahmane Fall", country: "CF"},
	// r18a: the other side of talks named in a phrase that opens the
	// sentence ("After talks with Australian officials,") is not the
	// official's state, and a plural title is no apposition to one
	// person; in a main clause the state may be the official's
	{rule: "talks-partner-frame", text: "NUKU'ALOFA, Tonga (AP) - Tonga will rebuild its wharf. Speaking in Canberra after talks with Australian Treasury officials, Finance Minister Ana Vaipulu said her government would not borrow.",
		name: "Ana Vaipulu", title: "Finance Minister", country: "TO"},
	{rule: "talks-partner-frame", text: "NUKU'ALOFA, Tonga (AP) - Tonga will rebuild its wharf. After talks with Australian officials, Ana Vaipulu, the finance minister, said her government would not borrow.",
		name: "Ana Vaipulu", title: "finance minister", country: "TO"},
	{rule: "talks-partner-frame", text: "Talks with Canada went on with American officials, Commerce Secretary Dominic Arsenault said.",
		name: "Dominic Arsenault", country: "US"},
	// r18a: a state or a place that qualifies a body that is no state's
	// (a union, a federation, a company) in a role's complement is the
	// body's, not the office's: "president of Luxembourg's largest trade
	// union", "The head of the Rio Grande do Sul rice growers'
	// federation,"; a state's own mission, a region, keep their state
	{rule: "state-qualified-body", text: "Unions wanted more. Nora Schiltz, president of Luxembourg's largest trade union, the OGBL, said 50 days was a step.",
		name: "Nora Schiltz", title: "president", country: "-"},
	{rule: "state-qualified-body", text: "Farm workers lost wages. The head of the Rio Grande do Sul rice growers' federation, Alexandre Kunz, said a third of the harvest was lost.",
		name: "Alexandre Kunz", title: "head", country: "-"},
	{rule: "state-qualified-body", text: "Kwame Mensah, head of Ghana's mission in Lebanon, said the troops were safe.",
		name: "Kwame Mensah", title: "head", country: "GH"},
	{rule: "state-qualified-body", text: "The governor of the Belgorod region, Vyacheslav Gladkov, said two people were hurt.",
		name: "Vyacheslav Gladkov", title: "governor", country: "RU"},
	// r16a: a body's acronym set off by commas between a title and the
	// name ("The head of the bishops' conference, CENCO, Monsignor NAME,")
	// is no person and no part of the name; "Monsignor" is a courtesy
	// honorific; a capitalised word after the title's comma that is no
	// acronym still opens the name
	{rule: "acronym-aside", text: "The head of the Catholic bishops' conference, CENCO, Monsignor Albert Kalala, urged politicians to act in Congo.",
		name: "Albert Kalala", title: "head", absent: "CENCO"},
	{rule: "acronym-aside", text: "The head of the Catholic bishops' conference, Monsignor Albert Kalala, urged politicians to act in Congo.",
		name: "Albert Kalala", title: "head"},
	// r16a: "A Commission spokeswoman, NAME," after "the European
	// Commission": the body's short name opens the indefinite title as a
	// body noun does; another capitalised word gives no body
	{rule: "indefinite-body-short-name", text: "Kyiv will ask the European Commission to act. A Commission spokeswoman, Eva Novak, said the rules allowed checks.",
		name: "Eva Novak", org: "European Commission", country: "-"},
	{rule: "indefinite-body-short-name", text: "Kyiv will ask the European Commission to act. A Harbour spokeswoman, Eva Novak, said the rules allowed checks.",
		name: "Eva Novak", org: "-"},
	// r16a: a state's adjective may stand before the noun of a body that
	// is no state's in the sentence "Its" follows ("The Ukrainian
	// hauliers' association said ... Its president"); a state's own body
	// ("The Kenyan government") keeps the state
	{rule: "its-typed-body-adjective", text: "The Ukrainian hauliers' association said its members had lost money. Its president, Volodymyr Lytko, said two drivers had died in Ukraine.",
		name: "Volodymyr Lytko", country: "-"},
	{rule: "its-typed-body-adjective", text: "The Kenyan government said it would act. Its spokesman, Isaac Mwangi, said the plan was ready.",
		name: "Isaac Mwangi", country: "KE"},
	// r16a: a portfolio's capitalised words right before a comma and a
	// name of two words are the title's, not a name ("Minister for
	// Fisheries and Marine Resources Development, NAME,"); a run with a
	// known given name before the comma is a name
	{rule: "portfolio-before-comma", text: "Kiribati's Minister for Fisheries and Marine Resources Development, Tekena Taoro, led the opposition to the draft.",
		name: "Tekena Taoro", country: "KI", absent: "Resources Development"},
	{rule: "portfolio-before-comma", text: "Tanzania's Minister for Foreign Affairs and East African Cooperation, Thabit Said Juma, said the ports would stay open.",
		name: "Thabit Said Juma", absent: "African Cooperation"},
	{rule: "portfolio-before-comma", text: "UN Special Envoy for the Great Lakes Huang Weiming, Ann Lee and two aides met the rebels.",
		name: "Huang Weiming", title: "Special Envoy for the Great Lakes"},
	// r16a: "took over" (or "has taken over") a ministry named by its
	// portfolio states the minister's office, held now; taking over
	// anything else states none
	{rule: "took-over-ministry", text: "Germany will give more aid, the ministry said. Katrin Albers, who took over the development ministry in the spring, announced the money in Berlin.",
		name: "Katrin Albers", title: "development minister", country: "DE"},
	{rule: "took-over-ministry", text: "Katrin Albers, who took over the family business in the spring, spoke in Berlin.",
		absent: "Katrin Albers"},
	// r16a: "who became" and "who will become" state a role as "who is"
	// does; what one becomes that is no role makes none
	{rule: "who-becomes", text: "Ruiz replaces Catalina Ortiz Mejía in Colombia's cabinet. Ortiz, who will become ambassador to Spain, thanked the president.",
		name: "Catalina Ortiz Mejía", title: "ambassador"},
	{rule: "who-becomes", text: "\"We pray for them,\" said Elena Rocca, who became the town's mayor in January.",
		name: "Elena Rocca", title: "mayor"},
	{rule: "who-becomes", text: "Ruiz replaces Catalina Ortiz Mejía. Ortiz, who will become a grandmother in May, thanked her staff.",
		absent: "Catalina Ortiz Mejía"},
	// r16a: "who ... as TITLE" may follow a short description in lower
	// case (", an economist who served as deputy finance minister"), and
	// "in a previous government" after a title says when, not whose; a
	// description with a role noun of its own keeps its apposition
	{rule: "described-who-as", text: "Juan Ortega resigned in Colombia. Ortega, an economist who served as deputy finance minister in a previous government, said he had left.",
		name: "Juan Ortega", title: "deputy finance minister", country: "CO"},
	{rule: "described-who-as", text: "Tom Hale, a senior official who served as mayor until 2019, said the dam leaked in Ohio.",
		name: "Tom Hale", title: "senior official"},
	{rule: "described-who-as", text: "Tom Hale, a farmer who spoke as the mayor looked on, said the dam leaked in Ohio.",
		absent: "Tom Hale"},
	// r16a: a state's possessive before a body is a role verb's object
	// as "the" before it is ("who heads Georgia's Roads Department"),
	// and gives the state; a possessive before no body names none
	{rule: "role-verb-state-object", text: "Nino Beridze, who heads Armenia's Roads Department, said the pass would reopen.",
		name: "Nino Beridze", title: "head", country: "AM"},
	{rule: "role-verb-state-object", text: "Nino Beridze, who leads Britain's team, said the race would go on.",
		absent: "Nino Beridze"},
	// ob5: a role verb's object that opens with a body-type noun's
	// possessive ("the union's branch") is a part of that body, no state's,
	// in a story that names a state; a state's own body keeps its state
	{rule: "role-verb-nonstate-owner", text: "Seoul's shipyards stopped. The Busan Dockers' Federation called the strike, and Choi Min-ho, who heads the union's Ulsan branch, said talks had failed in South Korea.",
		name: "Choi Min-ho", title: "head", country: "-"},
	{rule: "role-verb-nonstate-owner", text: "Choi Min-ho, who heads South Korea's Maritime Safety Agency, said the port was closed.",
		name: "Choi Min-ho", title: "head", country: "KR"},
	// ob5: an officer before whose name a rank stands and whose "who"
	// clause has a role verb in the present and a state's adjective before
	// a lower-case noun commands that state's unit, not the host state's;
	// "who led" says what was done once
	{rule: "led-state-unit", text: "Troops arrived in Latvia on Monday. Major Ellen Fisk, who commands the Danish rotation, said the training would last a month in Latvia.",
		name: "Ellen Fisk", country: "DK"},
	{rule: "led-state-unit", text: "Troops arrived in Latvia on Monday. Major Ellen Fisk, who led the Danish rotation, said the training would last a month in Latvia.",
		name: "Ellen Fisk", country: "LV"},
	// ob6: a title before the name (a rank) and an apposition or a "who"
	// clause after it that names a body no state owns: the body's office,
	// not the state the sentence names; a state's unit keeps its state
	{rule: "body-after-titled-name", text: "Retired Colonel Timur Bekov, chairman of the Union of Former Soldiers of Kyrgyzstan, a charity, said the parade was cancelled.",
		name: "Timur Bekov", country: "-", org: "Union of Former Soldiers of Kyrgyzstan"},
	{rule: "body-after-titled-name", text: "Colonel Timur Bekov, commander of Kyrgyzstan's mountain brigade, said the parade was cancelled.",
		name: "Timur Bekov", country: "KG"},
	{rule: "body-after-titled-name", text: "Ships docked in Tallinn on Tuesday. Captain Ulla Berg, who heads the Swedish Sailors' Association, said the visit would go on in Estonia.",
		name: "Ulla Berg", country: "-", org: "Swedish Sailors' Association"},
	{rule: "body-after-titled-name", text: "Ships docked in Tallinn on Tuesday. Captain Ulla Berg, who heads the Swedish Coast Guard, said the visit would go on in Estonia.",
		name: "Ulla Berg", country: "SE"},
	// ob6: an office of a company's staff body ("works council") is no
	// state's, whatever state the story is about; a city council's is
	{rule: "staff-body-title", text: "The steelmaker will shut a mill in Austria. Works council chairman Georg Huber said the staff had not been told.",
		name: "Georg Huber", country: "-"},
	{rule: "staff-body-title", text: "The steelmaker will shut a mill in Austria. City council chairman Georg Huber said the staff had not been told.",
		name: "Georg Huber", country: "AT"},
	// ob5: an officer lent to a multinational force, named by "its" after
	// the force, holds the force's command; fo26: the state written after
	// the name is the officer's origin, no office's (was ML)
	{rule: "mission-officer-state", text: "The Multinational Joint Task Force sent troops. Its commander, Brigadier General Amadou Keita of Mali, said the posts would hold.",
		name: "Amadou Keita", country: "-", org: "MNJTF"},
	{rule: "mission-officer-state", text: "The Multinational Joint Task Force sent troops to Mali. Its commander, Brigadier General Amadou Keita, said the posts would hold.",
		name: "Amadou Keita", country: "-", org: "MNJTF"},
	{rule: "mission-officer-state", text: "The Multinational Joint Task Force sent troops. Its commander, Brigadier General Amadou Keita, a senior Malian army officer, said the posts would hold.",
		name: "Amadou Keita", country: "-", org: "MNJTF"}, // of1 (r37b): a nationality on the service is the officer's origin (was ML)
	{rule: "mission-officer-state", text: "The Multinational Joint Task Force sent troops. Its commander, Brigadier General Amadou Keita, who commands the Malian contingent, said the posts would hold.",
		name: "Amadou Keita", country: "ML"}, // of1: a state's unit he leads keeps its state
	// ob5: a place named between a body noun's possessive and the title is
	// where the office is served; the body holds it
	{rule: "served-place-before-title", text: "The charity Open Wells Trust drilled new boreholes. Lena Fosse, the group's Ethiopia programme director, said the rains had failed in Ethiopia.",
		name: "Lena Fosse", country: "-"},
	{rule: "served-place-before-title", text: "Ethiopia's rains failed. Lena Fosse, the Ethiopian government's programme director, said the rains had failed.",
		name: "Lena Fosse", country: "ET"},
	// ob5: a role named first with "a" and its body and no holder, then
	// with "the" and a name, is the same role: a body that is no state's
	// holds it; a state's department keeps the state's
	{rule: "earlier-indefinite-body", text: "A spokeswoman for the Harbour Rescue Foundation said eight boats had sunk off Chile. The crews were missing, the spokeswoman, Irene Vidal, said.",
		name: "Irene Vidal", country: "-", org: "Harbour Rescue Foundation"},
	{rule: "earlier-indefinite-body", text: "A spokeswoman for the Coastal Defence Department said eight boats had sunk off Chile. The crews were missing, the spokeswoman, Irene Vidal, said.",
		name: "Irene Vidal", country: "CL", org: "-"},
	// ob5: an acronym owner that the article spells out as a state's body
	// ("the Coastal Water Authority ... the CWA's regional director") holds a
	// state's office; spelled out as a union it stays the union's
	{rule: "spelled-state-body-owner", text: "Families will sue the Coastal Water Authority in Ireland. The CWA's regional director, Nuala Brady, said the pipes were old.",
		name: "Nuala Brady", country: "IE", org: "-"},
	{rule: "spelled-state-body-owner", text: "Families will join the Coastal Workers Union in Ireland. The CWU's chief negotiator, Nuala Brady, said the pipes were old.",
		name: "Nuala Brady", country: "-", org: "CWU"},
	// ob5: an apposition that calls the holder an "international" or
	// "multinational" official makes the office no state's, though it is
	// served in one; a plain "senior official" keeps the state
	{rule: "stateless-apposition", text: "Kosovo's assembly passed the bill. The Special Overseer, Ruth Adler, the international official who supervises the truce, said she would veto it.",
		name: "Ruth Adler", country: "-"},
	{rule: "stateless-apposition", text: "Serbia's assembly passed the bill. The envoy, Ruth Adler, a senior official who supervises the truce, said she would veto it.",
		name: "Ruth Adler", country: "RS"},
	// ob5: a city's name, "Metropolitan" and a government's head word name
	// the city's government, a state's public service; a university named
	// so stays a body of its own
	{rule: "metro-government", text: "Nine bodies were found in Pakistan, said Tariq Memon, chief sanitation officer of the Lahore Metropolitan Corporation.",
		name: "Tariq Memon", country: "PK", org: "-"},
	{rule: "metro-government", text: "Fees rose in England, said Alice Grant, vice-chancellor of Leeds Metropolitan University.",
		name: "Alice Grant", country: "-"},
	// r16a: "from" and the place a legislator's seat stands for ends an
	// apposition as "of" does: "a senator from Texas" (the state),
	// "a senator from the Caribbean coast"; other role nouns take no
	// from-phrase
	{rule: "seat-from", text: "Tom Hale, a senator from Texas, said the bill would fail.",
		name: "Tom Hale", title: "senator", country: "US"},
	{rule: "seat-from", text: "The president named Luis Vega Ortiz, a senator from the Caribbean coast, as interior minister of Colombia.",
		name: "Luis Vega Ortiz", title: "senator", country: "CO"},
	{rule: "seat-from", text: "Tom Hale, a lawyer from Texas, said the bill would fail.",
		absent: "Tom Hale"},
	// r16a: past participles of losing an office ("suspended", "ousted",
	// "impeached") are qualifiers kept in a title; after a noun for
	// no role they make none
	{rule: "loss-qualifier", text: "The suspended Speaker, Sokari Abbey, welcomed the ruling in Nigeria.",
		name: "Sokari Abbey", title: "suspended Speaker", country: "NG"},
	{rule: "loss-qualifier", text: "The state is run by a sole administrator, Okon Bassey, in Nigeria.",
		name: "Okon Bassey", title: "sole administrator"},
	{rule: "loss-qualifier", text: "The striker was suspended, coach Tom Hale said.",
		absent: "Tom Hale"},
	// r16a: a lower-case noun of a kind of place after the place a
	// complement names ("the governor of Gedo region", "the commander of
	// Kowloon West district") ends the complement as the name alone did;
	// a body's noun there still makes the body
	{rule: "place-kind-after-complement", text: "Abdi Farah, the governor of Gedo region, said new arrivals were reaching the camps in Somalia.",
		name: "Abdi Farah", country: "SO"},
	{rule: "place-kind-after-complement", text: "Ann Lee, chairman of Ikorodu council, said the market would reopen in Nigeria.",
		name: "Ann Lee", org: "-"},
	// r16a: an apposition that opens with a capitalised name no
	// gazetteer knows and "'s" before a role noun ("NAME, Fraport's chief
	// operating officer,") holds that body's office, with no state; a
	// governor's owner is a place, a state's name gives the state
	{rule: "unknown-owner-after", text: "About 70,000 passengers were hit, said Otto Haas, Fravia's chief operating officer.",
		name: "Otto Haas", title: "chief operating officer", country: "-", org: "Fravia"},
	{rule: "unknown-owner-after", text: "Ivan Popa, Moldova's deputy prime minister, said gas prices would rise.",
		name: "Ivan Popa", country: "MD", org: "-"},
	{rule: "unknown-owner-after", text: "Ivan Popa, Gagauzia's governor, said gas prices would rise in Moldova.",
		name: "Ivan Popa", country: "MD", org: "-", absent: "Gagauzia"},
	{rule: "unknown-owner-after", text: "Rafiq Islam, Tongipur's police commissioner, said 23 officers had been injured in Bangladesh.",
		name: "Rafiq Islam", country: "BD", org: "-"},
	// r16a: "of the Federation", "of the Republic" alone name the state
	// itself, not a body: the state's own office, its state from the
	// context; a body named with the word ("Police Federation") stays one
	{rule: "state-itself", text: "In Abuja, Attorney-General of the Federation Bayo Adeniran said Nigeria had acted within the law.",
		name: "Bayo Adeniran", title: "Attorney-General of the Federation", country: "NG", org: "-"},
	{rule: "state-itself", text: "The President of the Republic, Marc Duval, said France would act.",
		name: "Marc Duval", country: "FR", org: "-"},
	{rule: "state-itself", text: "Police Federation chairman Jan Hale said officers in Britain were angry.",
		name: "Jan Hale", country: "-"},
	// r16a: capitalised adjectives of states or regions before a plain
	// noun in a complement ("for Latin American sovereigns", "of European
	// equities") make a portfolio's phrase, not a body's name; a body's
	// name after them is still a body
	{rule: "region-adjective-phrase", text: "\"Investors are calm,\" said Ana Ruiz, a director for Latin American sovereigns at Fitch Ratings.",
		name: "Ana Ruiz", country: "-", org: "Fitch Ratings"},
	{rule: "region-adjective-phrase", text: "Sales were slow, said Tom Hale, the carmaker's vice president for North American sales.",
		name: "Tom Hale", country: "-"},
	{rule: "region-adjective-phrase", text: "Ana Ruiz, a spokeswoman for the European Commission, said the fine stood.",
		name: "Ana Ruiz", org: "European Commission"},
	// r16a: portfolio words of cabinets (roles.tsv mods "maritime",
	// "unification", ...) stay in a title before a name; after a
	// modifier, a portfolio's capitalised words end where a given name the
	// gazetteer knows opens the name ("Minister for Water Resources NAME",
	// as "Minister of Territorial Administration NAME"); a body's name is
	// still a body
	{rule: "portfolio-mods", text: "In Islamabad, Federal Minister for Water Resources Tariq Aziz Bhatti said the canal would be finished.",
		name: "Tariq Aziz Bhatti", title: "Federal Minister for Water Resources", absent: "Resources Tariq Aziz Bhatti"},
	{rule: "portfolio-mods", text: "Emirati Minister of State Khalifa Saeed Al Nuaimi also attended the talks in Doha.",
		name: "Khalifa Saeed Al Nuaimi", title: "Minister of State"},
	{rule: "portfolio-mods", text: "Unification Minister Kim Dae-sung said the talks would resume.",
		name: "Kim Dae-sung", title: "Unification Minister"},
	{rule: "portfolio-mods", text: "Chile's copper mine is owned by Canada's Northfield Resources, whose chairman, Graham Whitcombe, said it would stay.",
		name: "Graham Whitcombe", org: "Northfield Resources"},
	{rule: "portfolio-mods", text: "Human Rights Watch director Ann Roe said the law was unfair.",
		name: "Ann Roe", org: "Human Rights Watch"},
	// r16a: a state's adjective before a lower-case owner noun gives the
	// role after "'s" that state ("The Georgian railway's chairman"), not
	// the state of the sentence before; a body that is no state's ("the
	// Russian carmaker's") gives none
	{rule: "owner-noun-state", text: "The Uzbek delegation asked for lower tariffs. The Georgian railway's chairman, Levan Abashidze, said they would be frozen.",
		name: "Levan Abashidze", country: "GE"},
	{rule: "owner-noun-state", text: "The Uzbek delegation asked for lower tariffs. The Russian carmaker's chief executive, Ivan Petrov, said they would be frozen.",
		name: "Ivan Petrov", country: "-"},
	// r16a: a lower-case owner noun before a title ("the agency's", "the
	// bank's", "the party's") refers back to the nearest name whose head
	// word it is: a body that is no state's owns the role, with no state;
	// a state's body ("the council" after "the National Electoral
	// Council") leaves the state to the context
	{rule: "typed-owner-body", text: "Delegates of the Coral Sea Fisheries Agency met in Suva, Fiji. The agency's director-general, Mere Tavola, said the stock was fragile.",
		name: "Mere Tavola", country: "-", org: "Coral Sea Fisheries Agency"},
	{rule: "typed-owner-body", text: "The opposition Peoples Democratic Party rejected the vote in Nigeria. The party's publicity secretary, Tunde Abiola-Ojo, called for a recount.",
		name: "Tunde Abiola-Ojo", country: "-", org: "Peoples Democratic Party"},
	{rule: "typed-owner-body", text: "The opposition Liberal Party accused the council in Honduras of fraud. Party secretary Juan Ortiz Bonilla said the party would not accept the result.",
		name: "Juan Ortiz Bonilla", country: "-", org: "Liberal Party"},
	{rule: "typed-owner-body", text: "The Public Accounts Committee met on Monday in London. Committee chairman Edward Hale said the Home Office had failed.",
		name: "Edward Hale", country: "GB"},
	{rule: "typed-owner-body", text: "The National Electoral Council of Honduras stopped the count. The council's president, Marta Duarte Lobo, said it would restart.",
		name: "Marta Duarte Lobo", country: "HN", org: "-"},
	// r16a: an honorific that names also carry inside them (roles.tsv
	// inname: "Sheikh") is a middle name after a name's word, and still
	// an honorific after a title or a place
	{rule: "honorific-in-name", text: "Somali President Abdi Sheikh Warsame said the rains had failed. Warsame spoke in Mogadishu.",
		name: "Abdi Sheikh Warsame", title: "President", country: "SO"},
	{rule: "honorific-in-name", text: "Mogadishu's planning minister, Hodan Sheikh Nur, told donors the camps were full.",
		name: "Hodan Sheikh Nur", country: "SO"},
	{rule: "honorific-in-name", text: "Qatar's Emir Sheikh Khalid bin Saud thanked the envoys.",
		name: "Khalid bin Saud", title: "Emir", absent: "Sheikh Khalid bin Saud"},
	// r15d: one noun for a relative after a title names no one ("the
	// Queen Mother"); a name there does
	{rule: "kin-not-name", text: "The chancellor unveiled plans for a memorial to the Queen Mother on Monday.",
		absent: "Mother"},
	{rule: "kin-not-name", text: "The crowd cheered when Prince Harold arrived at the memorial to the Queen Mother.",
		name: "Harold", title: "Prince", absent: "Mother"},
	// r15d: a surname written against an elided particle in lower case
	// ("d'Arenzo") ends the name it follows; an elided common word does not
	{rule: "elided-particle-surname", text: "The crowd included former Italian premier Massimo Delvecchio d'Arenzo and his wife.",
		name: "Massimo Delvecchio d'Arenzo", title: "former premier"},
	{rule: "elided-particle-surname", text: "Foreign Minister Lena Hart d'abord thanked her hosts in Paris.",
		name: "Lena Hart"},
	// r15d: a party's adjective in a title gives the party of the title's
	// state whose name it opens with "Party" ("Conservative" in Britain: the
	// Conservative Party), as "Tory" does; no party of that name, no body
	{rule: "party-word-org", text: "Conservative health spokesman Tom Hale said the plan would fail." + britishCopy,
		name: "Tom Hale", country: "-", org: "Conservative Party"}, // a party's own office: no state (r16)
	{rule: "party-word-org", text: "Liberal leader Jo Grimond said the plan would fail." + britishCopy,
		name: "Jo Grimond", org: "-"},
	// r18f: a written state before the party's word names the party's
	// branch ("Scottish Conservative leader"): a party's own office is the
	// party's, no state's; a state's office keeps its state
	{rule: "state-party-branch", text: "The Scottish Conservative leader, Douglas Rennie, said the minister should go." + britishCopy,
		name: "Douglas Rennie", country: "-", org: "Conservative Party"},
	{rule: "state-party-branch", text: "Welsh Conservative spokesman Huw Pryce said the minister should go." + britishCopy,
		name: "Huw Pryce", country: "-", org: "Conservative Party"},
	{rule: "state-party-branch", text: "British Conservative MP Douglas Rennie said the minister should go." + britishCopy,
		name: "Douglas Rennie", country: "GB", org: "-"},
	{rule: "state-party-branch", text: "US Republican President Dan Calder said the talks would go on." + americanCopy,
		name: "Dan Calder", country: "US"},
	// r18f: a body's type noun capitalised only as the sentence's first
	// word ("Union negotiator NAME") is the body's, as "union negotiator"
	// is, where the article writes "union" in lower case; a state's
	// national office after it stays the state's ("Union minister")
	{rule: "sentence-cap-body", text: "Dock workers in the Netherlands went on strike. The FNV Havens union called the strike after talks broke down. Union negotiator Marloes de Wit said the dispute was about safety.",
		name: "Marloes de Wit", country: "-"},
	{rule: "sentence-cap-body", text: "Nurses in Ontario walked out. The nurses' union said talks had failed. Union spokeswoman Jane Pruitt said the offer was an insult.",
		name: "Jane Pruitt", country: "-"},
	{rule: "sentence-cap-body", text: "India's trade union federation backed the farmers. Union minister Nitin Gadkari said the roads would be built.",
		name: "Nitin Gadkari", country: "IN"},
	{rule: "sentence-cap-body", text: "Dock workers in the Netherlands went on strike. Union negotiator Marloes de Wit said the dispute was about safety.",
		name: "Marloes de Wit"},
	// r18f: a title with its portfolio after a noun in apposition ("Its
	// representative, Vice Minister of Water Resources NAME,") ends at the
	// name's last two words, as without the noun; a name written before
	// the comma, or a body's name ending on a state, keeps the run whole
	{rule: "apposed-portfolio-title", text: "China sent a delegate. Its representative, Vice Minister of Water Resources Liu Jiankang, said Beijing was ready.",
		name: "Liu Jiankang", title: "Vice Minister of Water Resources", country: "CN", absent: "Resources Liu Jiankang"},
	{rule: "apposed-portfolio-title", text: "Markets fell, said Glen Wood, Vice President of Deutsche Securities Japan.",
		name: "Glen Wood", absent: "Securities Japan"},
	{rule: "apposed-portfolio-title", text: "The bank's economist, Vice President of Deutsche Securities Japan, said markets fell.",
		absent: "Securities Japan"},
	// r15d: a club's, firm's or group's role noun (words_people.tsv
	// body-head) owned by a name written before it is that body's, with no
	// state: "Marwood chairman NAME"; a town's police, or an adjective with a
	// hyphen, is no body
	{rule: "body-before-title-head", text: "Marwood chairman Sid Hale said the club would not sell its striker. Fans of Marwood were angry.",
		name: "Sid Hale", country: "-", org: "Marwood"},
	{rule: "body-before-title-head", text: "Kenwood police captain Tom Ruiz said the road was closed.",
		name: "Tom Ruiz", org: "-"},
	{rule: "body-before-title-head", text: "The final was close, said Cup-winning captain Ann Roe.",
		name: "Ann Roe", org: "-"},
	// r15d: one capitalised word set off after a role noun and a comma is
	// no name by that alone ("its free-to-air counterpart, Freesat"); two words
	// or a given name are
	{rule: "title-comma-one-word", text: "The satellite service hopes to copy the success of its free-to-air counterpart, Vistaview. Sales rose in March.",
		absent: "Vistaview"},
	{rule: "title-comma-one-word", text: "The union's general secretary, Tom Hale, said the strike would go ahead.",
		name: "Tom Hale", title: "general secretary"},
	// r15d: "Force" ends the name of a force or task force, no person's:
	// "the new chair of the Harbour Engineering Task Force" names no one
	{rule: "body-not-person", text: "\"We have hardly started,\" the new chair of the Harbour Engineering Task Force (HETF), Ben Loe, says.",
		absent: "Engineering Task Force"},
	{rule: "body-not-person", text: "Air Force chief Ann Roe said the jets were ready.",
		name: "Ann Roe"},
	// r15d: "with" opens an apposition's complement as "of", "for" and
	// "at" do: "a spokesman with the sheriff's office", "an analyst with
	// Corbel Research" (the firm is the body); a with-phrase of no body
	// makes no role and gives no body
	{rule: "apposition-with-body", text: "The road was closed overnight, said Ed Winters, a spokesman with the coroner's office.",
		name: "Ed Winters", title: "spokesman", outRule: ruleApposition},
	{rule: "apposition-with-body", text: "\"Demand is soft,\" said Ian Fogle, an analyst with Corbel Research.",
		name: "Ian Fogle", country: "-", org: "Corbel Research"},
	{rule: "apposition-with-body", text: "Police said Ed Winters, a man with a gun, was arrested on Monday.",
		absent: "Ed Winters"},
	{rule: "apposition-with-body", text: "Sales will recover, said Ian Fogle, an analyst with years of experience.",
		name: "Ian Fogle", org: "-"},
	// r15d: a definite description does not refer back to a person when
	// it stands in quotation marks, in that person's own apposition, before
	// the person is named again in its sentence, or after two people in its
	// sentence; a name inside quotation marks is no referent of one outside
	{rule: "description-of-other", text: "The costs were estimated at $40,000 a day, said Jason Stills, a volunteer at the county administrator's office.",
		absent: "Jason Stills"},
	{rule: "description-of-other", text: "Tony Blair has predicted a close race. The prime minister's spokesman set out Mr Blair's view on Monday.",
		name: "Tony Blair", title: "prime minister", outRule: ruleAnaphora},
	{rule: "description-of-other", text: "Ann Letts, for the opposition, attacked the budget, calling it \"a gift to Sir Spendalot\". The shadow chancellor said debt was rising.",
		name: "Ann Letts", title: "shadow chancellor", absent: "Spendalot"},
	{rule: "description-of-other", text: "Paul Tyler said the reform was overdue. \"The problem in the prime minister's mind is consensus,\" he said.",
		absent: "Paul Tyler"},
	{rule: "description-of-other", text: "The costs were estimated at $40,000 a day, said Jason Stills, who works at the county administrator's office.",
		absent: "Jason Stills"},
	{rule: "description-of-other", text: "Dana Pike criticised the plan. Ahead of the chancellor's report, Ms Pike told reporters the economy was weak.",
		absent: "Dana Pike"},
	{rule: "description-of-other", text: "Tom Hale's decision has given Ray Moss something to aim for, even if the prime minister's intention is to stay.",
		absent: "Ray Moss"},
	// r15d: the body after "at", "of" or "for" in a company's title is
	// its organization, also an acronym or after "the", and a state
	// written inside such a title ("chief UK economist") is no state's
	// office; a state's or an acronym after a role of no company stays
	{rule: "body-after-private-title", text: "Sales will slow, said Maria Lund, chief UK economist at Tallis Frame Economics.",
		name: "Maria Lund", country: "-", org: "Tallis Frame Economics"},
	{rule: "body-after-private-title", text: "\"Margins are thin,\" said Omar Haddad, an analyst at KDV Brokers.",
		name: "Omar Haddad", country: "-", org: "KDV Brokers"},
	{rule: "body-after-private-title", text: "Costs are rising, said Lise Wong, chief economist at the BRT.",
		name: "Lise Wong", org: "BRT"},
	{rule: "body-after-private-title", text: "Police closed the road, said Paul Dorsey, a spokesman for TCSO.",
		name: "Paul Dorsey", org: "-"},
	{rule: "body-after-private-title", text: "In London, Peter Vale, the Leader of the Commons, said the vote would be held on Monday.",
		name: "Peter Vale", org: "-"},
	// r15d: the capitalised name just before a company's title written
	// before a name is the company ("Dorvane Mining chief executive NAME"),
	// also when the name is left out of the title; a sentence's capital, a
	// place or a word also written in lower case is no company
	{rule: "body-before-private-title", text: "Shares fell after Dorvane Mining chief executive Carla Webb said output would drop. Dorvane Mining said costs had risen.",
		name: "Carla Webb", country: "-", org: "Dorvane Mining"},
	{rule: "body-before-private-title", text: "\"Demand is weak,\" said Tarrant chief financial officer Ola Brandt. Tarrant said it would cut 200 jobs.",
		name: "Ola Brandt", title: "chief financial officer", country: "-", org: "Tarrant"},
	{rule: "body-before-private-title", text: "Growth will slow next year, said senior economist Paul Tran.",
		name: "Paul Tran", org: "-"},
	{rule: "body-before-private-title", text: "Dorvane chief executive Ruth Oyelaran said the plant would close.",
		name: "Ruth Oyelaran", org: "-"},
	{rule: "body-before-private-title", text: "Prices rose, said Leeds chief executive Tom Hart.",
		name: "Tom Hart", org: "-"},
	// round 14d: a time word between a given name and a surname is a
	// middle name ("Eddie Day Pashinski"), not the end of a run like
	// "Independence Day"
	{rule: "time-word-middle-name", text: "State Rep. Nora Day Kellerman said the vote would be close.",
		name: "Nora Day Kellerman", title: "State Rep"},
	{rule: "time-word-middle-name", text: "Organisers of the Boxing Day Parade said Mayor Lena Ortiz would attend.",
		absent: "Boxing Day Parade"},
	// round 14d: a place word ends a place of two words even after an
	// honorific ("Father Baker Hospital", "Advocate Trinity Hospital"):
	// it names no one, and its last word is no surname that makes the
	// next hospital someone
	{rule: "honorific-place", text: "The boy was taken to Father Baker Hospital.\nHis sister was taken to Mount Sinai Hospital, police said. She died there, according to the medical examiner's office.\nThe medical examiner said she had been shot twice.",
		absent: "Mount Sinai Hospital"},
	{rule: "honorific-place", text: "The boy was taken to Father Baker Hospital.\nHis sister was taken to Mount Sinai Hospital. County Coroner Ellen Pratt said she had been shot twice.",
		name: "Ellen Pratt", title: "County Coroner", absent: "Mount Sinai Hospital"},
	// session 8: "mediator" is a role like "negotiator"
	{rule: ruleTitleBefore, text: "Talks resumed in Doha. Qatari mediator Hamad al-Sulaiti said both sides had shown flexibility.",
		name: "Hamad al-Sulaiti", title: "mediator", country: "QA"},
	{rule: ruleTitleBefore, text: "Talks resumed in Doha after a mediator left. Hamad al-Sulaiti said both sides had shown flexibility.",
		absent: "Hamad al-Sulaiti"},
	// session 8: a spokesman for an armed group the gazetteer does not
	// hold, named without a state, is the group's; a state's forces stay
	// the state's
	{rule: ruleApposition, text: "In Cameroon, Capo Mbah, a spokesman for the Ambazonia Defence Forces, said the attack was revenge.",
		name: "Capo Mbah", country: "-", org: "Ambazonia Defence Forces"},
	{rule: ruleApposition, text: "In Cameroon, Capo Mbah, a spokesman for the Cameroon Defence Forces, said the attack was revenge.",
		name: "Capo Mbah", country: "CM"},
	// os3: a council a military or rebel word qualifies, a group's
	// fighters or brigade, and a longer name that holds a gazetteer
	// group's are armed groups of their own; a state's council, a state's
	// army stay the state's
	{rule: ruleApposition, text: "In Syria's south, Rami Aswad, a spokesman for the Qurayya Military Council, said the checkpoint had been handed back.",
		name: "Rami Aswad", country: "-", org: "Qurayya Military Council"},
	{rule: ruleApposition, text: "In Nigeria, Musa Danladi, a spokesman for the National Security Council, said the checkpoint had been handed back.",
		name: "Musa Danladi", country: "NG"},
	{rule: ruleApposition, text: "On Bougainville, Peter Tsiana, a commander of the Konnou Freedom Fighters, said his men would lay down arms.",
		name: "Peter Tsiana", country: "-", org: "Konnou Freedom Fighters"},
	{rule: ruleApposition, text: "In Indonesia, Sebby Magai, a spokesman for the Papua Highlands National Liberation Army, said the group held the airstrip.",
		name: "Sebby Magai", country: "-", org: "Papua Highlands National Liberation Army"},
	{rule: ruleApposition, text: "In China, Wu Qian, a spokesman for the Chinese People's Liberation Army, said the drills were over.",
		name: "Wu Qian", country: "CN"},
	// session 8: "incumbent" is a qualifier that ends a title read
	// backwards, so that a verb before it stays out
	{rule: ruleTitleBefore, text: "Voters in Kentucky beat incumbent Gov. Matt Bevin on Tuesday.",
		name: "Matt Bevin", title: "incumbent Gov", outRule: ruleTitleBefore},
	// session 8: a rank's full stop that a name follows makes the rank
	// that name's, not an apposition of the name before; a role noun
	// before the rank keeps the apposition ("an aide to Gov. NAME")
	{rule: ruleApposition, text: "According to the Gazette of Red Oak, Gov. Dana Price launched the plan.",
		name: "Dana Price", title: "Gov", absent: "Red Oak"},
	{rule: ruleApposition, text: "Police are investigating the death of Tom Reilly, 53, Sgt. Manny Ortiz said.",
		name: "Manny Ortiz", title: "Sgt", absent: "Tom Reilly"},
	{rule: ruleApposition, text: "Carla Mendes, chief of staff for Gov. Dana Price, said the plan would wait.",
		name: "Carla Mendes"},
	// session 8: a holder of a national office that the gazetteer knows
	// keeps the state of the office, whatever state the story is about;
	// by surname alone only with a national office in the title
	{rule: ruleTitleBefore, text: "Beijing was pessimistic. In Beijing, officials said President Emmanuel Macron had called twice.",
		name: "Emmanuel Macron", title: "President", country: "FR"},
	{rule: ruleTitleBefore, text: "Beijing was pessimistic about France. In Beijing, officials said President Macron had called twice.",
		name: "Macron", title: "President", country: "FR"},
	{rule: ruleTitleBefore, text: "Beijing was pessimistic. In Beijing, officials said President Macron had called twice.",
		name: "Macron", title: "President", country: "CN"},
	{rule: ruleTitleBefore, text: "The US State Department said it was watching. In Seoul, Democratic Party leader Lee Jae-myung called it illegal.",
		name: "Lee Jae-myung", country: "-", org: "Democratic Party"}, // a party's leader: the party's, no state's (r16)
	{rule: ruleTitleBefore, text: "The US State Department said it was watching. In Seoul, Democratic Party leader Dana Moss called it illegal.",
		name: "Dana Moss", country: "-", org: "Democratic Party"},
	{rule: ruleTitleBefore, text: "A car bomb hit Jamundí in Colombia. Defence Minister Pedro Sánchez said troops would stay.",
		name: "Pedro Sánchez", title: "Defence Minister", country: "CO"},
	{rule: ruleTitleBefore, text: "Beijing was pessimistic. In Beijing, officials said Mayor Macron had called twice.",
		name: "Macron", title: "Mayor", country: "CN"},
	// round 10b: before a minister's title a body's name is the portfolio
	{rule: "body-in-title", text: "WELLINGTON - The Government will cut 7,000 jobs, Public Service Minister Nicola Willis said on Tuesday.",
		name: "Nicola Willis", title: "Public Service Minister", country: "NZ", org: "-"},
	{rule: "body-in-title", text: "WELLINGTON - The Government will cut jobs, Public Service Association president Nicola Willis said on Tuesday.",
		name: "Nicola Willis", title: "president", org: "Public Service Association", country: "-"},
	// round 10b: a state's name that ends a body's name before a title is
	// the body's ("Air France", "Oxfam France"); a day or a function word
	// before it is no part of a name
	{rule: "body-ending-in-state", text: "PARIS - Air France pilots will strike on Friday. Air France chief executive Anne Rigail said flights would run.",
		name: "Anne Rigail", title: "chief executive", org: "Air France", country: "-"},
	{rule: "body-ending-in-state", text: "PARIS - Pilots will strike on Friday. Oxfam France director Cécile Duflot said the strike was justified.",
		name: "Cécile Duflot", title: "director", org: "Oxfam France", country: "-"},
	{rule: "body-ending-in-state", text: "NAIROBI - Kenya Airways will lay off 500 staff. Amnesty International Kenya's executive director, Irungu Houghton, said the layoffs were unlawful.",
		name: "Irungu Houghton", org: "Amnesty International Kenya", country: "-"},
	{rule: "body-ending-in-state", text: "ABUJA - Talks failed. Elsewhere Nigeria's foreign minister, Yusuf Tuggar, said no.",
		name: "Yusuf Tuggar", org: "-", country: "NG"},
	{rule: "body-ending-in-state", text: "PARIS - Talks failed. On Monday France Foreign Minister Jean Barrot said no.",
		name: "Jean Barrot", title: "Foreign Minister", org: "-", country: "FR"},
	// round 10b: a place's name that places of several states share ("WA")
	// is the one whose state the article's other places name most, where
	// no dateline decides
	{rule: "place-homonym", text: "WA Premier Roger Cook said the state would build 4,000 homes in Perth. Federal Housing Minister Clare O'Neil said Canberra would help.",
		name: "Roger Cook", title: "WA Premier", country: "AU"},
	{rule: "place-homonym", text: "WA Premier Roger Cook said the state would build 4,000 homes in Seattle and Spokane.",
		name: "Roger Cook", title: "WA Premier", country: "US"},
	// round 10b: a state's name the article writes as "TOWN, REGION" is
	// that town before a local office too
	{rule: "town-region-homonym", text: "A fire in Lebanon, Pennsylvania, killed two people on Sunday. Lebanon Fire Chief Duane Trautman said the blaze started in the kitchen.",
		name: "Duane Trautman", title: "Fire Chief", country: "US"},
	{rule: "town-region-homonym", text: "Israeli jets struck targets in Lebanon on Sunday. Lebanon Fire Chief Duane Trautman said the blaze started in a depot.",
		name: "Duane Trautman", title: "Fire Chief", country: "LB"},
	// round 10b: a capital before a local office in a story datelined
	// "CITY, REGION" is a town of the region's state
	{rule: "dateline-region-homonym", text: "ATHENS, Ga. - Police chiefs agreed to pool officers. Dublin Mayor Everett Sims said his city would pay its share.",
		name: "Everett Sims", title: "Mayor", country: "US"},
	{rule: "dateline-region-homonym", text: "ATHENS - Police chiefs agreed to pool officers in Ireland. Dublin Mayor Everett Sims said his city would pay its share.",
		name: "Everett Sims", title: "Mayor", country: "IE"},
	// round 10b: a body's name before a title may hold modifiers of roles
	// ("Medical") and open with a state's adjective, which is then the
	// body's and gives no state; a word for a state's body ("Police") is
	// not taken into the name
	{rule: "body-name-in-title", text: "MELBOURNE - Hospitals are full. Australian Medical Association president Dr Helen Fotiou said both governments shared the blame.",
		name: "Helen Fotiou", title: "president", org: "Australian Medical Association", country: "-"},
	{rule: "body-name-in-title", text: "ROME, Ga. - A man died. Floyd Medical Center spokesman Dan Bevels said the victim arrived at 2 a.m.",
		name: "Dan Bevels", title: "spokesman", org: "Floyd Medical Center"},
	{rule: "body-name-in-title", text: "LONDON - Police are angry. Police Federation chairman Jan Berry said officers were tired.",
		name: "Jan Berry", org: "Federation"},
	// round 10b: a body that is no state's in an of-phrase right after the
	// name holds the title ("Chief NAME of the ... First Nation"); a
	// police unit there stays the state's
	{rule: "of-body-after-name", text: "OTTAWA - Canada approved the pipeline. Chief Marlene Joe of the Tsawwassen First Nation said neither premier had called her.",
		name: "Marlene Joe", title: "Chief", org: "Tsawwassen First Nation", country: "-"},
	{rule: "of-body-after-name", text: "OTTAWA - Canada approved the pipeline. President Marlene Joe of the Canadian Nurses Association said neither premier had called her.",
		name: "Marlene Joe", org: "Canadian Nurses Association", country: "-"},
	{rule: "of-body-after-name", text: "OTTAWA - Canada approved the pipeline. Sgt. Marlene Joe of the Ottawa Police Service's Violent Crimes Unit said the suspect had fled.",
		name: "Marlene Joe", org: "-", country: "CA"},
	// round 10b: a capital's name before the abbreviated title of a
	// state's elected office is its state acting ("Washington Gov."), not
	// before a police rank ("Whitehall Sgt." is an Ohio town's)
	{rule: "capital-office-rank", text: "EDMONTON - Alberta Premier Colleen Marchetti threatened to cut power to the west.\nSouth of the border, Washington Gov. Alana Briggs said her state was watching.",
		name: "Alana Briggs", title: "Gov", country: "US"},
	{rule: "capital-office-rank", text: "Whitehall police arrested a second suspect on Monday in east Columbus.\n\"He was shot,\" Whitehall Sgt. John Grebb said.",
		name: "John Grebb", title: "Sgt", country: "US"},
	// round 10b: two portfolios joined by "and" inside a title that an
	// owner opens; not a phrase joined to a title a role's modifier opens
	{rule: "portfolio-and", text: "Spain objected. The meeting's chair, Belgian asylum and migration minister Hélène Marchal, said talks would resume.",
		name: "Hélène Marchal", title: "asylum and migration minister", country: "BE"},
	{rule: "portfolio-and", text: "Spain objected. Labour's work and pensions spokesman Hélène Marchal said talks would resume.",
		name: "Hélène Marchal", title: "work and pensions spokesman"},
	{rule: "portfolio-and", text: "Fox opened the forum with an attack on Labour's record and party leader Michael Howard is due to speak later.",
		name: "Michael Howard", title: "party leader"},
	{rule: "portfolio-and", text: "Spain objected. He met Belgian soldiers and defence minister Hélène Marchal in Brussels.",
		name: "Hélène Marchal", title: "defence minister"},
	// round 10b: a body a state qualifies after a where-clause is about
	// the place the clause opens at, not the named person's office
	{rule: "where-clause-body", text: "MELBOURNE - Victorian Premier Rosalind Achterberg accused Canberra of short-changing hospitals.\nThe state's Health Minister, Priya Sandhu, returned last week from London, where she led a drive aimed at nurses working in Britain's National Health Service.",
		name: "Priya Sandhu", title: "Health Minister", country: "AU"},
	{rule: "where-clause-body", text: "MELBOURNE - Victorian Premier Rosalind Achterberg accused Canberra of short-changing hospitals.\nPriya Sandhu, the minister who runs Britain's National Health Service, met her in London.",
		name: "Priya Sandhu", country: "GB"},
	// round 10b: "its" before a title refers to an unknown one-word body
	// set off by ", which" (a person takes "who"), or named right after a
	// lower-case noun for a body that is no state's ("consumer group
	// Which?"; a name-like word there is still read as a person: open)
	// session 10: "Its" opening a sentence refers to the owner of the
	// sentence before's subject ("Ukraine's agency said Russia had ...
	// Its spokesman"), not to the last state named; a subject that is a
	// state itself still gives its own
	{rule: "its-body", text: "Ukraine's military intelligence agency said Russia had gathered troops near the front. Its spokesman, Andriy Yusov, said the build-up was large.",
		name: "Andriy Yusov", country: "UA"},
	{rule: "its-body", text: "Officials in Kyiv said Russia had gathered troops near the front. Its spokesman, Andriy Yusov, said the build-up was large.",
		name: "Andriy Yusov", country: "RU"},
	// round 14g: a capitalised run after "the" that ends in a role's head
	// noun names an office, not a person ("The Sanitation Commissioner,
	// NAME, said"; also over "and" and one lower-case word), so the name
	// in apposition holds it; a run after "the" that ends in a name is
	// still a person
	{rule: "the-title-run", text: "The Relief and Rehabilitation Commissioner, Grace Achieng, said 40 families had been moved.",
		name: "Grace Achieng", title: "Relief and Rehabilitation Commissioner", absent: "Rehabilitation Commissioner"},
	{rule: "the-title-run", text: "The Sanitation Minister, Peter Oduya, said the pipes would be replaced.",
		name: "Peter Oduya", title: "Sanitation Minister", absent: "Sanitation Minister"},
	{rule: "the-title-run", text: "Officials said the Tanzanian Joseph Kimaro, a former minister, would attend the talks.",
		name: "Joseph Kimaro", title: "former minister"},
	// round 14g: an ambiguous state adjective ("Indian") before a
	// title-cased institution of a state ("the Indian Navy", "the Indian
	// Army") names that state; before another capitalised word ("the
	// Indian Motorcycle Company") it stays ambiguous
	{rule: "ambiguous-adjective-institution", text: "The United States offered help. The Indian Army said its soldiers had cleared the road. An army spokesman, Colonel Sudhir Kulkarni, said the pass would reopen.",
		name: "Sudhir Kulkarni", country: "IN"},
	{rule: "ambiguous-adjective-institution", text: "Canada offered help. The Indian Motorcycle Company recalled 4,000 bikes. Its spokesman, Dana Redcloud, said nobody was hurt.",
		name: "Dana Redcloud", country: "-"},
	// round 14g: "Its" opening a sentence refers to the state whose name
	// opens the sentence before as the subject of its act, also across a
	// "which" aside naming other states; a state in a list or a state that
	// does not open the sentence is no such subject
	{rule: "its-subject-state", text: "Finland, which shares a long border with Russia and Norway, tightened its asylum rules. Its interior minister, Mari Rantanen, defended the change.",
		name: "Mari Rantanen", country: "FI"},
	{rule: "its-subject-state", text: "Peru last week recalled its envoy after a row with Mexico and Colombia. Its prime minister, Gustavo Adrianzen, said the ties would be reviewed.",
		name: "Gustavo Adrianzen", country: "PE"},
	{rule: "its-subject-state", text: "Peru on Friday recalled its envoy after a row with Mexico and Colombia. Its prime minister, Gustavo Adrianzen, said the ties would be reviewed.",
		name: "Gustavo Adrianzen", country: "PE"},
	{rule: "its-subject-state", text: "Sweden and Denmark, which share the Oresund bridge, signed a rail deal with Germany. Its transport minister, Volker Wissing, called it a milestone.",
		name: "Volker Wissing", country: "DE"},
	{rule: "its-subject-state", text: "Egypt, which hosted the talks with Sudan, is a key mediator, diplomats say, and the envoys flew to Chad. Its foreign minister, Abderaman Koulamallah, met them.",
		name: "Abderaman Koulamallah", country: "TD"},
	// session 10: a state a preposition governs is no antecedent of "its"
	// ("ASEAN, which has talked with China, ... Its secretary-general");
	// a state that is the subject is
	{rule: "its-body", text: "The Association of Southeast Asian Nations, which has negotiated with China for years, has yet to comment. Its secretary-general, Lim Tan Hock, is due in Hanoi.",
		name: "Lim Tan Hock", org: "ASEAN", country: "-"},
	{rule: "its-body", text: "Talks with the bloc stalled. China has yet to comment. Its foreign minister, Lim Tan Hock, is due in Hanoi.",
		name: "Lim Tan Hock", country: "CN"},
	{rule: "its-body", text: "Doctors Without Borders, which runs clinics in Kasai, said its teams were stretched. Its emergency coordinator, Ahmed Ould Sidi, said staff were tired.",
		name: "Ahmed Ould Sidi", org: "Médecins Sans Frontières", country: "-"},
	{rule: "its-unknown-body", text: "Workers in Coventry will strike. Vantra, which represents drivers at the sites, said it would not cross picket lines. Its regional secretary, Mohammed Aziz, spoke at a rally.",
		name: "Mohammed Aziz", title: "regional secretary", org: "Vantra", country: "-"},
	{rule: "its-unknown-body", text: "Workers in Coventry will strike. Consumer group Which? warned of empty shelves. Its director of policy, Rocio Villanueva, said prices would rise.",
		name: "Rocio Villanueva", org: "Which", country: "-"},
	{rule: "its-unknown-body", text: "Workers in Coventry will strike. Vantra Dunmore, who represents drivers at the sites, said she would not cross picket lines. Its regional secretary, Mohammed Aziz, spoke at a rally.",
		name: "Mohammed Aziz", org: "-"},
	{rule: "its-unknown-body", text: "Workers in Coventry will strike. Consumer spending fell. Which? was the question. Its director of policy, Rocio Villanueva, said prices would rise.",
		name: "Rocio Villanueva", org: "-"},
	{rule: "its-unknown-body", text: "Workers in Coventry will strike. Consumer Fairshop warned of empty shelves. Its director of policy, Rocio Villanueva, said prices would rise.",
		name: "Rocio Villanueva", org: "-"},
	// round 10b: "Cr" is the Australian and New Zealand councillor's
	// abbreviation before a name, like "Cllr"; the name alone is no official
	{rule: ruleTitleBefore, text: "The Mayor of Greater Geelong, Cr Bart Hennessy, said rates were not for car parks.",
		name: "Bart Hennessy", country: "AU", absent: "Cr Bart Hennessy"},
	{rule: ruleTitleBefore, text: "Cr Tania Whetu, who chairs the infrastructure committee, said 3,000 leaks were found.",
		name: "Tania Whetu", title: "Cr", outRule: ruleTitleBefore},
	{rule: ruleTitleBefore, text: "Tania Whetu said 3,000 leaks were found in Wellington last year.",
		absent: "Tania Whetu"},
	// round 9b: "Councilmember" is a council member's title, written as one word
	{rule: ruleTitleBefore, text: "Councilmember Dana Whitlock said the vote would wait.",
		name: "Dana Whitlock", title: "Councilmember", outRule: ruleTitleBefore},
	{rule: ruleTitleBefore, text: "Council members said Dana Whitlock had left early.",
		absent: "Dana Whitlock"},
	// round 9b: a lower-case plural possessive inside a title's complement,
	// "secretary of the construction workers' union"
	{rule: "lower-plural-possessive", text: "\"It must stop,\" said Marta Oliveri, regional secretary of the farm workers' union.",
		name: "Marta Oliveri", title: "regional secretary", country: "-"},
	{rule: "lower-plural-possessive", text: "Marta Oliveri, head of the miners' union, said the shaft was unsafe.",
		name: "Marta Oliveri", title: "head"},
	{rule: "lower-plural-possessive", text: "Marta Oliveri, a friend of the miners' families, said the shaft was unsafe.",
		absent: "Marta Oliveri"},
	// round 9a: a not-name word that is a Korean surname opens a name
	// before a hyphenated given name; "Oh" before other words stays none
	{rule: ruleTitleBefore, text: "South Korean Defence Minister Oh Jae-min told lawmakers he had not been consulted.",
		name: "Oh Jae-min", title: "Defence Minister", country: "KR", outRule: ruleTitleBefore},
	{rule: ruleTitleComma, text: "The South Korean vice minister, Oh Young-jin, said talks would resume.",
		name: "Oh Young-jin", title: "vice minister", country: "KR"},
	{rule: ruleTitleBefore, text: "Oh Jae-min told lawmakers in Seoul he had not been consulted.",
		absent: "Oh Jae-min"},
	{rule: ruleTitleComma, text: "\"Oh, Self-Help and Well-being are the answer,\" the South Korean vice minister, Lee Dong-ho, said.",
		absent: "Oh"},
	// round 8c: "Medical Examiner" before a name is the title, not part of
	// the name (roles.tsv holds the office as a head too)
	{rule: ruleTitleBefore, text: "Chief Medical Examiner Ann Reyes said the man drowned.",
		name: "Ann Reyes", title: "Chief Medical Examiner", outRule: ruleTitleBefore},
	{rule: ruleTitleBefore, text: "The Medical Examiner's Office said Ann Reyes had drowned.",
		absent: "Ann Reyes"},
	// the output rules of the role rules: a title before the name, and a
	// plural title before "including" and the names
	{rule: ruleTitleBefore, text: "Egyptian Foreign Minister Badr Lotfy met the envoy.",
		name: "Badr Lotfy", title: "Foreign Minister", country: "EG", outRule: ruleTitleBefore},
	{rule: ruleTitleBefore, text: "Badr Lotfy met the envoy on Monday.",
		absent: "Badr Lotfy"},
	{rule: ruleIncluding, text: "US envoys, including Steve Walden, arrived in Cairo on Monday.",
		name: "Steve Walden", title: "envoy", country: "US", outRule: ruleIncluding},
	{rule: ruleIncluding, text: "Tourists, including Steve Walden, arrived in Cairo on Monday.",
		absent: "Steve Walden"},
	{rule: ruleApposition, text: "Bassem Naim, a senior Hamas official, said the talks were over.",
		name: "Bassem Naim", title: "senior official", org: "Hamas", outRule: ruleApposition},
	{rule: ruleApposition, text: "Bassem Naim, a keen gardener, said the talks were over.",
		absent: "Bassem Naim"},
	// round 6a: "for" before a state's own body in an apposition makes the
	// office the state's, as before the name; "envoy for Thailand" does not
	{rule: ruleApposition, text: "Cambodia denied it. Kritsada Phanwong, a spokesman for the Thai army, said rockets had reached Thailand.",
		name: "Kritsada Phanwong", title: "spokesman", country: "TH", outRule: ruleApposition},
	{rule: ruleApposition, text: "Cambodia denied it. Colonel Kritsada Phanwong, a spokesman for the Thai army, said rockets had reached Thailand.",
		name: "Kritsada Phanwong", country: "TH"},
	{rule: ruleApposition, text: "Cambodia denied it. Maria Lopez, the UN envoy for Thailand, said rockets had reached Thailand.",
		name: "Maria Lopez", title: "envoy", country: "-"},
	{rule: ruleTitleComma, text: "The county coroner, Dr. Ellen Pratt, said the cause was unclear.",
		name: "Ellen Pratt", title: "county coroner", outRule: ruleTitleComma},
	{rule: ruleTitleComma, text: "A county coroner, Dr. Ellen Pratt, said the cause was unclear.",
		name: "Ellen Pratt", title: "county coroner", outRule: ruleTitleComma},
	{rule: ruleTitleComma, text: "A keen gardener, Dr. Ellen Pratt, said the cause was unclear.",
		absent: "Ellen Pratt"},
	{rule: ruleTitleComma, text: "A court spokeswoman, Judith Weber, said the ruling stood.",
		name: "Judith Weber", title: "spokeswoman"},
	{rule: ruleTitleComma, text: "A court, Judith Weber said, ruled on Monday.",
		absent: "Judith Weber"},
	{rule: ruleAnaphora, text: "Tony Blair has predicted a close race. The prime minister was speaking in Leeds.",
		name: "Tony Blair", title: "prime minister", outRule: ruleAnaphora},
	// an apposition of a state's role is evidence of a person, even of a
	// name of no known given name in an object
	{rule: "apposition-state-role", text: "The president met Wang Lei, China's top trade negotiator, on Monday.",
		name: "Wang Lei", title: "top trade negotiator", country: "CN"},
	{rule: "apposition-state-role", text: "They visited Tiger Bay, Britain's oldest port, in May.",
		absent: "Tiger Bay"},
	// plain nouns inside a title reach back to its owner: a state's
	// possessive, or a body
	{rule: "plain-nouns-to-owner", text: "UN human rights chief Volker Tann condemned the killings.",
		name: "Volker Tann", title: "human rights chief", org: "UN"},
	{rule: "plain-nouns-to-owner", text: "Spain's ecological transition minister Teresa Ribas said the plan was sound.",
		name: "Teresa Ribas", title: "ecological transition minister", country: "ES", org: "-"},
	// a place named after someone is no person, title or given name
	// notwithstanding
	{rule: "place-named-after", text: "Police closed King Edward Street after the alarm on Monday.",
		absent: "Edward Street"},
	{rule: "place-named-after", text: "Fans packed Chancellor Helmut Brandt Square for the final.",
		absent: "Helmut Brandt Square"},
	{rule: "place-named-after", text: "Judge Harold Penn said the street had been closed.",
		name: "Harold Penn", title: "Judge"},
	{rule: "place-named-after", text: "The Admiral Rodney pub reopened in Portsmouth on Friday.",
		absent: "Rodney"},
	// so is a road, an event or a prize named after someone
	{rule: "place-named-after", text: "The debate follows the Chief Justice Taney Memorial Lecture at the academy.",
		absent: "Taney Memorial Lecture"},
	{rule: "place-named-after", text: "Residents along Judge Ingram Road had minutes to reach higher ground.",
		absent: "Ingram Road"},
	{rule: "place-named-after", text: "A crash on the Queen Elizabeth Way killed three people last year.",
		absent: "Elizabeth Way"},
	{rule: "place-named-after", text: "Queen Elizabeth Wayne opened the new bridge last year.",
		name: "Elizabeth Wayne", title: "Queen"},
	{rule: "place-named-after", text: "Chief Justice Roger Taney wrote the opinion.",
		name: "Roger Taney", title: "Chief Justice"},
	// "He" in capitals after a name inside a sentence is a surname
	{rule: "surname-he", text: "The president met Liu He, China's vice premier, on Monday.",
		name: "Liu He", country: "CN"},
	{rule: "surname-he", text: "Senator Brandt Says He Will Run Again\nThe senator spoke in Ohio on Monday.",
		absent: "Brandt Says He"},
	// sentences that go on about the person as "he" keep the reference
	{rule: "anaphora-through-pronouns", text: "Mr Jack Cullen spoke to MSPs on Tuesday. He said the appeal had raised £2m. He said more would follow. The first minister also praised the charities.",
		name: "Jack Cullen", title: "first minister"},
	{rule: "anaphora-through-pronouns", text: "Mr Jack Cullen spoke to MSPs on Tuesday. The appeal had raised £2m. Donations kept coming. The first minister also praised the charities.",
		absent: "Jack Cullen"},
	{rule: ruleAnaphora, text: "Tony Blair has predicted a close race. A former prime minister was speaking in Leeds.",
		absent: "Tony Blair"},
	// a headline's verb in Title Case ends a name
	{rule: "headline-verb-not-name", text: "Tom Ladd Calls Ann Reyes A Disgrace Over Tax Plan.\nDemocratic nominee Ann Reyes said the plan was fair.",
		name: "Ann Reyes", title: "Democratic nominee"},
	{rule: "headline-verb-not-name", text: "Tom Ladd Calls Ann Reyes A Disgrace Over Tax Plan.\nDemocratic nominee Ann Reyes said the plan was fair.",
		absent: "Tom Ladd Calls Ann Reyes"},
	// a participle of what befalls a person is no name, though a headline capitalises it
	{rule: "participle-not-name", text: "RELATED: State Trooper Wounded In Chase On Highway\nA trooper was hurt.",
		absent: "Wounded"},
	{rule: "participle-not-name", text: "State Trooper Dana Killen said the road was closed.",
		name: "Dana Killen", title: "State Trooper"},
	// "ex-" joined to a capitalised word of the title keeps the former office whole
	{rule: "ex-capitalised", text: "His remarks came as ex-Foreign Secretary Tom Ladd said he was hopeful.",
		name: "Tom Ladd", title: "ex-Foreign Secretary"},
	{rule: "ex-capitalised", text: "His remarks came as ex-Cabinet minister Tom Ladd said he was hopeful.",
		name: "Tom Ladd", title: "ex-Cabinet minister"},
	{rule: "ex-capitalised", text: "His remarks came as ex-wife Ann Ladd said she was hopeful.",
		absent: "Ann Ladd"},
	// a body's name before a title goes on over "of" and a place
	{rule: "body-of-place-in-title", text: "The shooting was condemned by University of Nebraska President Ann Castell on Monday.",
		name: "Ann Castell", title: "President", org: "University of Nebraska"},
	{rule: "body-of-place-in-title", text: "The attack was condemned by University of Kentucky spokesman Tom Reyes on Monday.",
		name: "Tom Reyes", title: "spokesman", org: "University of Kentucky"},
	{rule: "body-of-place-in-title", text: "The shooting was condemned by Minister of Defence Ann Castell on Monday in Kenya.",
		name: "Ann Castell", title: "Minister of Defence", country: "KE"},
	// "leader" after a noun of trade is a firm's rank in its market
	{rule: "rank-in-market", text: "Shares rose after market leader Halvor Brands cut prices.",
		absent: "Halvor Brands"},
	{rule: "rank-in-market", text: "The deal was backed by sector leader Dunmore Foods on Monday.",
		absent: "Dunmore Foods"},
	{rule: "rank-in-market", text: "The deal was backed by party leader Tom Dunmore on Monday.",
		name: "Tom Dunmore", title: "party leader"},
	{rule: "rank-in-market", text: "Shares rose after opposition leader Ruth Halvor spoke.",
		name: "Ruth Halvor", title: "opposition leader"},
	// a description refers back to the subject of the sentence before, not
	// to a person named later in it, unless the subject holds another office
	{rule: "description-after-subject", text: "Marcus Hale has appealed for unity after reports claimed Ruth Penrose broke a pledge. The chancellor would not comment on the reports.",
		absent: "Ruth Penrose"},
	{rule: "description-after-subject", text: "But Tom Arkwright attacked the spending plans, dubbing Ruth Penrose a spendthrift. The shadow chancellor said the debt would grow.",
		absent: "Ruth Penrose"},
	{rule: "description-after-subject", text: "Home Secretary Owen Tate vowed to press on with the plans despite a call from Alan Brierley. The Lib Dem leader said the plans were flawed.",
		name: "Alan Brierley", title: "leader", outRule: ruleAnaphora},
	{rule: "description-after-subject", text: "Ruth Penrose has appealed for unity on Monday. The chancellor would not comment on the reports.",
		name: "Ruth Penrose", title: "chancellor", outRule: ruleAnaphora},
	// nor to a victim or a detainee, nor in the plural, nor to the one an
	// indefinite article introduced
	{rule: "description-not-sufferer", text: "Peter Bauer was detained at the border last year. The home secretary said there would be no inquiry.",
		absent: "Peter Bauer"},
	{rule: "description-not-sufferer", text: "Peter Bauer was elected at the border town last year. The mayor said there would be no inquiry.",
		name: "Peter Bauer", title: "mayor", outRule: ruleAnaphora},
	{rule: "description-not-plural", text: "The prize went to Jonah Weil for his first novel. The judges called it a triumph.",
		absent: "Jonah Weil"},
	{rule: "description-not-plural", text: "Jonah Weil read out the verdict on Monday. The judge called it final.",
		name: "Jonah Weil", title: "judge", outRule: ruleAnaphora},
	{rule: "description-not-indefinite", text: "A spokesperson confirmed that Mara Lind had left the airline. The spokesperson also cited the rules.",
		absent: "Mara Lind"},
	{rule: "description-not-indefinite", text: "Mara Lind spoke for the airline on Monday. The spokesperson also cited the rules.",
		name: "Mara Lind", title: "spokesperson", outRule: ruleAnaphora},

	// a description in the clause of which the person is the subject is
	// about somebody else; a possessor or a name behind a comma may be it
	{rule: "description-not-own-subject", text: "Martin Haldane dismissed questions about the attorney general's advice on Monday.",
		absent: "Martin Haldane"},
	{rule: "description-not-own-subject", text: "Rosa Quint's recent gains in the polls may fade if the Republican nominee's stance on trade is attacked.",
		name: "Rosa Quint", title: "nominee", outRule: ruleAnaphora},
	{rule: "description-not-own-subject", text: "Protests continued against the government that ousted Evo Morales, as the socialist leader's supporters marched.",
		name: "Evo Morales", title: "socialist leader", outRule: ruleAnaphora},

	// a party's official holds an office of the party's state
	// r16: a party's leader, like its spokesman, holds the party's own
	// office, no state's (the shared gold: 'Tory leader Michael Howard'
	// is the Conservative Party's); a legislature's leaders keep the state
	{rule: "party-leader", text: "FREDERICTON — The bill was tabled on Tuesday. Green Party Leader Thomas Doucette called the bill overdue.",
		name: "Thomas Doucette", country: "-", org: "Green Party of Canada"},
	{rule: "party-leader", text: "WASHINGTON — The vote was close. Republican House Majority Leader Tom DeLay said the bill would pass.",
		name: "Tom DeLay", country: "US"},
	// r16: an unlisted body "the committee's" refers back to is as often a
	// legislature's: its chair keeps the state
	{rule: "committee-owner", text: "The Public Accounts Committee questioned officials on Monday. The committee's chair, Helen Ashworth, the Labour MP for Bolton North, said the department had ignored warnings.",
		name: "Helen Ashworth", country: "GB"},
	{rule: "committee-owner", text: "The International Olympic Committee met on Monday. The committee's president, Helen Ashworth, said the Games would go ahead.",
		name: "Helen Ashworth", country: "-", org: "IOC"},
	{rule: "party-state", text: "Labour MP Dana Whitfield said the vote in Britain would be close.",
		name: "Dana Whitfield", title: "MP", country: "GB"},
	{rule: "party-state", text: "Labour leader Chris Hale spoke in Wellington, where New Zealand's parliament sits.",
		name: "Chris Hale", title: "leader", country: "-", org: "Labour Party"},

	// runs that name bodies, places, events and things are nobody's name
	{rule: "body-not-person", text: "Marchers went down President Street and along King Street before the General Election.",
		absent: "Street"},
	{rule: "body-not-person", text: "The Premier League said the General Election would not stop the fixtures.",
		absent: "League"},
	{rule: "body-not-person", text: "The General Assembly voted after the Criminal Justice Bill passed.",
		absent: "Assembly"},
	{rule: "body-not-person", text: "Officers of Prince George's County Police found the car.",
		absent: "George"},
	{rule: "body-not-person", text: "Mr Hall, the housing minister, said the plan was ready.",
		name: "Hall", title: "housing minister"},
	{rule: "body-not-person", text: "Senator Ted Park said the bill was dead.",
		name: "Ted Park", title: "Senator"},

	// a definite description refers to whoever holds that office by name
	{rule: "anaphora-held-by-other", text: "President Ann Cole toured the coast. Tom Reyes spoke to reporters about the flood. The president says more help is coming.",
		absent: "Tom Reyes"},
	{rule: "anaphora-held-by-other", text: "Tony Blair has predicted a close race. The prime minister was speaking in Leeds.",
		name: "Tony Blair", title: "prime minister", outRule: ruleAnaphora},
	// people introduced with their age are private people
	{rule: "anaphora-aged-person", text: "Mr Okafor, 32, said he had been held for a year. The home secretary said there would be no inquiry.",
		absent: "Okafor"},
	{rule: "anaphora-aged-person", text: "Mr Okafor said he would stand again. The home secretary was speaking in Leeds.",
		name: "Okafor", title: "home secretary"},

	// "envoy to Ukraine" serves in Ukraine; the office is the press's state's
	{rule: "complement-destination", text: "Kurt Vale, the former special envoy to Ukraine, testified on Tuesday." + americanCopy,
		name: "Kurt Vale", country: "US"},
	{rule: "complement-destination", text: "Marc Duval, the president of Haiti's transitional council, resigned.",
		name: "Marc Duval", country: "HT"},

	// a bare title of the press's own state: "Defense Secretary" in American copy
	{rule: "press-domestic-title", text: "In Syria, the war drags on. Defense Secretary Ash Carlton said more troops would go to Syria." + americanCopy,
		name: "Ash Carlton", country: "US"},
	{rule: "press-domestic-title", text: "Lt. Corey Pollard said the driver fled." + americanCopy,
		name: "Corey Pollard", country: "US"},
	{rule: "press-domestic-title", text: "In Baghdad, Iraq's parliament met. Prime Minister Haidar Saleh said Iraq would not be a battleground." + americanCopy,
		name: "Haidar Saleh", country: "IQ"},
	{rule: "press-domestic-title", text: "Karl-Heinz Brandt, president of the Federal Academy for Security Policy, said Germany must spend more." + americanCopy,
		name: "Karl-Heinz Brandt", country: "DE"},

	// a story that never names its press's state but names another again
	// and again: the bare title is the other state's
	{rule: "about-elsewhere", text: "Karachi shares rose. Pakistani investors were glad, and Pakistan's central bank agreed. The release of Asif Zarrar, former Prime Minister Nadia Bhatti's husband, eased tension." + britishCopy,
		name: "Nadia Bhatti", country: "PK"},
	{rule: "about-elsewhere", text: "In Syria, the war drags on. Syrian forces shelled Idlib. Defense Secretary Ash Carlton said more troops would go to Syria." + americanCopy,
		name: "Ash Carlton", country: "US"},
	{rule: "about-elsewhere", text: "In Washington, the US Senate voted. The US Congress agreed, and US officials said so. Former Cabinet minister Clara Shortt called it a mistake." + britishCopy,
		name: "Clara Shortt", country: "GB"},
	// a place's name after a given name is a surname, no place the story
	// is about: "Vaughan" (an Ontario city) in "Chairman Steve Vaughan"
	{rule: "place-as-surname", text: "The club has lost ten games. Chairman Steve Vaughan said he could not afford to sack the manager." + britishCopy,
		name: "Steve Vaughan", country: "GB"},
	{rule: "place-as-surname", text: "The club has lost ten games in Vaughan this year. Chairman Steve Barr said he could not afford to sack the manager.",
		name: "Steve Barr", country: "CA"},
	// a judge sits in the court the story named before: its place's state
	{rule: "court-place", text: "A man was jailed for seven years at the Central Criminal Court in Dublin on Monday. The victim was a Polish national from Gdansk, and his Polish family travelled from Poland. Ms Justice Eileen Brenn said the attack was cowardly.",
		name: "Eileen Brenn", country: "IE"},
	{rule: "court-place", text: "The victim was a Polish national from Gdansk, and his Polish family travelled from Poland. Ms Justice Eileen Brenn said the attack was cowardly. His lawyer said he would appeal to a court in Dublin.",
		name: "Eileen Brenn", country: "PL"},
	// a body's acronym owns the title of an apposition as a lower-case
	// owner noun does: "JTFN's Turkish commander" is Turkey's (an acronym the gazetteer
	// lacks: KFOR is listed now)
	{rule: "acronym-owner", text: "Serbia protested. Major General Ozkan Ulutas, JTFN's Turkish commander, said the troops would patrol around Zvecan.",
		name: "Ozkan Ulutas", country: "TR"},
	{rule: "acronym-owner", text: "Serbia protested. Ozkan Ulutas, Hakan's Turkish commander, said the troops would patrol around Zvecan.",
		absent: "Ozkan Ulutas"},
	// "at the request of" a title: the state acting in the sentence asked
	// nothing of itself
	{rule: "requester-state", text: "Fighting went on in Mozambique. Kigali first sent 1,000 soldiers to the province in July 2021 at the request of President Filipe Nyusa. Rwanda says its troops will stay. Rwanda's army agreed.",
		name: "Filipe Nyusa", country: "MZ"},
	{rule: "requester-state", text: "Fighting went on in Mozambique. Kigali first sent 1,000 soldiers to the province in July 2021 on the advice of President Paul Kagame. Rwanda says its troops will stay. Rwanda's army agreed.",
		name: "Paul Kagame", country: "RW"},
	// a body's name may end in a number: "Lodge 9", "Local 727"
	{rule: "numbered-body", text: "Keith Dombrow, president of the Fraternal Order of Police Capital City Lodge 9, said the officer had been cleared.",
		name: "Keith Dombrow", title: "president", org: "Fraternal Order of Police Capital City Lodge 9"},
	{rule: "numbered-body", text: "Keith Dombrow, president of the Fraternal Order of Police Capital City Lodge 9 years ago, said the officer had been cleared.",
		absent: "Keith Dombrow"},
	// a copula after the name states an office opened by its state or body
	{rule: ruleCopula, text: "Daniel Gunasek keeps a photograph on his desk. Daniel Gunasek is Sri Lanka's minister of public security.",
		name: "Daniel Gunasek", title: "minister", country: "LK", outRule: ruleCopula},
	{rule: ruleCopula, text: "Critics disagree. \"He failed,\" said Gordon Browne. Gordon Browne was a great chancellor, his friends say.",
		absent: "Gordon Browne"},
	{rule: ruleCopula, text: "Critics disagree. \"I won,\" said Zach Braffe. Zach Braffe was named best new director for his debut Garden State.",
		absent: "Zach Braffe"},
	// a state's name right before a role noun that serves a subject is
	// the subject, not the owner: "US Syria envoy" is the US's
	{rule: "subject-state", text: "US Syria envoy James Jeffers said the talks had failed.",
		name: "James Jeffers", title: "Syria envoy", country: "US"},
	{rule: "subject-state", text: "UN Syria envoy Geir Pederson said the talks had failed.",
		name: "Geir Pederson", country: "-", org: "UN"},
	{rule: "subject-state", text: "Syria's envoy Bashar Jaafar said the talks had failed.",
		name: "Bashar Jaafar", country: "SY"},
	// an institution that stands for a state inside an apposition's title
	// stays in the title and gives the state
	{rule: "institution-in-title", text: "\"He is fine,\" said Hogan Gidler, principal deputy White House press secretary.",
		name: "Hogan Gidler", title: "principal deputy White House press secretary", country: "US"},
	{rule: "institution-in-title", text: "\"He is fine,\" said Hogan Gidler, a White House spokesman.",
		name: "Hogan Gidler", title: "spokesman", country: "US"},
	// "in" before a body's name in an apposition serves the body as "of"
	{rule: "body-after-in", text: "Daw Khin Mya Thwe, the humanitarian affairs minister in the opposition National Unity Government, said villages had been cut off.",
		name: "Khin Mya Thwe", title: "humanitarian affairs minister", org: "National Unity Government"},
	{rule: "body-after-in", text: "Khin Mya Thwe, the minister in charge, said villages had been cut off.",
		absent: "Khin Mya Thwe"},
	// a capitalised word that opens parties' names in the title picks, of
	// their states, the one the story names most
	{rule: "party-word-state", text: "China wants a trade deal. Beijing has pressed Canada hard, and China's envoy met Canadian officials. Conservative Leader Andrew Sheer says he would not pursue a deal with China.",
		name: "Andrew Sheer", country: "-", org: "Conservative Party of Canada"}, // the party of the state the story names most
	{rule: "party-word-state", text: "Germany's jobless rate rose, German officials said, and Britain's fell. Frank Weiss, head of the Federal Labour Agency, said jobs in Germany were at stake.",
		name: "Frank Weiss", country: "DE"},
	// a place's abbreviation and its period inside a title or a body's name
	{rule: "place-abbreviation", text: "St. Charles Police Lt. Tom Wilkins said the driver fled.",
		name: "Tom Wilkins", title: "St Charles Police Lt"},
	{rule: "place-abbreviation", text: "On Jan. 9, James Bullock, the president of the St. Louis Federal Reserve, gave an interview.",
		name: "James Bullock", title: "president of the St Louis Federal Reserve"},
	{rule: "place-abbreviation", text: "Shares fell at MCI Inc. Former WorldCom chief executive Bernard Ebbs denied the charges.",
		name: "Bernard Ebbs", title: "Former WorldCom chief executive"},
	// one stray "-ising" word does not undo American copy
	{rule: "style-ratio", text: "Defense Secretary Ash Carlton said the plan was worth disguising." + americanCopy,
		name: "Ash Carlton", country: "US"},
	{rule: "style-ratio", text: "Defence Secretary Ann Carlton said the plan was worth realising, and recognising the programme's cost." + britishCopy,
		name: "Ann Carlton", country: "GB"},

	// a state binds a title only across commas; with a preposition between
	// it is where something happens
	{rule: "bound-state-commas", text: "American troops will leave Syria under President Dan Morrow's plan." + americanCopy,
		name: "Dan Morrow", title: "President", country: "US"},
	{rule: "bound-state-commas", text: "In Kenya, President Daniel Otieno said the vote would go ahead.",
		name: "Daniel Otieno", country: "KE"},

	// "a Ukraine specialist" is a topic, not a state acting
	{rule: "topic-state-mention", text: "Aides grilled Ruth Hale, a Ukraine specialist, and Jane Wills, a top aide to Vice President Mark Pell, on the call." + americanCopy,
		name: "Mark Pell", country: "US"},
	{rule: "topic-state-mention", text: "Nine French soldiers were killed and President Jacques Moreau ordered a strike.",
		name: "Jacques Moreau", country: "FR"},

	// after the name a state's adjective qualifies a body, not another title
	{rule: "after-name-body-qualifier", text: "The vice-president, Mike Penner, met the Japanese prime minister in Ohio." + americanCopy,
		name: "Mike Penner", country: "US"},
	{rule: "after-name-body-qualifier", text: "Deputy Director Eva Lind dropped the case, the Swedish Prosecution Authority said.",
		name: "Eva Lind", country: "SE"},

	// prepositions are never part of a title
	{rule: "preposition-not-in-title", text: "Troops left Syria under President Dan Morrow's order.",
		name: "Dan Morrow", title: "President"},
	{rule: "preposition-not-in-title", text: "The foreign office spokeswoman Lena Park said the talks were over.",
		name: "Lena Park", title: "foreign office spokeswoman"},

	// hyphenated roles: a role noun joined to its qualifier
	{rule: "hyphen-compound-role", text: "Ex-president Mary Chen said the court had erred.",
		name: "Mary Chen", title: "Ex-president"},
	{rule: "hyphen-compound-role", text: "Vice-president Karen Holt opened the session.",
		name: "Karen Holt", title: "Vice-president"},
	{rule: "hyphen-compound-role", text: "Well-known Tom Hale said the court had erred.",
		absent: "Tom Hale"},

	// a role noun whose hyphenated prepositional phrase completes it
	{rule: "role-with-hyphenated-tail", text: "Sergeant-at-Arms Hugh Talbot locked the doors on Tuesday.",
		name: "Hugh Talbot", title: "Sergeant-at-Arms"},
	{rule: "role-with-hyphenated-tail", text: "Chief-of-Staff Rana Idris told the committee the plan was ready.",
		name: "Rana Idris", title: "Chief-of-Staff"},
	{rule: "role-with-hyphenated-tail", text: "Four-of-a-Kind Tom Hale won the race on Sunday.",
		absent: "Tom Hale"},

	// local news naming no state: a title only one state's press writes bare
	{rule: "local-title-sole-state", text: "Marin County sheriff's Lt. Dan Ortega said the road was closed on Friday.",
		name: "Dan Ortega", title: "Lt", country: "US"},
	{rule: "local-title-sole-state", text: "Deputy District Attorney Sara Klein said the trial would start in June.",
		name: "Sara Klein", title: "Deputy District Attorney", country: "US"},
	{rule: "local-title-sole-state", text: "Secretary Ann Lee said the road was closed on Friday.",
		name: "Ann Lee", title: "Secretary", country: "-"},

	// roles listed as whole phrases whose last word is no role alone
	{rule: "office-phrase", text: "U.S. Attorney Jane Dorsey charged the two men on Monday.",
		name: "Jane Dorsey", title: "Attorney", country: "US"},
	{rule: "office-phrase", text: "Chief Deputy District Attorney Rick Hanley said the case was strong.",
		name: "Rick Hanley", title: "Chief Deputy District Attorney"},
	{rule: "office-phrase", text: "Assistant State's Attorney Beth Dorn asked for a higher bail.",
		name: "Beth Dorn", title: "Assistant State's Attorney"},
	{rule: "office-phrase", text: "Defense attorney Mary Poe said her client was innocent.",
		absent: "Mary Poe"},

	// a body that is no state's, named in the title, is the organization
	{rule: "body-in-title", text: "Countryside Alliance chairman John Jay said the ban would fail in Britain.",
		name: "John Jay", country: "-", org: "Countryside Alliance"},
	{rule: "body-in-title", text: "American Association of Suicidology president David Mills said more help was needed.",
		name: "David Mills", country: "-", org: "American Association of Suicidology"},
	{rule: "body-in-title", text: "Frances Grady, general secretary of the Trades Union Congress, said workers in Britain were angry.",
		name: "Frances Grady", country: "-", org: "Trades Union Congress"},
	{rule: "body-in-title", text: "Bereket Alemu, head of the Government Communication Service, said Ethiopia was calm.",
		name: "Bereket Alemu", country: "ET", org: "-"},

	// session 11: a postal code is a dateline's region ("HILLIARD, OH
	// (WCMH) –"), not where it is a word
	{rule: "dateline-state", text: "Boy dead after shooting\n\nHILLIARD, OH (WCMH) – Neighbours said it was a programme, and Mr Fisk agreed. Mayor Robert Fisk said the boy died.",
		name: "Robert Fisk", country: "US"},
	{rule: "dateline-state", text: "Boy dead after shooting\n\nHILLIARD – Neighbours said OH (WCMH) was a programme, and Mr Fisk agreed. Mayor Robert Fisk said the boy died.",
		name: "Robert Fisk", country: "-"},
	// session 11: scraped local news puts a caption or a summary before
	// the dateline; a paragraph up to the fifth that opens with one counts
	{rule: "dateline-state", text: "Girl shot at open house\n\nPlease enable Javascript to watch this video\n\nHANOVER COUNTY, Va. -- A boy shot his sister, the Hanover Sheriff's Office said. Office Deputy Karen Godley said the gun was loaded.",
		name: "Karen Godley", country: "US"},
	{rule: "dateline-state", text: "Girl shot at open house\n\nPlease enable Javascript to watch this video\n\nA boy shot his sister in Hanover, the Sheriff's Office said. Office Deputy Karen Godley said the gun was loaded.",
		name: "Karen Godley", country: "DE"},
	// session 11: the town a dateline with a region names is that region's
	// state's town all through the story
	{rule: "dateline-state", text: "One dead in shooting\n\nBRISTOL, Tenn. (WJHL) – One person died in a shooting in Bristol. Bristol Police Chief Blain Ward said the suspect was held.",
		name: "Blain Ward", country: "US"},
	{rule: "dateline-state", text: "One dead in shooting\n\nOne person died in a shooting in Bristol on Tuesday. Bristol Police Chief Blain Ward said the suspect was held.",
		name: "Blain Ward", country: "GB"},
	// session 12: a body of one state's gazetteer after the name of a
	// town of another is that town's namesake body
	{rule: "body-of-town", text: "Two men were wounded in a shooting, the Las Vegas Metropolitan Police Department said. Lt. Dana Pruitt said no arrests had been made.",
		name: "Dana Pruitt", country: "US"},
	{rule: "body-of-town", text: "Two men were wounded in a stabbing, the Metropolitan Police said. Lt. Dana Pruitt said no arrests had been made.",
		name: "Dana Pruitt", country: "GB"},
	{rule: "body-of-town", text: "Two men were wounded in a stabbing, London's Metropolitan Police said. Lt. Dana Pruitt said no arrests had been made.",
		name: "Dana Pruitt", country: "GB"},
	// session 11: in American copy set among American places, an English
	// town's name before a local government's word is a namesake
	{rule: "american-namesake", text: "Mr. Hale said the man was shot on Elm Street in Dayton, Ohio. Mr. Hale said the program had been canceled. Portsmouth Police Captain Lynn Brewster said the man was held.",
		name: "Lynn Brewster", country: "US"},
	{rule: "american-namesake", text: "Mr. Hale said the man was shot on Elm Street in Dayton, Ohio. Mr. Hale said the program had been canceled. Portsmouth Police Captain Lynn Brewster of England said the man was held.",
		name: "Lynn Brewster", country: "GB"},
	// session 12: a dateline in the United States makes the copy American
	// and sets it there; in American copy a town's name before "County" is
	// a namesake even among no American places
	{rule: "american-namesake", text: "Man dies in shooting\n\nFALL RIVER, Mass. (AP) — A man died after a shooting on Tuesday. Bristol County District Attorney Thomas Kane said the man was held.",
		name: "Thomas Kane", country: "US"},
	{rule: "american-namesake", text: "Mr. Hale was shot at 10 p.m. on Tuesday and died at the hospital. York County Coroner Pam Daly said the gun was loaded.",
		name: "Pam Daly", country: "US"},
	{rule: "american-namesake", text: "Mr Hale was shot at 10pm on Tuesday and died at the hospital. York County Coroner Pam Daly said the gun was loaded.",
		name: "Pam Daly", country: "GB"},
	{rule: "american-namesake", text: "Mr. Hale was shot at 10 p.m. on Tuesday and died at the hospital. York City Council leader Pam Daly said the area was safe.",
		name: "Pam Daly", country: "GB"},
	// session 12: a state's name between a title and a surname is a
	// given name ("Spokesperson Israel Butler")
	{rule: "state-given-name", text: "The gun went off in a desk, school board Spokesperson Israel Butler said.",
		name: "Israel Butler"},
	{rule: "state-given-name", text: "The gun went off in a desk in Israel, school board Spokesperson Mia Butler said.",
		name: "Mia Butler", absent: "Israel"},
	// session 12: "Georgia" judged the US state is a place of it, which
	// gives a local title its state
	{rule: "homonym-state-place", text: "A toddler was wounded in Georgia on Sunday, Dodge County deputies said. Sheriff Lynn Sheffield said the gun was loaded.",
		name: "Lynn Sheffield", country: "US"},
	{rule: "homonym-state-place", text: "A soldier was wounded in Georgia on Sunday, officials in Tbilisi said. Minister Lynn Sheffield said the gun was loaded.",
		name: "Lynn Sheffield", country: "GE"},
	// session 12: a town's name opening a street's ("Oxford Drive")
	// names no place of the town's state when the story names another
	{rule: "street-name", text: "Four people were shot at an apartment on Oxford Drive in Memphis late on Tuesday. Residents of Oxford Drive said the shots woke them. Police Captain Jane Hall said two were in critical condition.",
		name: "Jane Hall", country: "US"},
	{rule: "street-name", text: "Four people were shot at an apartment in Oxford late on Tuesday. Police Captain Jane Hall said two were in critical condition.",
		name: "Jane Hall", country: "GB"},
	{rule: "street-name", text: "Four people were shot at an apartment on Oxford Drive late on Tuesday. Police Captain Jane Hall said two were in critical condition.",
		name: "Jane Hall", country: "GB"},
	// a dateline abroad makes bare titles local ones
	// session 10: a dateline opens the paragraph after a headline too;
	// a capital's namesake in local news set in another state's places
	// is no dateline of that capital's state
	{rule: "dateline-state", text: "Troops sent to the border\n\nGUATEMALA CITY, Dec 3 — Mexico and Guatemala traded blame. Mexican officials said Mexico had sent police, and Guatemala agreed. The border stayed closed on Monday. Defence Minister Henry Solis said the first soldiers had left.",
		name: "Henry Solis", country: "GT"},
	{rule: "dateline-state", text: "Boy shot on porch\n\nLIMA — A boy was shot on his porch in Allen County, Ohio, on Sunday. Detective Tom Hale said the shooter fled.",
		name: "Tom Hale", country: "US"},
	{rule: "dateline-state", text: "Three dead in Waldorf\n\nLA PLATA, Md.\n\nSheriff's detectives released more details on Friday. Det. Tom Hale said the suspect fled.",
		name: "Tom Hale", country: "US"},
	{rule: "dateline-state", text: "KABUL (Reuters) - A bomb killed 12 people, interior ministry spokesman Abdul Rahimi said. The U.S. embassy said Mr. Dunn had left.",
		name: "Abdul Rahimi", country: "AF"},
	{rule: "dateline-state", text: "WASHINGTON (AP) - Defense Secretary Ash Carlton said troops would stay in Iraq. The U.S. plan, Iraq said, was unwelcome.",
		name: "Ash Carlton", country: "US"},

	// names: suffixes, initials, invisible marks
	{rule: "name-suffix", text: "Union leader Marcus Pell Jnr said the strike would go ahead.",
		name: "Marcus Pell Jnr", title: "Union leader"},
	{rule: "name-suffix", text: "Union leader Marcus Pell said the strike would go ahead.",
		name: "Marcus Pell", title: "Union leader"},
	// "park" ends a place's name; opening a name it is a surname
	{rule: "park-last-only", text: "\"Growth is back,\" said central bank governor Park Seung-ho.",
		name: "Park Seung-ho", title: "central bank governor"},
	{rule: "park-last-only", text: "Crowds gathered in Hyde Park on Sunday, police chief Dan Reyes said.",
		name: "Dan Reyes", absent: "Hyde Park"},
	// a lower-case role noun and a connector before a whole title belong
	// to someone else: the name holds the title after the connector
	{rule: "title-after-role-connector", text: "Dan Reyes, a spokesman for Mayor Frank Olsen, said the roads would reopen.",
		name: "Frank Olsen", title: "Mayor"},
	{rule: "title-after-role-connector", text: "Association of Chief Police Officers president Chris Dale said crime fell.",
		name: "Chris Dale", org: "Association"},
	{rule: "title-after-role-connector", text: "A spokesman for Democratic presidential candidate Mara Lind called the report false.",
		name: "Mara Lind", title: "Democratic presidential candidate"},
	{rule: "title-after-role-connector", text: "A spokesman for Westfield Bank chief executive Mara Lind called the report false.",
		name: "Mara Lind", title: "chief executive", org: "Westfield Bank"},
	{rule: "title-after-role-connector", text: "The secretary for Democratic Affairs Mara Lind called the report false.",
		name: "Mara Lind", title: "secretary for Democratic Affairs"},
	// a title that opens with a qualifier takes no lower-case noun before it
	{rule: "qualifier-closes-title", text: "The panel voted on the inquiry former Secretary of State Ann Reyes had opened.",
		name: "Ann Reyes", title: "former Secretary of State"},
	{rule: "qualifier-closes-title", text: "Spain's foreign former minister Ann Reyes left.",
		absent: "Ann Reyes former"},
	// a preposition is no part of a title
	{rule: "preposition-ends-title", text: "Ann Reyes spoke, sitting alongside Vice President Tom Hale.",
		name: "Tom Hale", title: "Vice President"},
	{rule: "preposition-ends-title", text: "Ann Reyes spoke, sitting alongside the guest Tom Hale.",
		absent: "Tom Hale"},
	// a verb in -ed before a capitalised title is no part of the title
	{rule: "verb-before-capital-title", text: "The Greens accepted Prime Minister Dana Holt's offer on Monday.",
		name: "Dana Holt", title: "Prime Minister"},
	{rule: "verb-before-capital-title", text: "Spain's armed forces minister Lucia Prado visited the base.",
		name: "Lucia Prado", title: "armed forces minister"},
	// "as" before a title and a comma: the office is someone else's
	{rule: "predicate-as-title", text: "Mark Dunn will be more open in his second term as US President, Karl Weiss has said.",
		absent: "Karl Weiss"},
	{rule: "predicate-as-title", text: "The US President, Karl Weiss, has said talks will go on.",
		name: "Karl Weiss", title: "President", country: "US"},
	// one capitalised word after a title's of- or for-phrase ends a body's
	// name; a full name or an honorific there is a person
	{rule: "body-end-after-complement", text: "But Dana Price, director general of the Northern Chambers of Trade, warned that firms would struggle.",
		name: "Dana Price", absent: "Chambers"},
	{rule: "body-end-after-complement", text: "The rise was modest, said a spokesman for Union Savings.",
		absent: "Savings"},
	{rule: "body-end-after-complement", text: "Minister for Rail Lord Bexley said the line would reopen.",
		name: "Bexley", title: "Minister for Rail"},
	{rule: "body-end-after-complement", text: "Speaker of the House Nancy Pell said the vote would be held.",
		name: "Nancy Pell", title: "Speaker of the House"},
	// a state closing a title-cased body's name is its national section
	{rule: "section-of-named-body", text: "Ottawa is reviewing the law. Parents Against Speeding Canada's chief executive, Lena Marsh, said the fines were too low.",
		name: "Lena Marsh", country: "-"},
	{rule: "section-of-named-body", text: "Ottawa is reviewing the law. Speeding Canada's chief executive, Lena Marsh, said the fines were too low.",
		name: "Lena Marsh", country: "CA"},
	// a state's name after a titled given name is a surname
	{rule: "state-surname-of-titled", text: "Telecoms ombudsman Elizabeth France said the rules were clear.",
		name: "Elizabeth France", title: "Telecoms ombudsman", country: "-"},
	{rule: "state-surname-of-titled", text: "Telecoms ombudsman Elizabeth Marr said the rules in France were clear.",
		name: "Elizabeth Marr", title: "Telecoms ombudsman", country: "FR"},
	{rule: "name-suffix", text: "Gen. Joseph F. Dunwood Jr. said the campaign would last years.",
		name: "Joseph F. Dunwood Jr.", title: "Gen"},
	{rule: "name-suffix", text: "Martin Luther King Jr. was remembered at the rally.",
		absent: "Jr"},
	{rule: "name-initials", text: "President George H.W. Bush visited Madrid in 1991.",
		name: "George H.W. Bush", title: "President"},
	{rule: "name-initials", text: "President Dale Moss flew to the U.S. Army base.",
		name: "Dale Moss"},
	{rule: "invisible-chars", text: "President Vladi\u00admir Putov spoke, and Mr Pu\u200btov left.",
		name: "Vladimir Putov", title: "President"},
	{rule: "invisible-chars", text: "President Vladimir Putov spoke.",
		name: "Vladimir Putov", title: "President"},
	{rule: "invisible-chars", text: "President Vladi\u00admir Putov spoke.",
		absent: "Vladi"},

	// complements after a role noun, read one after another
	{rule: "role-complements", text: "Ho Jian, the former executive director for China at the International Monetary Fund, said it was late.",
		name: "Ho Jian", title: "former executive director", country: "-", org: "IMF", outRule: ruleApposition},
	{rule: "role-complements", text: "Chris Pell, vice president for defense and foreign policy studies at the Cato Institute, a libertarian group, disagreed.",
		name: "Chris Pell", title: "vice president", org: "Cato Institute"},
	{rule: "role-complements", text: "John Willet, the president of the Federal Reserve Bank of New York, said growth was slowing.",
		name: "John Willet", title: "president of the Federal Reserve Bank of New York", country: "US"},
	{rule: "role-complements", text: "Philip Lane, Research and Advocacy Director for the Middle East and North Africa at Amnesty International, said the arrests must stop.",
		name: "Philip Lane", org: "Amnesty International", country: "-"},
	{rule: "role-complements", text: "Ann Holt, a friend of the family since school days in Leeds, said she was shocked.",
		absent: "Ann Holt"},
	// session 10: a role that serves a titled person shares that person's
	// state, written after the name or before it ("an adviser to
	// President NAME, NAME,"); a person's name without the role does not
	{rule: "principal-state", text: "Zuppi met Yuri Orlov, an adviser to President Vladimir Putin, on Monday.",
		name: "Yuri Orlov", title: "adviser", country: "RU"},
	{rule: "principal-state", text: "Zuppi met an adviser to President Vladimir Putin, Yuri Orlov, on Monday.",
		name: "Yuri Orlov", title: "adviser", country: "RU"},
	{rule: "principal-state", text: "A senior aide to Prime Minister Keir Starmer, Tom Hale, flew to Doha.",
		name: "Tom Hale", country: "GB"},
	{rule: "principal-state", text: "He wrote to President Joe Biden, Tom Hale said.",
		absent: "Tom Hale"},
	{rule: "principal-state", text: "A friend to President Joe Biden, Tom Hale, said the trip was private.",
		absent: "Tom Hale"},
	// session 10: a body whose name a continent or a region of states
	// opens is no state's ("of the Africa Centres for Disease Control");
	// a body opened by a state's name is not
	{rule: "continental-body", text: "Jean Kabila, director-general of the Africa Centres for Disease Control and Prevention, said testing lagged in Congo.",
		name: "Jean Kabila", org: "Africa Centres for Disease Control and Prevention", country: "-"},
	{rule: "continental-body", text: "Jean Kabila, director-general of the Congo Centres for Disease Control, said testing lagged.",
		name: "Jean Kabila", org: "-"},
	// r16a: compass words may stand before the continental word ("the
	// Western and Central Pacific ..."); a state's name after them ("the
	// Central African Republic") still makes no such body
	{rule: "continental-body", text: "Fiji hosted the talks. Sione Tupou, executive director of the Western and Central Pacific Tuna Commission, said the stock was near its limit.",
		name: "Sione Tupou", org: "Western and Central Pacific Tuna Commission", country: "-"},
	{rule: "continental-body", text: "Jean Kabila, director-general of the Central African Republic Health Commission, said testing lagged.",
		name: "Jean Kabila", org: "-"},
	// session 10: a person who owns a role through a possessive is the
	// role's principal ("the Pope's envoy", "Prime Minister NAME's chief
	// of staff"); a body that owns it makes it the body's
	{rule: "principal-state", text: "Kyiv welcomed the visit. Pope Leo XIV's peace envoy, Marco Bellini, met Ukrainian officials in Kyiv.",
		name: "Marco Bellini", country: "VA"},
	{rule: "principal-state", text: "Talks resumed in Kyiv. Ukraine said they were useful. Prime Minister Keir Starmer's chief of staff, Tom Hale, flew in on Monday.",
		name: "Tom Hale", country: "GB"},
	{rule: "principal-state", text: "Talks resumed in Kyiv. Ukraine said they were useful. The company's chief executive, Tom Hale, flew in on Monday.",
		name: "Tom Hale", country: "-"},
	// session 10: a place inside a state in the of-phrase of a title
	// before the name gives the place's state ("The governor of the
	// Belgorod region, NAME,"); a body named after a place does not
	{rule: "role-complements", text: "Ukraine denied the claim. The governor of the Belgorod region, Vyacheslav Gladkov, said a drone hit a bus. Ukraine said it had no drones there.",
		name: "Vyacheslav Gladkov", country: "RU"},
	{rule: "role-complements", text: "Wales lost on Saturday. The captain of the Cardiff Blues, Tom Hale, said his side would win.",
		name: "Tom Hale", country: "GB"},
	// session 10: a bare governor's or mayor's title takes the state of
	// the place inside a state named in the sentence before, in its
	// paragraph: the place the office governs
	{rule: "governed-place", text: "Russia said the talks had failed. Within hours, Russian missiles struck an energy facility near Odesa. The regional governor, Oleh Kiper, said two workers were killed.",
		name: "Oleh Kiper", country: "UA"},
	{rule: "governed-place", text: "Russia said the talks had failed. Within hours, Russian missiles struck an energy facility near Odesa. The foreign ministry spokeswoman, Anna Orlova, said the strike was a reply.",
		name: "Anna Orlova", country: "RU"},
	// session 10: a bare title whose holder speaks at the end of a
	// sentence that a body's possessive opens, past a dateline, is the
	// body's head ("GENEVA, Dec 1 — The World Health Organization's
	// committee will meet ..., Director-General NAME said"); a state's
	// body there keeps the title the state's
	{rule: "subject-body", text: "WHO weighs emergency\n\nGENEVA/KINSHASA, Dec 1 — The World Health Organization's emergency committee will meet next week on mpox in Congo, Director-General Tom Hale said on Monday.",
		name: "Tom Hale", org: "WHO", country: "-"},
	{rule: "subject-body", text: "Kenya weighs emergency\n\nNAIROBI, Dec 1 — Kenya's health ministry committee will meet next week on mpox in Kenya, Director-General Tom Hale said on Monday.",
		name: "Tom Hale", org: "-", country: "KE"},
	// session 10: a state inside the quoted words of a title's sentence is
	// the speaker's topic, not the office's; one outside the marks still
	// gives the state
	{rule: "context-state", text: "India's ONGC wants a stake in the unit. \"We are in touch with the concerned Russian entities about the assets and other opportunities in Russia,\" said ONGC chairman Tom Hale. Local press had reported that ONGC was looking to buy 15% of the unit.",
		name: "Tom Hale", country: "IN"},
	{rule: "context-state", text: "Talks began on Monday. In Russia, ONGC chairman Tom Hale said he was in touch with several firms.",
		name: "Tom Hale", country: "RU"},
	{rule: "context-state", text: "France will leave its bases by January. \"This decision reflects the will of the Chadian people,\" Foreign Minister Tom Hale said. France said it would comply, and Paris thanked its troops.",
		name: "Tom Hale", country: "TD"},
	// session 10: a bare "X Minister" takes the state of the X ministry
	// named with its state in the two paragraphs before ("the defence
	// ministry in Rome said ... Defence Minister NAME said"); another
	// portfolio's ministry says nothing
	{rule: "ministry-state", text: "NIAMEY — Italy will withdraw its soldiers from Niger, the defence ministry in Rome said. Niger's junta has turned to Russia, and Niger said it would not object.\n\nNiger thanked the soldiers. Defence Minister Tom Hale said the mission had ended.",
		name: "Tom Hale", country: "IT"},
	{rule: "ministry-state", text: "NIAMEY — Italy will withdraw its soldiers from Niger, the foreign ministry in Rome said. Niger's junta has turned to Russia, and Niger said it would not object.\n\nNiger thanked the soldiers. Defence Minister Tom Hale said the mission had ended.",
		name: "Tom Hale", country: "NE"},
	// session 10: a state's adjective and one modifier before a state
	// institution's noun end the complement ("the head of the Ukrainian
	// presidential office"); before a body that is no state's they do not
	{rule: "role-complements", text: "Oleh Marchuk, the head of the Ukrainian presidential office, said the talks had failed.",
		name: "Oleh Marchuk", country: "UA"},
	{rule: "role-complements", text: "Tom Hale, the captain of the Welsh rugby team, said the match was lost.",
		absent: "Tom Hale"},
	// whose aide: a person in the complement is left out of the title
	{rule: "complement-person", text: "Jane Willis, a top national security aide to Vice President Mark Pell, testified.",
		name: "Jane Willis", title: "top national security aide"},
	{rule: "complement-person", text: "Omar Haddad, an aide to Azerbaijan's president, said the talks had stalled.",
		name: "Omar Haddad", title: "aide", country: "AZ"},
	// a complement that is a state or a body, then the name, no comma
	{rule: "bare-complement-before-name", text: "Another diplomat, former special envoy to Ukraine Kurt Vollen, changed his account.",
		name: "Kurt Vollen", title: "former special envoy"},
	{rule: "bare-complement-before-name", text: "He met U.S. Ambassador to the European Union Gordon Sandel on Monday.",
		name: "Gordon Sandel", title: "Ambassador", country: "US", org: "-"},
	{rule: "bare-complement-before-name", text: "The talks with Ukraine Kurt Vollen joined were short.",
		absent: "Kurt Vollen"},
	// a title opening the sentence before a comma and the name
	{rule: "title-comma-sentence-start", text: "President of the Senate, Bukola Sarak, went to court.",
		name: "Bukola Sarak", title: "President", outRule: ruleTitleComma},
	{rule: "title-comma-sentence-start", text: "The Inspector-General of Police, Ibrahim Idriss, went to court.",
		name: "Ibrahim Idriss", title: "Inspector-General"},
	{rule: "title-comma-sentence-start", text: "Friends, Bukola Sarak said, were waiting.",
		absent: "Bukola Sarak"},
	// a description with lower-case nouns before its role noun
	{rule: "anaphora-compound", text: "The ban is clear, Alun Mitchell has said. The rural affairs minister said it would work.",
		name: "Alun Mitchell", title: "affairs minister", outRule: ruleAnaphora},
	{rule: "anaphora-compound", text: "The ban is clear, Alun Mitchell has said. The old house was empty.",
		absent: "Alun Mitchell"},
	// weak roles need a body or a state
	{rule: "weak-body-role", text: "He spoke with Keir Stanton, a senior Labour Party figure.",
		name: "Keir Stanton", title: "senior figure", org: "Labour Party"},
	{rule: "weak-body-role", text: "Republican counsel Steve Castell asked about the call.",
		name: "Steve Castell", title: "counsel", country: "US"},
	{rule: "weak-body-role", text: "A public figure, Tom Dunn, objected.",
		absent: "Tom Dunn"},

	// a title never crosses a paragraph: a headline's last word is no title
	{rule: "title-same-paragraph", text: "Teenagers to be allowed to become MPs\nTeenagers will be able to stand for election.",
		absent: "Teenagers"},
	{rule: "title-same-paragraph", text: "Plans were set out by MPs\nMP Tom Hale said the plans were fair.",
		name: "Tom Hale", title: "MP"},
	// a plural's apostrophe before a body: "Workers' Union"
	{rule: "plural-possessive-body", text: "Sir Tom Hale of the General Workers' Union said members would strike.",
		absent: "Workers"},
	{rule: "plural-possessive-body", text: "General Tom Hale said the plan was sound.",
		name: "Tom Hale", title: "General"},
	// a role noun that is also an adjective before one word
	{rule: "adjective-title", text: "Shares in General Electric and General Motors fell, while Premier Foods rose.",
		absent: "Electric"},
	{rule: "adjective-title", text: "General David Petran said the surge worked. General Petran later resigned.",
		name: "David Petran", title: "General"},
	// a plural role noun before one name names no person
	{rule: "plural-title", text: "Premiership leaders Chelsea won again on Saturday.",
		absent: "Chelsea"},
	{rule: "plural-title", text: "Senators Ann Holt and Tom Reyes objected to the bill.",
		name: "Ann Holt", title: "Senator"},
	// a surname alone goes to the one of that name mentioned last
	{rule: "surname-nearest", text: "Ukraine was asked to look into Joe and Hunter Bain. The request concerned Joe Bain. Vice President Bain said nothing.",
		name: "Joe Bain", title: "Vice President", absent: "Hunter Bain"},
	{rule: "surname-nearest", text: "Joe Bain met Hunter Bain. Senator Joe Bain said the meeting went well.",
		name: "Joe Bain", title: "Senator", absent: "Hunter Bain"},
	// transliterations of one surname are one person
	{rule: "surname-transliteration", text: "President Volodymyr Zelenskiy spoke by phone. Later President Zelenskyy said he was not pressured.",
		name: "Volodymyr Zelenskiy", absent: "Zelenskyy"},
	{rule: "surname-transliteration", text: "President Volodymyr Zelenskiy spoke by phone with Andriy Zelensk.",
		name: "Volodymyr Zelenskiy"},
	// "X has said": a speech verb after an auxiliary is evidence of a person
	{rule: "says-after-auxiliary", text: "Alun Mitchell has said the plan would work. The minister was speaking in Leeds.",
		name: "Alun Mitchell", title: "minister"},
	{rule: "says-after-auxiliary", text: "Alun Mitchell has plans for the valley. The minister was speaking in Leeds.",
		absent: "Alun Mitchell"},

	// datelined abroad, only the press's distinctive titles stay its own
	{rule: "domestic-title-abroad", text: "LONDON - The American government will lift sanctions on Sudan, President Barack Obrien said, as Sudan's government welcomed the move." + americanCopy,
		name: "Barack Obrien", country: "US"},
	{rule: "domestic-title-abroad", text: "KHARTOUM, Sudan - Sudan's army fought on. Col. Ahmed Idris, an army spokesman, said the rebels had fled." + americanCopy,
		name: "Ahmed Idris", country: "SD"},
	// "President Ashraf Ghani of Afghanistan"
	{rule: "of-state-after-name", text: "In talks on Iran, President Ashraf Ghan of Afghanistan asked for aid." + americanCopy,
		name: "Ashraf Ghan", country: "AF"},
	{rule: "of-state-after-name", text: "In talks on Iran, President Ashraf Ghan spoke of Afghanistan's needs." + americanCopy,
		name: "Ashraf Ghan", country: "US"},
	// round 7b: "of" between capitalised words is inside one body's name
	// ("the state Department of Education"), no second complement, and a
	// state's body so named is no org
	{rule: "of-inside-body-name", text: "Brian Tsai, a spokesman for the state Department of Education, said the plan needed approval.",
		name: "Brian Tsai", title: "spokesman", org: "-"},
	{rule: "of-inside-body-name", text: "Brian Tsai, a spokesman for the local People's Defence Force, said the plan needed approval.",
		name: "Brian Tsai", title: "spokesman", org: "People's Defence Force"},
	// round 7b: a plural title before a list of names gives each name the
	// title, also past "of PLACE" after each; a singular title only the first
	{rule: "plural-title-list", text: "Senators Ann Holt and Tom Reyes objected to the bill.",
		name: "Tom Reyes", title: "Senator"},
	{rule: "plural-title-list", text: "In Abuja, Governors Musa Garba Lawal of Kano and Chinedu Okafor of Anambra signed the communique.",
		name: "Chinedu Okafor", title: "Governor", country: "NG"},
	{rule: "plural-title-list", text: "In Abuja, Governors Musa Garba Lawal of Kano and Chinedu Okafor of Anambra signed the communique.",
		name: "Musa Garba Lawal", title: "Governor", country: "NG"},
	// r21f: the place after each name may be two or three capitalised
	// words no gazetteer holds ("of Sierra Vista and", "of Lake Havasu
	// City and")
	{rule: "plural-title-list", text: "Two Republicans, Senators Dale Voss of Lake Havasu City and Ana Ortiz of Yuma, voted no.",
		name: "Ana Ortiz", title: "Senator"},
	{rule: "plural-title-list", text: "Two Republicans, Senators Dale Voss of Lake Havasu City and Ana Ortiz of Yuma, voted no.",
		name: "Dale Voss", title: "Senator"},
	{rule: "plural-title-list", text: "Senator Dale Voss of Lake Havasu City and Ana Ortiz of Yuma voted no.",
		absent: "Ana Ortiz"},
	{rule: "plural-title-list", text: "Senators Dale Voss of Rio Verde Holdings Group Limited and Ana Ortiz met on Monday.",
		absent: "Ana Ortiz"},
	{rule: "plural-title-list", text: "Senator Ann Holt and Tom Reyes objected to the bill.",
		absent: "Tom Reyes"},
	{rule: "plural-title-list", text: "Senators met Ann Holt and Tom Reyes on Monday.",
		absent: "Tom Reyes"},
	// round 7b: a body that is no state's, named with a state's adjective,
	// after "The TITLE of the" before the comma and name: the body is the
	// org and gives no state; a state's own body still gives its state
	{rule: "demonym-body-name", text: "The head of the Indonesian Employers' Association, Shinta Kamdani, said business wanted stable rules.",
		name: "Shinta Kamdani", title: "head", country: "-", org: "Indonesian Employers' Association"},
	{rule: "demonym-body-name", text: "The secretary of the Welsh Students Rugby Football Union, Eldon Price, said the match was off.",
		name: "Eldon Price", country: "-", org: "Welsh Students Rugby Football Union"},
	{rule: "demonym-body-name", text: "A spokesman for the Indonesian Navy, Shinta Kamdani, said the ship had docked.",
		name: "Shinta Kamdani", country: "ID", org: "-"},
	{rule: "demonym-body-name", text: "The head of the Indonesian delegation, Shinta Kamdani, said the talks had ended.",
		name: "Shinta Kamdani", country: "ID", org: "-"},
	// round 7b: "of" a city gives that city's state ("Mayor Elena Brunner
	// of Geneva" in a story set in France), not a body named after it
	{rule: "of-place-after-name", text: "The Lyon council met on Monday. French officials watched. Mayor Elena Brunner of Geneva said the ban had worked.",
		name: "Elena Brunner", title: "Mayor", country: "CH"},
	{rule: "of-place-after-name", text: "The Lyon council met on Monday. French officials watched. King George III of England sold the land.",
		name: "George III", country: "GB"},
	{rule: "of-place-after-name", text: "The Lyon council met on Monday. French officials watched. Captain Elena Brunner of the Geneva Servette team said the ban had worked.",
		name: "Elena Brunner", country: "FR"},
	// company roles take no state from the story
	{rule: "private-role", text: "In Tokyo, Japan, the chief executive of Yahoo, Marissa Moyer, said sales would rise.",
		name: "Marissa Moyer", country: "-"},
	{rule: "private-role", text: "Profits at the Malaysian bank rose, said co-chief executive Ana Lim on Monday.",
		name: "Ana Lim", title: "co-chief executive", country: "-"},
	{rule: "private-role", text: "Speaking in a New York court, the former boss of the US firm rejected claims he pressured ex-chief financial officer Tom Reyes to falsify the accounts.",
		name: "Tom Reyes", title: "ex-chief financial officer", country: "-"},
	{rule: "private-role", text: "In Tokyo, Japan, the finance minister, Ken Sato, said sales would rise.",
		name: "Ken Sato", country: "JP"},

	// one capitalised word the article also writes in lower case is a noun
	{rule: "common-noun-name", text: "The union said its workers would strike. Mine Workers spokesman Phil Dane said talks failed. Union leaders Workers backed him.",
		absent: "Workers"},
	{rule: "common-noun-name", text: "Gordon Brown said the bush fires were tragic. Chancellor Brown promised aid.",
		name: "Gordon Brown", title: "Chancellor"},
	// "the chancellor" is not the "shadow chancellor" named earlier
	{rule: "anaphora-held-by-other", text: "Shadow chancellor Oliver Lett attacked the plan. Gordon Brune said it was sound. The chancellor was speaking in Leeds.",
		name: "Gordon Brune", title: "chancellor"},
	// the press's own parties need no naming
	{rule: "party-state", text: "Mr Hague flew to Amman, Jordan, where Conservative Party leader William Hague met Jordan's king. Mr Hague said the defence programme was sound." + britishCopy,
		name: "William Hague", country: "-", org: "Conservative Party"},
	// "the chief executive of Yahoo, Marissa Moyer," is evidence of a person
	{rule: "title-comma-evidence", text: "The chief executive of Yahoo, Marissa Moyer, said sales would rise.",
		name: "Marissa Moyer", outRule: ruleTitleComma},
	{rule: "title-comma-evidence", text: "The shares of Yahoo, Marissa Moyer said, would rise.",
		absent: "Marissa Moyer"},

	// round 3: a description that opens the article before anyone is named
	// is the role of the subject the next sentence names
	{rule: ruleLeadRole, text: "The defence secretary has announced that more troops will go to Estonia next spring.\nAlastair Penrose told MPs on Tuesday that the move was needed.",
		name: "Alastair Penrose", title: "defence secretary", outRule: ruleLeadRole},
	{rule: ruleLeadRole, text: "OTTAWA — The federal justice minister introduced a bill on Thursday on impaired driving.\nÉtienne Beaulac said the bill answered years of pleading.",
		name: "Étienne Beaulac", title: "federal justice minister", outRule: ruleLeadRole},
	{rule: ruleLeadRole, text: "The defence secretary has announced that more troops will go to Estonia next spring.\nThe plan was criticised by Alastair Penrose, a retired colonel.",
		name: "Alastair Penrose", title: "retired colonel"},
	{rule: ruleLeadRole, text: "The defence secretary has announced that more troops will go to Estonia next spring.\nAsked about it, Alastair Penrose and Tom Reyes said nothing.",
		absent: "Alastair Penrose"},

	// round 3: a nickname in quotation marks inside a name is left out of it
	{rule: "nickname-in-name", text: "Senate President Francisco \"Kiko\" de la Paz said the trial would open in February.",
		name: "Francisco de la Paz", title: "Senate President"},
	{rule: "nickname-in-name", text: "Senate President Francisco said \"Kiko\" was his dog's name.",
		absent: "Francisco Kiko"},
	// round 3: Filipino particles: "Gerardo dela Cruz"
	{rule: "name-particle", text: "Prosecutors led by Senator Gerardo dela Cruz argued the case.",
		name: "Gerardo dela Cruz", title: "Senator"},
	{rule: "name-particle", text: "Senator Gerardo Cruz dela said nothing.",
		absent: "Gerardo Cruz dela"},
	{rule: "titled-rank", text: "House prosecutors led by Representative Gerardo Cruz argued the case.",
		name: "Gerardo Cruz", title: "Representative"},
	{rule: "titled-rank", text: "House prosecutors met a representative, Gerardo Cruz, on Monday.",
		absent: "Gerardo Cruz"},
	// round 3: the African Union Commission is a body of no state ("AU"
	// alone stays Australia)
	{rule: "au-commission", text: "AU Commission Chairperson Moussa Farah urged the Security Council to pay.",
		name: "Moussa Farah", country: "-", org: "African Union Commission"},
	{rule: "au-commission", text: "Australian Foreign Minister Claire Hutchens met the AU Commission on Monday.",
		name: "Claire Hutchens", country: "AU", org: "-"},
	// round 3: a weak role tagged "titled", capitalised alone before a name,
	// is a rank: "Officer Tyler Brandt"
	{rule: "titled-rank", text: "The board heard from Officer Tyler Brandt on Tuesday.",
		name: "Tyler Brandt", title: "Officer"},
	{rule: "titled-rank", text: "The board heard from an officer, Tyler Brandt, on Tuesday.",
		absent: "Tyler Brandt"},

	// a capital is a state only where it acts for it
	{rule: "capital-not-role-state", text: "Prime Minister Tom Hale visited Madrid on Monday.",
		name: "Tom Hale", country: "-"},
	{rule: "capital-not-role-state", text: "Madrid said it would act, Prime Minister Tom Hale told reporters.",
		name: "Tom Hale", country: "ES"},
	{rule: "capital-not-role-state", text: "Floods hit the coast on Monday. Premier Chris Minsk said the state would help.",
		name: "Chris Minsk", title: "Premier"},
	{rule: "capital-not-role-state", text: "Floods hit the coast on Monday. Premier Chris Hale said Minsk would help.",
		name: "Chris Hale", title: "Premier", country: "BY"},
	{rule: "capital-surname-of-named", text: "Floods hit the coast on Monday. Premier Chris Hale Minsk spoke. Later Hale Minsk said the state would help.",
		name: "Chris Hale Minsk", country: "-"},
	{rule: "capital-surname-of-named", text: "Floods hit the coast on Monday. Premier Chris Hale spoke. Later Hale Minsk said the state would help.",
		name: "Chris Hale", country: "BY"},
	{rule: "capital-not-role-state", text: "A former Madrid city councillor, Tom Hale, spoke to reporters.",
		name: "Tom Hale", country: "-"},
	{rule: "capital-not-role-state", text: "The Madrid spokesman, Tom Hale, spoke to reporters.",
		name: "Tom Hale", country: "ES"},
	// a party's one-word name that ends a portfolio's office or department
	// after "of" is the portfolio; "the leader of Labour" is the party's
	{rule: "portfolio-not-party", text: "Minister of Labour Thandi Mokoena said the strike was illegal.",
		name: "Thandi Mokoena", org: "-"},
	{rule: "portfolio-not-party", text: "The leader of Labour, Tom Hale, said the plan was flawed." + britishCopy,
		name: "Tom Hale", org: "Labour Party"},
	// "and" right before the title's head joins two phrases, not two parts
	// of one title, unless a role word stands before it as well
	{rule: "and-before-head", text: "The charges were announced by agents of the FBI's Boston Division and Chief Ray Mullins of the city police.",
		name: "Ray Mullins", title: "Chief"},
	{rule: "and-before-head", text: "The company's President and Chief Executive Ray Mullins announced the charges.",
		name: "Ray Mullins", title: "President and Chief Executive"},
	// a broadcast transcript in capitals: its verbs of saying and its forms
	// in -ed are no names, a given name in capitals is
	{rule: "caps-word-no-name", text: "THE SHERIFF TOLD REPORTERS THE BOY WAS SAFE.",
		absent: "TOLD"},
	{rule: "caps-word-no-name", text: "THE BOY WAS SAFE. POLICE CHIEF AHMED KHALIL TWEETED THE NEWS.",
		name: "AHMED KHALIL", title: "POLICE CHIEF"},
	// a broadcaster's call sign is no one a later "the sheriff" refers to
	{rule: "definite-description", text: "The boy was shot by his brother, KXYZ-TV reports.\nThe sheriff said no charges would be filed.",
		absent: "KXYZ-TV"},
	{rule: "definite-description", text: "The boy was shot by his brother, Tom Hale reports.\nThe sheriff said no charges would be filed.",
		name: "Tom Hale", title: "sheriff"},
	// r15c: inside quotation marks a description is the speaker's topic,
	// not a reference back to the last person named; after the closing
	// mark it is one
	{rule: "definite-description", text: "Defence lawyer Jean-Paul Ducharme spoke outside court. \"We will read the judge's charge carefully,\" Ducharme said.",
		absent: "Jean-Paul Ducharme"},
	{rule: "definite-description", text: "\"We have a suspect,\" Tom Hale said on Monday. The sheriff said no charges would be filed yet.",
		name: "Tom Hale", title: "sheriff"},
	// a capital's name before "County" names a county elsewhere (Nassau
	// County, New York), not the state of Nassau
	{rule: "capital-not-role-state", text: "A former Nassau County legislator, Tom Hale, spoke to reporters.",
		name: "Tom Hale", country: "-"},
	// British lower-case portfolio titles: "the housing secretary, NAME",
	// "the shadow foreign secretary, NAME"
	{rule: "portfolio-noun", text: "Janet Okoro said she had written to the housing secretary, Angela Rayburn, asking for a review.",
		name: "Angela Rayburn", title: "housing secretary"},
	{rule: "portfolio-noun", text: "He met the bus driver, Oliver Kingsley, on Monday.",
		absent: "Oliver Kingsley"},
	{rule: "shadow-modifier", text: "The shadow foreign secretary, Oliver Kingsley, said the response was too little.",
		name: "Oliver Kingsley", title: "shadow foreign secretary"},
	{rule: "shadow-modifier", text: "In the shadow, Oliver Kingsley waited for the talks.",
		absent: "Oliver Kingsley"},
	// a plural possessive inside the complement of a title before a comma,
	// and a lower-case body noun that makes the role no state's
	{rule: "plural-possessive-complement", text: "Britain's housing rules changed. The vice-chair of the Marlowe House tenants' association, Desmond Quaye, said residents had complained.",
		name: "Desmond Quaye", title: "vice-chair", country: "-"},
	{rule: "plural-possessive-complement", text: "Britain's housing rules changed. The vice-chair of the Marlowe House tenants' committee, Desmond Quaye, said residents had complained.",
		name: "Desmond Quaye", title: "vice-chair"},
	// a town's name after a given name is a surname: "Ricardo Albuquerque de Mello"
	{rule: "town-surname", text: "Ricardo Albuquerque de Mello, the company's president, said four dams were closed.",
		name: "Ricardo Albuquerque de Mello", title: "president"},
	{rule: "town-surname", text: "Albuquerque Mayor Tim Keller said the roads were closed.",
		name: "Tim Keller", title: "Albuquerque Mayor"},
	// an unknown capitalised name before a lower-case role noun, named alone
	// elsewhere in the article, is the role's body
	{rule: "company-before-head", text: "The strike halted seven sites operated by Mineração Serra Azul. Mineração Serra Azul president Ricardo Albuquerque de Mello said four dams were closed in Brazil.",
		name: "Ricardo Albuquerque de Mello", title: "president", org: "Mineração Serra Azul", country: "-"},
	{rule: "company-before-head", text: "The strike halted seven sites in Brazil. Serra Azul president Ricardo Albuquerque de Mello said four dams were closed.",
		name: "Ricardo Albuquerque de Mello", org: "-"},
	// a body named after a person: "communications director for the Fitch campaign"
	{rule: "person-named-body", text: "Her opponent, state Sen. Darnell Fitch, did not attend.\nPriya Raman, communications director for the Fitch campaign, said the senator had secured money.",
		name: "Priya Raman", title: "communications director", org: "Fitch campaign", country: "-"},
	{rule: "person-named-body", text: "Her opponent, state Sen. Darnell Fitch, did not attend.\nPriya Raman, a top aide to Fitch, said the senator had secured money.",
		name: "Priya Raman", org: "-"},
	// an indefinite title with its complement before a comma and a name
	{rule: "indefinite-title-complement", text: "Minister Mélanie Beaulieu got the letter in Canada. A spokesperson for Beaulieu, Jean-Philippe Gagnon, said no permits were approved.",
		name: "Jean-Philippe Gagnon", title: "spokesperson", country: "CA"},
	{rule: "indefinite-title-complement", text: "A man, Ahmed Ali, said Egypt would reply.",
		absent: "Ahmed Ali"},
	// the role may be the second of two descriptions in an apposition
	{rule: "second-description", text: "Dr. Farah Siddiqui, an emergency physician in Hamilton and a co-founder of the group, said several signatories had worked in Gaza.",
		name: "Farah Siddiqui", title: "co-founder"},
	{rule: "second-description", text: "Farah Siddiqui, an emergency physician in Hamilton and a mother of three, said several signatories had worked in Gaza.",
		absent: "Farah Siddiqui"},
	// a capitalised owner that is no state, place or person is a body
	{rule: "unknown-owner-body", text: "Bins piled up in Britain. Unite's general secretary, Sharon Graham, said the strike would go on.",
		name: "Sharon Graham", title: "general secretary", org: "Unite", country: "-"},
	{rule: "unknown-owner-body", text: "Bins piled up in Britain. Monday's speaker, Sharon Graham, said the strike would go on.",
		name: "Sharon Graham", org: "-"},
	// a capital or state made the scene of a bare title by "in" or a where-clause
	{rule: "scene-of-title", text: "ADDIS ABABA — Leaders met on Sunday at a long summit, officials said. Last week he visited Paris, where he met President Etienne Marchand.",
		name: "Etienne Marchand", title: "President", country: "FR"},
	{rule: "scene-of-title", text: "ADDIS ABABA — Leaders met on Sunday at a long summit, officials said. In Rome, Prime Minister Marco Villa said no.",
		name: "Marco Villa", title: "Prime Minister", country: "IT"},
	{rule: "scene-of-title", text: "ADDIS ABABA — Leaders met on Sunday at a long summit, officials said. He praised Paris on Monday as he met President Abebe Girma.",
		name: "Abebe Girma", title: "President", country: "ET"},
	// a surname ending of few states' naming customs breaks a tie between
	// the states of the paragraph
	{rule: "surname-origin", text: "Georgia's neighbours watched. Russia's foreign ministry said talks had failed. \"We will not give up our land,\" Foreign Ministry spokesman Levan Kapanadze said, as Georgia appealed to Russia.",
		name: "Levan Kapanadze", title: "Foreign Ministry spokesman", country: "GE"},
	{rule: "surname-origin", text: "Georgia's neighbours watched. Russia's foreign ministry said talks had failed. \"We will not give up our land,\" Foreign Ministry spokesman Pavel Orlov said, as Georgia appealed to Russia.",
		name: "Pavel Orlov", title: "Foreign Ministry spokesman", country: "RU"},
	{rule: "surname-origin", text: "Chile's neighbours watched. Peru's foreign ministry said talks had failed. \"We will not give up our land,\" Foreign Ministry spokesman Levan Kapanadze said, as Chile appealed to Peru.",
		name: "Levan Kapanadze", title: "Foreign Ministry spokesman", country: "PE"},
	// the place where the person speaks is the scene of a bare title
	{rule: "scene-of-title", text: "Ghana's army moved north on Monday. \"We are ready,\" government spokesman Kofi Mensah-Ado told reporters in Abuja.",
		name: "Kofi Mensah-Ado", title: "government spokesman", country: "NG"},
	{rule: "scene-of-title", text: "Ghana's army moved north on Monday. \"We are ready,\" government spokesman Kofi Mensah-Ado said he would fly to Abuja.",
		name: "Kofi Mensah-Ado", title: "government spokesman", country: "GH"},
	{rule: "scene-of-title", text: "Ghana's army moved north on Monday. \"We are ready,\" government spokesman Kofi Mensah-Ado said troops would stay in Abuja.",
		name: "Kofi Mensah-Ado", title: "government spokesman", country: "GH"},
	// a local state body named after its place, in a weak head's complement
	{rule: "local-agency", text: "A landslide hit Indonesia on Tuesday. Budi Santoso, head of the West Sumatra disaster mitigation agency, said 40 people were trapped.",
		name: "Budi Santoso", title: "head", country: "ID"},
	{rule: "local-agency", text: "A landslide hit Indonesia on Tuesday. Budi Santoso, head of the West Sumatra football club, said 40 people were trapped.",
		absent: "Budi Santoso"},
	// "Ald." is an alderman's abbreviated title
	{rule: "ald-rank", text: "Aldermen clashed with the police superintendent on Wednesday. Ald. Jeanette Whitfield (20th Ward) said the plan came too late.",
		name: "Jeanette Whitfield", title: "Ald"},
	{rule: "ald-rank", text: "Aldermen clashed with the police superintendent on Wednesday. Jeanette Whitfield of the 20th Ward said the plan came too late.",
		absent: "Jeanette Whitfield"},
	{rule: "ald-rank", text: "Aldermen clashed with the police superintendent on Wednesday. Alderperson Maria Hadden said the plan came too late.",
		name: "Maria Hadden", title: "Alderperson"},
	{rule: "ald-rank", text: "Aldermen clashed with the police superintendent on Wednesday. Resident Maria Hadden said the plan came too late.",
		absent: "Maria Hadden"},
	// a critic is an official only with a portfolio or a body
	{rule: "portfolio-critic", text: "Canada's cabinet met on the case. The Conservative foreign affairs critic, Garnett Kohler, said it was too slow.",
		name: "Garnett Kohler", title: "Conservative foreign affairs critic"},
	{rule: "portfolio-critic", text: "Canada's cabinet met on the case. The veteran film critic Mark Kermode said it was too slow.",
		absent: "Mark Kermode"},
	{rule: "he-surname", text: "Talks resumed in Geneva. \"What now?\" He Jianxiong, the former executive director for China at the International Monetary Fund, said at an event.",
		name: "He Jianxiong", title: "former executive director"},
	{rule: "he-surname", text: "Talks resumed in Geneva. He Said It Would Work, the headline read.",
		absent: "He Said"},
	// of places of one name in two states, the one in the dateline's state
	{rule: "homonym-place-dateline", text: "ISLAMABAD — Pakistan's parliament met on Monday, officials said. Punjab Chief Minister Maryam Nawaz said the floods had receded.",
		name: "Maryam Nawaz", country: "PK"},
	{rule: "homonym-place-dateline", text: "NEW DELHI — India's parliament met on Monday, officials said. Punjab Chief Minister Maryam Nawaz said the floods had receded.",
		name: "Maryam Nawaz", country: "IN"},
	// capital initials with periods open a name after a title
	{rule: "initials-open-name", text: "India's parliament met on Monday. Deputy Chief Minister D.K. Shivakumar said the vote was fair.",
		name: "D.K. Shivakumar", title: "Deputy Chief Minister", country: "IN"},
	{rule: "initials-open-name", text: "India's parliament met on Monday. Former U.S. President Bill Clinton said the vote was fair.",
		name: "Bill Clinton", country: "US"},
	// "He" opening a Chinese name after a title
	{rule: "he-surname", text: "Trade talks resumed in Geneva. China's commerce minister, He Yadong, met the delegation.",
		name: "He Yadong", title: "commerce minister", country: "CN"},
	{rule: "he-surname", text: "Trade talks resumed in Geneva. China's commerce minister, Wang Yadong, met the delegation. Later, He Said it went well.",
		absent: "He Said"},
	// a role verb in the perfect, after a short description and "who"
	{rule: "perfect-role-verb", text: "The cycling body's president resigned. Henrik Aalders, a Dutch former sprinter who had led the International Cycling Federation since 2021, said he would go.",
		name: "Henrik Aalders", org: "International Cycling Federation", outRule: ruleRoleVerb},
	{rule: "perfect-role-verb", text: "The cycling body's president resigned. Henrik Aalders, a Dutch former sprinter who led the International Cycling Federation to a title, said he would go.",
		absent: "Henrik Aalders"},
	// "its" before a title refers to a body the gazetteer lacks, named as a subject before
	{rule: "its-unknown-body", text: "Aldermen met on Tuesday in Chicago. The Fraternal Order of Police, which represents officers, said its members were tired. Its president, Michael Zielinski, said so.",
		name: "Michael Zielinski", org: "Fraternal Order of Police", country: "-"},
	{rule: "its-unknown-body", text: "Aldermen met on Tuesday in Chicago. The Chicago Police Board met officers on Monday. Its president, Michael Zielinski, said so.",
		name: "Michael Zielinski", org: "-"},
	// a bare "Congress" in a story datelined in a state with a Congress is its legislature
	{rule: "local-form", text: "LIMA — Peru votes in June. The president of Congress, Rosa Palacios, said the result would stand.",
		name: "Rosa Palacios", country: "PE"},
	{rule: "local-form", text: "WASHINGTON — Peru votes in June. The speaker of Congress, Rosa Palacios, said the result would stand.",
		name: "Rosa Palacios", country: "US"},
	// ob3 (session 27): a dateline closed by a colon ("KOLKATA:", an
	// Indian paper's) sets the state for a bare "Congress" as a dash does;
	// a speaker's turn in capitals does not
	{rule: "local-form", text: "KOLKATA: The monsoon session opened on Monday. Congress MP Ritu Sen said the budget ignored farmers.",
		name: "Ritu Sen", country: "IN", org: "Congress Party"},
	{rule: "local-form", text: "UPDATE: The monsoon session opened on Monday. Congress MP Ritu Sen said the budget ignored farmers.",
		name: "Ritu Sen", org: "U.S. Congress"},
	// a bare title in American copy datelined in the state the story is about is local
	{rule: "dateline-local-title", text: "TEHRAN, Iran (AP) — The toll from the quake in Iran rose on Thursday, Iranian officials said. Iran thanked Turkey for its help at the center of the city.\nThe U.S., which has no ties with Iran, offered aid through Switzerland, which represents U.S. interests. A State Department spokesperson said the offer had been organized by the U.S. embassy in Bern.\nPresident Masoud Rahimi declared three days of mourning.",
		name: "Masoud Rahimi", title: "President", country: "IR"},
	{rule: "dateline-local-title", text: "LONDON (AP) — Britain's economy grew on Thursday, British officials said. The U.S. praised Britain. Britain thanked the U.S.\nPresident Tom Hale praised the figures.",
		name: "Tom Hale", title: "President", country: "US"},
	{rule: "local-form", text: "ISLAMABAD — Pakistan's parliament met on Monday, officials said. Foreign Office spokesperson Shafqat Khan said talks would resume.",
		name: "Shafqat Khan", country: "PK"},
	{rule: "local-form", text: "LONDON — Britain's parliament met on Monday, officials said. Foreign Office spokesperson Shafqat Khan said talks would resume.",
		name: "Shafqat Khan", country: "GB"},
	// a state's envoy to an international body is the state's
	{rule: "state-envoy-to-body", text: "The council met on Congo. Congo's U.N. ambassador, Patrick Ilunga Mbaya, asked for a statement.",
		name: "Patrick Ilunga Mbaya", title: "ambassador", org: "-", country: "CD"},
	{rule: "state-envoy-to-body", text: "The council met on Congo. The UN envoy for Congo, Jan Berg, asked for a statement.",
		name: "Jan Berg", title: "envoy", org: "UN", country: "-"},
	// the owner may open with "the" and hold a modifier of a non-state body's name
	{rule: "unknown-owner-body", text: "Cuts hit Australia. The Public Service Association's general secretary, Stewart Fenwick, promised strikes.",
		name: "Stewart Fenwick", title: "general secretary", org: "Public Service Association", country: "-"},
	{rule: "unknown-owner-body", text: "Cuts hit Australia. The Foreign Ministry's spokesman, John Hill, promised talks.",
		name: "John Hill", org: "-", country: "AU"},
	// two role nouns joined by "and" make one title, whose of-phrase gives the body
	{rule: "and-between-roles", text: "Candace Laing-Whitby, the president and CEO of the Northwind Chamber of Commerce, warned of a recession in Canada.",
		name: "Candace Laing-Whitby", org: "Northwind Chamber of Commerce", country: "-"},
	{rule: "and-between-roles", text: "Candace Laing-Whitby, the president and a member of the Northwind Chamber of Commerce, warned of a recession in Canada.",
		name: "Candace Laing-Whitby", org: "-"},
	// "its" before a title refers to the body named last, not to a state
	{rule: "its-body", text: "The Canadian Medical Association did not sign the letter. Its president, Dr. Joss Reimer-Tan, said the board would meet.",
		name: "Joss Reimer-Tan", title: "president", org: "Canadian Medical Association", country: "-"},
	{rule: "its-body", text: "Turkey did not sign the letter. Its president, Ana Silva, said the board would meet.",
		name: "Ana Silva", country: "TR"},
	// session 9: a past participle opening its sentence before a
	// preposition is a verb, no title word ("Named for economist NAME")
	{rule: "opening-participle", text: "Named for economist Simon Kuznets, the index measures inequality.",
		absent: "Simon Kuznets"},
	{rule: "opening-participle", text: "Elected in 2019, Mayor Tom Hale said the budget would balance.",
		name: "Tom Hale", title: "Mayor"},
	// session 9: "Staff" is a word of a title ("Chief of Staff NAME", as
	// "State" of "Secretary of State NAME"), not the first of the name
	{rule: "title-of-portfolio", text: "White House Chief of Staff John Kelly said the president would sign.",
		name: "John Kelly", title: "Chief of Staff", country: "US"},
	{rule: "title-of-portfolio", text: "Ukraine's General Staff says its forces repelled 38 assaults.",
		absent: "Staff"},
	// session 9: analysts and economists are roles of the body they work
	// at (as the dev gold annotates them), private ones: no state from
	// the story; "Analysts said" names no one
	{rule: "private-analyst", text: "\"It is less than two months of profit,\" said Hanna Lindqvist, an analyst at Nordea in Stockholm.",
		name: "Hanna Lindqvist", country: "-"},
	{rule: "private-analyst", text: "Sweden's central bank raised rates. \"It was expected,\" said Radhika Rao, senior economist at DBS Bank.",
		name: "Radhika Rao", title: "senior economist", org: "DBS Bank", country: "-"},
	{rule: "private-analyst", text: "Analysts said the fine was small, and Hanna Lindqvist agreed.",
		absent: "Hanna Lindqvist"},
	// session 9: an acronym in a title that spells a members' body the
	// story names in full is that body ("NFF president"); a state body's
	// acronym ("KDF spokesman") is left to the state rules
	{rule: "acronym-body", text: "The Nigeria Football Federation met on Monday. NFF president Ibrahim Gusau said the league would act.",
		name: "Ibrahim Gusau", title: "NFF president", org: "Nigeria Football Federation", country: "-"},
	{rule: "acronym-body", text: "The Kenya Defence Forces said troops were deployed. KDF spokesman Paul Njuguna said the area was calm.",
		name: "Paul Njuguna", country: "KE"},
	// session 9: a bare role named after an international body the story
	// names ("Commissioner" after "the European Commission") is that
	// body's, even for a holder the gazetteer knows as a state's minister
	{rule: "body-of-member", text: "The European Commission fined the firm on Tuesday. Competition Commissioner Teresa Ribera said the company had broken the rules.",
		name: "Teresa Ribera", title: "Competition Commissioner", org: "European Commission", country: "-"},
	{rule: "body-of-member", text: "The European Commission fined the firm on Tuesday. Police Commissioner Maria Lopez said the raid in Madrid was lawful.",
		name: "Maria Lopez", org: "-"},
	// session 9: a members' body whose name holds a state body's word
	// ("Police Officers Association") is no state's
	{rule: "members-body", text: "The Harlow Police Officers Association said it would appeal. Its president, Dan Ruiz, said the union would sue.",
		name: "Dan Ruiz", title: "president", org: "Harlow Police Officers Association", country: "-"},
	{rule: "members-body", text: "The Harlow Police Department said it would appeal. Its chief, Dan Ruiz, said the city would pay.",
		name: "Dan Ruiz", org: "-"},
	// the last word of a body named before, opening a title, stands for it
	{rule: "body-head-word-in-title", text: "Spain passed a budget. In Brussels, the European Commission welcomed the vote. Commission Vice-President Henrik van der Berg said it was fine.",
		name: "Henrik van der Berg", title: "Vice-President", org: "European Commission", country: "-"},
	{rule: "body-head-word-in-title", text: "Spain passed a budget. Commission Vice-President Henrik van der Berg said it was fine.",
		name: "Henrik van der Berg", org: "-"},
	// a state's adjective that describes goods says nothing of an office
	{rule: "adjective-of-goods", text: "Canada will tax $18 billion worth of American steel, Trade Minister Dominic Arsenault announced in Ottawa, after Washington refused to lift levies on Canadian lumber.",
		name: "Dominic Arsenault", country: "CA"},
	{rule: "adjective-of-goods", text: "Talks with Canada went on with American officials, Commerce Secretary Dominic Arsenault said.",
		name: "Dominic Arsenault", country: "US"},
	// a state's adjective before the people who act for it at talks is
	// the state acting, not goods
	{rule: "adjective-of-state-side", text: "Iran and the US met in Oman. In Tehran, Iranian officials were hopeful. The American side was led by the special envoy Steven Whitlock.",
		name: "Steven Whitlock", country: "US"},
	{rule: "adjective-of-state-side", text: "Iran and the US met in Oman. In Tehran, Iranian officials were hopeful. The talks were about American steel, Foreign Minister Steven Whitlock said.",
		name: "Steven Whitlock", country: "IR"},
	// a forum or bloc that owns a title is a body, no state's
	{rule: "standin-body-forum", text: "Leaders of the Pacific Islands Forum met in Honiara. China sent an envoy. The forum's secretary general, Henry Puna Tinai, said the leaders agreed.",
		name: "Henry Puna Tinai", country: "-"},
	{rule: "standin-body-forum", text: "Leaders of the Pacific Islands Forum met in Honiara. China sent an envoy. The ministry's spokesman, Henry Puna Tinai, said the leaders agreed.",
		name: "Henry Puna Tinai", country: "CN"},
	// a for-phrase before the comma that names a body no state's
	{rule: "for-nonstate-body-before-name", text: "Myanmar was discussed in Kuala Lumpur. A spokesman for the opposition National Unity Government, Kyaw Zaw Lin, said the ministers failed.",
		name: "Kyaw Zaw Lin", country: "-"},
	{rule: "for-nonstate-body-before-name", text: "Myanmar was discussed in Kuala Lumpur. The spokesman for the alliance, John Smith, said the ministers failed.",
		name: "John Smith", country: "-"},
	{rule: "for-nonstate-body-before-name", text: "Myanmar was discussed in Kuala Lumpur. A spokesman for the foreign ministry, John Smith, said the ministers failed.",
		name: "John Smith", country: "MM"},
	// a state's adjective before what the title holder gives is the holder's
	{rule: "adjective-of-gift", text: "A cyclone hit Myanmar. The Myanmar junta said 300 died. Foreign Minister Claire Hutchens announced $5 million in Australian assistance.",
		name: "Claire Hutchens", country: "AU"},
	{rule: "adjective-of-gift", text: "A cyclone hit Myanmar. The Myanmar junta said 300 died. Foreign Minister Claire Hutchens criticised Australian assistance.",
		name: "Claire Hutchens", country: "MM"},
	// "The official, NAME," refers back to an official described before
	{rule: "weak-title-refers-back", text: "Myanmar was represented by a senior foreign ministry official rather than a minister. The official, Than Swe Naing, told the ministers the army wanted peace.",
		name: "Than Swe Naing", title: "official", country: "MM"},
	{rule: "weak-title-refers-back", text: "Myanmar was represented by an official rather than a minister. The official, Than Swe Naing, told the ministers the army wanted peace.",
		absent: "Than Swe Naing"},
	// "its" after a body the gazetteer knows, no party nor state agency
	{rule: "its-known-body", text: "Ottawa passed a bill. Amnesty International Canada was more cautious. Its secretary general, Raymonde Okafor-Blais, said no.",
		name: "Raymonde Okafor-Blais", country: "-", org: "Amnesty International"},
	{rule: "its-known-body", text: "Ottawa passed a bill. Canada was more cautious. Its foreign minister, Raymonde Okafor-Blais, said no.",
		name: "Raymonde Okafor-Blais", country: "CA"},
	{rule: "its-known-body", text: "Ottawa passed a bill. Amnesty International was cautious. Justice Minister Oleg Petrov said its secretary general, Raymonde Okafor-Blais, was wrong.",
		name: "Raymonde Okafor-Blais", org: "-"},
	// a legislator briefed by a state's agency is that state's
	{rule: "briefing-agency-state", text: "North Korea sent 3,000 troops to Russia. Of those, 300 were killed, lawmaker Cho Hyun-seok told reporters after a briefing by the National Intelligence Service.",
		name: "Cho Hyun-seok", title: "lawmaker", country: "KR"},
	{rule: "briefing-agency-state", text: "North Korea sent 3,000 troops to Russia. Of those, 300 were killed, spokesman Cho Hyun-seok told reporters after a briefing by the National Intelligence Service.",
		name: "Cho Hyun-seok", title: "spokesman"},
	// a state guessed from the context must have the office: a foreign
	// secretary in a story about Sudan is not Sudan's
	{rule: "office-only-of-states", text: "The foreign secretary, Helen Marchbank, has announced aid for Sudan after a drone strike there. Britain will send doctors.",
		name: "Helen Marchbank", country: "GB"},
	{rule: "office-only-of-states", text: "Pakistan's talks with Kabul went on. Foreign Secretary Amna Baloch announced aid for Sudan after a drone strike.",
		name: "Amna Baloch", country: "PK"},
	// a British office in a story about another state stays British
	{rule: "press-domestic-title", text: "Foreign Secretary Jack Strawn flew to Tehran, where Iran's leaders met him. Mr Strawn said the defence programme was sound, and Mr Dunn agreed, recognising the risks.",
		name: "Jack Strawn", country: "GB"},

	// round 2: names
	// a lower-case particle inside a name is no qualifier of a title
	{rule: "name-particles", text: "Interior Minister Lucía Ibarra de la Peña said the border would reopen on Friday.",
		name: "Lucía Ibarra de la Peña", title: "Interior Minister"},
	{rule: "name-particles", text: "Senator Marisol Quintana de la Fuente said the bill was dead.",
		name: "Marisol Quintana de la Fuente", title: "Senator"},
	{rule: "name-particles", text: "Prime Minister José Luis Herrero de la Vega won the vote.",
		name: "José Luis Herrero de la Vega", title: "Prime Minister"},
	{rule: "name-particles", text: "Opposition leader Tomás de los Ríos Ibarra called the deal a ransom.",
		name: "Tomás de los Ríos Ibarra", title: "Opposition leader"},
	{rule: "name-particles", text: "Former Catalan leader Carles Vidal i Puigdomènech stayed away.",
		name: "Carles Vidal i Puigdomènech"},
	{rule: "name-particles", text: "The de facto leader Omar Sayid said the talks were over.",
		name: "Omar Sayid", title: "de facto leader"},
	// honorifics between a title's comma and a full name
	{rule: "honorific-after-title-comma", text: "Two boys drowned on Saturday. The Marion County Coroner, Dr. Ellen Pratley, said they had been swimming.",
		name: "Ellen Pratley", title: "Marion County Coroner", outRule: ruleTitleComma},
	{rule: "honorific-after-title-comma", text: "Asked whether he trusted the prime minister, Mr Haldane replied that he did.",
		absent: "Haldane"},
	// an organisation's possessive after the comma is evidence of a person
	{rule: "apposition-org-possessive", text: "Police arrested 40 protesters. Obinwanne Ezeoke, Amnesty International's country director, visited them in jail.",
		name: "Obinwanne Ezeoke", title: "country director", org: "Amnesty International", country: "-"},
	{rule: "apposition-org-possessive", text: "Police arrested 40 protesters. Obinwanne Ezeoke, Amnesty International and others said, had been held.",
		absent: "Obinwanne Ezeoke"},

	// round 2: roles
	// an owner noun before the title: "the party's co-leader"
	{rule: "owner-noun", text: "\"We will not move,\" said Anna Kessler-Voss, the party's co-leader.",
		name: "Anna Kessler-Voss", title: "co-leader"},
	{rule: "owner-noun", text: "\"We will not move,\" said Anna Kessler-Voss, the party's candidate in the north.",
		absent: "Anna Kessler-Voss"},
	// a role stated by a verb whose object is a body
	{rule: "role-verb", text: "Kwabena Osei, who heads the U.N. Office for Disaster Risk Reduction, said the warnings came too late.",
		name: "Kwabena Osei", title: "head", org: "UN", country: "-", outRule: ruleRoleVerb},
	{rule: "role-verb", text: "Belgium's unions called a strike. Thierry Dambois, who leads the socialist union FGTB, said trains would stop.",
		name: "Thierry Dambois", title: "leader", org: "FGTB", country: "-"},
	{rule: "role-verb", text: "Marta Lindgren heads the FBI's field office in Boston and said the suspect had fled.",
		name: "Marta Lindgren", title: "head", country: "US"},
	{rule: "role-verb", text: "Kwabena Osei, who leads the race by six points, said the count was slow.",
		absent: "Kwabena Osei"},
	{rule: "role-verb", text: "Kwabena Osei, who runs a bakery near the market, said prices had doubled.",
		absent: "Kwabena Osei"},
	// of1: the object of a role verb that names an armed group no
	// gazetteer holds (its last word heads a force) makes the office the
	// group's, not the state of a nearby mention; a state's force keeps it
	{rule: "role-verb-armed-group", text: "Fighting resumed in the north near the Ethiopian border. Gatdet Yien, who leads the Nuer Liberation Front, said his men would hold the town.",
		name: "Gatdet Yien", title: "leader", country: "-", org: "Nuer Liberation Front"},
	{rule: "role-verb-armed-group", text: "Clashes spread across the valley near Kabul, Afghanistan. Rahim Karimi, who has led the Mountain Defence Movement since 2021, denied the attack.",
		name: "Rahim Karimi", country: "-", org: "Mountain Defence Movement"},
	{rule: "role-verb-armed-group", text: "Tanks rolled into the capital of Sudan. Omar Hassan, who leads the Sudanese Armed Forces, said the city was safe.",
		name: "Omar Hassan", country: "SD"},
	{rule: "role-verb-armed-group", text: "Floods cut roads across Kenya. Peter Njoroge, who commands the Kenya Defence Forces, said troops would help.",
		name: "Peter Njoroge", country: "KE"},
	// of1: a party's office after "whose" whose antecedent is a party
	// ("..., whose vice-president NAME") is the party's, even when a
	// state's adjective says where the party is; a government's or a
	// city's office after "whose" stays the state's
	{rule: "whose-party", text: "Chile's Senate debated the pension reform. The Chilean Evópoli party, whose president Gloria Hutto spoke on radio, opposed it.",
		name: "Gloria Hutto", title: "president", country: "-", org: "Evópoli"},
	{rule: "whose-party", text: "Protests spread in Lima. The Peruvian Avanza Nacional party, whose secretary-general Ana Quispe Rojas led the march, rejected the decree.",
		name: "Ana Quispe Rojas", country: "-", org: "Avanza Nacional"},
	{rule: "whose-party", text: "Protests spread in Nairobi. The Kenyan government, whose spokesman Isaac Mwaura spoke on Monday, denied the claims.",
		name: "Isaac Mwaura", country: "KE"},
	{rule: "whose-party", text: "Floods hit the capital. The Colombian capital, whose mayor Carlos Galindo declared an emergency, closed schools.",
		name: "Carlos Galindo", country: "CO"},
	// of1: an indefinite weak title before a comma and a name ("A
	// representative of X, NAME,") is a role when its complement gives it a
	// body or a state; with neither it is no office
	{rule: "indefinite-weak-body", text: "Strikes hit southern Lebanon overnight. A representative of Hezbollah, Ali Fadlallah Moussa, told reporters the strikes would be answered.",
		name: "Ali Fadlallah Moussa", title: "representative", country: "-", org: "Hezbollah"},
	{rule: "indefinite-weak-body", text: "Aid trucks waited at the border. A senior official of the World Food Programme, Carla Ruiz Montoya, said the convoy had been stopped.",
		name: "Carla Ruiz Montoya", title: "senior official", country: "-"},
	{rule: "indefinite-weak-body", text: "Crowds gathered in Gaza City. A member of the public, Sami Haddad, said the queue had lasted hours.",
		absent: "Sami Haddad"},
	{rule: "indefinite-weak-body", text: "Crowds gathered in Gaza City. A resident of the camp, Sami Haddad, said the queue had lasted hours.",
		absent: "Sami Haddad"},
	// of1: an armed group's name no gazetteer holds after "of" or "for"
	// in a title before the name (its last word heads a force, no state in
	// it) is the body of the office; a state's force keeps the state
	{rule: "armed-group-complement", text: "Fighting spread near the river town. A representative of the Upper Valley Defence Forces, Peter Nyang Kuol, said the town had fallen.",
		name: "Peter Nyang Kuol", country: "-", org: "Upper Valley Defence Forces"},
	{rule: "armed-group-complement", text: "Cattle raids spread across the plains. A spokesman for the Grey Army, Gabriel Ruot Chuol, said the herders would fight back.",
		name: "Gabriel Ruot Chuol", country: "-", org: "Grey Army"},
	{rule: "armed-group-complement", text: "Floods cut roads across the Rift Valley. A spokesman for the Kenya Defence Forces, Paul Njuguna Kamau, said troops would help.",
		name: "Paul Njuguna Kamau", country: "KE"},
	{rule: "armed-group-complement", text: "Shelling hit Omdurman. A spokesman for the Sudanese Armed Forces, Nabil Abdallah Osman, said the army had repelled the attack.",
		name: "Nabil Abdallah Osman", country: "SD"},
	// of1: an election mission's "chief observer" is an office
	// (roles.tsv office, private: it takes a state only where one is written with
	// it, never the host's from the context); a mere "observer" of a
	// state's politics is none
	{rule: "chief-observer", text: "Malawians voted on Tuesday. The African Union's chief observer, Amina Diallo, said the count was fair.",
		name: "Amina Diallo", title: "chief observer", country: "-", org: "African Union"},
	{rule: "chief-observer", text: "Voting ended in Lusaka on Thursday. \"The count was fair,\" chief observer Jonas Lindqvist said.",
		name: "Jonas Lindqvist", title: "chief observer", country: "-"},
	{rule: "chief-observer", text: "Voting ended in Lusaka on Thursday. Jonas Lindqvist, a keen observer of Zambian politics, said the count was fair.",
		absent: "Jonas Lindqvist"},
	{rule: "chief-observer", text: "Voting ended in Lusaka on Thursday. The Swedish chief observer, Jonas Lindqvist, said the count was fair.",
		name: "Jonas Lindqvist", country: "SE"},
	// of1: a complement with "at" between the title and the comma before
	// the name ("The state secretary at the foreign ministry, NAME,") is
	// read as one with "in" is; a trader or a student "at" a body is no
	// office, and "economist at Swiss Re" with no comma is a firm's name
	{rule: "at-complement-before-name", text: "Hungary closed two crossings. The state secretary at the foreign ministry, Levente Magyarosi, said the move was temporary.",
		name: "Levente Magyarosi", title: "state secretary", country: "HU"},
	{rule: "at-complement-before-name", text: "Talks stalled in Geneva. The Kenyan ambassador at the talks, Martin Kiprono, said progress was slow.",
		name: "Martin Kiprono", title: "ambassador", country: "KE"},
	{rule: "at-complement-before-name", text: "Drones crossed the border overnight. A spokesman at the Polish defence ministry, Jan Nowicki, said two were shot down.",
		name: "Jan Nowicki", title: "spokesman", country: "PL"},
	{rule: "at-complement-before-name", text: "Shares fell in Frankfurt. A trader at the bank, Klaus Weber, said the mood was grim.",
		absent: "Klaus Weber"},
	{rule: "at-complement-before-name", text: "Shares fell in Zurich. \"Claims will rise,\" said Karl Kurtz, economist at Helvetia Re.",
		absent: "Re"},
	// of1: a dependent territory with a code of its own has no defence
	// minister (absent_offices.tsv): a bare "Defence Minister" in a story
	// datelined there is the sovereign state's; a sovereign state's
	// dateline, or a territory's own office written with it, is kept
	{rule: "territory-defence", text: "TÓRSHAVN, Faroe Islands — A new radar will be built on the islands. Defence Minister Lars Holmgaard told reporters that Danish engineers would start in May.",
		name: "Lars Holmgaard", country: "DK"},
	{rule: "territory-defence", text: "NUUK, Greenland — The island will get a new radar station, officials said. Defense Minister Lars Holmgaard of Denmark's centre-left government said the radar would be ready in 2027.",
		name: "Lars Holmgaard", country: "DK"},
	{rule: "territory-defence", text: "TALLINN, Estonia — More allied soldiers will be posted near the border. Defence Minister Hanno Pevkur said the first would arrive in May.",
		name: "Hanno Pevkur", country: "EE"},
	{rule: "territory-defence", text: "NUUK, Greenland — Danish patrol ships arrived on Monday. Greenland's fisheries minister, Aqqaluk Berthelsen, said the ships were welcome.",
		name: "Aqqaluk Berthelsen", country: "GL"},
	// of1: the "-sen" surname ending is Faroese and Greenlandic as well as
	// Danish and Norwegian (surname_origins.tsv): in a story datelined in
	// the territory that also names Denmark, it breaks no tie for Denmark;
	// a sovereign state's own dateline keeps its minister
	{rule: "sen-surname-territory", text: "TÓRSHAVN, Faroe Islands — Fisheries Minister Hedin Poulsen said the quota talks had failed. Danish officials declined to comment.",
		name: "Hedin Poulsen", country: "FO"},
	{rule: "sen-surname-territory", text: "NUUK, Greenland — The island's parliament met on Monday. Finance Minister Naja Kristiansen said the budget was balanced, and Danish officials agreed.",
		name: "Naja Kristiansen", country: "GL"},
	{rule: "sen-surname-territory", text: "OSLO, Norway — Oil output rose in March. Energy Minister Terje Aasland Hansen said exports to Danish and German buyers had grown.",
		name: "Terje Aasland Hansen", country: "NO"},
	{rule: "sen-surname-territory", text: "COPENHAGEN, Denmark — Talks with the Faroe Islands ended on Monday. Foreign Minister Lars Løkke Rasmussen said a deal was close.",
		name: "Lars Løkke Rasmussen", country: "DK"},
	// a role phrase read only as a whole after the name
	{rule: "office-phrase-after-name", text: "Ohio voters go to the polls on Tuesday. Kim Dadey, campaign manager for the Whitfield campaign, said turnout was high.",
		name: "Kim Dadey", title: "campaign manager", country: "-"},
	{rule: "office-phrase-after-name", text: "Ohio voters go to the polls on Tuesday. Kim Dadey, a manager at the plant, said turnout was high.",
		absent: "Kim Dadey"},
	// where a role is served, "in Nigeria", is not whose it is
	{rule: "place-after-in", text: "Thousands fled into Chad from Sudan. \"The camps are full,\" said Olga Serrano, a spokesperson for UNHCR in Geneva.",
		name: "Olga Serrano", title: "spokesperson", org: "UNHCR", country: "-"},
	{rule: "place-after-in", text: "Thousands fled into Chad from Sudan. \"The camps are full,\" said Olga Serrano, a spokesperson in the camps.",
		absent: "Olga Serrano"},
	// r15f: "in the area", "in the north" after a role in an apposition
	// says where it is served, as a place's name does; a locality with a
	// clause after it, or a person with no role, gives no official
	{rule: "locality-after-in", text: "The hill gave way at dawn. Tom Waipe, a ward councillor in the area, said more than 100 people had been asleep.",
		name: "Tom Waipe", title: "ward councillor"},
	{rule: "locality-after-in", text: "The road reopened on Monday, said Hassan Omar, a police commander in the northern region.",
		name: "Hassan Omar", title: "police commander"},
	{rule: "locality-after-in", text: "The hill gave way at dawn. Kofi Mensah, a farmer in the area, said his crops were gone.",
		absent: "Kofi Mensah"},
	{rule: "locality-after-in", text: "Omar Farah, a spokesman in the region where the fighting began, said nothing had changed.",
		absent: "Omar Farah"},
	// r15f: a lower-case possessive inside an of-phrase ("of the park's
	// branch of the ... Federation") lets the next of-phrase name the body;
	// a state's own body ("the city's police department") stays the state's
	{rule: "lower-possessive-complement", text: "Jakarta police said the march was peaceful. Budi Santoso, chairman of the plant's branch of the Indonesian Metal Workers Federation, said the strike would go on.",
		name: "Budi Santoso", title: "chairman", country: "-", org: "Indonesian Metal Workers Federation"},
	{rule: "lower-possessive-complement", text: "Nairobi police said the march was peaceful. Peter Mwangi, chairman of the union's local branch, said members would vote.",
		name: "Peter Mwangi", title: "chairman", country: "-"},
	{rule: "lower-possessive-complement", text: "Police in Ohio said the road was closed. Tom Ruiz, a spokesman for the city's police department, said the road was closed.",
		name: "Tom Ruiz", title: "spokesman", country: "US", org: "-"},
	// r15f: a given name written with its accents ("Rosário", "Inês") is
	// the list's unaccented one, so the name runs on past a place's word
	// inside it ("Palma"); an accented word that is no given name is not
	{rule: "accented-given-name", text: "Lisbon's shipyard workers walked out. Labour Minister Maria do Rosário Palma Ramalho urged both sides to return to mediation.",
		name: "Maria do Rosário Palma Ramalho"},
	{rule: "accented-given-name", text: "Lisbon's shipyard workers walked out. Health Minister Inês do Rosário Palma Seabra said the clinics were full.",
		name: "Inês do Rosário Palma Seabra"},
	{rule: "accented-given-name", text: "Lisbon's shipyard workers walked out. The minister flew to Mérida Palma on Friday.",
		absent: "Mérida Palma"},
	// r15f: "President Pro Tem" is one role, its Latin no part of the name;
	// "Tem" alone is no role
	{rule: "pro-tem-title", text: "DETROIT - Council members met on Tuesday. Council President Pro Tem James Tate disagreed with the chief.",
		name: "James Tate", title: "Council President Pro Tem"},
	{rule: "pro-tem-title", text: "DETROIT - Council members met on Tuesday. Mayor Pro Tem Linda Reyes said the budget would pass.",
		name: "Linda Reyes", title: "Mayor Pro Tem"},
	{rule: "pro-tem-title", text: "DETROIT - Council members met on Tuesday. Tem Obi said the vote was delayed.",
		absent: "Obi"},
	// r15f: a party's word that is also a portfolio ("Labour") before
	// "Minister" is the portfolio in a story that never names the party's
	// state; where it does, the party stays
	{rule: "portfolio-not-party", text: "NAIROBI (Newsdesk) - Kenyan doctors began a strike on Monday. Labour Minister Florence Bore urged both sides to return to talks.",
		name: "Florence Bore", title: "Labour Minister", country: "KE", org: "-"},
	{rule: "portfolio-not-party", text: "LISBON (Newsdesk) - Workers at Portugal's largest shipyard began a strike on Monday. Labour Minister Ana Godinho urged both sides to return to mediation.",
		name: "Ana Godinho", title: "Labour Minister", country: "PT", org: "-"},
	{rule: "portfolio-not-party", text: "LONDON (Newsdesk) - Britain's government faced a revolt on Monday. Labour Minister Jo Platt said the bill would pass.",
		name: "Jo Platt", country: "GB", org: "Labour Party"},
	// r22n: American copy from abroad that never names the US has no
	// American "President" or "representative": a title qualified by "of
	// the BODY" is the office of a body within the story's state; one served
	// "in" a state is a body's, no state's
	{rule: "press-state-unnamed", text: "WELLINGTON, New Zealand (Newsdesk) - New Zealand's government and the island council agreed on a budget. The President of the Chatham Islands Council, Mere Tuhoe, signed the deal." + americanStyle,
		name: "Mere Tuhoe", country: "NZ"},
	{rule: "press-state-unnamed", text: "NAHA, Japan (Newsdesk) - Japan will move 900 marines off Okinawa by 2028. The President of the Okinawa Prefectural Assembly, Kenji Arakaki, welcomed the plan." + americanStyle,
		name: "Kenji Arakaki", country: "JP"},
	{rule: "press-state-unnamed", text: "LILONGWE, Malawi (Newsdesk) - Floods displaced 4,000 families. The UN children's agency, UNICEF, sent tents. The agency's representative in Malawi, Grace Tembo, said more were needed." + americanStyle,
		name: "Grace Tembo", country: "-"},
	{rule: "press-state-unnamed", text: "The United States and Japan signed a trade pact on Monday. President Tom Hale said it would hold." + americanStyle,
		name: "Tom Hale", country: "US"},
	{rule: "press-state-unnamed", text: "President Tom Hale signed the farm bill on Monday." + americanStyle,
		name: "Tom Hale", country: "US"},
	// r22n: a party's state named once in passing ("British planters") in
	// a story about another state leaves "Labour Minister" a portfolio
	{rule: "portfolio-not-party", text: "ACCRA (Newsdesk) - Nurses at wards built by British engineers in the 1950s walked out on Tuesday. Ghana's health service owes them allowances. Labour Minister Kwesi Boateng said the arrears would be paid.",
		name: "Kwesi Boateng", title: "Labour Minister", country: "GH", org: "-"},
	{rule: "portfolio-not-party", text: "KINGSTON (Newsdesk) - Bauxite miners whose pits once fed British smelters began a strike on Monday. Jamaica's exports have halved. Labour Minister Pearnel Grant urged both sides to meet.",
		name: "Pearnel Grant", title: "Labour Minister", country: "JM", org: "-"},
	{rule: "portfolio-not-party", text: "Britain's nurses walked out on Monday. Labour Minister Karen Hale said pay talks would resume.",
		name: "Karen Hale", country: "GB", org: "Labour Party"},
	// r15f: "in" and a capitalised place the gazetteer lacks after a role
	// in an apposition says where it is served; no role, no official
	{rule: "unknown-place-after-in", text: "Landslides hit the hills. Krishna Thapa, the chief district officer in Myagdi, said the road was shut.",
		name: "Krishna Thapa", title: "chief district officer"},
	{rule: "unknown-place-after-in", text: "Landslides hit the hills. Bishnu Rai, a police inspector in Baglung, said three bodies had been found.",
		name: "Bishnu Rai", title: "police inspector"},
	{rule: "unknown-place-after-in", text: "Landslides hit the hills. Maya Sherpa, a teacher in Myagdi, said the school was shut.",
		absent: "Maya Sherpa"},
	// the plural possessive of a body owns the title
	{rule: "plural-possessive-owner", text: "The United Nations' emergency relief coordinator, Jon Egelund, said it was the worst disaster in memory.",
		name: "Jon Egelund", title: "emergency relief coordinator", org: "UN", country: "-"},
	{rule: "plural-possessive-owner", text: "The workers' emergency relief coordinator, Jon Egelund, said it was the worst disaster in memory.",
		absent: "Jon Egelund"},
	// plain nouns inside a title, back to its owner
	{rule: "compound-owner-chain", text: "\"The fires are under control,\" Spain's ecological transition minister, Pilar Ibarra de la Vega, said.",
		name: "Pilar Ibarra de la Vega", title: "ecological transition minister", country: "ES"},
	{rule: "compound-owner-chain", text: "Five public sector unions met Deputy Prime Minister John Prestwick on Monday.",
		name: "John Prestwick", title: "Deputy Prime Minister"},

	// round 2: bodies that are no state's
	// a body named by a noun of a body that is no state's: company, union, campaign, alliance, opposition, mission
	{rule: "nonstate-body-noun", text: "Ghana's car factory will close. Kofi Adjei, vice-president for the company, said 300 jobs would go.",
		name: "Kofi Adjei", title: "vice-president", country: "-"},
	{rule: "nonstate-body-noun", text: "Rebels attacked a convoy in Mali. Attaher Mossi, a spokesman for the alliance, said its fighters had won.",
		name: "Attaher Mossi", country: "-"},
	{rule: "nonstate-body-noun", text: "Venezuela's talks resumed in Barbados. Gerardo Blanco, the opposition's chief negotiator, said progress had been made.",
		name: "Gerardo Blanco", title: "chief negotiator", country: "-"},
	{rule: "nonstate-body-noun", text: "Israeli shells hit a watchtower in Lebanon. \"This is a serious violation,\" mission spokesman Andrea Martelli said.",
		name: "Andrea Martelli", title: "mission spokesman", country: "-"},
	{rule: "nonstate-body-noun", text: "Ghana's car factory will close. Kofi Adjei, vice-president of Ghana, said 300 jobs would go.",
		name: "Kofi Adjei", country: "GH"},
	{rule: "nonstate-body-noun", text: "The mission's Kenyan commander, Godwin Otieng, said 800 officers had arrived in Haiti.",
		name: "Godwin Otieng", country: "KE"},
	// a name before such a noun names the body: "the CGT union", "the Whitfield campaign"
	{rule: "named-body-before-noun", text: "The strike in France entered its third day. Sophie Binet-Lamy, head of the FNX union, said workers would not back down.",
		name: "Sophie Binet-Lamy", title: "head", org: "FNX union", country: "-"},
	{rule: "named-body-before-noun", text: "Mexico's election is on Sunday. Laura Iturri, campaign spokeswoman for the Ferrer-Lozano campaign, said the polls were wrong.",
		name: "Laura Iturri", org: "Ferrer-Lozano campaign", country: "-"},
	{rule: "named-body-before-noun", text: "Farmers blocked roads near Lyon. Arnaud Rousselet, the president of the FNX farmers' union, said the talks had failed.",
		name: "Arnaud Rousselet", org: "FNX farmers' union", country: "-"},
	{rule: "named-body-before-noun", text: "Peacekeepers left Gao. Idrissa Kone, commander of the Malian contingent, said the handover went well.",
		name: "Idrissa Kone", country: "ML"},
	// chambers of commerce are no state's; chambers of deputies are
	{rule: "chamber-body", text: "Canada's exports fell in May. Perrin Lacasse, president of the Canadian Chamber of Commerce, said tariffs were hurting business.",
		name: "Perrin Lacasse", country: "-", org: "Canadian Chamber of Commerce", absent: "Chamber"},
	{rule: "chamber-body", text: "Canada's exports fell in May. The president of the Ontario Chamber of Commerce, Rocco Vitelli, said firms were worried.",
		name: "Rocco Vitelli", country: "-"},
	// ob3 (session 27): a plural possessive inside a body's name ("the
	// Quetta Truckers' Association") does not end it: the body is no
	// state's, though a town of the state opens it; a party's name stays
	// the party's
	{rule: "chamber-body", text: "Pakistan shut the crossing for a week. The chairman of the Quetta Truckers' Association, Gul Khan, said drivers were stranded.",
		name: "Gul Khan", country: "-", org: "Quetta Truckers' Association"},
	{rule: "chamber-body", text: "Pakistan shut the crossing for a week. The chairman of the Quetta district truckers' association, Gul Khan, said drivers were stranded.",
		name: "Gul Khan", org: "-"},
	{rule: "chamber-body", text: "Mexico's congress met on Monday. Rosa Ibarra, president of the Chamber of Deputies, said the reform would pass.",
		name: "Rosa Ibarra", country: "MX"},
	// a region is no person's name
	{rule: "region-not-name", text: "Saudi Arabia executed 81 men. Adam Corwin, Human Rights Watch's deputy Middle East director, said the trials were unfair.",
		name: "Adam Corwin", org: "Human Rights Watch", country: "-", absent: "East"},
	{rule: "region-not-name", text: "Senator Allan West said the bill was dead.",
		name: "Allan West", title: "Senator"},
	// bodies' names in British and American spelling, "UN" and "U.N."
	{rule: "org-spelling-variants", text: "Airstrikes hit Idlib in Syria on Monday. Ismail Abdo, a spokesman for the Syria Civil Defense, said 12 people were pulled from the rubble.",
		name: "Ismail Abdo", country: "-"},
	{rule: "org-spelling-variants", text: "The National Defense Authorization Act passed. Sen. Mark Ruiz said it was late." + americanCopy,
		name: "Mark Ruiz", country: "US"},
	// trade unions of the gazetteer
	{rule: "union-gazetteer", text: "Workers at Ford walked out in Detroit. UAW President Sean Farrant said the union was ready for a long fight.",
		name: "Sean Farrant", title: "President", org: "UAW", country: "-"},
	{rule: "union-gazetteer", text: "Workers at Ford walked out in Detroit. Michigan Governor Gretchen Whitby said the union was ready for a long fight.",
		name: "Gretchen Whitby", country: "US"},
	// where a body is based describes it, "the London-based monitoring group"
	{rule: "based-compound", text: "Donors met in Paris. Rami Haddan, director of the London-based monitoring group Syrian Observatory for Human Rights, said 40 people died.",
		name: "Rami Haddan", title: "director", org: "Syrian Observatory for Human Rights", country: "-"},
	{rule: "based-compound", text: "Donors met in Paris. Rami Haddan, a director at the California-based Institute for the Future, said 40 people died.",
		name: "Rami Haddan", country: "-"},

	// round 2: whose state
	// a rank or a spokesman of a body named by its type takes the state of that body where it speaks
	{rule: "body-anaphor-state", text: "The Israeli military said it struck targets in Gaza. Palestinians said 40 people were killed in the territory. Lt. Col. Nadav Perry said the strikes hit command centres.",
		name: "Nadav Perry", country: "IL"},
	{rule: "body-anaphor-state", text: "Ukraine said Russian forces had shelled Kherson overnight, killing three people. Lt. Col. Andriy Kovalchuk, a military spokesman, said the shells hit a school.",
		name: "Andriy Kovalchuk", country: "UA"},
	{rule: "body-anaphor-state", text: "The Kenyan government said the strike was illegal. Uganda and Tanzania urged calm. Government spokesman Isaac Mwangi told reporters that talks would resume.",
		name: "Isaac Mwangi", country: "KE"},
	{rule: "body-anaphor-state", text: "Burundi will withdraw its troops from Somalia, the defence ministry in Bujumbura said. Somalia thanked Burundi. \"We cannot stay,\" ministry spokesman Colonel Gaspard Nimbona said.",
		name: "Gaspard Nimbona", country: "BI"},
	{rule: "body-anaphor-state", text: "Chinese and Indian troops clashed in the Himalayas. China's defence ministry blamed India. Col. Zhang Lin, a spokesman, said India had crossed the line.",
		name: "Zhang Lin", country: "CN"},
	{rule: "body-anaphor-state", text: "Negotiators met in Barbados on Monday. National Assembly President Diego Marcano said the vote would be held in July. Venezuela's National Assembly must still approve the law.",
		name: "Diego Marcano", country: "VE"},
	{rule: "body-anaphor-state", text: "The research centre was started by the Irish government. Noel Dempster, the government's communications minister, said the closure was a blow.",
		name: "Noel Dempster", country: "IE"},
	{rule: "body-anaphor-state", text: "Whitehall police said a man was shot on Main Street. Sgt. Dan Kelsey said the suspect fled." + americanCopy,
		name: "Dan Kelsey", country: "US"},
	{rule: "body-anaphor-state", text: "KABUL (Reuters) - A bomb killed 21 people at a mosque in Kabul. \"He detonated his vest,\" interior ministry spokesman Abdul Nafi Haqqa said. Pakistan's foreign ministry condemned the attack.",
		name: "Abdul Nafi Haqqa", country: "AF"},
	{rule: "body-anaphor-state", text: "Attorney General Mark Herrin said the case was closed. The Russian army said it had left Kherson." + americanCopy,
		name: "Mark Herrin", country: "US"},
	// a bare spokesman speaks for the state body that spoke last
	{rule: "bare-spokesman", text: "Ukraine's military intelligence said on Sunday its forces had captured two soldiers. Russia denied it, and Moscow said Russia had no troops in Kursk. \"They were lost,\" spokesman Yuriy Horbach said.",
		name: "Yuriy Horbach", country: "UA"},
	{rule: "bare-spokesman", text: "Ukraine's military intelligence said on Sunday its forces had captured two soldiers. \"They were lost,\" Kremlin spokesman Dmitry Peskin said.",
		name: "Dmitry Peskin", country: "RU"},
	// a state in the name of a body in another person's title binds
	// nothing near it
	{rule: "body-bound-state", text: "The talks on Israel resumed in Geneva. Israel's cabinet met on Sunday, and Israeli ministers spoke. \"Palestinian Authority President Karim Dawud has come to the table. Prime Minister Avi Lerner has freed prisoners,\" the envoy said.",
		name: "Avi Lerner", country: "IL"},
	{rule: "body-bound-state", text: "The talks resumed in Geneva. \"Palestinian President Karim Dawud and Prime Minister Omar Haddad came to the table,\" the envoy said.",
		name: "Omar Haddad", country: "PS"},
	// the state acting in the sentence before, in the same paragraph
	{rule: "previous-sentence-state", text: "Washington met Moscow on Monday. Washington was pleased.\nDanish leaders who defied Washington paid a price. In 1991, when Prime Minister Anders Holm opposed the deal, the US held back aid.",
		name: "Anders Holm", country: "DK"},
	{rule: "previous-sentence-state", text: "Washington met Moscow on Monday. Washington was pleased.\nTalks were held in Denmark. In 1991, when President Harold Mott opposed the deal, Washington held back aid.",
		name: "Harold Mott", country: "US"},
	// the state the article is about, unless its government has no such office
	{rule: "absent-office", text: "North Korea fired a missile, and the North Korean army said more would follow. Pyongyang has defied sanctions.\nSecretary of State Paul Kemp said the United States would respond.",
		name: "Paul Kemp", title: "Secretary of State", country: "US"},
	// a letter that is also a word is an initial inside a name
	{rule: "word-initial", text: "Judge Richard A. Posner of the appeals court wrote the ruling.",
		name: "Richard A. Posner", title: "Judge"},
	{rule: "word-initial", text: "Judge Richard Posner wrote to Alan Smith. A. Smith replied.",
		name: "Richard Posner", title: "Judge", absent: "Richard Posner A. Smith"},
	// a lower-case bare title that no state of the story has is a body's
	{rule: "lower-case-office-of-no-state", text: "Canberra will keep the data laws, Australia's cabinet agreed.\n\"Journalists must be exempt,\" says president Dana Whitby.",
		name: "Dana Whitby", title: "president", country: "-"},
	{rule: "lower-case-office-of-no-state", text: "Kenya will keep the data laws, its cabinet agreed.\n\"Journalists must be exempt,\" says president Dana Whitby.",
		name: "Dana Whitby", title: "president", country: "KE"},
	{rule: "absent-office", text: "Washington has backed the deal. The White House said it was pleased, and Washington will pay. Italy's parliament has yet to vote. The vote is due in May. Prime Minister Paola Gatti said she would wait.",
		name: "Paola Gatti", country: "IT"},
	{rule: "absent-office", text: "Washington has backed the deal. The White House said it was pleased, and Washington will pay. Italy's parliament has yet to vote. The vote is due in May. Secretary Paola Gatti said she would wait.",
		name: "Paola Gatti", country: "US"},
	// session 10: senators and defence secretaries only some states have
	// (absent_offices.tsv): a senator in a story most about China is some
	// other state's; a US senator in a story about the US stays American
	{rule: "absent-office", text: "China warned Manila again. Chinese officials said China would respond, and Beijing said the boat had no permission. The Philippines rejected the claim.\nSenator Ana Reyes said the navy would not back down.",
		name: "Ana Reyes", country: "PH"},
	{rule: "absent-office", text: "China warned Manila again. Chinese officials said China would respond, and Beijing said the boat had no permission. The Philippines rejected the claim.\nDefence Secretary Ana Reyes said the navy would not back down.",
		name: "Ana Reyes", country: "PH"},
	{rule: "absent-office", text: "The United States warned China again. US officials said the US would respond, and Washington said the US had been patient.\nSenator Ana Reyes said the navy would not back down.",
		name: "Ana Reyes", country: "US"},
	// two given names before one surname name two people, the first one
	// first; an office before the surname alone goes to the first
	{rule: "shared-surname", text: "Officials were asked to look into Tom and Kyle Brannock. Kyle Brannock sat on the board of a bank. \"The allegations against Governor Brannock are not credible,\" Volk said." + americanCopy,
		name: "Tom Brannock", title: "Governor", country: "US"},
	{rule: "shared-surname", text: "Officials were asked to look into Tom and Kyle Brannock. Kyle Brannock sat on the board of a bank. \"The allegations against Governor Brannock are not credible,\" Volk said." + americanCopy,
		absent: "Kyle Brannock"},
	// a place inside a state written in the title gives its state; a
	// demonym before another state's people names no state
	{rule: "place-in-title", text: "Cuban Americans backed Ted Ruiz in Havana. He still trails Vermont Sen. Bernard Saunders.",
		name: "Bernard Saunders", country: "US"},
	{rule: "place-in-title", text: "Washington backed the plan. Ontario Premier Dale Forde said he would wait." + americanCopy,
		name: "Dale Forde", country: "CA"},
	// a description of the office in a sentence naming the person
	{rule: "described-state", text: "Aron Weiss's victory keeps in place a Danish prime minister who has defied Washington. The US and Washington said nothing. Prime Minister Weiss said he would go on.",
		name: "Aron Weiss", country: "DK"},
	{rule: "described-state", text: "Aron Weiss's victory pleased the Danish prime minister, Lars Brun, who has defied London. Britain said nothing. Prime Minister Weiss said he would go on.",
		name: "Aron Weiss", country: "GB"},
	// round 4: a style of rank ("Prince", "Justice") alone before a name
	// yields to the office written before it in apposition; alone it stays
	// session 10: "Cardinal" is a style of rank that yields to an office
	// written before it in apposition; alone it is the title
	{rule: "courtesy-title", text: "The Archbishop of Westminster, Cardinal Liam Doyle, said the bill was wrong.",
		name: "Liam Doyle", title: "Archbishop"},
	{rule: "courtesy-title", text: "Cardinal Liam Doyle said the bill was wrong.",
		name: "Liam Doyle", title: "Cardinal"},
	{rule: "courtesy-title", text: "Saudi Arabia's foreign minister, Prince Abdulaziz bin Mansour, proposed talks in Jeddah.",
		name: "Abdulaziz bin Mansour", title: "foreign minister", country: "SA"},
	{rule: "courtesy-title", text: "The chairperson of the Malawi Electoral Commission, Justice Annabel Mtali, read the results.",
		name: "Annabel Mtali", title: "chairperson"},
	{rule: "courtesy-title", text: "Prince Abdulaziz bin Mansour of Saudi Arabia proposed talks in Jeddah.",
		name: "Abdulaziz bin Mansour", title: "Prince", country: "SA"},
	{rule: "courtesy-title", text: "Iran's supreme leader, Ayatollah Ali Khamenei, warned Washington.",
		name: "Ali Khamenei", title: "supreme leader", country: "IR"},
	// round 4: a state's name opening a title-cased body's name ("Japan
	// Football Association") names a sport's body, no state of its officials
	{rule: "state-opens-body-name", text: "The Korea Football Association's president, Yoon Sang-hoon, said his association had abstained.",
		name: "Yoon Sang-hoon", title: "president", country: "-"},
	{rule: "state-opens-body-name", text: "The president of the Japan Football Association, Shinya Kubota, said the vote was fair.",
		name: "Shinya Kubota", title: "president", country: "-"},
	{rule: "state-opens-body-name", text: "The Korea Coast Guard's commissioner, Yoon Sang-hoon, said the search would go on.",
		name: "Yoon Sang-hoon", title: "commissioner", country: "KR"},
	// round 4: "a spokesman for" a state's own body ("the Sudanese foreign
	// ministry") holds the state's office; "an envoy for Syria" does not
	{rule: "for-state-body", text: "In Port Sudan, a spokesman for the Sudanese foreign ministry, Khalid Osman, welcomed the group.",
		name: "Khalid Osman", title: "spokesman", country: "SD"},
	{rule: "for-state-body", text: "The UN's special envoy for Syria, Khalid Osman, welcomed the group.",
		name: "Khalid Osman", title: "special envoy", country: "-"},
	// round 4: an indefinite title with its complement before a comma is
	// evidence of a person whose given name no gazetteer knows
	{rule: "indefinite-title-evidence", text: "In Seoul, a spokesman for the foreign ministry, Lim Jae-won, said talks would go on.",
		name: "Lim Jae-won", title: "spokesman"},
	{rule: "indefinite-title-evidence", text: "In Seoul, a man in the crowd, Lim Jae-won, said talks would go on.",
		absent: "Lim Jae-won"},
	// round 4: a confederation is a body of no state: "of Malaysia" after
	// its officer's name is where he comes from, not whose office he holds
	{rule: "confederation-nonstate", text: "He beat the confederation's general secretary, Razak Hamid of Malaysia, by 27 votes to 19.",
		name: "Razak Hamid", title: "general secretary", country: "-"},
	{rule: "confederation-nonstate", text: "He beat the country's interior minister, Razak Hamid of Malaysia, by 27 votes to 19.",
		name: "Razak Hamid", title: "interior minister", country: "MY"},
	// round 4: "The new defence minister is NAME" gives the description to
	// the name the copula joins to it, not to someone named before
	{rule: "copula-description", text: "She replaces Kenji Oshiro. The new defence minister is Takeshi Noguchi, 58, a former army officer.",
		name: "Takeshi Noguchi", title: "defence minister", outRule: ruleAnaphora},
	{rule: "copula-description", text: "Kenji Oshiro met reporters on Monday. The new defence minister is Takeshi Noguchi.",
		absent: "Kenji Oshiro"},
	// round 4: a relative clause with a copula states a role as an
	// apposition does: "NAME, who had been finance minister since 2023"
	{rule: "relative-copula", text: "She replaces Kenji Oshiro, who had been finance minister since 2023, in the cabinet.",
		name: "Kenji Oshiro", title: "finance minister", outRule: ruleApposition},
	{rule: "relative-copula", text: "She replaces Kenji Oshiro, who had been a keen gardener since 2023, in the cabinet.",
		absent: "Kenji Oshiro"},
	// round 4: a capitalised run followed by "bloc", "party" or a non-state
	// body noun names the body, not a person
	{rule: "body-name-before-noun", text: "The head of the opposition Revolución Ciudadana bloc, Paola Vintimilla, said the costs were hidden.",
		name: "Paola Vintimilla", title: "head", absent: "Revolución Ciudadana"},
	{rule: "body-name-before-noun", text: "Opposition leader Ana Torres campaign workers said the vote had been rigged.",
		name: "Ana Torres", title: "Opposition leader"},
	// round 4: a plain description of the person between the comma and the
	// name ("Australian lawyer") leaves the title before the comma theirs
	{rule: "described-after-comma", text: "The chairman of the ethics committee, Australian lawyer Fiona McGrath-Lee, said two complaints had come in.",
		name: "Fiona McGrath-Lee", title: "chairman"},
	{rule: "described-after-comma", text: "The case was heard in Sydney, where Australian lawyer Fiona McGrath-Lee said two complaints had come in.",
		absent: "Fiona McGrath-Lee"},
	// round 4: ", led by" a title and name after "the" and a state's
	// adjective: the group's state is the office's
	{rule: "led-by-state", text: "Sudan's army was not invited. The Emirati delegation, led by Minister of State Noura al-Ketbi, argued against it.",
		name: "Noura al-Ketbi", title: "Minister of State", country: "AE"},
	{rule: "led-by-state", text: "Sudan's army was not invited. The delegation, led by Minister of State Noura al-Ketbi, argued against it.",
		name: "Noura al-Ketbi", title: "Minister of State", country: "SD"},
	// r23b: "is led by" names the group's leader as ", led by" does
	{rule: "led-by-state", text: "Samoa asked for help. The Australian contingent is led by Commander Joanna Pettersen of the federal police.",
		name: "Joanna Pettersen", title: "Commander", country: "AU"},
	{rule: "led-by-state", text: "Samoa asked for help. The Fijian team was headed by Superintendent Mere Tuilau.",
		name: "Mere Tuilau", title: "Superintendent", country: "FJ"},
	{rule: "led-by-state", text: "Samoa asked for help. The contingent is led by Commander Joanna Pettersen of the police service.",
		name: "Joanna Pettersen", title: "Commander", country: "WS"},
	{rule: "led-by-state", text: "Samoa asked for help. The Australian contingent arrived, and the talks were led by Commander Joanna Pettersen.",
		name: "Joanna Pettersen", title: "Commander", country: "WS"},
	// round 4: a city's name that is also a given name and opens a
	// person's name ("Florence Eshalomi") is no place the role is in
	{rule: "city-given-name", text: "Local MP Florence Eshalomi said the council had been warned.",
		name: "Florence Eshalomi", title: "Local MP", country: "-"},
	{rule: "city-given-name", text: "Florence councillor Sara Funaro said the museums would reopen.",
		name: "Sara Funaro", title: "Florence councillor", country: "IT"},
	// session 9: an office only one state's government has gives that
	// state where the story names none ("only" in absent_offices.tsv)
	// session 10: the Pope is the Vatican's sovereign, in a story about
	// any other state
	{rule: "sole-office", text: "Ukraine thanked the Vatican for its help. Ukrainian officials said Ukraine would send a list. Pope Leo XIV said the war must end.",
		name: "Leo XIV", title: "Pope", country: "VA"},
	{rule: "sole-office", text: "The Taoiseach, Sean Brennan, said the housing target would be met.",
		name: "Sean Brennan", title: "Taoiseach", country: "IE"},
	{rule: "sole-office", text: "Britain's foreign secretary met her Irish counterpart in London. Tánaiste Aoife Brennan said the talks had been constructive.",
		name: "Aoife Brennan", title: "Tánaiste", country: "IE"},
	{rule: "sole-office", text: "Prime Minister Sean Brennan said the housing target would be met.",
		name: "Sean Brennan", title: "Prime Minister", country: "-"},
	// session 9: "Exchequer" is a word of a title ("Chancellor of the
	// Exchequer NAME"), not the first word of the name
	// session 10: "and" between capitalised words of a portfolio joins
	// them ("Minister for Political and Security Affairs NAME"); a name
	// before "and" is no portfolio word
	{rule: "title-of-portfolio", text: "Coordinating Minister for Political and Security Affairs Budi Hartono ruled out talks with the group.",
		name: "Budi Hartono", title: "Coordinating Minister for Political and Security Affairs"},
	{rule: "title-of-portfolio", text: "Ruth Hale and Foreign Minister Budi Hartono ruled out talks with the group.",
		name: "Budi Hartono", title: "Foreign Minister"},
	// session 10: a given name the gazetteer knows ends a title of a
	// portfolio (given_names.tsv gains Chadian forms: Abakar, Ahmat...)
	{rule: "title-of-portfolio", text: "Minister of Territorial Administration Abakar Mahamat Ali said the camp would be cleared.",
		name: "Abakar Mahamat Ali", title: "Minister of Territorial Administration"},
	{rule: "title-of-portfolio", text: "Minister of Territorial Administration Mahamat Ali said the camp would be cleared.",
		name: "Mahamat Ali", title: "Minister of Territorial Administration"},
	{rule: "title-of-portfolio", text: "Chancellor of the Exchequer Ruth Hale said the budget would balance.",
		name: "Ruth Hale", title: "Chancellor of the Exchequer", country: "GB"},
	{rule: "title-of-portfolio", text: "The Exchequer said the budget would balance, Ruth Hale told MPs.",
		absent: "Exchequer"},
	// session 9: a rank between a spokesman's or commander's role and the
	// name is left out of the title; "General" after a role noun is part
	// of one title
	{rule: "stacked-rank", text: "Army spokesman Colonel Idris Haddad said the city had been cleared.",
		name: "Idris Haddad", title: "Army spokesman"},
	{rule: "stacked-rank", text: "Police spokesman Sgt. Tom Hale said the road was closed.",
		name: "Tom Hale", title: "Police spokesman"},
	{rule: "stacked-rank", text: "Base spokesman Col. Tom Hale said the gate was closed.",
		name: "Tom Hale", title: "Base spokesman", country: "US"},
	{rule: "stacked-rank", text: "Director General Tom Hale said the agency would appeal.",
		name: "Tom Hale", title: "Director General"},
	{rule: "stacked-rank", text: "Lieutenant Colonel Tom Hale said the base was ready.",
		name: "Tom Hale", title: "Lieutenant Colonel"},
	// session 10: a royal style between an office and the name is the
	// name's ("Foreign Minister Prince NAME"); a style before a head that
	// is part of it stays ("Crown Prince NAME")
	{rule: "stacked-rank", text: "Saudi Foreign Minister Prince Khalid bin Saud said the talks were useful. Prince Khalid later left for Cairo.",
		name: "Khalid bin Saud", title: "Foreign Minister", country: "SA"},
	{rule: "stacked-rank", text: "Saudi Crown Prince Khalid bin Saud said the talks were useful.",
		name: "Khalid bin Saud", title: "Crown Prince", country: "SA"},
	// session 10: a royal style before the given name of a patronymic
	// name is that person ("Prince Khalid" of Khalid bin Saud), not a new
	// official; a style before another name stays apart
	{rule: "royal-short-form", text: "Saudi Foreign Minister Prince Khalid bin Saud arrived on Monday. Prince Khalid said the talks were useful.",
		name: "Khalid bin Saud", title: "Foreign Minister", country: "SA", absent: "Khalid"},
	{rule: "royal-short-form", text: "Foreign Minister Khalid Hale arrived on Monday. Prince Khalid said the talks were useful.",
		name: "Khalid Hale", title: "Foreign Minister"},
	// session 9: more portfolios are words of titles (roles.tsv "mod":
	// housing, tourism, sport, planning, equality, aviation ...); "family"
	// stays out (it made "family member" an office); a portfolio word
	// before a head that is no role makes none
	{rule: "portfolio-mod", text: "Minister for Housing Sean Brennan said the money would fund 12,000 homes.",
		name: "Sean Brennan", title: "Minister for Housing"},
	{rule: "portfolio-mod", text: "The tourism minister, Ana Costa, said arrivals had doubled.",
		name: "Ana Costa", title: "tourism minister"},
	{rule: "portfolio-mod", text: "Housing campaigner Ana Costa said rents had doubled.",
		absent: "Ana Costa"},
	// session 9: a name's particle written with a capital ("Julio De
	// Vido", "Mr De Vido") is no title word; "De facto" still qualifies
	{rule: "capital-particle", text: "Planning Minister Julio De Vido offered help. Mr De Vido said the state would not pay.",
		name: "Julio De Vido", title: "Planning Minister"},
	{rule: "capital-particle", text: "De facto leader Tom Hale said the talks were over.",
		name: "Tom Hale", title: "De facto leader"},
	// session 9: a town's, region's or capital's one-word name between a
	// title and the last word of the run is the titled person's given name
	// (a place noun last keeps the place)
	{rule: "town-titled-name", text: "Defence Minister Aden Duale said the troops would stay.",
		name: "Aden Duale", title: "Defence Minister", country: "-"},
	{rule: "town-titled-name", text: "Kenya Defence Minister Aden Duale said the troops would stay.",
		name: "Aden Duale", title: "Defence Minister", country: "KE"},
	{rule: "town-titled-name", text: "Police Chief Moscow Mitchell said the road would reopen on Monday.",
		name: "Moscow Mitchell", title: "Police Chief", country: "US"},
	{rule: "town-titled-name", text: "The delegation met Governor Aden Harbour officials on Monday. Governor Sara Hale said talks went well.",
		name: "Sara Hale", title: "Governor", absent: "Aden Harbour"},
	// round 4: a state named inside the quoted words of the sentence before
	// is the speaker's subject, not the state of a bare title after it
	{rule: "quoted-state-before", text: "Iran's supreme leader, Ayatollah Ali Khamenei, warned the West. \"America will receive a decisive response,\" Khamenei said. Foreign Minister Abbas Nouri later said talks were possible.",
		name: "Abbas Nouri", title: "Foreign Minister", country: "IR"},
	{rule: "quoted-state-before", text: "Iran's supreme leader, Ayatollah Ali Khamenei, warned the West. Egypt will receive a decisive response, Khamenei said. Foreign Minister Abbas Nouri later said talks were possible.",
		name: "Abbas Nouri", title: "Foreign Minister", country: "EG"},
	// round 5: provincial and state legislators ("MPP", "MLA") are roles;
	// a local authority's appointed manager is one, a shop's manager is not
	{rule: "provincial-legislator", text: "Ontario passed the bill. Joanne Roy, the Liberal MPP for Kingston, voted against it.",
		name: "Joanne Roy", title: "Liberal MPP for Kingston"},
	{rule: "provincial-legislator", text: "Ontario passed the bill. Joanne Roy, the owner of a bakery in Kingston, voted against it.",
		absent: "Joanne Roy"},
	{rule: "local-manager", text: "In Tucson, City Manager Kevin Alcott said the reserve was untouched.",
		name: "Kevin Alcott", title: "City Manager"},
	{rule: "local-manager", text: "In Tucson, store manager Kevin Alcott said the shelves were empty.",
		absent: "Kevin Alcott"},
	// round 5: "Shri" and "Ibu" are courtesy titles, not part of the name
	{rule: "asian-honorific", text: "Karnataka Chief Minister Shri Basavaraj Hegde rejected the order.",
		name: "Basavaraj Hegde", title: "Karnataka Chief Minister", absent: "Shri Basavaraj Hegde"},
	{rule: "asian-honorific", text: "Karnataka Chief Minister Basavaraj Hegde rejected the order.",
		name: "Basavaraj Hegde", title: "Karnataka Chief Minister", absent: "Shri Basavaraj Hegde"},
	// round 5: a company-style office that a local public body holds is
	// the state's local office; a company's stays no state's
	{rule: "local-body-owns", text: "Police in Britain are investigating the planning decision. The council's chief executive, Deborah Quayle, said the authority had co-operated.",
		name: "Deborah Quayle", title: "chief executive", country: "GB"},
	{rule: "local-body-owns", text: "Police in Britain are investigating the planning decision. The company's chief executive, Deborah Quayle, said the firm had co-operated.",
		name: "Deborah Quayle", title: "chief executive", country: "-"},
	{rule: "local-body-owns", text: "Police in Britain are investigating. Deborah Quayle, chief executive of Bristol City Council, said it had co-operated.",
		name: "Deborah Quayle", country: "GB"},
	{rule: "local-body-owns", text: "Police in Britain are investigating. Deborah Quayle, chief executive of Bristol Water Company, said it had co-operated.",
		name: "Deborah Quayle", country: "-"},
	// round 5: a title written after the name ("KC", "SC", "MP") is a role
	// when none is written around it; a silk holds no state's office
	{rule: rulePostNominal, text: "In London, Simon Okafor KC said the case rested on one witness.",
		name: "Simon Okafor", title: "KC", country: "-", outRule: rulePostNominal},
	{rule: rulePostNominal, text: "In London, Jane Roe MP said the bill would pass.",
		name: "Jane Roe", title: "MP", outRule: rulePostNominal},
	{rule: rulePostNominal, text: "In London, Simon Okafor said the case rested on one witness.",
		absent: "Simon Okafor"},
	// round 5: "central" may stand inside a title ("the central bank
	// president"); it makes no title of a word that is none
	{rule: "central-mod", text: "In the Netherlands, the central bank president, Hendrik Bos, said markets were calm.",
		name: "Hendrik Bos", title: "central bank president", country: "NL"},
	{rule: "central-mod", text: "In the Netherlands, central heating engineer Hendrik Bos said prices were calm.",
		absent: "Hendrik Bos"},
	// round 5: one name after a speech verb with a role in apposition is a
	// person ("said Suharyanto, head of ..."); without a role it is none
	{rule: "said-one-name-role", text: "Indonesian rescuers searched all night. \"The fire spread fast,\" said Suharyanto, head of the local search and rescue office.",
		name: "Suharyanto", title: "head", country: "ID"},
	{rule: "said-one-name-role", text: "Indonesian rescuers searched all night. \"The fire spread fast,\" said Suharyanto, 52, a fisherman from the island.",
		absent: "Suharyanto"},
	// round 5: an appointment verb gives the person after it the office
	// after "as"; "as" with no office gives nothing
	{rule: ruleNamedAs, text: "South Korea's president on Wednesday named Kim Min-seok as prime minister on Wednesday.",
		name: "Kim Min-seok", title: "prime minister", country: "KR", outRule: ruleNamedAs},
	{rule: ruleNamedAs, text: "South Korea's president on Wednesday named Kim Min-seok as a close friend.",
		absent: "Kim Min-seok"},
	{rule: ruleNamedAs, text: "South Korea's president on Wednesday met Kim Min-seok as prime minister Lee watched.",
		absent: "Kim Min-seok"},
	// round 5: the Irish police and parliament are Irish state bodies
	{rule: "irish-bodies", text: "Gardaí said a man was arrested. Detective Sergeant Aoife Gallagher said the case was solved.",
		name: "Aoife Gallagher", title: "Detective Sergeant", country: "IE"},
	{rule: "irish-bodies", text: "Scotland Yard said a man was arrested. Detective Sergeant Aoife Gallagher said the case was solved.",
		name: "Aoife Gallagher", title: "Detective Sergeant", country: "GB"},
	// round 5: a weak role owned by a person ("Her deputy, Imran Qadir") is
	// an office; a relation that is no role is none
	{rule: "person-owned-weak-role", text: "Pakistan's health minister announced a drive. Her deputy, Imran Qadir, said teams would be escorted.",
		name: "Imran Qadir", title: "deputy", country: "PK"},
	{rule: "person-owned-weak-role", text: "Pakistan's health minister announced a drive. Her friend, Imran Qadir, said teams would be escorted.",
		absent: "Imran Qadir"},
	// round 6c: "at the request of" a title: the state that is the
	// sentence's subject acted for the person, so it is not the person's
	{rule: "asker-subject-state", text: "Brazil's Senate passed the law. Buenos Aires sent two fugitives back last month at the request of President Fernando Alencar.",
		name: "Fernando Alencar", title: "President", country: "BR"},
	{rule: "asker-subject-state", text: "Libya was divided. Ankara sent its first advisers in 2020 at the invitation of Prime Minister Khaled Bouzid.",
		name: "Khaled Bouzid", title: "Prime Minister", country: "LY"},
	{rule: "asker-subject-state", text: "Brazil's Congress passed the law. Buenos Aires sent two fugitives back last month, and President Fernando Alencar welcomed it.",
		name: "Fernando Alencar", title: "President", country: "AR"},
	{rule: "asker-subject-state", text: "Mali's junta took power in 2021. Paris withdrew its troops at the request of the junta leader, Assimi Goita.",
		name: "Assimi Goita", title: "junta leader", country: "ML"},
	{rule: "asker-subject-state", text: "Mali's junta took power in 2021. Paris withdrew its troops at the request of the junta leader, Col. Assimi Goita.",
		name: "Assimi Goita", country: "ML"},
	// round 6c: ", whose" before a title makes the noun before the comma
	// its owner, as "'s" would: a company, a union, a state
	{rule: "whose-owner", text: "Chile's copper mine is owned by Canada's Northfield Resources, whose chairman, Graham Whitcombe, said it would stay.",
		name: "Graham Whitcombe", title: "chairman", country: "-", org: "Northfield Resources"},
	{rule: "whose-owner", text: "Chile's mine stopped. The strike was called by the mine's largest union, whose president, Juan Carlos Araya, accused the company.",
		name: "Juan Carlos Araya", title: "president", country: "-"},
	{rule: "whose-owner", text: "The talks were held in Cairo. He spoke to Turkey, whose president, Recep Demir, agreed.",
		name: "Recep Demir", title: "president", country: "TR"},
	{rule: "whose-owner", text: "Chile's mine stopped. He met Nelson Ruiz, whose friend, Juan Carlos Araya, spoke first.",
		absent: "Juan Carlos Araya"},
	// round 6c: a relative clause gives the role after "as" ("who governed
	// the state capital as its mayor"), not a clause of time ("who spoke
	// as the president looked on") nor a job that is no office
	{rule: ruleWhoAs, text: "Germany voted. Katrin Behrendt, who governed the state capital as its mayor from 2019 to 2024, said the CDU was ready.",
		name: "Katrin Behrendt", title: "mayor", country: "DE", outRule: ruleWhoAs},
	{rule: ruleWhoAs, text: "Britain voted. The committee heard Priya Chandrasekaran, who ran the programme as director general until she moved to the Cabinet Office.",
		name: "Priya Chandrasekaran", title: "director general", outRule: ruleWhoAs},
	{rule: ruleWhoAs, text: "Germany voted. Katrin Behrendt, who spoke as the president looked on, said the CDU was ready.",
		absent: "Katrin Behrendt"},
	{rule: ruleWhoAs, text: "Germany voted. Katrin Behrendt, who worked as a nurse, said the CDU was ready.",
		absent: "Katrin Behrendt"},
	// round 6c: an apposition's title may end at "from" and a year
	{rule: "apposition-from-year", text: "Germany voted. Anna Roth, finance minister from 2019 to 2023, said the budget was sound.",
		name: "Anna Roth", title: "finance minister", country: "DE"},
	{rule: "apposition-from-year", text: "Germany voted. Anna Roth, finance minister from Bavaria, said the budget was sound.",
		absent: "Anna Roth"},
	{rule: ruleWhoAs, text: "Kenya voted. Mary Wanjiku, who was elected as governor in 2022, said the cuts were reckless.",
		name: "Mary Wanjiku", title: "governor", country: "KE", outRule: ruleWhoAs},
	// round 6c: a rank after the comma takes the body of the title before
	// it with the body's kind, so a state's agency keeps its state
	{rule: "rank-after-agency-title", text: "At a briefing, the director general of Inter-Services Public Relations, Lt. Gen. Faisal Ahmed Qureshi, said the raids were over.",
		name: "Faisal Ahmed Qureshi", country: "PK", org: "ISPR"},
	{rule: "rank-after-agency-title", text: "At a briefing, the spokesman of Hamas, Col. Faisal Ahmed Qureshi, said the raids were over.",
		name: "Faisal Ahmed Qureshi", country: "-", org: "Hamas"},
	// round 6c: a judge is of the state of the place a court named nearby
	// sits in, not of the state the story's subject comes from
	{rule: "court-place-state", text: "A British tourist was jailed. Judge Mary Byrne, sitting at a court in Dublin, said the offence was grave.",
		name: "Mary Byrne", title: "Judge", country: "IE"},
	{rule: "court-place-state", text: "A British tourist was jailed. A court in Dublin heard the case. Judge Mary Byrne said the offence was grave.",
		name: "Mary Byrne", title: "Judge", country: "IE"},
	{rule: "court-place-state", text: "A British tourist was jailed. A court in Dublin heard the case. Lawyer Mary Byrne said the offence was grave.",
		absent: "Mary Byrne"},
	{rule: "court-place-state", text: "A British tourist was jailed. Judge Mary Byrne, who trained in Dublin, said the offence was grave.",
		name: "Mary Byrne", title: "Judge", country: "GB"},
	// round 6c: one who meets "his Turkish counterpart" is not Turkish
	{rule: "counterpart-state", text: "Foreign Minister Ahmed Khalil met his Turkish counterpart, Mevlut Demir, in Ankara on Monday. Egypt wants a ceasefire in Gaza.",
		name: "Ahmed Khalil", title: "Foreign Minister", country: "EG"},
	{rule: "counterpart-state", text: "Egypt hosted the talks. Turkish Foreign Minister Ahmed Khalil met his counterpart, Mevlut Demir, in Ankara.",
		name: "Ahmed Khalil", title: "Foreign Minister", country: "TR"},
	// round 6c: "who represents PLACE in the Senate" makes a member of the
	// legislature (members.tsv); representing someone in talks does not
	{rule: ruleRepresents, text: "Kenya's Senate voted. Aaron Towett, who has represented Kericho in the Senate since 2017, voted against the motion.",
		name: "Aaron Towett", title: "senator", country: "KE", outRule: ruleRepresents},
	{rule: ruleRepresents, text: "Britain voted. Jane Hill, who represents Bolton North in the House of Commons, voted against.",
		name: "Jane Hill", title: "MP", country: "GB", outRule: ruleRepresents},
	{rule: ruleRepresents, text: "Kenya's Senate voted. Aaron Towett, who represented Kericho in the talks, voted against the motion.",
		absent: "Aaron Towett"},
	// round 6c: a title whose relative clause runs up to the comma before
	// the name; a role verb in the clause gives the role
	{rule: "relative-before-comma", text: "The Ghanaian diplomat who heads the UN mission, Abena Osei, said elections were far off.",
		name: "Abena Osei", title: "head", country: "-", org: "UN"},
	{rule: "relative-before-comma", text: "Kenya voted. The senator who led the inquiry, Aaron Towett, said the audit was flawed.",
		name: "Aaron Towett", title: "senator", country: "KE"},
	{rule: "relative-before-comma", text: "Kenya voted. The man who found the body, Aaron Towett, said the audit was flawed.",
		absent: "Aaron Towett"},
	// round 6c: a bare name of another state's body after a state's
	// possessive or adjective is that state's ("Brazil's Congress" is not
	// the US Congress, so the story is not about the US)
	{rule: "local-form-after-owner", text: "Brazil's Congress passed the law. Buenos Aires sent two fugitives back last month at the request of President Fernando Alencar.",
		name: "Fernando Alencar", title: "President", country: "BR"},
	{rule: "local-form-after-owner", text: "Congress passed the law. President Joe Biden said he would sign it.",
		name: "Joe Biden", title: "President", country: "US"},
	// round 6c: "presides over" a body is a role verb, its object after "over"
	{rule: "role-verb-over", text: "Brazil's court ruled. Davi Rezende, who has presided over the Senate since February, said the upper house would vote.",
		name: "Davi Rezende", title: "president", country: "BR", outRule: ruleRoleVerb},
	{rule: "role-verb-over", text: "Brazil's court ruled. Davi Rezende, who presided over the wedding, said the upper house would vote.",
		absent: "Davi Rezende"},
	// round 8b: initials open a name that no title stands right before, so a
	// list after a plural title keeps them; "U.S." and "U.N." stay place and body
	{rule: "initials-open-name-list", text: "India's top court ruled. A bench of Justices Anjali Mehrotra and K.V. Ramanathan heard the case.",
		name: "K.V. Ramanathan", title: "Justice", country: "IN"},
	{rule: "initials-open-name-list", text: "India's top court ruled. Senators Ann Holt and U.S. Steel lobbyists met.",
		absent: "U.S. Steel"},
	{rule: "initials-open-name-list", text: "The court ruled. K.V. Ramanathan, a retired teacher, said he was pleased.",
		absent: "K.V. Ramanathan"},
	// round 8b: a capital that opens the sentence binds a title after an
	// article as it binds a bare one
	{rule: "place-intro-article", text: "SEOUL (Yonhap) -- South Korea and China met in Seoul on Sunday. In Washington, a Treasury spokeswoman, Ann Whitby, said the talks were welcome.",
		name: "Ann Whitby", country: "US"},
	{rule: "place-intro-article", text: "SEOUL (Yonhap) -- South Korea and China met in Seoul on Sunday. In Washington and Seoul alike, a Treasury spokeswoman, Ann Whitby, said the talks were welcome.",
		name: "Ann Whitby", country: "KR"},
	// round 8b: a state after "of" inside a capitalised body's name after
	// "for" is the body's state; "envoy for Sudan" is not the state's
	{rule: "state-in-body-name", text: "Talks opened in Seoul. A spokeswoman for the Office of the US Trade Representative, Karen Whitby, said the talks were welcome.",
		name: "Karen Whitby", title: "spokeswoman", country: "US"},
	{rule: "state-in-body-name", text: "Talks opened in Seoul. A spokeswoman for the Government of Sudan, Karen Whitby, said the talks were welcome.",
		name: "Karen Whitby", title: "spokeswoman", country: "SD"},
	{rule: "state-in-body-name", text: "Talks opened in Seoul. The UN envoy for Sudan, Karen Whitby, said the talks were welcome.",
		name: "Karen Whitby", country: "-"},
	{rule: "state-in-body-name", text: "Talks opened in Seoul. A spokeswoman for the people of Sudan, Karen Whitby, said the talks were welcome.",
		name: "Karen Whitby", country: "-"},
	// round 8b: a capitalised plural name with its apostrophe before the
	// title owns it as a body that is no state's; a state's plural stays a state
	{rule: "plural-owner-name", text: "Talks in Vienna stalled. Andreas Grubinger, the Social Democrats' chairman, accused the conservatives of leaking a draft.",
		name: "Andreas Grubinger", title: "chairman", country: "-", org: "Social Democrats"},
	{rule: "plural-owner-name", text: "Talks in Manila stalled. Andrea Gruber, the Philippines' foreign minister, accused China of leaking a draft.",
		name: "Andrea Gruber", title: "foreign minister", country: "PH", org: "-"},
	{rule: "plural-owner-name", text: "Talks in Vienna stalled. Andreas Grubinger, the Social Democrats' best friend, accused the conservatives of leaking a draft.",
		absent: "Andreas Grubinger"},
	// round 8b: "whom" and "whose" after the title end an apposition as "who" does
	{rule: "apposition-whom", text: "Talks in Vienna stalled. Markus Eberharter, the OVP leader whom the president tasked with forming a cabinet, said the sides were far apart.",
		name: "Markus Eberharter", title: "leader"},
	{rule: "apposition-whom", text: "Talks in Vienna stalled. Markus Eberharter, the keen gardener whom the president thanked, said the sides were far apart.",
		absent: "Markus Eberharter"},
	// round 8b: a body no gazetteer holds, named with another office of the
	// person, is not the body of the office reported
	{rule: "borrowed-org", text: "Hunting was banned in England. Suffolk Chief Constable Alan Whirter said the law was clear. Later Alan Whirter, the Association of Chief Police Officers' spokesman on rural policing, told the BBC the law would be enforced.",
		name: "Alan Whirter", title: "Suffolk Chief Constable", org: "-"},
	{rule: "borrowed-org", text: "Hunting was banned in England. Spokesman Alan Whirter said the law was clear. Later Alan Whirter, the Association of Chief Police Officers' spokesman on rural policing, told the BBC the law would be enforced.",
		name: "Alan Whirter", org: "Association of Chief Police Officers"},
	// round 8b: common last words of companies' names (body_words.tsv) make
	// a complement a company's, no state's
	{rule: "company-last-word", text: "The Senate committee met in Washington. It heard from Lisa Carrow, vice president for safety at Aerolux Systems, a Virginia company.",
		name: "Lisa Carrow", title: "vice president", country: "-", org: "Aerolux Systems"},
	{rule: "company-last-word", text: "The Senate committee met in Washington. It heard from Lisa Carrow, vice president for safety at the Transportation Department.",
		name: "Lisa Carrow", org: "-"},
	// round 8b: "whose" after an indefinite description of a body that is no
	// state's belongs to the body named before the description
	{rule: "whose-past-description", text: "Trade ministers met in Seoul. Trade grew, according to the Korea International Trade Association, a business lobby whose chairman, Lee Jong-woo, attended a dinner.",
		name: "Lee Jong-woo", title: "chairman", country: "-", org: "Korea International Trade Association"},
	{rule: "whose-past-description", text: "Trade ministers met in Seoul. Trade grew, according to Kim Min-ji, a retired diplomat whose chairman, Lee Jong-woo, attended a dinner.",
		name: "Lee Jong-woo", org: "-"},
	// round 8b: "who served as the OWNER's TITLE": "the" after "as" opens a
	// possessive owner of the title, not a description
	{rule: "who-as-owner", text: "Talks resumed in Cairo. Mohammed Qasem, who served as the Palestinian Authority's prime minister until last year, said a deal was near.",
		name: "Mohammed Qasem", title: "prime minister", org: "Palestinian Authority", outRule: "who-as"},
	{rule: "who-as-owner", text: "Talks resumed in Cairo. Mohammed Qasem, who served as the driver of the prime minister until last year, said a deal was near.",
		absent: "Mohammed Qasem"},
	// r23a: a run of plural capitals joined by "and" to capitals that
	// close on a body's noun is the first half of the body's name, no
	// person; a given name opening the run keeps the person
	{rule: "joined-body-name", text: "Prices fell again. The president of the Kenya Tea Growers and Packers Association, John Kamau Njoroge, said growers were losing money.",
		name: "John Kamau Njoroge", title: "president", absent: "Tea Growers"},
	{rule: "joined-body-name", text: "Prices fell again. The chairman of the Ghana Cocoa Farmers and Traders Union, Kofi Mensah Owusu, said the board owed them.",
		name: "Kofi Mensah Owusu", title: "chairman", absent: "Cocoa Farmers"},
	{rule: "joined-body-name", text: "Talks between President Kwame Adams and Opposition Party leaders ended on Monday.",
		name: "Kwame Adams", title: "President"},
	{rule: "joined-body-name", text: "Finance Minister Ruth Andrews and Teachers Union officials met on Monday to discuss pay.",
		name: "Ruth Andrews", title: "Finance Minister"},
	// r23a: a role that introduces someone before the name they give for
	// themselves ("A rebel commander who gave his name as NAME") is their
	// office; a plain person noun before the clause gives none
	{rule: "role-name-given", text: "Fighting resumed near the dam on Sunday. A militia commander who gave his name as Karim Haddad said by telephone that his men would hold the road.",
		name: "Karim Haddad", title: "militia commander", outRule: "role-name-given"},
	{rule: "role-name-given", text: "Protesters blocked the bridge for hours. A police spokeswoman, who identified herself as Ana Ruiz Mendez, said two officers were hurt.",
		name: "Ana Ruiz Mendez", title: "police spokeswoman", outRule: "role-name-given"},
	{rule: "role-name-given", text: "Fighting resumed near the dam on Sunday. A farmer who gave his name as Karim Haddad said soldiers had burned his fields.",
		absent: "Karim Haddad"},
	{rule: "role-name-given", text: "Protesters blocked the bridge for hours. A young woman, who identified herself as Ana Ruiz Mendez, said the police had used tear gas.",
		absent: "Ana Ruiz Mendez"},
	// of2: an officer whose apposition before the title names the
	// command they head takes no state from another sentence's force; a
	// bare rank after that force, or a force that names the command's own
	// state, keeps it
	{rule: "own-command-before", text: "BODO, Norway — Russian forces held drills near the border last week. The chief of the Arctic Coast Command, Rear Admiral Nils Holm, said patrols would double. Norway's defence minister agreed.",
		name: "Nils Holm", country: "NO"},
	{rule: "own-command-before", text: "COPENHAGEN, Denmark — The Finnish army sent two brigades north last week. The head of the Baltic Air Command, Major General Erik Lund, said flights would double.",
		name: "Erik Lund", country: "DK"},
	{rule: "own-command-before", text: "BODO, Norway — Russian forces held drills near the border last week. Rear Admiral Nils Holm said patrols would double. Norway's defence minister agreed.",
		name: "Nils Holm", country: "RU"},
	{rule: "own-command-before", text: "The Israeli military said it had struck targets overnight. The commander of the Northern Command, Maj. Gen. Ori Gordin, said more strikes would come.",
		name: "Ori Gordin", country: "IL"},
	// of2: a government's spokesman who says that a state "would" act
	// speaks for that state, whatever the dateline; no state as the
	// subject, or another role, leaves the dateline's
	{rule: "spoken-for-state", text: "KAMPALA, Uganda — Envoys from Sudan and Chad met on Friday. The government spokesman, Ibrahim Adam Nour, said Khartoum would not reopen the border.",
		name: "Ibrahim Adam Nour", country: "SD"},
	{rule: "spoken-for-state", text: "DAKAR, Senegal — Envoys from Mali and Niger met on Friday. Government spokeswoman Aminata Diallo Traore said Mali will reopen the border.",
		name: "Aminata Diallo Traore", country: "ML"},
	{rule: "spoken-for-state", text: "KAMPALA, Uganda — Envoys from Sudan and Chad met on Friday. The government spokesman, Ibrahim Adam Nour, said the talks would resume.",
		name: "Ibrahim Adam Nour", country: "UG"},
	{rule: "spoken-for-state", text: "KAMPALA, Uganda — Envoys from Sudan and Chad met on Friday. The army spokesman, Brig. Felix Kulayigye Mugisha, said Khartoum would not reopen the border.",
		name: "Felix Kulayigye Mugisha", country: "UG"},
	// of2: a role that takes office without a name ("was sworn in") is
	// the one of the name that opens the next sentence with its age; a
	// role that only speaks, or no office at all, gives none
	{rule: "office-taken-before", text: "Ghana's new trade minister was sworn in on Tuesday. Kofi Mensah Asante, 49, promised lower tariffs.",
		name: "Kofi Mensah Asante", title: "trade minister", country: "GH", outRule: "office-taken-before"},
	{rule: "office-taken-before", text: "Floods hit the north of Peru. The new regional governor was appointed on Friday. Rosa Quispe Mamani, 51, visited the camps.",
		name: "Rosa Quispe Mamani", title: "regional governor", outRule: "office-taken-before"},
	{rule: "office-taken-before", text: "Ghana's trade minister said tariffs would fall. Kofi Mensah Asante, 49, a trader in Accra, doubted it.",
		absent: "Kofi Mensah Asante"},
	{rule: "office-taken-before", text: "The new coach was appointed on Friday. Kofi Mensah Asante, 49, said he was ready.",
		absent: "Kofi Mensah Asante"},
	// of2: "The man"/"The woman" opening the sentence points back to the
	// indefinite role that opens the sentence before; a role noun that is
	// none there, or no "the", leaves no office
	{rule: "role-of-anaphor", text: "Rebels took the bridge on Sunday. A spokesman for the Ambazonia Defence Forces said the road was closed. The man, who identified himself as Paul Tabi Ndum, said fighters would stay.",
		name: "Paul Tabi Ndum", title: "spokesman", org: "Ambazonia Defence Forces", outRule: "role-name-given"},
	{rule: "role-of-anaphor", text: "Protesters blocked the bridge for hours. A police spokeswoman said two officers were hurt. The woman, who identified herself as Ana Ruiz Mendez, said more arrests would follow.",
		name: "Ana Ruiz Mendez", title: "police spokeswoman", outRule: "role-name-given"},
	{rule: "role-of-anaphor", text: "Rebels took the bridge on Sunday. A shopkeeper said the road was closed. The man, who identified himself as Paul Tabi Ndum, said fighters would stay.",
		absent: "Paul Tabi Ndum"},
	{rule: "role-of-anaphor", text: "Rebels took the bridge on Sunday. A spokesman for the army said the road was closed. Later a man, who identified himself as Paul Tabi Ndum, said fighters would stay.",
		absent: "Paul Tabi Ndum"},
	// round 8b: a description after a quotation of its own refers back to
	// the one who spoke in the sentence before it; a body's acronym may open it
	{rule: "description-after-quote", text: "His main rival, Samuel Koroma Bangura, won 44 percent. \"These figures were written,\" Bangura told reporters. \"We will not accept them.\"\nThe opposition leader said his agents were barred.",
		name: "Samuel Koroma Bangura", title: "opposition leader", outRule: ruleAnaphora},
	{rule: "description-after-quote", text: "His main rival, Samuel Koroma Bangura, of the All People's Congress (APC), won 44 percent. \"These figures were written,\" Bangura told reporters. \"We will not accept them.\"\nThe APC leader said his agents were barred.",
		name: "Samuel Koroma Bangura", title: "APC leader", outRule: ruleAnaphora},
	{rule: "description-after-quote", text: "She won the award from actor Samuel Bangura. \"Thanks to everyone who worked on this.\"\nThe director was one of two winners.",
		absent: "Samuel Bangura"},
	// round 8b: what a holder's office says of its own side at talks gives
	// the state of a bare title: "the Israeli delegation" after "said ... that"
	{rule: "holder-side", text: "Talks on Gaza resumed in Doha. Palestinians in Gaza waited. Gaza is in ruins, and Palestinians fled. The office of Prime Minister Avi Dror said in a statement that the Israeli delegation would return home.",
		name: "Avi Dror", title: "Prime Minister", country: "IL"},
	{rule: "holder-side", text: "Talks on Gaza resumed in Doha. Palestinians in Gaza waited. Gaza is in ruins, and Palestinians fled. The office of Prime Minister Avi Dror said in a statement that the Egyptian economy would recover.",
		name: "Avi Dror", title: "Prime Minister", country: "PS"},
	// round 8b (known open class): a bare past role verb with a body as
	// object and a time span closing the clause states a former office
	{rule: "past-role-verb-span", text: "Police in Lima made arrests on Tuesday. Jorge Salas, who led the Lima Police Union until 2023, said the police had been ready.",
		name: "Jorge Salas", title: "former leader", outRule: ruleRoleVerb},
	{rule: "past-role-verb-span", text: "Police in Lima made arrests on Tuesday. Ana Ruiz, who headed the National Water Agency from 2015 to 2019, said the law was late.",
		name: "Ana Ruiz", title: "former head", org: "-", outRule: ruleRoleVerb},
	{rule: "past-role-verb-span", text: "Prosecutors in Jalisco presented evidence against Rogelio Ibarra Luna, who led the state police's intelligence unit until 2023.",
		name: "Rogelio Ibarra Luna", title: "former leader", outRule: ruleRoleVerb},
	// round 8b (known open class): who governs or governed a city is its
	// mayor, a province its governor; a past verb needs a closing time span
	{rule: "governed-place", text: "LIMA (Reuters) - Peru voted on Sunday. Rafael Gutierrez Quispe, who governed the capital from 2019 to 2022, won 27.4 percent.",
		name: "Rafael Gutierrez Quispe", title: "former mayor", country: "PE", outRule: ruleRoleVerb},
	{rule: "governed-place", text: "LIMA (Reuters) - Peru voted on Sunday. Ana Soto, who governs the province, won 20 percent.",
		name: "Ana Soto", title: "governor", country: "PE", outRule: ruleRoleVerb},
	{rule: "governed-place", text: "LIMA (Reuters) - Peru voted on Sunday. Luis Pardo, who governed the capital with an iron fist, won 10 percent.",
		absent: "Luis Pardo"},
	// round 8b: "who represented Ward 9" is a councillor
	{rule: "represents-ward", text: "TORONTO - A former councillor was sentenced in Ontario. Douglas Kerrigan, who represented Ward 9 for two terms, resigned from council.",
		name: "Douglas Kerrigan", title: "councillor", country: "CA"},
	{rule: "represents-ward", text: "TORONTO - A park's neighbours won a lawsuit in Ontario. Douglas Kerrigan, who represented Wardley Park in a lawsuit, resigned from council.",
		absent: "Douglas Kerrigan"},
	// round 8b: who holds or held a portfolio is a minister; a portfolio of
	// assets is none
	{rule: "held-portfolio", text: "SYDNEY - A former minister went on trial in New South Wales. Warren Gallagher-Price, who held the regional development portfolio until 2021, signed off on 14 grants.",
		name: "Warren Gallagher-Price", title: "former minister", country: "AU", outRule: ruleRoleVerb},
	{rule: "held-portfolio", text: "SYDNEY - A grants inquiry opened in New South Wales. Warren Gallagher-Price, who held the investment portfolio until 2021, signed off on 14 grants.",
		absent: "Warren Gallagher-Price"},
	// round 8b: a part of a body after its name ("the Hamas political
	// bureau") keeps the body of a member; a bare adjective and noun do not
	{rule: "body-part-after-name", text: "Strikes hit Yemen on Sunday. Mohammed al-Wadei, a member of the Houthi political bureau, said the strikes were a crime.",
		name: "Mohammed al-Wadei", title: "member", org: "Houthis"},
	{rule: "body-part-after-name", text: "Strikes hit Yemen on Sunday. Mohammed al-Wadei, a member of the Houthi political family, said the strikes were a crime.",
		absent: "Mohammed al-Wadei"},
	// round 8b: "Lagos State ... Agency": a place inside a state and its
	// kind of local government open a state's body, so the office is the state's
	{rule: "local-unit-body", text: "LAGOS (Reuters) - A building collapsed in Nigeria. Some 23 were rescued, said Adeyemi Bakare, director-general of the Lagos State Emergency Management Agency.",
		name: "Adeyemi Bakare", country: "NG", org: "-"},
	{rule: "local-unit-body", text: "LAGOS (Reuters) - A building collapsed in Nigeria. Some 23 were rescued, said Adeyemi Bakare, director-general of the Lagos Builders Association.",
		name: "Adeyemi Bakare", country: "-"},
	{rule: "past-role-verb-span", text: "Police in Lima made arrests on Tuesday. Luis Vega, who led the Lima Police Union on Tuesday, said the law was late.",
		absent: "Luis Vega"},
	// round 8b (known open class): a lower-case body that is no state's,
	// its name ended by "of" and one noun, gives the title before the name
	// no state: "The head of the local chamber of commerce, NAME"
	{rule: "nonstate-of-noun", text: "MEXICO CITY (AP) - Mexico passed the law. The head of the local chamber of commerce, Ana Lima, said sales fell.",
		name: "Ana Lima", title: "head", country: "-"},
	{rule: "nonstate-of-noun", text: "MEXICO CITY (AP) - Mexico passed the law. The head of the local department of health, Ana Lima, said sales fell.",
		name: "Ana Lima", title: "head", country: "MX"},
	// round 11: a capitalised name before a lower-case "party" or "bloc"
	// names a party of its own, even when a known party's alias opens it
	// ("the Republican Rally party" is neither the Republicans nor a person
	// called Rally); a known party alone keeps its name
	{rule: ruleApposition, text: "Khady Faye, leader of the Republican Rally party, said the plan had failed.",
		name: "Khady Faye", title: "leader", country: "-", org: "Republican Rally", absent: "Rally"},
	{rule: ruleApposition, text: "Khady Faye, leader of the Democratic Rally party, said the plan had failed.",
		name: "Khady Faye", title: "leader", country: "-", org: "Democratic Rally"},
	{rule: ruleApposition, text: "Khady Faye, leader of the Republican Party, said the plan had failed.",
		name: "Khady Faye", title: "leader", org: "Republican Party"},
	{rule: ruleApposition, text: "Khady Faye, leader of the Democratic Rally, said the plan had failed.",
		name: "Khady Faye", title: "leader", org: "Democratic Rally", country: "-"}, // round 14a: an unknown body, not the Democrats'
	// round 11: "the" and the last word of a body's name, after "for" or
	// "of", stand for the body named before ("a military spokesman for the
	// front" after "the Polisario Front"), which is no state's; "at the
	// front" is where, and a story that names no front keeps the state
	{rule: ruleApposition, text: "Morocco's army clashed with the Polisario Front. Salem Ould Brahim, a military spokesman for the front, said three fighters had died.",
		name: "Salem Ould Brahim", title: "military spokesman", country: "-", org: "Polisario Front"},
	{rule: ruleApposition, text: "Morocco's army clashed with the Polisario Front. Salem Ould Brahim, a military commander at the front, said three fighters had died.",
		name: "Salem Ould Brahim", title: "military commander", country: "MA", org: "-"},
	{rule: ruleApposition, text: "Morocco's army clashed with the rebels. Salem Ould Brahim, a military spokesman for the front, said three fighters had died.",
		name: "Salem Ould Brahim", title: "military spokesman", org: "-"},
	// round 11: a role with "'s" in an apposition is the office of someone
	// the person serves; the title is the role after it ("the UN
	// Secretary-General's special representative" is a special
	// representative, not the Secretary-General)
	{rule: ruleApposition, text: "Giulia Marchetti, the UN Secretary-General's special representative for Western Sahara, urged restraint.",
		name: "Giulia Marchetti", title: "special representative", org: "UN", outRule: ruleApposition},
	{rule: ruleApposition, text: "Giulia Marchetti, the minister's spokeswoman, urged restraint.",
		name: "Giulia Marchetti", title: "spokeswoman", outRule: ruleApposition},
	{rule: ruleApposition, text: "Giulia Marchetti, the UN's special representative for Western Sahara, urged restraint.",
		name: "Giulia Marchetti", title: "special representative", org: "UN", outRule: ruleApposition},
	// round 11: a possessive description in apposition right after a name
	// is someone else's relation or office ("NAME, the president's
	// daughter,"), no description of the person named; one later in the
	// story still refers back
	{rule: ruleAnaphora, text: "Giulia Marchetti, the president's daughter, urged restraint.",
		absent: "Giulia Marchetti"},
	{rule: ruleAnaphora, text: "Giulia Marchetti spoke on Monday. The president's remarks were clear.",
		name: "Giulia Marchetti", title: "president", outRule: ruleAnaphora},
	// round 12a: a story that names no state but prices in the money of
	// one state is about that state; a currency's prefix ("US$") names
	// no state the story is about
	{rule: "home-money", text: "The Minister for Roads, Mr Kofi Mensah-Ansah, said the toll of GH¢5 would rise to GH¢8 next year, one more cedi at every booth." + britishCopy,
		name: "Kofi Mensah-Ansah", country: "GH"},
	{rule: "home-money", text: "The Minister for Roads, Mr Kofi Mensah-Ansah, said the toll of £5 would rise to £8 next year, one more pound at every booth." + britishCopy,
		name: "Kofi Mensah-Ansah", country: "GB"},
	{rule: "home-money", text: "Minority Leader Haruna Adongo said the loan of US$3 billion would be repaid in cedis, at GH¢15 to the dollar.",
		name: "Haruna Adongo", country: "GH"},
	{rule: "home-money", text: "Minority Leader Haruna Adongo said the US would lend $3 billion, to be repaid over ten years.",
		name: "Haruna Adongo", country: "US"},
	// round 12a: offices that only one state has (absent_offices.tsv,
	// "only") give it their holder, also after a place or portfolio
	// ("Gauteng Health MEC", "Roscommon-Galway TD"), and a namesake of an
	// office holder the gazetteer knows, whose state lacks the office, is
	// not that holder; "TD" also opens company names
	{rule: "sole-office-state", text: "Gauteng Health MEC Thandi Mokoena-Dube said clinics would open on Sundays.",
		name: "Thandi Mokoena-Dube", title: "Gauteng Health MEC", country: "ZA"},
	{rule: "sole-office-state", text: "Tánaiste Niamh Costigan was paired for the vote.",
		name: "Niamh Costigan", title: "Tánaiste", country: "IE"},
	{rule: "sole-office-state", text: "Health Minister Thandi Mokoena-Dube said clinics would open on Sundays.",
		name: "Thandi Mokoena-Dube", title: "Health Minister", country: "-"},
	{rule: "sole-office-state", text: "Roscommon-Galway TD Michael Fallon abstained in the vote.",
		name: "Michael Fallon", title: "Roscommon-Galway TD", country: "IE"},
	{rule: "sole-office-state", text: "Defence Secretary Michael Fallon abstained in the vote.",
		name: "Michael Fallon", country: "GB"},
	{rule: "sole-office-state", text: "TD Ameritrade founder Joe Ricketts gave $5 million to the campaign.",
		name: "Joe Ricketts", absent: "Ameritrade"},
	// round 13a: Malaysian, Nigerian and Philippine courtesy titles before
	// a name are no part of it ("Datuk Seri", "Alhaji", "Hajiya",
	// "Comrade"; "Atty." a rank, as "Atty. Gen."); alone they make no
	// official
	{rule: "courtesy-title", text: "Home Minister Datuk Seri Khairul Anuar Hamid said 42 people had been detained.",
		name: "Khairul Anuar Hamid", title: "Home Minister"},
	{rule: "courtesy-title", text: "Alhaji Musa Danladi Bichi, the Commissioner for Works, said the road would be finished by December.",
		name: "Musa Danladi Bichi", title: "Commissioner for Works"},
	{rule: "courtesy-title", text: "The executive director, Comrade Kabiru Sani Dala, said the debt had doubled.",
		name: "Kabiru Sani Dala", title: "executive director"},
	{rule: "courtesy-title", text: "Hajiya Hadiza Bello Umar said the report had been published.",
		absent: "Hadiza Bello Umar"},
	{rule: "courtesy-title", text: "Datuk Seri Khairul Anuar Hamid arrived at the airport on Monday.",
		absent: "Khairul Anuar Hamid"},
	// round 13a: Kenyan and Malaysian offices that no other state has
	// (MCA, a Cabinet Secretary's "CS", Menteri Besar) are titles and give
	// their holder the state; "CS" opening a company's name is no title
	{rule: "sole-office-state", text: "Tudor MCA Kevin Otieno Ouma said the ward had been forgotten.",
		name: "Kevin Otieno Ouma", title: "Tudor MCA", country: "KE"},
	{rule: "sole-office-state", text: "Treasury CS Daniel Mbugua Kirui said the funds had been released.",
		name: "Daniel Mbugua Kirui", title: "Treasury CS", country: "KE"},
	{rule: "sole-office-state", text: "Selangor Menteri Besar Datuk Seri Idris Jamaluddin said water tariffs would not rise.",
		name: "Idris Jamaluddin", title: "Selangor Menteri Besar", country: "MY"},
	{rule: "sole-office-state", text: "CS Energy chief executive Andrew Bills said the plant would close.",
		absent: "Energy"},
	// round 13a: a party's own offices (chairman, secretary, spokesman,
	// treasurer) are no state's; a party member's office in a state body
	// ("Secretary of State", a committee's chairman) keeps the state
	{rule: "party-office", text: "NAIROBI — ODM county chairman Juma Bakari Mwakio said the party would summon its MCAs.",
		name: "Juma Bakari Mwakio", country: "-", org: "Orange Democratic Movement"},
	{rule: "party-office", text: "Liberal Democrat home affairs spokesman Mark Oaten said the bill was flawed." + britishCopy,
		name: "Mark Oaten", country: "-", org: "Liberal Democrats"},
	{rule: "party-office", text: "The committee's chair, Helen Marsh, the Labour MP for Bolton North, said the department had ignored warnings." + britishCopy,
		name: "Helen Marsh", country: "GB"},
	{rule: "party-office", text: "The party's chair, Helen Marsh, the Labour MP for Bolton North, said the department had ignored warnings." + britishCopy,
		name: "Helen Marsh", country: "-"},
	{rule: "party-office", text: "Republican Secretary of State Dana Hollis said the rolls would be purged in Ohio.",
		name: "Dana Hollis", country: "US"},
	{rule: "party-office", text: "Liberal Democrat constitutional affairs committee chairman Alan Beith said the bill was flawed." + britishCopy,
		name: "Alan Beith", country: "GB"},
	// round 13a: a story that names no state, no place inside one and no
	// state's body, but two of one state's capitals or seats of government,
	// is that state's, not the press's of a bare title; one such name may
	// be a town's or a thing's
	{rule: "capital-only-state", text: "Governor Carlos Ibáñez de la Torre, a close ally of the Casa Rosada, said the province would not borrow. His envoy flew to Buenos Aires on Monday.",
		name: "Carlos Ibáñez de la Torre", title: "Governor", country: "AR"},
	{rule: "capital-only-state", text: "Governor Carlos Ibáñez de la Torre said the province would not borrow. His envoy flew to Buenos Aires on Monday.",
		name: "Carlos Ibáñez de la Torre", title: "Governor", country: "US"},
	// round 13a: a body whose of-phrase names its members as bodies
	// ("Council of Unions") is its members' own, whatever state body its
	// head names; "Council of Ministers" stays a state's
	{rule: "members-of-body", text: "BRISBANE — Queensland Council of Unions general secretary Marcus Teo said the offer fell short.",
		name: "Marcus Teo", country: "-", org: "Council of Unions"},
	{rule: "members-of-body", text: "BRISBANE — Queensland Council of Ministers secretary Marcus Teo said the offer fell short.",
		name: "Marcus Teo", country: "AU"},
	// round 13a: "now" (or "currently") opening an apposition is no word
	// of the title: "NAME, now a national deputy for the Radical party,";
	// a membership after it stays none, as without it
	{rule: "now-apposition", text: "His predecessor, Alfredo del Castillo, now a national deputy for the Radical party, backed the governor.",
		name: "Alfredo del Castillo", title: "national deputy"},
	{rule: "now-apposition", text: "He took over at the Home Office from Jack Straw, now foreign secretary, in 2001." + britishCopy,
		name: "Jack Straw", title: "foreign secretary"},
	{rule: "now-apposition", text: "The guests included Namibian athlete Frankie Fredericks, now a member of the Athletes' Commission, and the mayor.",
		absent: "Frankie Fredericks"},
	// round 13a: "its" after a body's name that holds a place, not opening
	// it, before ", which" is that body's ("Doctors Nova Scotia, which
	// represents ... Its president"); a place opening the run is a state's
	{rule: "its-body-with-place", text: "HALIFAX — Doctors Nova Scotia, which represents the province's physicians, said the incentive was a good first step. Its president, Dr. Amir Haddad, said many rural family doctors were exhausted.",
		name: "Amir Haddad", country: "-", org: "Doctors Nova Scotia"},
	{rule: "its-body-with-place", text: "HALIFAX — Nova Scotia, which has 1,100 nursing vacancies, said the incentive was a good first step. Its premier, Ian MacCallum, said rural doctors were exhausted.",
		name: "Ian MacCallum", country: "CA", org: "-"},
	// round 13a: an acronym the article introduces right after a noun for
	// its members' own body ("The union, SUTE,", "the teachers'
	// confederation CTERA") is that body's, in a title or after "its"; a
	// company's stays the story's state's
	{rule: "introduced-acronym", text: "MENDOZA — The union, SUTE, is demanding a 28 per cent raise. SUTE secretary general María Eugenia de los Santos said teachers were poor.",
		name: "María Eugenia de los Santos", country: "-", org: "SUTE"},
	{rule: "introduced-acronym", text: "BUENOS AIRES — The national teachers' confederation CTERA announced a one-day solidarity strike. Its secretary general, Sonia Alesso Quiroga, said the province had become a laboratory.",
		name: "Sonia Alesso Quiroga", country: "-", org: "CTERA"},
	// a company is no members' body; its role is the company's, no
	// state's (settled policy: companies -> null; au3 unknownOwnerTitle)
	{rule: "introduced-acronym", text: "BUENOS AIRES — The company, YPF, is demanding a 28 per cent price rise. YPF president Horacio Marin Ruiz said the fields were poor.",
		name: "Horacio Marin Ruiz", country: "-", org: "YPF"},
	// round 13a: a members' body's last word opening a title ("Union
	// president") stands for that body named in full just before, as
	// for a body the gazetteer holds; "Union Minister" stays a state's
	{rule: "members-body-before", text: "HALIFAX — The Nova Scotia Nurses' Union welcomed the new positions. Union president Janet Hazelton-Murray said more than 1,100 positions were vacant.",
		name: "Janet Hazelton-Murray", title: "president", country: "-", org: "Nova Scotia Nurses' Union"},
	{rule: "members-body-before", text: "NEW DELHI — The railway union welcomed the plan. Union Minister Anil Varma said trains would run on time.",
		name: "Anil Varma", title: "Union Minister", country: "IN"},
	// round 13a: a legislator for a party no gazetteer holds ("a national
	// deputy for the Radical party") holds a state's seat, found as for a
	// listed party's legislator; the party's leader stays the party's
	{rule: "unlisted-party-legislator", text: "BUENOS AIRES — The governor's predecessor, Alfredo del Castillo, now a national deputy for the Radical party, backed the governor.",
		name: "Alfredo del Castillo", title: "national deputy", country: "AR", org: "Radical"},
	{rule: "unlisted-party-legislator", text: "DAKAR — Khady Faye, leader of the Republican Rally party, said the licences were illegal.",
		name: "Khady Faye", country: "-", org: "Republican Rally"},
	// round 12a: South African provinces and cities, and more places of
	// Ghana, Zambia and Ireland, make the state a story is about
	{rule: "subnational-place", text: "Premier Sizwe Ndlovu-Makhubela visited a hospital in Ekurhuleni on Monday.",
		name: "Sizwe Ndlovu-Makhubela", title: "Premier", country: "ZA"},
	{rule: "subnational-place", text: "Health Minister Ama Boateng-Quaye opened a clinic in Tamale on Monday.",
		name: "Ama Boateng-Quaye", title: "Health Minister", country: "GH"},
	{rule: "subnational-place", text: "Premier Sizwe Ndlovu-Makhubela visited a hospital on Monday.",
		name: "Sizwe Ndlovu-Makhubela", title: "Premier", country: "-"},
	// round 13a: provinces, states, counties and cities of Argentina, the
	// Philippines, Malaysia, Kenya and Nigeria make the state a story is
	// about
	{rule: "subnational-place", text: "Interior Secretary Benjamin Abalos Tolentino ordered the relief of three police chiefs in Cavite and Batangas.",
		name: "Benjamin Abalos Tolentino", country: "PH"},
	{rule: "subnational-place", text: "In Tucumán, Governor Osvaldo Jaldo Ruiz met union leaders from the sugar mills.",
		name: "Osvaldo Jaldo Ruiz", title: "Governor", country: "AR"},
	{rule: "subnational-place", text: "Commissioner for Works Musa Danladi Bichi said the road from Katsina to Zaria would be finished by December.",
		name: "Musa Danladi Bichi", country: "NG"},
	{rule: "subnational-place", text: "Interior Secretary Benjamin Abalos Tolentino ordered the relief of three police chiefs.",
		name: "Benjamin Abalos Tolentino", country: "-"},
	// r17a: an acronym the article writes as a party's ("Her own party,
	// the MDB,", "the PSD party") makes a title it opens the party's; a
	// legislator of it keeps the state
	{rule: "introduced-party-acronym", text: "BRASILIA - The governor's own party, the MDB, stood behind him in Brazil. MDB president Baleia Rocha said the party would act.",
		name: "Baleia Rocha", country: "-", org: "MDB"},
	{rule: "introduced-party-acronym", text: "BUCHAREST - The vote split the PSD party in Romania. PSD president Marcel Ionescu said the party would act.",
		name: "Marcel Ionescu", country: "-", org: "PSD"},
	{rule: "introduced-party-acronym", text: "BRASILIA - The governor's own party, the MDB, stood behind him in Brazil. MDB senator Baleia Rocha said the party would act.",
		name: "Baleia Rocha", country: "BR"},
	// r17a: "A." right after a role word opens a name, as other initials
	// do ("DMK spokesperson A. Saravanan"); after another initial's period
	// it is no name's first word of its own
	{rule: "title-initial", text: "CHENNAI: DMK spokesperson A. Saravanan said the Centre was using loans as a whip.",
		name: "A. Saravanan", title: "spokesperson", country: "-"},
	{rule: "title-initial", text: "Anyone with information was asked to call Detective A. Reddick at the station.",
		name: "A. Reddick", title: "Detective"},
	{rule: "title-initial", text: "Police Chief Dana Moore said the woman, identified as Breanne L. A. Leigh, 31, had called for help.",
		name: "Dana Moore", absent: "A. Leigh"},
	// r17a: a body's name before a local unit in lower case is a place's
	// word ("the Amazon state of Pará"), so the place after gives the
	// state; a body's name alone stays the body
	{rule: "unit-after-body-name", text: "BELEM - The governor of the Amazon state of Pará, Helder Barros Lima, said he would block licences.",
		name: "Helder Barros Lima", title: "governor", country: "BR", org: "-"},
	{rule: "unit-after-body-name", text: "SEATTLE - The head of Amazon, Andy Jassy Brown, said the company would hire.",
		name: "Andy Jassy Brown", country: "-", org: "Amazon"},
	// r17a: "National" opening a body's name whose head is an agency or a
	// service makes it a state's ("the National Mining Agency"); an
	// association or a league stays no state's
	{rule: "national-state-body", text: "BRASILIA - The director-general of the National Mining Agency, Mauro Sousa Lima, said Brazil would keep processing applications.",
		name: "Mauro Sousa Lima", country: "BR", org: "-"},
	{rule: "national-state-body", text: "LONDON - The head of the National Crime Agency, Graeme Biggar Hall, said Britain faced new gangs.",
		name: "Graeme Biggar Hall", country: "GB"},
	{rule: "national-state-body", text: "WASHINGTON - The president of the National Rifle Association, Doug Hamlin Price, said the United States needed no new law.",
		name: "Doug Hamlin Price", country: "-"},
	// r17a: "the chairperson of the Commission, NAME," after "the AU
	// Commission" is the named body's; with no such body named before,
	// "the Commission" is a state's institution
	{rule: "short-name-before", text: "ADDIS ABABA - Kenya will ask the AU Commission to act. The chairperson of the Commission, Mahmoud Ali Yusuf, would attend.",
		name: "Mahmoud Ali Yusuf", country: "-", org: "African Union Commission"},
	{rule: "short-name-before", text: "BRUSSELS - Poland will ask the European Commission to act. The president of the Commission, Anna Lindqvist, said rules applied.",
		name: "Anna Lindqvist", country: "-"},
	{rule: "short-name-before", text: "NAIROBI - Kenya will ask the electoral board to act. The chairperson of the Commission, Mahmoud Ali Yusuf, would attend.",
		name: "Mahmoud Ali Yusuf", org: "-"},
	// r17a: a lower-case owner noun that refers back to a name a state's
	// name opens ("the regulator's" after "The Canada Energy Regulator")
	// holds that state's office; a name with no state gives none
	{rule: "owner-back-state", text: "The Canada Energy Regulator ordered a pressure cut on Thursday. Tracy Holloway, the regulator's chief executive, said inspectors had found corrosion.",
		name: "Tracy Holloway", country: "CA"},
	{rule: "owner-back-state", text: "The Kenya Ports Authority blamed the rains. The authority's managing director, Peter Otieno Mwangi, said ships would wait.",
		name: "Peter Otieno Mwangi", country: "KE"},
	{rule: "owner-back-state", text: "TEGUCIGALPA - Observers will report to the OAS Permanent Council in Washington. The council's president, Marta Duarte Reyes, said Honduras would count every vote.",
		name: "Marta Duarte Reyes", country: "HN"},
	{rule: "owner-back-state", text: "The Prairie Crest Regulator ordered a pressure cut on Thursday. Tracy Holloway, the regulator's chief executive, said inspectors had found corrosion.",
		name: "Tracy Holloway", country: "-"},
	// r17a: "The chairman of the NAME party, NAME," names a party no
	// gazetteer need know before the comma, as an apposition does; a
	// state's adjective is no party's name, and a legislator keeps the state
	{rule: "party-named-before", text: "VILNIUS - The chairman of the Homeland Union party, Laurynas Kubilis, said Lithuania would stay firm.",
		name: "Laurynas Kubilis", title: "chairman", country: "-", org: "Homeland Union"},
	{rule: "party-named-before", text: "VILNIUS - The leader of the Farmers and Greens party, Ramunas Jovaisa, said Lithuania would stay firm.",
		name: "Ramunas Jovaisa", country: "-", org: "Farmers and Greens"},
	// sm4: a state's party is a body that is no state's (GUIDELINES:
	// country null for non-state bodies), its chairman no state's office
	{rule: "party-named-before", text: "NAIROBI - The chairman of the Kenyan ruling party, Peter Mwangi Kamau, said Kenya would stay firm.",
		name: "Peter Mwangi Kamau", country: "-", org: "-"},
	{rule: "party-named-before", text: "VILNIUS - The chairman of the Homeland Union foundation, Laurynas Kubilis, said Lithuania would stay firm.",
		name: "Laurynas Kubilis", org: "Homeland Union foundation"},
	// r17a: "Its" after "The opposition ..." stands for a legislature's
	// side, so its spokesman is the state's; after "The nurses' union ..."
	// it stays the union's
	{rule: "its-opposition", text: "ACCRA - The central bank held rates in Ghana. The opposition was unimpressed. Its spokesman on finance, Isaac Mensah Boateng, said businesses could not borrow.",
		name: "Isaac Mensah Boateng", country: "GH"},
	{rule: "its-opposition", text: "ACCRA - The central bank held rates in Ghana. The nurses' union was unimpressed. Its spokesman, Isaac Mensah Boateng, said nurses could not borrow.",
		name: "Isaac Mensah Boateng", country: "-"},
	// r17a: a former office's body fills no body of the present office
	// ("New Zealand's finance minister, NAME, ... a former economist at the
	// Reserve Bank"); a present role's body still fills it
	{rule: "former-body-apart", text: "New Zealand's finance minister, Claire Whitmore, said taxes would not rise. Whitmore, 52, a former economist at the Reserve Bank, was first elected in 2020.",
		name: "Claire Whitmore", country: "NZ", org: "-"},
	{rule: "former-body-apart", text: "The spokeswoman, Anna Berg, said the talks would resume. Berg, a spokeswoman for Amnesty International, has covered the region for years.",
		name: "Anna Berg", org: "Amnesty International"},
	// r17a: a name that holds a plural possessive ("the Workers' Party
	// group") is one name in a complement after a role verb, so the body
	// is read; a role verb whose object is a state's institution keeps the state
	{rule: "plural-possessive-complement", text: "BRUSSELS - The attack in Belgium came from the left. Sofie Lambrecht, who leads the Workers' Party group in the Chamber, said the cuts were unfair.",
		name: "Sofie Lambrecht", country: "-", org: "Workers' Party group"},
	{rule: "plural-possessive-complement", text: "BRUSSELS - The attack in Belgium came from the left. Sofie Lambrecht, who leads the Farmers' Union, said the cuts were unfair.",
		name: "Sofie Lambrecht", country: "-", org: "Farmers' Union"},
	{rule: "plural-possessive-complement", text: "BRUSSELS - The attack in Belgium came from the left. Sofie Lambrecht, who heads the Belgian Chamber of Representatives, said the cuts were unfair.",
		name: "Sofie Lambrecht", country: "BE"},
	// r17a: a place at the end of a body's name after a body noun ("of the
	// farmers' group Samahang Magsasaka ng Gitnang Luzon") gives no state;
	// a region after "of the" still does ("The governor of the Belgorod region,")
	{rule: "place-in-body-name", text: "MANILA - Rice prices stayed high. A leader of the farmers' group Samahang Magsasaka ng Gitnang Luzon, Rosario Dimalanta, told the panel that farmers lost money.",
		name: "Rosario Dimalanta", country: "-"},
	{rule: "place-in-body-name", text: "The governor of the Belgorod region, Vyacheslav Gladkov-Orlov, said two drones were shot down.",
		name: "Vyacheslav Gladkov-Orlov", country: "RU"},
	// r17a: an unlisted owner before a legislator's seat ("The Greens'
	// Member for Maiwar, NAME,") is a party whose member keeps the state;
	// before another title it stays a body that is no state's
	{rule: "party-seat-owner", text: "BRISBANE - The Queensland budget was tabled on Tuesday. The Greens' Member for Maiwar, Sophie Tanaka, said the government had ignored housing.",
		name: "Sophie Tanaka", country: "AU"},
	{rule: "party-seat-owner", text: "BRISBANE - The Queensland budget was tabled on Tuesday. Unite's general secretary, Sophie Tanaka, said the government had ignored housing.",
		name: "Sophie Tanaka", country: "-", org: "Unite"},
	// r17a: a lower-case "party" that owns the title through "'s" ("the
	// ruling party's leader", "the party's floor leader") makes a party
	// office the party's, no state's; a chamber's office stays the state's
	{rule: "party-noun-owner", text: "SEOUL - The vote was a victory for South Korea. The ruling party's leader, Han Min-ho, said he would step down.",
		name: "Han Min-ho", title: "leader", country: "-"},
	{rule: "party-noun-owner", text: "SEOUL - The vote was a victory for South Korea. Mr Han's resignation leaves the party's floor leader, Kwon Dae-sung, in charge.",
		name: "Kwon Dae-sung", country: "-"},
	{rule: "party-noun-owner", text: "WASHINGTON - The vote was close in the United States. The party's House Majority Leader, Tom Delaney, said the bill would pass.",
		name: "Tom Delaney", country: "US"},
	// r17a: a party that owns the title through "'s" makes its president
	// the party's, and a part of the party in the title (group, unit, wing)
	// leaves the office the party's; after a party's adjective a president
	// stays the state's, and a committee in the title is the committee's
	{rule: "party-possessive-office", text: "BERLIN - The SPD's parliamentary group leader, Jonas Brettschneider, said Germany could not wait.",
		name: "Jonas Brettschneider", country: "-", org: "SPD"},
	{rule: "party-possessive-office", text: "The BJP's Kerala unit president, Suresh Pillai, said India would gain from the deal.",
		name: "Suresh Pillai", country: "-", org: "BJP"},
	{rule: "party-possessive-office", text: "WASHINGTON - Republican President Harold Vance said the United States would act.",
		name: "Harold Vance", country: "US"},
	{rule: "party-possessive-office", text: "BERLIN - The Bundestag's budget committee chairman, Jonas Brettschneider, said Germany could not wait.",
		name: "Jonas Brettschneider", country: "DE"},
	// r17a: Brazil's states make the state a story is about ("Pará's
	// environment secretary, NAME,")
	{rule: "subnational-place", text: "Pernambuco's health secretary, Joana Albuquerque Lins, said the clinics would reopen.",
		name: "Joana Albuquerque Lins", title: "health secretary", country: "BR"},
	{rule: "subnational-place", text: "In Goiás, Governor Ronaldo Caiado Mendes met soy farmers.",
		name: "Ronaldo Caiado Mendes", title: "Governor", country: "BR"},
	// round 12a: after a capitalised title's "for" or "of", the seat or
	// brief comes before the name in one capitalised run: the name is its
	// last two words; not when a name and comma came before the title, the
	// title is in lower case, or a preposition follows the run (a body's
	// name)
	{rule: "complement-before-name", text: "UN Special Envoy for the Great Lakes Huang Weiming, who attended the summit, said talks would help.",
		name: "Huang Weiming", title: "Special Envoy for the Great Lakes"},
	{rule: "complement-before-name", text: "Labour MP for Tottenham Cillian Brophy refused to withdraw the remark.",
		name: "Cillian Brophy"},
	{rule: "complement-before-name", text: "Glen Wood, Vice President of Deutsche Securities Japan, said the yen would fall.",
		name: "Glen Wood", absent: "Securities Japan"},
	{rule: "complement-before-name", text: "He played the CEO of Omni Consumer Products in Robocop.",
		absent: "Consumer Products"},
	{rule: "complement-before-name", text: "Demond Coffee is a reputed member of the Four Corner Hustlers, police said.",
		absent: "Corner Hustlers"},
	// round 12a: a bare title after "by" or "with" that follows "in" a
	// capital in its clause is the host's, the capital's state, not the
	// visitor's
	{rule: "host-state", text: "Iraq's top diplomat was welcomed in Ankara on Wednesday by Foreign Minister Kerem Aydinli for talks on water.",
		name: "Kerem Aydinli", title: "Foreign Minister", country: "TR"},
	{rule: "host-state", text: "Iraq's foreign minister held talks in Nairobi with President Samuel Kiprono on Monday.",
		name: "Samuel Kiprono", title: "President", country: "KE"},
	{rule: "host-state", text: "Iraq's top diplomat returned from Ankara on Wednesday and was greeted by Foreign Minister Kerem Aydinli.",
		name: "Kerem Aydinli", title: "Foreign Minister", country: "IQ"},
	// round 12a: "European" before a commissioner's title makes the
	// office the EU's, no state's; a state's "European Affairs Minister"
	// stays the state's
	{rule: "european-office", text: "Leaders from Zambia met in Lusaka. The European Commissioner for International Partnerships, Jozef Sramek, said Brussels would pay.",
		name: "Jozef Sramek", country: "-", org: "EU"},
	{rule: "european-office", text: "Leaders from France met in Paris. European Affairs Minister Jean Dupont said Brussels would pay.",
		name: "Jean Dupont", country: "FR", org: "-"},
	// round 12a: an honorific's full stop between a title and a name
	// ("Chief Deputy Coroner Dr. NAME") is stepped over like a rank's
	{rule: "honorific-full-stop", text: "Chief Deputy Coroner Dr. Marisa Feldstein said all four had died of smoke inhalation.",
		name: "Marisa Feldstein", title: "Chief Deputy Coroner"},
	{rule: "honorific-full-stop", text: "The crash was seen by Dr. Marisa Feldstein, who said all four had died.",
		absent: "Marisa Feldstein"},
	// round 12a: an office of a role noun and a capitalised complement
	// ("Secretary of State", "Minister of State") takes a brief after
	// "for" before the name; a phrase of no role noun does not
	{rule: "office-for-brief", text: "Secretary of State for Defence Tomas Reyne said the ships would sail.",
		name: "Tomas Reyne", title: "Secretary of State for Defence"},
	{rule: "office-for-brief", text: "Union Minister of State for Home Affairs Nityanand Bhaskar, who visited the camp, spoke to reporters.",
		name: "Nityanand Bhaskar", title: "Union Minister of State for Home Affairs"},
	{rule: "office-for-brief", text: "A Vote of Confidence for Defence Tomas Reyne was held on Monday.",
		absent: "Tomas Reyne"},
	// round 12a: a legislator's seat named after a place after "for"
	// ("TD for Dublin Bay North NAME") is the complement of the title, and
	// an office one state alone has keeps that state against a party's
	// name another state's parties share ("Labour" in British-style
	// Irish copy); a spokesman "for" a place's office is no seat
	{rule: "seat-place", text: "Labour TD for Dublin Bay North Cillian Brophy refused to withdraw the remark." + britishCopy,
		name: "Cillian Brophy", title: "TD for Dublin Bay North", country: "IE"},
	{rule: "seat-place", text: "Labour MP for Galway Cillian Brophy refused to withdraw the remark.",
		name: "Cillian Brophy", title: "MP for Galway"},
	{rule: "seat-place", text: "Bill Nowling, the former spokesman for Detroit Emergency Manager Kevin Orr, declined to comment.",
		absent: "Kevin Orr"},
	// round 12a: South Africa's unions in the gazetteer: their officials
	// are no state's, in a story about South Africa
	{rule: "za-unions", text: "Nehawu provincial secretary Khutso Mabena said nurses worked in the dark in Ekurhuleni.",
		name: "Khutso Mabena", title: "provincial secretary", org: "NEHAWU", country: "-"},
	{rule: "za-unions", text: "Health department provincial secretary Khutso Mabena said nurses worked in the dark in Ekurhuleni.",
		name: "Khutso Mabena", org: "-", country: "ZA"},
	// round 12a: a party's name with a "'s" that ends in "Party", which
	// the gazetteer does not hold, before the title in an apposition ("a
	// People's Party MP for Narathiwat"); its state is the story's
	{rule: "possessive-party-name", text: "Opposition lawmakers in Thailand spoke. Romli Panjaroen, a People's Party MP for Narathiwat, said the army had failed.",
		name: "Romli Panjaroen", org: "People's Party", country: "TH"},
	{rule: "possessive-party-name", text: "Romli Panjaroen, a People's Choice Award winner, said the army had failed.",
		absent: "Romli Panjaroen"},
	// round 12a: a member of "a delegation that included" is of the state
	// the sentence gives its head with a possessive, or the delegation
	// with its adjective, not of the host's state (a dateline's)
	{rule: "delegation-member", text: "ANKARA, Nov 12 (Reuters) - Talks on water began on Wednesday.\nFuad al-Obaidi, Iraq's foreign minister, arrived with a delegation that included Water Resources Minister Aoun al-Khafaji.",
		name: "Aoun al-Khafaji", title: "Water Resources Minister", country: "IQ"},
	{rule: "delegation-member", text: "Turkish officials said a delegation that included Water Resources Minister Aoun al-Khafaji would travel to Baghdad on Monday.",
		name: "Aoun al-Khafaji", title: "Water Resources Minister", country: "TR"},
	// session 11: post-nominal letters are no part of the name
	{rule: "name-suffix", text: "Union leader Marcus Pell OBE said the strike would go ahead.",
		name: "Marcus Pell", title: "Union leader"},
	{rule: "name-suffix", text: "The chair of the inquiry, Dame Ann Lee KC, said the report would be published.",
		name: "Ann Lee", absent: "Ann Lee KC"},
	// session 11: a weak role noun serving a titled person ("An aide to
	// Hamas leader NAME, NAME,") is a role, of the principal's body
	{rule: ruleTitleComma, text: "Talks resumed in Cairo. An aide to Hamas leader Khalil Haddad, Taher Nassar, said the group had accepted the plan.",
		name: "Taher Nassar", title: "aide", org: "Hamas", country: "-"},
	{rule: ruleTitleComma, text: "Talks resumed in Cairo. An aide to Khalil Haddad, Taher Nassar, said the group had accepted the plan.",
		absent: "Taher Nassar"},
	// session 11: a party's acronym in a story that never names the
	// party's state, from a press or dateline of another state, is
	// something local: "SPD Chief NAME" in Shreveport
	{rule: ruleTitleBefore, text: "Three were shot in Shreveport on Sunday, Mr. Hale said. SPD Chief Alan Crumb said the program would expand. Mr. Hale agreed.",
		name: "Alan Crumb", org: "-", country: "US"},
	{rule: ruleTitleBefore, text: "Three were shot in Berlin on Sunday. SPD chief Alan Crumb said the programme would expand.",
		name: "Alan Crumb", org: "SPD"},
	// session 11: a person introduced with an age before the name ("the
	// victim, 22-year-old NAME") is a private person: a definite role
	// description after it is not theirs
	{rule: ruleAnaphora, text: "According to officials, 23-year-old Leviticus Fordham, 17-year-old Kade Singleton and a juvenile turned themselves in to the sheriff's office on Monday.",
		absent: "Leviticus Fordham"},
	{rule: ruleAnaphora, text: "Tony Blair has predicted a close race on Monday. The prime minister was speaking in Hull.",
		name: "Tony Blair", title: "prime minister"},
	// session 11: a company named after an apposition's title and a comma,
	// as a signature reads, is the role's body
	{rule: ruleApposition, text: "\"Growth will come back in 2020,\" said Sanjay Bhasker, Director, Ilex Securities.",
		name: "Sanjay Bhasker", org: "Ilex Securities", country: "-"},
	{rule: ruleApposition, text: "\"Growth will come back in 2020,\" said Sanjay Bhasker, Director, Mumbai.",
		name: "Sanjay Bhasker", org: "-"},
	// session 11: an aide "to" a state's official is that state's (an
	// envoy "to" one serves another state)
	{rule: ruleTitleComma, text: "Jakarta and Manila signed a patrol pact. An adviser to the Indonesian foreign minister, Dimas Prakasa, said the pact took eight rounds of talks.",
		name: "Dimas Prakasa", country: "ID"},
	{rule: ruleTitleComma, text: "Talks went on in Moscow. The US envoy to the Russian president, Steve Witkin, said the talks were long.",
		name: "Steve Witkin", country: "US"},
	// round 15a: in an apposition the official an aide serves ends the
	// complement, so the apposition closes after the served title ("NAME,
	// an adviser to the Argentine foreign minister, said")
	{rule: ruleApposition, text: "Lima hosted the talks. Marta Quiroga Vidal, an adviser to the Chilean foreign minister, said the draft was nearly done.",
		name: "Marta Quiroga Vidal", title: "adviser", country: "CL"},
	{rule: ruleApposition, text: "Lima hosted the talks. Tomas Reyes, a senior aide to the Bolivian interior minister for border affairs, who said little, left early.",
		name: "Tomas Reyes", country: "BO"},
	{rule: ruleApposition, text: "Lima hosted the talks. Marta Quiroga, an envoy to the Chilean foreign minister, said the draft was nearly done.",
		absent: "Marta Quiroga"},
	// round 15a: "its" refers to the subject of its sentence, or of the
	// sentence before when "Its" opens the title's, past the subject's
	// aside: a body that is no state's there makes the role the body's
	{rule: "its-subject-body", text: "The Organization of American States was represented by its assistant secretary general, Rolando Ibarra, at the signing in Asunción.",
		name: "Rolando Ibarra", country: "-", org: "OAS"},
	{rule: "its-subject-body", text: "The Southern African Development Community, whose monitors left Mozambique in June, sent its executive secretary, Lerato Dube, to the summit.",
		name: "Lerato Dube", country: "-", org: "SADC"},
	{rule: "its-subject-body", text: "In Bamako, Mercy Corps, which runs clinics near the Niger border, said funding was short. Its director, Awa Keita, said staff would be cut.",
		name: "Awa Keita", country: "-", org: "Mercy Corps"},
	{rule: "its-subject-body", text: "Kenya, whose police lead the mission in Haiti, sent its interior minister, Peter Otieno, to the summit.",
		name: "Peter Otieno", country: "KE", org: "-"},
	{rule: "its-subject-body", text: "The African Union, which meets in Addis Ababa, has offered monitors, though Rwanda has opposed the plan, citing concerns over its president, Paul Kabera.",
		name: "Paul Kabera", org: "-"},
	{rule: "its-subject-body", text: "The Ministry of Defence, which runs the base near the Somali border, said the drill was over. Its spokesman, Paul Njoroge, said troops had returned to Nairobi.",
		name: "Paul Njoroge", org: "-"},
	// round 15a: a body's "its" or "their" opens a title of one plain
	// noun and a strong head as "the" does ("Its country director, NAME,")
	{rule: ruleTitleComma, text: "Oxfam runs clinics in Gao. Its country director, Mariam Traore, said the clinics would stay open.",
		name: "Mariam Traore", title: "country director", org: "Oxfam"},
	{rule: ruleTitleComma, text: "Ghana sent its high commissioner, Kwesi Mensah, who said the talks went well.",
		name: "Kwesi Mensah", title: "high commissioner", country: "GH"},
	{rule: ruleTitleComma, text: "The bakery said its own lawyer, Kwesi Mensah, had resigned.",
		absent: "Kwesi Mensah"},
	// round 15a: "its" before a title and a comma owns the rank after
	// them too ("Its force commander, Lieutenant General NAME,"); a state
	// named where something happens ("in southern Lebanon") does not stop
	// "its" from being the subject's
	{rule: "its-rank-after-title", text: "UNIFIL has about 10,000 troops in southern Lebanon. Its force commander, Major General Diego Lazaro Paz, said the patrols would go on.",
		name: "Diego Lazaro Paz", title: "Major General", country: "-", org: "UNIFIL"},
	{rule: "its-rank-after-title", text: "The Arakan Army holds most of the coast. Its commander, Major General Khin Maung Soe, said the fighting would go on.",
		name: "Khin Maung Soe", country: "-", org: "Arakan Army"},
	{rule: "its-rank-after-title", text: "Kenya has sent troops to Somalia. Its army chief, General Charles Wekesa, said the troops would stay.",
		name: "Charles Wekesa", country: "KE", org: "-"},
	{rule: "its-subject-body", text: "Mercy Corps has staff in southern Lebanon. Its director, Rana Haddad, said the clinics would stay open.",
		name: "Rana Haddad", country: "-", org: "Mercy Corps"},
	{rule: "its-subject-body", text: "Mercy Corps said Lebanon had closed the crossing. Its director, Rana Haddad, said the clinics would stay open.",
		name: "Rana Haddad", org: "-"},
	// round 15a: "In CAPITAL," opening the sentence is the scene of an
	// apposition's bare title too, past the holder's name ("In Tallinn,
	// NAME, the defence minister, said")
	{rule: "scene-before-apposition", text: "Finland detained the ship after talks in Helsinki. In Tallinn, Antti Koskinen, the defence minister, said the navy had sent a patrol boat.",
		name: "Antti Koskinen", country: "EE"},
	{rule: "scene-before-apposition", text: "Haiti wants more police. In Nairobi, Joseph Kiprono, the interior minister, said more officers would fly out in May.",
		name: "Joseph Kiprono", country: "KE"},
	{rule: "scene-before-apposition", text: "Estonia detained the ship after talks in Tallinn. In Tallinn, Antti Koskinen, the Finnish defence minister, said the navy had sent a patrol boat.",
		name: "Antti Koskinen", country: "FI"},
	// round 15a: "Bishop" is a church's role (roles.tsv: courtesy,
	// private, adjective, surname): "Bishop NAME of the ... Church" is the
	// church's official, a style after "the" follows the comma ("The
	// Bishop of Winchester, the Rt Rev NAME,"); after a given name it is a
	// surname, before a single word a place's name; "in the NAME, the
	// bishop said" names a paper, no person
	{rule: "bishop-role", text: "Church leaders met in Goma. Bishop Emmanuel Kasereka Mbusa of the Baptist Church in Central Africa said the camps were full.",
		name: "Emmanuel Kasereka Mbusa", title: "Bishop", country: "-"},
	{rule: "bishop-role", text: "Peers debated the bill. The Bishop of Winchester, the Rt Rev Andrew Hale-Morton, said it went too far.",
		name: "Andrew Hale-Morton", title: "Bishop"},
	{rule: "bishop-role", text: "The envoys met. Julie Bishop Grant, the UN special envoy, said more people were displaced.",
		name: "Julie Bishop Grant", title: "special envoy"},
	{rule: "bishop-role", text: "Troops will patrol townships such as Hanover Park and Bishop Lavis, the police minister said.",
		absent: "Lavis"},
	{rule: "bishop-role", text: "Writing in the Western Courier, the bishop said the novel was poor history.",
		absent: "Western Courier"},
	// round 15a: a body named in capitals after a state's adjective owns
	// an apposition's title as "embassy's" does: a state's body ("NAME, the
	// British High Commission's deputy head of mission, said") gives the
	// state, a body that is no state's ("the British Medical Association's
	// council chair") is the org, with no state
	{rule: ruleApposition, text: "Police in Honiara met donors. Thomas Aldridge, the British High Commission's deputy head of mission in Honiara, said London would fund training.",
		name: "Thomas Aldridge", title: "deputy head of mission", country: "GB"},
	{rule: ruleApposition, text: "Haiti asked for help. Grace Wanjiru, the Kenyan High Commission's first secretary, said more officers would follow.",
		name: "Grace Wanjiru", country: "KE"},
	{rule: ruleApposition, text: "Doctors walked out in Leeds. Thomas Aldridge, the British Medical Association's council chair, said talks had failed.",
		name: "Thomas Aldridge", country: "-", org: "British Medical Association"},
	// round 15a: a state body's head noun after a word of religious
	// members or a denomination names a body that is no state's ("the
	// Indonesian Ulema Council"); the state's adjective before it gives
	// no state
	{rule: "religious-body", text: "Clerics met in Jakarta. The head of the Indonesian Ulema Council, Anwar Salim, said the ruling stood.",
		name: "Anwar Salim", country: "-", org: "Indonesian Ulema Council"},
	{rule: "religious-body", text: "Clerics met in Kuala Lumpur. Harun Ismail, the chairman of the Malaysian Ulama Council, said the ruling stood.",
		name: "Harun Ismail", country: "-", org: "Malaysian Ulama Council"},
	{rule: "religious-body", text: "Markets fell in Jakarta. The head of the Indonesian Financial Services Council, Mahendra Sitorus, said rates would hold.",
		name: "Mahendra Sitorus", country: "ID", org: "-"},
	// round 15a: "Bar" right after a state's adjective in a title's
	// complement names the bar association, no state's ("The president of
	// the Malaysian Bar, NAME,"); a surname Bar stays a person's
	{rule: "demonym-bar", text: "Rights lawyers criticised the detentions. The president of the Malaysian Bar, Raveen Kaur Sidhu, said children were held for months.",
		name: "Raveen Kaur Sidhu", country: "-", org: "Malaysian Bar"},
	{rule: "demonym-bar", text: "Lawyers protested in Nairobi. The chairman of the Kenyan Bar, Eric Mwangi, said the courts were slow.",
		name: "Eric Mwangi", country: "-", org: "Kenyan Bar"},
	{rule: "demonym-bar", text: "Hostage families met in Tel Aviv. Ronen Bar, the head of the Shin Bet, said talks would continue.",
		name: "Ronen Bar", country: "IL"},
	// round 15a: the place one speaks from after a comma and "speaking"
	// is the scene of a bare title, as "said in Kyiv" is ("Opposition
	// leader NAME, speaking by telephone from Honiara,")
	{rule: "speaking-from-scene", text: "Australia will withdraw its police next year. Opposition leader Peter Kenilorea, speaking by telephone from Honiara, questioned whether the force could cope.",
		name: "Peter Kenilorea", country: "SB"},
	{rule: "speaking-from-scene", text: "Poland will host the summit next year. Deputy Prime Minister Olha Stefanyshyna, speaking by video link from Kyiv, said the talks mattered.",
		name: "Olha Stefanyshyna", country: "UA"},
	{rule: "speaking-from-scene", text: "Australia will withdraw its police next year. Opposition leader Peter Dutton, speaking about refugees from Honiara and Port Moresby, said the plan was weak.",
		name: "Peter Dutton", country: "AU"},
	// round 15a: a body named by its type that opens the sentence before
	// "Its" may be followed by where it works ("The largest mining company
	// in the upper basin, NAME, said ... Its head of community relations")
	{rule: "its-typed-body", text: "Bolivia and Paraguay met in Asunción. The largest mining company in the upper basin, Minera Cerro Azul, said it met all standards. Its head of community relations, Gustavo Ramos, said data would be shared.",
		name: "Gustavo Ramos", country: "-"},
	{rule: "its-typed-body", text: "Ghana and Togo met in Accra. The main union in the port, the Dockworkers Guild, said it would strike. Its general secretary, Kofi Mensah, said talks had failed.",
		name: "Kofi Mensah", country: "-"},
	{rule: "its-typed-body", text: "Bolivia and Paraguay met in Asunción. The largest mining town in the upper basin, Potosí, said it had no water. Its mayor, Gustavo Ramos, said trucks would come.",
		name: "Gustavo Ramos", country: "BO"},
	// round 15a: a relative clause about the person ends a title's
	// lower-case complement ("a former vice-minister for water resources
	// who now teaches hydrology, said")
	{rule: "complement-before-who", text: "Drought hit the Chaco. Hernán Vargas Mamani, a former Bolivian vice-minister for water resources who now teaches hydrology in La Paz, said the problem was worse.",
		name: "Hernán Vargas Mamani", country: "BO"},
	{rule: "complement-before-who", text: "Land talks stalled. Peter Kamau, a former Kenyan minister for lands whose farm was later seized, said the deal was unfair.",
		name: "Peter Kamau", country: "KE"},
	{rule: "complement-before-who", text: "Drought hit the Chaco. Hernán Vargas, a teacher for children who live near the river, said the wells were dry.",
		absent: "Hernán Vargas"},
	// round 15a: a capitalised adjective before "affairs" in a title's
	// complement is a portfolio, not a name that ends the apposition
	// ("the US deputy assistant secretary of state for African affairs,")
	{rule: "adjective-portfolio", text: "Washington was represented by Karen Holt, the US deputy assistant secretary of state for African affairs, who said the United States was ready.",
		name: "Karen Holt", country: "US"},
	{rule: "adjective-portfolio", text: "Canberra sent Mark Dalton, the Australian assistant secretary for Pacific affairs, who said the aid would continue.",
		name: "Mark Dalton", country: "AU"},
	{rule: "adjective-portfolio", text: "The bases will stay, Kenji Mori, a writer for African affairs magazines, said on Monday.",
		absent: "Kenji Mori"},
	// round 15a: where a body's office is served ("in North Kivu") is not
	// whose it is when "Its" gives the body ("Its head of mission in North
	// Kivu, NAME,")
	{rule: "its-served-in", text: "Médecins Sans Frontières said it was treating cholera. Its head of mission in North Kivu, Sandrine Diouf, said the roads were closed.",
		name: "Sandrine Diouf", country: "-", org: "Médecins Sans Frontières"},
	{rule: "its-served-in", text: "Oxfam said food was running out. Its country director in Haiti, Marie Joseph, said the roads were closed.",
		name: "Marie Joseph", country: "-", org: "Oxfam"},
	{rule: "its-served-in", text: "Kenya sent more police. Its ambassador in Haiti, Jane Wairimu, said the roads were closed.",
		name: "Jane Wairimu", country: "KE"},
	// round 15a: a sentence opening "In STATE," frames a bare title that
	// opens the next sentence of its paragraph
	{rule: "frame-sentence-before", text: "Haiti needs more police, Haitian officials said. Haiti has many gangs. In Kenya, the deployment remains contested. Opposition lawmaker Brian Otieno said parliament had not been told the cost.",
		name: "Brian Otieno", country: "KE"},
	{rule: "frame-sentence-before", text: "Bolivia wants the river dredged, Bolivian officials said. Bolivia has offered machines. In Paraguay, ranchers are angry. Senator Luis Benítez said the cattle were dying.",
		name: "Luis Benítez", country: "PY"},
	{rule: "frame-sentence-before", text: "Haiti needs more police, Haitian officials said. Haiti has many gangs. In Kenya, the deployment remains contested.\nOpposition lawmaker Brian Otieno said the gangs were winning in Port-au-Prince.",
		name: "Brian Otieno", country: "HT"},
	// round 15a: "opposition" before a legislator's head is a seat in the
	// state's legislature, not a body's office ("NAME, an opposition
	// senator, said")
	{rule: "opposition-legislator", text: "Paraguay's Congress debated the drought. Ramón Giménez Ortiz, an opposition senator, said the government had waited too long.",
		name: "Ramón Giménez Ortiz", country: "PY"},
	{rule: "opposition-legislator", text: "Kenya's parliament debated the mission. Brian Otieno, an opposition lawmaker, said the cost was hidden.",
		name: "Brian Otieno", country: "KE"},
	{rule: "opposition-legislator", text: "Kenya's parliament debated the mission. Brian Otieno, an opposition spokesman, said the cost was hidden.",
		name: "Brian Otieno", country: "-"},
	// round 15a: "Baron" and "Baroness" before one word yield to an office
	// written before them in apposition, as "Prince" does ("Its secretary
	// general, Baron Waqa,", "The Home Office minister, Baroness Amos,")
	{rule: "peer-courtesy", text: "The Pacific Islands Forum, which backed the deployment, welcomed the plan. Its secretary general, Baron Tabuai, said policing should be led by the Pacific.",
		name: "Baron Tabuai", title: "secretary general", country: "-"},
	{rule: "peer-courtesy", text: "Ministers in London defended the bill. The Home Office minister, Baroness Ashworth, said it was fair.",
		name: "Baroness Ashworth", title: "minister", country: "GB"},
	{rule: "peer-courtesy", text: "Ministers in London defended the bill. Baroness Ashworth said it was fair.",
		absent: "Baroness Ashworth"},
	// session 11: "Organisation" ends a body's name ("the Central
	// Organisation of Trade Unions ... Its secretary general, NAME,")
	{rule: ruleTitleComma, text: "Outside Parliament in Nairobi, the Central Organisation of Trade Unions said it would go to court. Its secretary general, Wilfred Ochola, told reporters the union was ready.",
		name: "Wilfred Ochola", country: "-"},
	{rule: ruleTitleComma, text: "Outside Parliament in Nairobi, the Kenyan government said it would cut taxes. Its spokesman, Wilfred Ochola, told reporters the cabinet was ready.",
		name: "Wilfred Ochola", country: "KE"},
	// session 11: "Its" after a sentence whose subject is a body named by
	// its type alone ("The nurses' union was unimpressed") is no state's
	{rule: ruleTitleComma, text: "The nurses' union was also unimpressed. Its general secretary, Phil Kearns, said staff were leaving Ireland.",
		name: "Phil Kearns", country: "-"},
	{rule: ruleTitleComma, text: "The government was also unimpressed. Its general secretary, Phil Kearns, said staff were leaving Ireland.",
		name: "Phil Kearns", country: "IE"},
	// session 11: a name after a title and a comma that a list goes on
	// from ("and" and a word in lower case) is a thing or a person named
	// in a list, not the title's holder
	{rule: ruleTitleComma, text: "The bundle includes a controller, Chromecast Ultra and three months of play.",
		absent: "Chromecast Ultra"},
	{rule: ruleTitleComma, text: "According to a police spokesperson, Taylor Ebbing and several employees were inside the shop.",
		absent: "Taylor Ebbing"},
	{rule: ruleTitleComma, text: "The army's spokesman, Nabil Haddad, and the minister spoke on Monday.",
		name: "Nabil Haddad", title: "spokesman"},
	// session 11: a title's of-, for- or at-phrase that ends in a name the
	// article writes nowhere in lower case, nor as a place, is a body no
	// gazetteer holds (a company, a party): no state's office
	{rule: "named-body-in-title", text: "Mobile data use is rising in Britain. \"Demand is strong,\" said Mike Hale, a spokesman for Telvoria.",
		name: "Mike Hale", org: "Telvoria", country: "-"},
	{rule: "named-body-in-title", text: "Phones are changing in Finland. Jonas Berg, vice president at Norvik Labs, said sales rose.",
		name: "Jonas Berg", org: "Norvik Labs", country: "-"},
	{rule: "named-body-in-title", text: "Tunisia's parliament met on Monday. The leader of Ennahda, Rachid Ghannouchi, condemned the attack.",
		name: "Rachid Ghannouchi", org: "Ennahda", country: "-"},
	{rule: "named-body-in-title", text: "Britain's jobless rate fell. Jane Kennedy, the Minister for Work, welcomed the work of the jobcentres.",
		name: "Jane Kennedy", org: "-", country: "GB"},
	{rule: "named-body-in-title", text: "Shots were fired in Ohio, the police said. \"It is a tragedy,\" said Kent Thomas, Chief of Police.",
		name: "Kent Thomas", org: "-", country: "US"},
	{rule: "named-body-in-title", text: "Fires burned in Greece. \"It is bad,\" said Nikos Papas, mayor of Krnov.",
		name: "Nikos Papas", org: "-"},
	{rule: "named-body-in-title", text: "Storms hit New York state. \"We are ready,\" said Tim Kelley, a spokesman of Suffolk. Roads in Suffolk were closed.",
		name: "Tim Kelley", org: "-", country: "US"},
	{rule: "named-body-in-title", text: "Storms hit Louisiana. \"We are ready,\" said Tim Kelley, coroner of Avoyelles Parish.",
		name: "Tim Kelley", org: "-", country: "US"},
	{rule: "named-body-in-title", text: "Ads changed in America. \"It works,\" said Jeff Sanborn, president of Chapter & Verse, a design agency.",
		name: "Jeff Sanborn", country: "-"},
	{rule: "named-body-in-title", text: "Storms hit California. \"We are ready,\" said Luis Patino, a spokesperson for the California Department of Correction and Rehabilitation.",
		name: "Luis Patino", org: "-", country: "US"},
	// round 14a: a dateline whose town the gazetteer lacks gives the
	// state named alone after its comma ("COTABATO CITY, Philippines —"),
	// so that a bare "Congress" is that state's; a US state's name there
	// stays the US's, and "Georgia" gives no state
	{rule: "dateline-state-after", text: "MARAWI CITY, Philippines — Congress will debate the bill on Monday, Senator Lito Ramos said.",
		name: "Lito Ramos", title: "Senator", country: "PH"},
	{rule: "dateline-state-after", text: "PUERTO ASÍS, Colombia (Reuters) - Congress has not debated the plan, Senator Lucía Pardo said, and the Senate will wait.",
		name: "Lucía Pardo", country: "CO"},
	{rule: "dateline-state-after", text: "SAVANNAH, Georgia (AP) — Congress will debate the bill on Monday, Senator Lito Ramos said.",
		name: "Lito Ramos", country: "US"},
	// round 14a: a complement before the name that is a body's name
	// headed by a noun of a body that is no state's ("Federation",
	// "Union", "Association", "Church") is that body's, whatever state
	// or place its name holds; a state's government or bank stays the
	// state's
	{rule: "state-named-body", text: "In Nairobi, the chairman of the Association of Kenya Insurers, Peter Mwangi Kariuki, said claims had doubled.",
		name: "Peter Mwangi Kariuki", title: "chairman", country: "-", org: "Association of Kenya Insurers"},
	{rule: "state-named-body", text: "The general secretary of the Seafarers' Union of Malta, Joe Camilleri, said crews had not been paid since June.",
		name: "Joe Camilleri", country: "-", org: "Seafarers' Union of Malta"},
	{rule: "state-named-body", text: "The governor of the Central Bank of Nigeria, Olayemi Cardoso, said rates would hold.",
		name: "Olayemi Cardoso", country: "NG"},
	{rule: "state-named-body", text: "The spokesman of the Government of Sudan, Khalid al-Aiser, said the talks were over.",
		name: "Khalid al-Aiser", country: "SD"},
	// round 14a: "general manager" is a company's office read as a whole
	// phrase ("manager" alone stays no role); "facilitator" of a peace
	// process is a weak role that needs a state or a body beside it
	{rule: "roles-vocabulary", text: "Andina Copper runs the mine in Peru. Its general manager, Rosa Quispe Luna, said output had fallen.",
		name: "Rosa Quispe Luna", title: "general manager", country: "-"},
	{rule: "roles-vocabulary", text: "Andina Copper runs the mine. Its site manager, Rosa Quispe Luna, said output had fallen.",
		absent: "Rosa Quispe Luna"},
	{rule: "roles-vocabulary", text: "Norway brokered the talks. Norway's facilitator for the process, Erik Haugland, said both sides would return.",
		name: "Erik Haugland", title: "facilitator", country: "NO"},
	{rule: "roles-vocabulary", text: "Erik Haugland, who ran the workshop as facilitator, said both sides would return.",
		absent: "Erik Haugland"},
	// round 14a: a role "for" a state's own body named after the state
	// ("the US Embassy in Seoul", "the French embassy", "the Russian
	// Foreign Ministry") is that state's, before or after the name; a
	// body named after the state that is no state's stays no state's
	{rule: "state-body-after-state", text: "Talks stalled in Japan. A spokeswoman for the Canadian Embassy in Tokyo, Laura Finch, said the embassy had no comment.",
		name: "Laura Finch", country: "CA"},
	{rule: "state-body-after-state", text: "Talks stalled in Ghana. Pierre Lamy, a spokesman for the French embassy in Accra, said the visa office would reopen.",
		name: "Pierre Lamy", country: "FR"},
	{rule: "state-body-after-state", text: "Talks stalled in Kenya. A spokeswoman for the Kenya Human Rights Commission, Mary Wambui, said the law was unjust.",
		name: "Mary Wambui", org: "-"},
	// round 14a: "Its" after a sentence that opens with "The" and a body
	// of the gazetteer that is no state's is that body's ("The Moro
	// Islamic Liberation Front backed the request. Its chairman, NAME");
	// "The" kept the body unseen and the role took the story's state
	{rule: "its-body", text: "The Polisario Front rejected the offer in Morocco on Monday. Its foreign affairs chief, Mohamed Salek Beissat, said talks were over.",
		name: "Mohamed Salek Beissat", country: "-", org: "Polisario Front"},
	{rule: "its-body", text: "The Netherlands rejected the offer on Monday. Its foreign minister, Caspar Veldkamp, said talks were over.",
		name: "Caspar Veldkamp", country: "NL", org: "-"},
	// round 14a: a denomination's word in a cleric's title makes the
	// office a church's: no state's, and a state's adjective before it
	// is the church's name ("Serbian Orthodox Patriarch"); "Pope" alone
	// stays the Vatican's
	{rule: "church-title", text: "Serbian Orthodox Patriarch Porfirije met the president in Belgrade on Friday.",
		name: "Porfirije", country: "-"},
	{rule: "church-title", text: "Kenya's bishops spoke. The Anglican Archbishop of Kenya, Jackson Ole Sapit, said the election must be free.",
		name: "Jackson Ole Sapit", country: "-"},
	{rule: "church-title", text: "Pope Francis said in Rome that the war in Sudan must end.",
		name: "Francis", country: "VA"},
	// round 14a: an office listed as a phrase ("general manager",
	// "district attorney", "campaign manager") takes a complement before
	// the name as a role noun does; a bare "attorney for the family"
	// stays no office
	{rule: "office-complement-before", text: "The district attorney for Travis County, Jose Garza, said charges were filed in Texas.",
		name: "Jose Garza", title: "district attorney", country: "US"},
	{rule: "office-complement-before", text: "The campaign manager for the senator, Lisa Tran, said the race was close.",
		name: "Lisa Tran", title: "campaign manager"},
	{rule: "office-complement-before", text: "The attorney for the family, Ben Crump, said the video was clear.",
		absent: "Ben Crump"},
	// round 14a: a description of the body between the complement and the
	// name ("The chief executive of Moldovagaz, the gas distributor
	// part-owned by Russia's Gazprom, NAME") is stepped over; a
	// description that holds a role noun is the title itself
	{rule: "body-description-before", text: "The chief executive of Northgas, the pipeline operator owned by the city, Ana Ruiz, said prices would rise.",
		name: "Ana Ruiz", title: "chief executive", country: "-"},
	{rule: "body-description-before", text: "The governor of Zaporizhzhia, a region in southern Ukraine, Ivan Fedorov, said two people were hurt.",
		name: "Ivan Fedorov", title: "governor", country: "UA"},
	{rule: "body-description-before", text: "In Ohio, the Republican nominee, Dana Price, said the race was close.",
		name: "Dana Price"},
	// round 14a: a capitalised owner the gazetteer lacks before a
	// governor's or a mayor's title is a place, not a body: the role takes
	// the story's state ("Gagauzia's governor", "Krnov's mayor"); before
	// other titles it stays a body ("Unite's general secretary")
	{rule: "territorial-owner", text: "Floods hit Poland on Monday. Głuchołazy's mayor, Paweł Szymkowicz, said the town was cut off.",
		name: "Paweł Szymkowicz", title: "mayor", country: "PL"},
	{rule: "territorial-owner", text: "Protests spread in Russia. Yakutia's governor, Aisen Nikolayev, said fuel would arrive.",
		name: "Aisen Nikolayev", country: "RU"},
	{rule: "territorial-owner", text: "Strikes spread in Poland. Solidarność's chairman, Piotr Duda, said the strike would go ahead.",
		name: "Piotr Duda", country: "-"},
	// round 14a: an aside that gives a title's local name between the
	// title's comma and the name's ("known locally as the bashkan", "or
	// wali") is stepped over; "or her deputy" names another person's role
	{rule: "local-title-aside", text: "Roads reopened in Morocco. The regional governor, or wali, Ahmed Benali, said the pass was clear.",
		name: "Ahmed Benali", title: "regional governor", country: "MA"},
	{rule: "local-title-aside", text: "Ghana's chiefs met in Kumasi. The paramount chief's spokesman, known locally as the okyeame, Kofi Boateng, read the statement.",
		name: "Kofi Boateng", title: "spokesman"},
	{rule: "local-title-aside", text: "The mayor of Valencia, or her deputy, Ana Ruiz, will attend the meeting in Spain.",
		name: "Ana Ruiz", title: "deputy"},
	// round 14a: an "of" complement before the name that is a capitalised
	// name the gazetteers lack is a body, as its possessive is ("The
	// general secretary of Unite, NAME"); a governor's, a mayor's or a
	// commander's is a place or a command, and a state written in the
	// title keeps the office the state's
	{rule: "unknown-body-of", text: "Dock strikes spread in Britain. The general secretary of Nautilus, Mark Dickinson, said crews would walk out.",
		name: "Mark Dickinson", country: "-", org: "Nautilus"},
	{rule: "unknown-body-of", text: "Floods hit Slovakia on Sunday. The mayor of Brezno, Tomáš Abel, said the bridge was gone.",
		name: "Tomáš Abel", country: "SK"},
	{rule: "unknown-body-of", text: "Spain's director general of Europe, Jose Lopez, said Madrid would not yield.",
		name: "Jose Lopez", country: "ES"},
	{rule: "unknown-body-of", text: "Peru votes on Sunday. The head of ONPE, Piero Salas, said turnout was high.",
		name: "Piero Salas", country: "PE"},
	// round 14a: the same after the name, in an apposition: "NAME,
	// general secretary of Unite," is the body's; a mayor's, a
	// spokesman's, a capitalised formal office's ("Leader of the Commons")
	// and a local government's place ("coroner of Avoyelles Parish") keep
	// the context's state
	{rule: "unknown-body-of", text: "Strikes spread in Britain. Mark Dickinson, general secretary of Nautilus, said crews would walk out.",
		name: "Mark Dickinson", title: "general secretary", country: "-", org: "Nautilus"},
	{rule: "unknown-body-of", text: "Ken Dawes, president of Harbourline Analytics, said American markets would fall.",
		name: "Ken Dawes", country: "-", org: "Harbourline Analytics"},
	{rule: "unknown-body-of", text: "Floods hit Texas. Ana Ruiz, mayor of Portland Bay, said the town was cut off.",
		name: "Ana Ruiz", country: "US"},
	{rule: "unknown-body-of", text: "Britain's MPs met. Peter Hale, Leader of the Commons, said the vote would wait.",
		name: "Peter Hale", country: "GB"},
	{rule: "unknown-body-of", text: "Louisiana police said Dr. Ann Mayes, coroner of Avoyelles Parish, confirmed the death.",
		name: "Ann Mayes", country: "US"},
	// rv1: the same when the name ends its paragraph (a caption's line):
	// the body is read as mid-paragraph; a mayor's place still is none
	{rule: "unknown-body-of", text: "Dock strikes spread in Britain.\nTessa Grant, general secretary of Keelwater\nCrews would walk out on Monday, she said.",
		name: "Tessa Grant", title: "general secretary", country: "-", org: "Keelwater"},
	{rule: "unknown-body-of", text: "Floods hit Texas.\nAna Ruiz, mayor of Portland Bay\nThe town was cut off, she said.",
		name: "Ana Ruiz", country: "US", org: "-"},
	// round 14a: "Coun." is a Canadian councillor's abbreviated title, and
	// "prefect" a head ("The Prefect of Police, NAME"); "Count" stays none
	{rule: "roles-vocabulary", text: "Winnipeg city council voted to close the pool in Canada. Coun. Sherri Dale said the decision was short-sighted.",
		name: "Sherri Dale", title: "Coun", country: "CA"},
	{rule: "roles-vocabulary", text: "The Prefect of Police, Laurent Duval, said Paris would deploy more officers in France.",
		name: "Laurent Duval", country: "FR"},
	{rule: "roles-vocabulary", text: "Count Leo Tolstoy wrote the novel in Russia.",
		absent: "Leo Tolstoy"},
	// round 14a: an unknown name before a body's noun modifies it and is
	// no body of its own ("chairman of Ikorodu council")
	{rule: "unknown-body-of", text: "LAGOS — Nigeria braced for floods.\n\"We are ready,\" said Musa Bello, the chairman of Ikorodu council.",
		name: "Musa Bello", country: "NG"},
	// round 14a: a mayor's or a governor's town the gazetteer lacks lies
	// in the state the story last named (paragraph or two before), not the
	// state the story names most; a known town keeps its own state
	{rule: "unknown-seat", text: "WROCLAW, Poland — Floods hit Poland again and the Czech Republic. Poland sent troops to Opole.\nThe Czech army sent soldiers to Moravia.\n\"It was worse,\" said Jana Novak, the mayor of Krnov, where water rose.",
		name: "Jana Novak", country: "CZ"},
	{rule: "unknown-seat", text: "WARSAW — Poland and Poland again braced. Austria sent troops.\nIn Austria, rain fell on the hills above Vienna.\nThe mayor of Nysa, Kordian Kolbiarz, said the dam in Poland held.",
		name: "Kordian Kolbiarz", country: "PL"},
	// round 14a: a title before a name that closes the report of a
	// sentence opened by a state as its subject is that state's ("Canada
	// will send ..., Defence Minister NAME has announced"), ahead of the
	// bare titles of the press's own state; a state written in the title
	// keeps its own
	{rule: "reported-subject", text: "Canada will send two frigates to the Red Sea, Defence Minister Ellen Hart has announced. Britain said it would send a destroyer." + britishCopy,
		name: "Ellen Hart", country: "CA"},
	{rule: "reported-subject", text: "Russia will not win this war, Ukrainian Foreign Minister Andrii Sybiha said." + britishCopy,
		name: "Andrii Sybiha", country: "UA"},
	// round 14a: "Deputy" capitalised alone before a name is a title of its
	// own (roles.tsv titled): a legislator in Latin American copy, a
	// sheriff's deputy in American local news; "the deputy, NAME," alone
	// stays no office
	{rule: "roles-vocabulary", text: "TEGUCIGALPA, Honduras (AP) — Deputy Carla Umaña said Congress would vote again.",
		name: "Carla Umaña", title: "Deputy", country: "HN"},
	{rule: "roles-vocabulary", text: "Deputy Sarah Cole of the Pima County Sheriff's Department said the road in Arizona was closed.",
		name: "Sarah Cole", country: "US"},
	{rule: "roles-vocabulary", text: "The deputy, John Hale, took over the inquiry on Monday.",
		absent: "John Hale"},
	// round 14a: a bare title that names an organ of an international body
	// the story names, by a capitalised word or its head's base, is the
	// organ's ("Commission Chairperson NAME" about the African Union); a
	// state's commission keeps its state
	{rule: "organ-of-named-body", text: "ADDIS ABABA — Leaders met at the African Union's headquarters in Ethiopia. Commission Chairperson Amina Yusuf said troops were pledged.",
		name: "Amina Yusuf", country: "-", org: "African Union Commission"},
	{rule: "organ-of-named-body", text: "The African Union sent observers to Kenya. Kenya's Electoral Commission Chairman Erastus Ethekon said the vote was fair.",
		name: "Erastus Ethekon", country: "KE"},
	// of1 (session 24): a lawyer's title ("counsel", "Atty.") is a private
	// one: it takes a state written with it ("Kenya's counsel"), never
	// the state the story is set in
	{rule: "lawyer-private", text: "A man was jailed in Cork on Friday for the assault. Prosecuting counsel Niamh Brophy told the court the victim had lost an eye.",
		name: "Niamh Brophy", country: "-"},
	{rule: "lawyer-private", text: "Kenyan senators voted to remove the governor on Tuesday. The assembly's counsel, Wanjiru Mbugua, said the audit had been tabled in May.",
		name: "Wanjiru Mbugua", country: "-"},
	{rule: "lawyer-private", text: "The Philippine Senate voted to delay the impeachment trial. Atty. Rosario Dimaculangan, who represents the vice president, said the delay was welcome.",
		name: "Rosario Dimaculangan", country: "-"},
	{rule: "lawyer-private", text: "The arbitration panel in The Hague heard the border case on Monday. Kenya's counsel, Wanjiru Mbugua, told the panel the map of 1926 was binding.",
		name: "Wanjiru Mbugua", country: "KE"},
	{rule: "lawyer-private", text: "The Philippine Senate voted to delay the impeachment trial. Sen. Rosario Dimaculangan said the delay was welcome.",
		name: "Rosario Dimaculangan", country: "PH"},
	{rule: "lawyer-private", text: "The Philippine Senate opened the hearing on rice smuggling. Palace Press Officer Atty. Clara Ramos-Vidal said the President had ordered an inquiry.",
		name: "Clara Ramos-Vidal", country: "PH"},
	{rule: "lawyer-private", text: "The U.S. Justice Department was sued on Friday. Legal counsel Jack Smithers said the suit would take a year.",
		name: "Jack Smithers", country: "-"},
	{rule: "lawyer-private", text: "The U.S. Justice Department named a special counsel on Friday. Special counsel Jack Smithers said the inquiry would take a year.",
		name: "Jack Smithers", country: "US"},
	// of1 (session 24): "its" after a sentence that an armed group no state
	// owns opens ("The Ambazonia Defence Forces claimed ... Its spokesman")
	// is the group's; a state's force keeps its state
	{rule: "its-armed-group", text: "The Ambazonia Defence Forces claimed the ambush near Bamenda. Its spokesman, Capo Daniel Ayuk, said more attacks would follow.",
		name: "Capo Daniel Ayuk", country: "-", org: "Ambazonia Defence Forces"},
	{rule: "its-armed-group", text: "The army said six soldiers died near Sugapa. The West Papua National Liberation Army said its fighters had carried out the attack. \"Every soldier is a target,\" its spokesman, Yonas Wendo, said.",
		name: "Yonas Wendo", country: "-", org: "West Papua National Liberation Army"},
	{rule: "its-armed-group", text: "The Kenya Defence Forces said the ambush near Mandera had failed. Its spokesman, Paul Njuguna Kamau, said two attackers were killed.",
		name: "Paul Njuguna Kamau", country: "KE", org: "-"},
	{rule: "its-armed-group", text: "The Cameroon Defence Forces said the ambush near Bamenda had failed. Its spokesman, Cyrille Atonfack Guemo, said two attackers were killed.",
		name: "Cyrille Atonfack Guemo", country: "CM", org: "-"},
	// of1 (session 24): "The mission's head" is the office of the mission
	// of the gazetteer named last (organizations.tsv lists peacekeeping and
	// naval missions), not of a state named near it; an apposition with the
	// officer's own state keeps that state, and a state's trade mission
	// stays without a body
	{rule: "mission-owner", text: "The Security Council renewed the mandate of the United Nations Mission in Liberia, known as UNMIL, on Monday. Nigeria and Ghana supply most of its troops. The mission's head, Major General Kwame Boateng-Asare, said patrols near Monrovia would continue.",
		name: "Kwame Boateng-Asare", country: "-", org: "UNMIL"},
	{rule: "mission-owner", text: "Attacks rose near Kidal. Chad and Niger supply most of the troops of MINUSMA. The mission's commander, Lieutenant General Ibrahim Sow Keita, said convoys would resume.",
		name: "Ibrahim Sow Keita", country: "-", org: "MINUSMA"},
	{rule: "mission-owner", text: "The Security Council renewed the mandate of the United Nations Mission in Liberia, known as UNMIL, on Monday. Nigeria and Ghana supply most of its troops. The mission's head, Major General Kwame Boateng-Asare, a senior Ghanaian army officer, said patrols near Monrovia would continue.",
		name: "Kwame Boateng-Asare", country: "-", org: "UNMIL"}, // of1 (r37b): the command stays the mission's (was GH)
	{rule: "mission-owner", text: "Kosovo and Serbia traded accusations. KFOR's commander, Major General Marco Bellini of Italy, said patrols near Zvecan were stepped up.",
		name: "Marco Bellini", country: "-", org: "KFOR"}, // fo26: "of Italy" is the officer's origin, the command KFOR's
	{rule: "mission-owner", text: "Kosovo and Serbia traded accusations. KFOR's commander, Major General Marco Bellini, said patrols near Zvecan were stepped up.",
		name: "Marco Bellini", country: "-", org: "KFOR"},
	{rule: "mission-owner", text: "Serbia protested. Major General Ozkan Ulutas, KFOR's Turkish commander, said the troops would patrol around Zvecan.",
		name: "Ozkan Ulutas", country: "TR", org: "KFOR"},
	// of1 (session 24): "The party's president, NAME," is the party's own
	// office, as "The BJP's president" is; "The country's president" stays
	// the state's
	{rule: "party-possessive", text: "Wildfires killed 12 people in Algeria's Kabylie region. The Rally for Culture and Democracy, a secular opposition party, blamed the government. The party's president, Mourad Ighrem, said the state had left the villages alone.",
		name: "Mourad Ighrem", country: "-"},
	{rule: "party-possessive", text: "Wildfires killed 12 people in Algeria's Kabylie region. The Rally for Culture and Democracy, a secular opposition party, blamed the government. The country's president, Mourad Ighrem, said the state had done its duty.",
		name: "Mourad Ighrem", country: "DZ"},
	// of1 (session 24): Denmark's Joint Arctic Command (organizations.tsv,
	// agency DK) heads a Danish office under a Greenland dateline; the
	// territory's own premier stays Greenland's
	{rule: "state-command-agency", text: "NUUK, Greenland — Allies pledged more troops for the Arctic on Monday. The head of the Joint Arctic Command, Major General Jens Lykke Holm, said the soldiers would arrive in spring.",
		name: "Jens Lykke Holm", country: "DK"},
	{rule: "state-command-agency", text: "NUUK, Greenland — Allies pledged more troops for the Arctic on Monday. Greenland's premier, Jens Lykke Holm, said the soldiers would arrive in spring.",
		name: "Jens Lykke Holm", country: "GL"},
	// of1: "a senior Kenyan police officer" after "The mission's commander,
	// NAME,": the nationality is the officer's origin, the command the
	// mission's (of1, r37b: was KE)
	{rule: "mission-nationality", text: "Gangs attacked two police stations in Port-au-Prince. The mission's commander, Godwin Otieno, a senior Kenyan police officer, said his units had retaken the road.",
		name: "Godwin Otieno", country: "-"},
	{rule: "mission-nationality", text: "Gangs attacked two police stations in Port-au-Prince. The mission's commander, Godwin Otieno, a senior police officer, said his units had retaken the road.",
		name: "Godwin Otieno", country: "-"},
	{rule: "mission-nationality", text: "Gangs attacked two police stations in Port-au-Prince. The Kenyan contingent's commander, Godwin Otieno, a senior Kenyan police officer, said his units had retaken the road.",
		name: "Godwin Otieno", country: "KE"}, // of1: a state's contingent keeps its state
	{rule: "mission-owner", text: "Ghana's trade mission to Brazil ended on Monday. The mission's head, Kwame Boateng-Asare, said exports of cocoa would double.",
		name: "Kwame Boateng-Asare", org: "-"},
	{rule: "mission-owner", text: "Serbia and Kosovo traded accusations. EUFOR spokeswoman Lieutenant Colonel Ingrid Lauber said patrols near Brcko were stepped up.",
		name: "Ingrid Lauber", country: "-", org: "EUFOR"},
	{rule: "mission-owner", text: "Serbia and Kosovo traded accusations. Army spokeswoman Lieutenant Colonel Ingrid Lauber said patrols near Brcko were stepped up.",
		name: "Ingrid Lauber", org: "-"},
	// fx46 (r34d): a definite title before a relative clause that names its
	// holder by an alias ("Its chief negotiator, who uses the nom de guerre
	// NAME,"); an indefinite one names no holder
	{rule: ruleAliasClause, text: "The group's commander, who goes by the nom de guerre Rafael Ortega Ruiz, said the talks would resume.",
		name: "Rafael Ortega Ruiz", title: "commander", outRule: ruleAliasClause},
	{rule: ruleAliasClause, text: "A negotiator, who uses the alias Rafael Ortega Ruiz, said the talks would resume.",
		absent: "Rafael Ortega Ruiz"},
}

// TestGoldDev2Officials keeps the officials' accuracy on ../shared/gold/dev2
// near what the rules reach (F1 0.966, title and state both right 0.939).
func TestGoldDev2Officials(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "gold", "dev2")
	tl := scoreGold(t, newTestExtractor(t), dir, goldVerbose)["officials"]
	t.Logf("officials F1 %.3f, attributes %.3f", tl.f1(), tl.acc())
	if tl.f1() < 0.95 {
		t.Errorf("officials F1 on gold/dev2 fell to %.3f, below 0.95", tl.f1())
	}
	if tl.acc() < 0.92 {
		t.Errorf("officials' title and state on gold/dev2 right %.3f, below 0.92", tl.acc())
	}
}

func TestOfficialRules(t *testing.T) {
	checkOfficialRows(t, officialRules)
}

// checkOfficialRows checks each row's official (or its absence) and that
// every rule has a positive and a negative row; the tables kept apart for
// parallel work (fx7oOfficialRules) use it too.
func checkOfficialRows(t *testing.T, rows []officialRuleCase) {
	t.Helper()
	ex := newTestExtractor(t)
	covered := map[string]int{}
	for _, c := range rows {
		covered[c.rule]++
		res := ex.Extract(c.text)
		if c.absent != "" {
			for _, o := range res.Officials {
				if o.Name == c.absent || strings.HasSuffix(o.Name, " "+c.absent) {
					t.Errorf("%s: %q: %q must not be an official, got %+v", c.rule, c.text, c.absent, o)
				}
			}
		}
		if c.name == "" {
			continue
		}
		var got *Official
		for i := range res.Officials {
			if res.Officials[i].Name == c.name {
				got = &res.Officials[i]
			}
		}
		if got == nil {
			t.Errorf("%s: %q: no official %q in %+v", c.rule, c.text, c.name, res.Officials)
			continue
		}
		if c.title != "" && got.Title != c.title {
			t.Errorf("%s: %q: title %q, want %q", c.rule, c.text, got.Title, c.title)
		}
		checkAttr(t, c, "country", got.Country, c.country)
		checkAttr(t, c, "organization", got.Organization, c.org)
		if c.outRule != "" && got.Rule != c.outRule {
			t.Errorf("%s: %q: rule %q, want %q", c.rule, c.text, got.Rule, c.outRule)
		}
	}
	for rule, n := range covered {
		if n < 2 {
			t.Errorf("rule %s has %d test row, want a positive and a negative one", rule, n)
		}
	}
}

func checkAttr(t *testing.T, c officialRuleCase, what, got, want string) {
	t.Helper()
	switch want {
	case "":
	case "-":
		if got != "" {
			t.Errorf("%s: %q: %s %q, want none", c.rule, c.text, what, got)
		}
	default:
		if got != want {
			t.Errorf("%s: %q: %s %q, want %q", c.rule, c.text, what, got, want)
		}
	}
}
