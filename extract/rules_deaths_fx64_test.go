package extract

import "testing"

// fx64DeathRules hold the rows of the death shapes fixed by fx64 (the
// blind r36f round, Europe and Turkey).
var fx64DeathRules = []figureRule{
	// a person noun that modifies the listed person noun after it is one
	// victim (singleNounAfter): "a fighter pilot"
	{ruleDeathOne,
		[]figureCase{{text: "A Romanian fighter pilot died when his F-16 crashed during a night exercise.", count: 1},
			{text: "A militia fighter was killed in the shelling, the governor said.", count: 1}},
		[]string{"A fighter jet crashed during a night exercise, but the pilot ejected safely.",
			"The pilot said a fighter had been wounded near the border."}},
	// one death that raises a war's or a period's long tally is a figure
	// of its own beside the tally (raisedLongTally)
	{"long-tally",
		[]figureCase{{text: "Georgian officials said a Georgian volunteer had been killed near Bakhmut, bringing the number of Georgians killed in the war to 61.", count: 1},
			{text: "Georgian officials said a Georgian volunteer had been killed near Bakhmut, bringing the number of Georgians killed in the war to 61.", count: 61},
			{text: "A Colombian volunteer was killed near Pokrovsk, bringing the number of Colombians killed since 2022 to 91.", count: 1}},
		[]string{"A Georgian volunteer was wounded near Bakhmut, bringing the number of Georgians serving in the war to 600.",
			"Georgian officials said a volunteer had been captured near Bakhmut."}},
}

func TestFx64DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx64DeathRules, "deaths")
}

// TestFx64EventTollSingle keeps one death that raises an event's own toll
// a part of that toll: "a deputy died overnight, taking the toll from the
// ambush to three" is 3 alone (raisedLongTally does not hold).
func TestFx64EventTollSingle(t *testing.T) {
	ex := newTestExtractor(t)
	res := ex.Extract("A deputy died overnight, taking the toll from the ambush to three.")
	for _, d := range res.Deaths {
		if d.Count == 1 {
			t.Errorf("one death of an event's toll read as its own figure: %s", describeFigures(res, "deaths"))
		}
	}
}
