package extract

import "testing"

// fx96DeathRules hold the rows of the death shapes fixed by fx96 (death-toll
// misses left from earlier rounds), kept apart from the main tables so that
// parallel work merges cleanly.
var fx96DeathRules = []figureRule{
	// one death that raises a period's tally with the count fronted
	// ("bringing to N the number ... this year") or a period other than
	// the year ("the weekend's toll") is a figure of its own (raisedLongTally)
	{"",
		[]figureCase{{text: "A journalist was shot dead in Veracruz, bringing to four the number of reporters killed in the state this year.", count: 1},
			{text: "A journalist was shot dead in Veracruz, bringing to four the number of reporters killed in the state this year.", count: 4},
			{text: "A climber died of exposure on Sunday, raising the weekend's toll on the glacier to five.", count: 1},
			{text: "A cyclist was killed by a lorry, taking the month's road toll in the city to 12.", count: 1}},
		[]string{"A journalist was beaten in Veracruz, bringing to four the number of reporters attacked in the state this year."}},
	// an adjective that is also a person noun before a modified noun is one
	// person ("a civilian bus driver"); "seller" names a person as "vendor"
	// does (modifiedNounAfter, victims.tsv)
	{"",
		[]figureCase{{text: "A civilian bus driver was killed when the convoy was shelled.", count: 1},
			{text: "The mortar round killed three soldiers and a civilian water-tanker driver near the base.", count: 4},
			{text: "The blast killed two policemen and a fruit seller in the market.", count: 3},
			{text: "Two street hawkers died when the footbridge collapsed.", count: 2}},
		[]string{"A civilian bus driver was injured when the convoy was shelled.",
			"The blast wounded two policemen and a fruit seller in the market."}},
	// an inquest's finding of a cause of death for a counted group
	// (inquestVerdictDeath)
	{"inquest-verdict",
		[]figureCase{{text: "The coroner recorded conclusions of unlawful killing for all four victims of the arson attack.", count: 4},
			{text: "The jury returned verdicts of accidental death on the two divers.", count: 2},
			{text: "The coroner recorded findings of misadventure for the three climbers.", count: 3}},
		[]string{"The coroner recorded an open conclusion for the two men.",
			"The panel published its findings of fact for all three victims' families.",
			"Detectives said the case was being treated as an unlawful killing, with three victims in hospital."}},
}

// fx96AbsentRows are sentences with a figure that must not come out.
var fx96AbsentRows = []figureCase{
	// one death that raises an event's own toll stays a part of it, the
	// count fronted or not
	{text: "A miner died in hospital, bringing to nine the toll from the blast.", count: 1},
	{text: "A porter died overnight, taking the toll from the landslide to six.", count: 1},
}

func TestFigureRulesFx96Deaths(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx96DeathRules, "deaths")
	for _, c := range fx96AbsentRows {
		res := ex.Extract(c.text)
		for _, d := range res.Deaths {
			if d.Count == c.count {
				t.Errorf("%q: want no %d, got %s", c.text, c.count, describeFigures(res, "deaths"))
			}
		}
	}
}
