package extract

import "testing"

// fx62 (r36c held-out): a figure a modal of ability and a verb of raising
// a force govern is a capacity, no deployment (troops_capacitymodal.go).
var troopRulesFx62 = []figureRule{
	{"capacity-modal",
		[]figureCase{{text: "Estonia mobilised 3,000 reservists to guard the eastern border on Monday.", count: 3000, country: "EE"},
			{text: "Romania could send 800 soldiers to Moldova if Chisinau asked for them.", count: 800, country: "RO"},
			{text: "The army can field 500 more soldiers, and 1,200 troops were sent to the border on Tuesday.", count: 1200, country: ""},
			{text: "The army can field 500 more soldiers, and 1,200 officers were sent to the border on Tuesday.", count: 1200, country: ""}},
		[]string{"Sweden can mobilise an army of 90,000 within a week.",
			"The rebels say they could field 40,000 fighters.",
			"Norway would be able to raise 20,000 soldiers in a crisis.",
			"Denmark can mobilise a large reserve, and about 4,000 conscripts enter service each year."}},
}

func TestTroopRulesFx62(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), troopRulesFx62, "troops")
}
