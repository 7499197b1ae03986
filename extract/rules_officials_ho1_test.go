package extract

import "testing"

// ho1: a description that is the subject of the lead or of a paragraph's
// first sentence, whose holder the next sentence names as its subject
// (roles_describedthennamed.go).
func TestOfficialsHo1DescribedThenNamed(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "described-then-named", text: "OSLO - Norway's fisheries minister resigned on Friday after an audit found that her ministry had awarded a quota to a company run by a former aide.\nIngrid Solvang, who had held the post since 2023, told reporters that she had not known of the link.",
			name: "Ingrid Solvang", title: "fisheries minister", country: "NO", outRule: "lead-role"},
		{rule: "described-then-named", text: "LIMA, March 3 — Chile's interior minister urged Peru on Monday to close three border crossings used by smugglers, as both governments came under pressure over rising crime.\nTomás Errázuriz, on his first visit to Lima since taking office, held talks with Peruvian Interior Minister Raúl Castañeda.",
			name: "Tomás Errázuriz", title: "interior minister", country: "CL"},
		{rule: "described-then-named", text: "Australia will send another 300 soldiers to Darwin next year in the largest rotation there since 2019, the defence minister has told parliament, with a further 90 heading to Papua New Guinea.\nMegan Hollis said the soldiers would train with US marines.",
			name: "Megan Hollis", title: "defence minister", country: "AU"},
		{rule: "described-then-named", text: "NAIROBI — A former county manager accused of steering road contracts to his brother's firms told a court in Nairobi on Tuesday that he had never read the bids.\nJoseph Kiprono, 51, who ran the Uasin Gishu county administration until 2022, denies fraud.",
			name: "Joseph Kiprono", title: "former county manager"},
		{rule: "described-then-named", text: "The storm cut power to 40,000 homes, the utility said on Monday.\nJordan's Deputy Prime Minister for Economic Affairs toured the flooded districts on Tuesday. Nasser Shraideh said the army would clear the roads.",
			name: "Nasser Shraideh", title: "Deputy Prime Minister for Economic Affairs", country: "JO"},
		// negatives: an adjective, not a rank; a paragraph's holder named
		// before; two people who might hold it
		{rule: "described-then-named", text: "A major shift in policy is needed if the country is to grow, the opposition leader said on Sunday.\nPaul Sterling said taxes were too high.",
			name: "Paul Sterling", title: "opposition leader"},
		{rule: "described-then-named", text: "Rain fell for a week in the north.\nThe defence minister visited the flooded towns on Tuesday. Mark Ellison said the army would send trucks.\nDefence Minister Carla Benetti said later that 500 soldiers would go.",
			absent: "Mark Ellison"},
		{rule: "described-then-named", text: "MADRID - The foreign minister flew to Rabat on Monday for talks on migration.\nLuis Ortega and Ana Pires said the talks had gone well.",
			absent: "Luis Ortega"},
		{rule: "described-then-named", text: "Thousands marched in the capital on Saturday.\nThe president of the republic did not comment. Carlos Medina, a teacher who joined the march, said wages were too low.",
			absent: "Carlos Medina"},
	})
}

// ho1: a possessive determiner that opens its sentence or follows a comma
// owns the plain nouns of the title after it (roles_openingdeterminer.go).
func TestOfficialsHo1OpeningDeterminer(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "opening-determiner", text: "The Democratic Front did not join the boycott. Its joint secretary general, Omar Haddad, said the party would take part in the vote.",
			name: "Omar Haddad", title: "joint secretary general"},
		{rule: "opening-determiner", text: "The shadow cabinet met in exile on Sunday. Its human rights minister, Lin Mya Thaw, urged the UN to act.",
			name: "Lin Mya Thaw", title: "human rights minister"},
		{rule: "opening-determiner", text: "President Ana Ribeiro announced an emergency fund on Monday. Her water and regional development minister, Paulo Castro, said teams would assess the damage.",
			name: "Paulo Castro", title: "water and regional development minister"},
		{rule: "opening-determiner", text: "The union called a strike, and its public sector organiser, Joan Meyers, said talks had failed.",
			absent: "Meyers"}, // no official: an organiser of no listed office
		// negatives: a determiner inside a clause opens a phrase of its own
		{rule: "opening-determiner", text: "Prosecutors charged several members of his family and former chief financial officer Bruno Lenzi with fraud.",
			name: "Bruno Lenzi", title: "former chief financial officer"},
		{rule: "opening-determiner", text: "The award was presented by the Queen and her grandson Prince Edward on Tuesday.",
			name: "Edward", title: "Prince"},
	})
}

// ho1: a run of lower-case words after a body's name that ends with a
// noun of a body that is no state's or of its branch or post
// (bodies_nounrun.go).
func TestOfficialsHo1BodyNounRun(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "body-noun-run", text: "\"Pensions are a promise,\" said Petra Lindner, head of the IG Metall engineering workers union.",
			name: "Petra Lindner", country: "-"},
		{rule: "body-noun-run", text: "Grace Otieno, director of the Kenya Red Cross regional office in Kisumu, said 40 families had lost their homes.",
			name: "Grace Otieno", title: "director", country: "-"},
		{rule: "body-noun-run", text: "The union said talks had failed. \"We will strike,\" said Tomasz Wrona, chairman of the union's Gdansk branch.",
			name: "Tomasz Wrona", country: "-", org: "-"}, // the place is no body
		{rule: "body-noun-run", text: "Amina Yusuf, spokeswoman for the Save the Children country office in Maiduguri, said supplies had run out.",
			name: "Amina Yusuf", country: "-"},
		// negatives: a committee after a name may be a legislature's: no
		// body of the name's; a plain verb ends no run
		{rule: "body-noun-run", text: "Edward Leigh, chairman of the Commons public accounts committee, said the deal was poor value.",
			absent: "Edward Leigh"},
		{rule: "body-noun-run", text: "Maria Santos, head of the Lisbon Marathon organising team members, said the race would go ahead.",
			absent: "Maria Santos"},
	})
}

// ho1: a portfolio written as a list in lower case or of regions between
// the role noun and the name's comma (roles_portfoliolist.go).
func TestOfficialsHo1PortfolioWordList(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "portfolio-word-list", text: "The minister for trade, industry and tourism, Thandiwe Mbeki, said tariffs would fall.",
			name: "Thandiwe Mbeki", title: "minister"},
		{rule: "portfolio-word-list", text: "The African Union's commissioner for health, humanitarian affairs and social development, Amara Diallo, visited the camp.",
			name: "Amara Diallo", country: "-"},
		{rule: "portfolio-word-list", text: "The bank's vice-president for operations, finance and risk, Sven Aalto, said lending would rise.",
			name: "Sven Aalto", title: "vice-president"},
		{rule: "portfolio-word-list", text: "The ministry's secretary for energy, water and the environment, Mei Tan, said tariffs would rise.",
			name: "Mei Tan", title: "secretary"},
		// negatives: states are no portfolio; a list of people
		{rule: "portfolio-word-list", text: "Talks between France, Germany and Italy, John Pryce said, would resume.",
			absent: "John Pryce"},
		{rule: "portfolio-word-list", text: "He met farmers, teachers and nurses, Anne Boyd said.",
			absent: "Anne Boyd"},
	})
}

// ho1: a body of the gazetteer's organ before "'s" owns the title after
// it, which is no state's (officials_orgorganowner.go).
func TestOfficialsHo1OrgOrganOwner(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "org-organ-owner", text: "Senegal sent its foreign minister, and the ECOWAS Commission's vice-president, Damtien Tchintchibidja, joined the talks.",
			name: "Damtien Tchintchibidja", country: "-", org: "ECOWAS"},
		{rule: "org-organ-owner", text: "Kenya hosted the meeting. The OSCE Secretariat's director of conflict prevention, Anna Lind, said monitors would stay.",
			name: "Anna Lind", country: "-", org: "OSCE"},
		// negatives: a state's own body keeps the state; a longer name of
		// its own that holds the body's
		{rule: "org-organ-owner", text: "The Kenyan Senate's speaker, Amason Kingi, adjourned the sitting.",
			name: "Amason Kingi", country: "KE"},
		{rule: "org-organ-owner", text: "The Malawi Red Cross Society's secretary general, Grace Phiri, said 10,000 families needed help.",
			name: "Grace Phiri", org: "Malawi Red Cross Society"},
	})
}

// ho1: other wordings of taking office (roles_takes_oath.go).
func TestOfficialsHo1TakesOath(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "takes-oath", text: "When Olena Hrytsenko took the oath as Ukraine's health minister on Tuesday, she wore a surgeon's gown.",
			name: "Olena Hrytsenko", title: "health minister", country: "UA", outRule: "takes-office-as"},
		{rule: "takes-oath", text: "Marcos Ribeiro took office as Brazil's finance minister on Monday.",
			name: "Marcos Ribeiro", title: "finance minister", country: "BR"},
		{rule: "takes-oath", text: "Mary Adeyemi was installed as Nigeria's interior minister on Monday.",
			name: "Mary Adeyemi", title: "interior minister", country: "NG"},
		// negative: an oath a witness takes is no office
		{rule: "takes-oath", text: "Karen Holt took the oath as a witness before the committee on Monday.",
			absent: "Karen Holt"},
	})
}

// ho1: roles.tsv words: a weather agency's meteorologist, a firm's
// partner, a chief electoral officer, a municipal manager; place names
// that open with a title (words_people.tsv place-head, subnational.tsv).
func TestOfficialsHo1Words(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "ho1-words", text: "The Met Office said more rain would fall. Its chief meteorologist, Paul Gundersen, said rivers would peak on Friday.",
			name: "Paul Gundersen", title: "chief meteorologist", country: "GB"},
		{rule: "ho1-words", text: "Laura Chen, a general partner at Sequoia Capital, said the round was oversubscribed.",
			name: "Laura Chen", title: "general partner", country: "-"},
		{rule: "ho1-words", text: "Ontario's chief electoral officer, Greg Essensa, said turnout had fallen.",
			name: "Greg Essensa", title: "chief electoral officer", country: "CA"},
		{rule: "ho1-words", text: "The municipal manager, Thabo Nkosi, said water would be restored by Friday.",
			name: "Thabo Nkosi", title: "municipal manager"},
		// negatives: a meteorologist with no body; places named after a title
		{rule: "ho1-words", text: "\"It was the wettest week I have seen,\" said Paul Gundersen, a meteorologist.",
			absent: "Paul Gundersen"},
		{rule: "ho1-words", text: "The brigade returned to Queen Elizabeth Barracks on Friday.",
			absent: "Elizabeth Barracks"},
		{rule: "ho1-words", text: "Evacuees were flown to Prince George and Fort St. John overnight.",
			absent: "George"},
	})
}

// ho1: "its" after a body named by its name and its type that a
// preposition governs (officials_itstypedname.go).
func TestOfficialsHo1ItsTypedName(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "its-typed-name", text: "PORT-AU-PRINCE (Reuters) - The attack was claimed by the Black Hawk gang, which controls the port district. Its spokesman, Ronald Joseph, said in a video that the station had been a target.",
			name: "Ronald Joseph", country: "-", org: "Black Hawk"},
		{rule: "its-typed-name", text: "Talks were held with the Iron Wolves militia near the border. Its commander, Patrick Bwami, said his fighters would not disarm.",
			name: "Patrick Bwami", country: "-", org: "Iron Wolves"},
		// negatives: a name with no article is no such body; a person
		// named in between
		{rule: "its-typed-name", text: "The Green-Labour alliance, the second-largest group, offered to enter talks. Its parliamentary leader, Anne Visser, said the collapse was predictable.",
			name: "Anne Visser", org: "Green-Labour alliance"},
		{rule: "its-typed-name", text: "The raid was blamed on the Ba Gaga gang by police chief Jean Louis. Its leader, Marc Tibo, denied it.",
			name: "Marc Tibo", org: "-"},
	})
}

// ho1: a member of the European Parliament holds no state's seat: an MEP,
// and a state's lawmaker in a story whose lead is about the Parliament
// (officials_europeanmember.go).
func TestOfficialsHo1EuropeanMember(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "european-member", text: "Farm subsidies will be cut, French MEP Claire Dubois said on Tuesday.",
			name: "Claire Dubois", country: "-", org: "European Parliament"},
		{rule: "european-member", text: "STRASBOURG (Reuters) - The European Parliament voted on Thursday to reject the budget deal.\nJan Kowalski, a Polish lawmaker who sits on the budget committee, said the cuts went too far.",
			name: "Jan Kowalski", country: "-", org: "European Parliament"},
		{rule: "european-member", text: "STRASBOURG (Reuters) - The European Parliament voted on Thursday to reject the budget deal.\nFinnish centre-right lawmaker Mikko Rantala said the cuts went too far.",
			name: "Mikko Rantala", country: "-", org: "European Parliament"},
		// negatives: a lawmaker in a story about a national parliament
		{rule: "european-member", text: "WARSAW (Reuters) - Poland's parliament voted on Thursday to reject the budget deal.\nJan Kowalski, a Polish lawmaker who sits on the budget committee, said the cuts went too far.",
			name: "Jan Kowalski", country: "PL"},
		{rule: "european-member", text: "STRASBOURG (Reuters) - The European Parliament voted on Thursday to reject the budget deal.\nIn Paris, French Finance Minister Paul Lenoir said the cuts went too far.",
			name: "Paul Lenoir", country: "FR"},
	})
}

// ho1: the successor or predecessor of an office's holder holds the
// office, or held it (roles_succession.go).
func TestOfficialsHo1Succession(t *testing.T) {
	checkOfficialRows(t, ho1SuccessionRules)
}

// ho1SuccessionRules pin ruleSuccession (rules_coverage_test.go reads them).
var ho1SuccessionRules = []officialRuleCase{
	{rule: "succession", text: "Belgium will send 300 troops, Defence Minister Ludivine Dedonder's successor, Theo Francken, said on Monday.",
		name: "Theo Francken", title: "Defence Minister", outRule: "succession"},
	{rule: "succession", text: "Foreign Minister Ana Ruiz's predecessor, Pedro Gil, said the treaty was flawed.",
		name: "Pedro Gil", title: "former Foreign Minister"},
	{rule: "succession", text: "The new interior minister, Rosa Pinto, took the oath on Monday. She replaces Tomas Vidal, who lost a censure vote.",
		name: "Tomas Vidal", title: "former interior minister"},
	{rule: "succession", text: "Health Minister Omar Said, who took office in May, succeeded Layla Haddad after a cabinet reshuffle.",
		absent: "Layla"}, // a relative clause between: no subject by name
	// negatives: no holder's role to take; a band's member
	{rule: "succession", text: "John Smith's successor, Mary Jones, said the company would grow.",
		absent: "Mary Jones"},
	{rule: "succession", text: "The singer replaced John Smith in the band.",
		absent: "John Smith"},
	{rule: "succession", text: "Tomas Gil, an economist, left the government. At the finance ministry, Ana Ruiz replaces Gil.",
		absent: "Tomas Gil"}, // named before: the article's own words give his role, if any
}

// ho1: an honorific and a surname alone between the commas of an
// apposition after a title that opens the sentence hold the title
// (roles_closedapposition.go).
func TestOfficialsHo1ClosedApposition(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "closed-apposition", text: "The Attorney General, Lord Hart, has issued no instructions to police.",
			name: "Lord Hart", title: "Attorney General"},
		{rule: "closed-apposition", text: "The president of the African Development Bank, Dr Adesina, said lending would rise.",
			name: "Adesina", title: "president"},
		{rule: "closed-apposition", text: "The Green defence spokesman, Baroness Miller, called for a vote.",
			name: "Baroness Miller"},
		// negatives: the comma ends a clause; a clause before the title
		{rule: "closed-apposition", text: "He did not trust the prime minister, Mr Brown replied.",
			absent: "Brown"},
		{rule: "closed-apposition", text: "\"We will win,\" she told the prime minister, Mr Brown, on Monday.",
			absent: "Brown"},
	})
}

// ho1: a lower-case Arabic article goes on a capitalised name, and an
// Arabic noun for a force opens an armed group's name
// (capruns_particle.go, words_people.tsv armed-group-opener).
func TestOfficialsHo1ArabicGroupNames(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "arabic-group-name", text: "Hamid al-Sudani, a spokesman for Kataib Thar al-Hussein, said the group would respond.",
			name: "Hamid al-Sudani", title: "spokesman", country: "-", org: "Kataib Thar al-Hussein"},
		{rule: "arabic-group-name", text: "Ali Hassan, a commander of Liwa Abu al-Fadl al-Abbas, was killed in the strike.",
			name: "Ali Hassan", title: "commander", country: "-", org: "Liwa Abu al-Fadl al-Abbas"},
		{rule: "arabic-group-name", text: "Karim Nasser, a spokesman for Saraya al-Mukhtar, said the drone had been shot down.",
			name: "Karim Nasser", country: "-", org: "Saraya al-Mukhtar"},
		// negatives: a state's own body after an opener word stays the
		// state's; a lower-case article alone names nothing
		{rule: "arabic-group-name", text: "Omar Saleh, a spokesman for the Iraqi army, said the drone had been shot down.",
			name: "Omar Saleh", country: "IQ"},
		{rule: "arabic-group-name", text: "The fighters of al-Shabab attacked the base, and Omar Saleh, a resident, fled.",
			absent: "Omar Saleh"},
	})
}
