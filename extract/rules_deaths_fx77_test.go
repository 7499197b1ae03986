package extract

import "testing"

// fx77DeathRules hold the rows of the death shapes fixed by fx77 (rounds
// r38b and r38e), kept apart from the main tables so that parallel work
// merges cleanly.
var fx77DeathRules = []figureRule{
	// a later share of the dead after "and", when the first share is "N
	// of the dead" or "N of the victims" and a speaker's aside may come
	// between (secondShareOfDead)
	{ruleDeathSubset,
		[]figureCase{{text: "Fourteen of those killed were police officers, the governor said, and six were teenagers.", count: 6},
			{text: "Five of the victims died at the market and the other three were traders from the town.", count: 3}},
		[]string{"Fourteen of the wounded were police officers, the governor said, and six were teenagers.",
			"Five of the recruits trained at the base and the other three were cadets from the town."}},
}

func TestFigureRulesFx77Deaths(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx77DeathRules, "deaths")
	// a later share that is hurt or held is no part of the dead, though
	// the first share is
	for _, text := range []string{"Fourteen of those killed were police officers, the governor said, and six were injured.",
		"Fourteen of those killed were police officers, and six were detained by the army.",
		"Fourteen of those killed were police officers, and one was a nurse from the city."} {
		for _, d := range ex.Extract(text).Deaths {
			if d.Count == 6 || d.Count == 1 {
				t.Errorf("%q: want no figure of 6 or 1, got %s", text, describeFigures(ex.Extract(text), "deaths"))
			}
		}
	}
}
