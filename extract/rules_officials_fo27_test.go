package extract

import "testing"

// fo27OfficialRules: a shadow minister's office is the opposition's, no
// state's, whether or not the text names the party (shadowOffice); a
// state's body of the gazetteer opening the sentence before "Its" gives
// its state to the title (itsAgencyState): a region's government is its
// state's; a party that the title names by a name ending in "Party" makes
// a party office even when the gazetteer lacks it (titleNamedParty); a
// lawmaker of a party the text names as one, listed or not, keeps the
// state's seat (unlistedPartySeats); a bracketed acronym right after the
// body's own name is one naming of the body in the home ranking
// (spelledOutAcronym); "Its" after "The Nepali Red Cross said" is the
// national society's, no state's (itsNationalBody); CDEMA is an
// international body of the gazetteer.
var fo27OfficialRules = []officialRuleCase{
	{rule: "shadow-office", text: "Britain will send 40 more aid workers to Sudan, the Foreign Office said. The shadow foreign secretary, Oliver Kingsley, said the government's response was \"too little and too late\".",
		name: "Oliver Kingsley", country: "-"},
	{rule: "shadow-office", text: "Queensland will keep its coal royalty tiers, the state budget showed. Shadow Treasurer Tom Delaney said Labor would examine the hospital timelines in estimates hearings.",
		name: "Tom Delaney", country: "-"},
	// negative: a minister's own title in the same story keeps the state
	{rule: "shadow-office", text: "Britain will send 40 more aid workers to Sudan, the Foreign Office said. The foreign secretary, Oliver Kingsley, said the government's response was fast.",
		name: "Oliver Kingsley", country: "GB"},
	{rule: "its-agency-state", text: "Turkey said its jets had struck PKK camps in northern Iraq, and Ankara said 27 militants were killed. The Kurdistan Regional Government in Erbil, which has close ties to Ankara, was more muted. Its interior minister, Rebar Khalid, said two civilians had died.",
		name: "Rebar Khalid", country: "IQ", org: "-"},
	// negative: a body that is no state's opening the sentence before "Its"
	{rule: "its-agency-state", text: "Turkey said its jets had struck camps in northern Iraq, and Ankara said 27 militants were killed. The Red Cross in Erbil was more muted. Its regional director, Rebar Khalid, said two civilians had died.",
		name: "Rebar Khalid", country: "-"},
	{rule: "title-named-party", text: "Honduras's Congress elected a new board on Tuesday. National Party leader Tomás Cálix Bográn said the alliance was not a marriage.",
		name: "Tomás Cálix Bográn", country: "-", org: "National Party"},
	// negative: no party's name in the title
	{rule: "title-named-party", text: "Honduras's Congress elected a new board on Tuesday. Majority leader Tomás Cálix Bográn said the alliance was not a marriage.",
		name: "Tomás Cálix Bográn", country: "HN"},
	{rule: "unlisted-party-seat", text: "Estonia's border guard boarded a tanker on Monday. In the Riigikogu, opposition lawmaker Helle Kivirähk, defence spokeswoman of the Isamaa party, said the boarding was overdue.",
		name: "Helle Kivirähk", country: "EE"},
	// negative: a party officer who holds no seat stays the party's
	{rule: "unlisted-party-seat", text: "Estonia's border guard boarded a tanker on Monday. Helle Kivirähk, defence spokeswoman of the Isamaa party, said the boarding was overdue.",
		name: "Helle Kivirähk", country: "-"},
	{rule: "spelled-out-acronym", text: "Cyclone Vaea killed 17 people in Tonga on Friday. The storm flattened Tongan villages and cut Tonga's power grid. Australia said it would deploy about 260 Australian Defence Force (ADF) personnel. Relief flights landed on Monday.\n\n\"We fear the number will go up again,\" Nemo director Sione Taufa said by phone. Roads were cut.",
		name: "Sione Taufa", country: "TO"},
	// negative: the acronym used again on its own is a second naming
	{rule: "spelled-out-acronym", text: "Cyclone Vaea killed 17 people in Tonga on Friday. The storm flattened Tongan villages and cut Tonga's power grid. Australia said it would deploy about 260 Australian Defence Force (ADF) personnel. ADF engineers landed on Monday.\n\n\"We fear the number will go up again,\" Nemo director Sione Taufa said by phone. Roads were cut.",
		name: "Sione Taufa", country: "AU"},
	{rule: "its-national-body", text: "Landslides killed 40 people in Nepal's Myagdi district. The Nepali Red Cross said it had distributed tarpaulins to about 3,000 families. Its secretary general, Ramesh Sapkota Thapa, said stocks would run out within a week.",
		name: "Ramesh Sapkota Thapa", country: "-", org: "Nepali Red Cross"},
	// negative: a state's own body opening the sentence before keeps the state
	{rule: "its-national-body", text: "Landslides killed 40 people in Nepal's Myagdi district. The Nepali Army said it had flown tarpaulins to about 3,000 families. Its spokesman, Ramesh Sapkota Thapa, said stocks would run out within a week.",
		name: "Ramesh Sapkota Thapa", country: "NP"},
	{rule: "intl-gazetteer", text: "A hurricane killed nine people in St Vincent and the Grenadines. CDEMA executive director Althea Simmonds-Browne said most homes on Union Island had been destroyed.",
		name: "Althea Simmonds-Browne", country: "-", org: "Caribbean Disaster Emergency Management Agency"},
	// negative: the state's own agency keeps the state
	{rule: "intl-gazetteer", text: "A hurricane killed nine people in St Vincent and the Grenadines. NEMO director Althea Simmonds-Browne said most homes on Union Island had been destroyed.",
		name: "Althea Simmonds-Browne", country: "VC"},
}

func TestFo27OfficialRules(t *testing.T) { checkOfficialRows(t, fo27OfficialRules) }
