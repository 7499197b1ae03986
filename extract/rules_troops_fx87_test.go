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

// fx87TroopRules: a force's size in an aside that ranks it, ", at N the
// largest ..." (atSuperlativeAside); the aside of another noun is none.
var fx87TroopRules = []figureRule{
	{ruleTroopNumber,
		[]figureCase{{text: "The Polish brigade, at 2,500 the second-largest force in the south, took over Karbala.", count: 2500, country: "PL"}},
		[]string{"The Polish brigade left the old fort, at 2,500 the oldest in the south."}},
	// a parallel clause of the present after a past figure, opened by
	// "today" (parallelAdverbAt)
	{ruleTroopParallel,
		[]figureCase{{text: "In 2003 Poland sent about 2,500 troops to Iraq; today it has about 300.", count: 300, country: "PL"}},
		[]string{"In 2003 Poland sent about 2,500 tonnes of grain to Iraq; today it has about 300."}},
	// a force's size before a clause of time opened by "when"
	// (figureEndsPhrase)
	{ruleTroopNumber,
		[]figureCase{{text: "US troop levels were down to 2,500 when Biden took office.", count: 2500, country: "US"}},
		[]string{"US ticket prices were down to 250 when the season opened.",
			"Police numbers had fallen by 1,132 when he was home secretary, the party said."}},
}

func TestFx87TroopRules(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx87TroopStateRules, "troops")
	checkFigureRows(t, ex, fx87TroopRules, "troops")
}
