package extract

import "testing"

// rv2DeathRules hold the rows of the rv2 review's fix to periodGappedTail.
var rv2DeathRules = []figureRule{
	// a later period's count after "and" stays; an amount of change
	// ("grew by 2,000") is no count of the dead
	{rulePeriodGapped,
		[]figureCase{{text: "The county recorded 61 overdose deaths in 2019 and a record 95 in 2020.", count: 95}},
		nil},
}

func TestRV2DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), rv2DeathRules, "deaths")
}

// TestRV2ChangeByNotGapped pins the negative: the change after "by" is
// not read as a period's gapped count of deaths.
func TestRV2ChangeByNotGapped(t *testing.T) {
	ex := newTestExtractor(t)
	res := ex.Extract("The county recorded 61 overdose deaths in 2019 and its population grew by 2,000 in 2020.")
	for _, d := range res.Deaths {
		if d.Count == 2000 {
			t.Errorf("change read as deaths: %+v", d)
		}
	}
}
