package extract

import "testing"

// tr6 (session 27): the host place's state as the fallback sender of
// forces at home (hostPlaceState).
var troopRulesTr6 = []figureRule{
	// police, gendarmes or troopers at a place of one state, no sender
	// told: that state's; a mission's, a foreign or a sent-from force is not
	{"host-place-state",
		[]figureCase{{text: "Riot police numbering 900 surrounded the parliament in Bogotá.", count: 900, country: "CO"},
			{text: "Carabinieri numbering 300 searched the woods near Sicily's main airport.", count: 300, country: "IT"},
			{text: "Troopers numbering 120 escorted the convoy through Oaxaca.", count: 120, country: "MX"},
			{text: "Peacekeepers numbering 1,500 patrolled the buffer zone near Bogotá.", count: 1500},
			{text: "Police numbering 600 from the AU mission patrolled the market in Bangui.", count: 600},
			{text: "Soldiers numbering 2,000 were flown to Mali.", count: 2000},
			{text: "Foreign police numbering 300 guarded the embassy in Bogotá.", count: 300},
			{text: "Riot police numbering 800 were flown to Quito.", count: 800}},
		[]string{"Fans numbering 900 surrounded the stadium in Bogotá."}},
}

func TestTroopRulesTr6(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, troopRulesTr6, "troops")
}
