package extract

import "testing"

// fx45 (blind r34b): a modifier before plain nouns of a title after a
// state's possessive, a phrase of when after the title a relative clause
// gives, the lead's unnamed source named in the next sentence, an office
// a pronoun's subject takes, a group "of forces", a body the article
// introduced as a state's.
func TestOfficialsFx45(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// modifiedCompoundOwner
		{rule: "modified-compound", text: "Poland's parliamentary children's rights commissioner, Ewa Nowak, said the camps were closed.",
			name: "Ewa Nowak", country: "PL", outRule: ruleTitleComma},
		{rule: "modified-compound", text: "Kenya's presidential climate adviser, Jane Wanjiru, said the talks had failed.",
			name: "Jane Wanjiru", title: "presidential climate adviser", country: "KE", outRule: ruleTitleComma},
		{rule: "modified-compound", text: "After a parliamentary human rights debate, Ewa Nowak said the camps were closed.",
			absent: "Ewa Nowak"},
		// timeEndsTitle
		{rule: ruleWhoAs, text: "Lina Berzina, who stepped down as Latvia's defence minister in March to run for mayor of Riga, said the plan was late.",
			name: "Lina Berzina", title: "defence minister", country: "LV", outRule: ruleWhoAs},
		{rule: ruleWhoAs, text: "Lina Berzina, who resigned as Latvia's interior minister last spring, said the plan was late.",
			name: "Lina Berzina", title: "interior minister", country: "LV", outRule: ruleWhoAs},
		{rule: ruleWhoAs, text: "Lina Berzina, who worked as a nurse in March, said the plan was late.",
			absent: "Lina Berzina"},
		// leadSourceThenNamed
		{rule: ruleLeadRole, text: "OSLO (Reuters) – Norway will send 200 more soldiers to Lithuania next year, its defence minister said on Monday.\nTor Hansen, speaking at a base near Bardufoss, said the soldiers would leave in May.",
			name: "Tor Hansen", title: "defence minister", country: "NO", outRule: ruleLeadRole},
		{rule: ruleLeadRole, text: "HELSINKI (Reuters) – Finland's foreign minister said on Tuesday that the border would stay closed.\nAnna Virtanen, in Tallinn for talks with Estonia's prime minister, Kaja Tamm, said no date had been set.",
			name: "Anna Virtanen", title: "foreign minister", country: "FI", outRule: ruleLeadRole},
		{rule: ruleLeadRole, text: "OSLO (Reuters) – Norway will send 200 more soldiers to Lithuania next year, its defence minister said on Monday.\nPolice said Tor Hansen had been arrested at a base near Bardufoss on Sunday.",
			absent: "Tor Hansen"},
		// (rf1) another state's holder of the title holds another office; an
		// apposition of the name's own describes someone else
		{rule: ruleLeadRole, text: "OSLO (Reuters) – Norway will send 200 more soldiers to Lithuania next year, its defence minister said on Monday.\nTor Hansen, after talks with Danish Defence Minister Lars Holm, said the soldiers would leave in May.",
			name: "Tor Hansen", title: "defence minister", country: "NO", outRule: ruleLeadRole},
		{rule: ruleLeadRole, text: "OSLO (Reuters) – Norway will send 200 more soldiers to Lithuania next year, its defence minister said on Monday.\nTor Hansen, the son of a fisherman from Tromso, said the soldiers would leave in May.",
			absent: "Tor Hansen"},
		// findPronounOffices
		{rule: ruleTakesOffice, text: "The last time Mihai Popescu stood in parliament he was an opposition backbencher. On Monday he was sworn in as Romania's defence minister.",
			name: "Mihai Popescu", title: "defence minister", country: "RO", outRule: ruleTakesOffice},
		{rule: ruleTakesOffice, text: "Ana Costa won the vote in March. This week she took the oath of office as Portugal's finance minister at a time of crisis.",
			name: "Ana Costa", title: "finance minister", country: "PT", outRule: ruleTakesOffice},
		{rule: ruleTakesOffice, text: "Ana Costa met Rui Silva on Monday. On Tuesday she was sworn in as Portugal's finance minister.",
			absent: "Rui Silva"},
		// forceGroupAt
		{rule: ruleApposition, text: "Col. Ivan Marchuk, a spokesman for Ukraine's southern group of forces, said the bridge had been hit.",
			name: "Ivan Marchuk", title: "spokesman", country: "UA"},
		{rule: ruleApposition, text: "Ivan Marchuk, a spokesman for the group, said the bridge had been hit.",
			name: "Ivan Marchuk", title: "spokesman", country: "-"},
		// statePossessedName
		{rule: "state-possessed-name", text: "Georgia's Coordination Centre for Missing Persons said 14 bodies had been identified. Nino Beridze, the head of the Coordination Centre, said more were expected.",
			name: "Nino Beridze", country: "GE", org: "-"},
		{rule: "state-possessed-name", text: "Kenya's Savanna Holdings said output had fallen. Peter Mwangi, the chairman of Savanna Holdings, said the mine would reopen.",
			name: "Peter Mwangi", country: "-", org: "Savanna Holdings"},
	})
}
