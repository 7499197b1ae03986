package extract

import "testing"

// fx87TroopStateRules: personnel of a unit named for a place inside a
// state take that state over an enemy's adjective later in the sentence
// (placeUnitState); a place other states share a name with ("Georgia")
// names none.
var fx87TroopStateRules = []figureRule{
	{ruleTroopMembers,
		[]figureCase{{text: "Some 600 men of the Yorkshire Regiment held the ridge against an entire Russian army.", count: 600, country: "GB"},
			{text: "Some 600 men of the Georgia Regiment held the ridge against an entire Russian army.", count: 600, country: "RU"}},
		nil},
}

func TestFx87TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx87TroopStateRules, "troops")
}
