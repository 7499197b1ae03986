package extract

import "testing"

// fx71 (r37e Middle East, r37f East Asia and the Pacific): an acronym a
// militia and a state's forces share; a host state asking for personnel;
// a multinational body's joint force; parts of a toll joined before
// "among the dead"; "N others", "another N" and "N of them" after
// personnel counted or named before; "Marines" of another state's force.
var fx71TroopRules = []figureRule{
	// "SDF": Japan's forces where the story names Japan, the militia's
	// (no state) where it names none (sharedReading, anyArmed)
	{ruleTroopNoun,
		[]figureCase{{text: "Japan's defence minister said 1,000 troops had reached Noto. A further 1,500 SDF members remain on standby at Camp Kanazawa.", count: 1500, country: "JP"},
			{text: "The SDF deployed 2,000 fighters to Raqqa after the clashes.", count: 2000, country: ""},
			{text: "The SDF sent 2,000 personnel to Raqqa after the clashes.", count: 2000, country: ""},
			// Japan named, but Syria leads the story: the militia
			{text: "The SDF sent 2,000 personnel to Raqqa after the clashes in Syria, a move Japan welcomed.", count: 2000, country: ""},
			{text: "Japan sent relief to Noto. The SDF sent 2,000 personnel to Wajima after the quake.", count: 2000, country: "JP"}},
		nil},
	// a state that asks for personnel while hosting another's asks its
	// guest (hostAskerSender); with no guest, or for police, its own
	{ruleTroopNoun,
		[]figureCase{{text: "Kuwait hosts about 13,500 US troops at Camp Arifjan. Kuwait had asked for an additional Patriot battery and a company of about 150 soldiers to operate it.", count: 150, country: "US"},
			{text: "Bahrain hosts some 9,000 American sailors. Bahrain has requested 200 more soldiers for the base.", count: 200, country: "US"},
			{text: "Kuwait had asked for a company of about 150 soldiers to operate the battery.", count: 150, country: "KW"},
			{text: "Manila hosts 600 American troops. Manila asked for 3,000 more police officers to secure the vote.", count: 3000, country: "PH"}},
		nil},
	// a joint force of a multinational body named in its sentence: no
	// one state's, not the host city's (jointOfBody)
	{ruleTroopNoun,
		[]figureCase{{text: "Gulf Cooperation Council defence ministers meeting in Kuwait City approved the creation of a 5,000-strong joint rapid reaction force under the Peninsula Shield command.", count: 5000, country: ""},
			{text: "African Union ministers meeting in Abuja approved a joint force of 5,000 troops for the Sahel.", count: 5000, country: ""},
			{text: "Nigerian ministers meeting in Abuja approved a joint force of 5,000 troops for the north.", count: 5000, country: "NG"}},
		nil},
	// "where N others are stationed", "and another N were waiting": more
	// of the personnel just counted (moreToCome)
	{ruleTroopContinued,
		[]figureCase{{text: "The Philippine Navy sent 40 marines on a resupply run to the BRP Sierra Madre, where nine others are stationed.", count: 9, country: "PH"},
			{text: "Kenya sent 400 police officers to Haiti and another 200 are due in May.", count: 200, country: "KE"}},
		[]string{"Kenya sent 400 tents to Haiti, where nine others are stored.",
			"The ministry bought 400 tents and another 200 are due in May."}},
	// "N of them" after personnel named before a year ("since 1999" is
	// no figure between) and a verb of rotating (themOfNamedTroops)
	{ruleTroopContinued,
		[]figureCase{{text: "The Armed Forces of the Philippines has kept a small garrison of Marines aboard the BRP Sierra Madre since 1999, and around 12 of them are rotated every few weeks.", count: 12, country: "PH"},
			{text: "The Philippines has kept soldiers aboard the BRP Sierra Madre since 1999, and around 12 of them are stationed there.", count: 12, country: "PH"}},
		[]string{"Philippine troops have guarded the shoal since 1999, and around 12 of them wrote letters.",
			"The Philippines has kept soldiers aboard the ship since 1999, and 40 tents, 12 of them rotated every few weeks."}},
	// capitalised "Marines" of a clause whose subject is another state's
	// armed body are that state's; else the US Marine Corps
	// (subjectForceState)
	{ruleTroopNoun,
		[]figureCase{{text: "The Armed Forces of the Philippines has kept 300 Marines aboard the BRP Sierra Madre since 1999.", count: 300, country: "PH"},
			{text: "The Philippine Navy deployed 300 Marines to the island.", count: 300, country: "PH"},
			{text: "The US Navy deployed 300 Marines to the island.", count: 300, country: "US"},
			{text: "The army deployed 300 Marines to the island.", count: 300, country: "US"}},
		nil},
}

var fx71DeathRules = []figureRule{
	// parts joined before "among the dead" are each a part of a toll, not
	// summed (amongTheDead)
	{ruleDeathPass,
		[]figureCase{{text: "Fourteen SDF members and nine tribal fighters were among the dead, the monitor said.", count: 9},
			{text: "Fourteen SDF members and nine tribal fighters were among the dead, the monitor said.", count: 14},
			{text: "Two soldiers and three children were among those killed in the attack.", count: 3}},
		[]string{"Fourteen SDF members and nine tribal fighters were among the wounded, the monitor said."}},
}

func TestFigureRulesFx71(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx71TroopRules, "troops")
	checkFigureRows(t, ex, fx71DeathRules, "deaths")
}
