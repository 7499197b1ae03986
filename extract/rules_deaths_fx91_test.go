package extract

import "testing"

// fx91DeathRules hold the rows of the death shapes fixed by fx91 (the
// blind r40c round: local and regional news).
var fx91DeathRules = []figureRule{
	// a running count's rank with its noun left out, the subject naming
	// the death (elidedRunningHead)
	{"",
		[]figureCase{{text: "The killings were Memphis's 201st and 202nd of the year, police said.", count: 202},
			{text: "Saturday's killing was the county's 17th this year, the sheriff said.", count: 17}},
		[]string{"The win was the team's 12th of the season, the coach said.",
			"Saturday's parade was the county's 17th this year, the sheriff said."}},
	// another period's count after "and", its noun gapped (periodGappedTail)
	{"",
		[]figureCase{{text: "Memphis recorded 290 homicides last year and 346 in 2023.", count: 346},
			{text: "The county had logged 41 overdose deaths by June, and in 2022 it closed the year with 97.", count: 97},
			{text: "The county recorded 40 overdose deaths in 2023 and 52 the year before.", count: 52}},
		nil},
	// a statistics agency's name is the figure's source, no study that
	// makes a dated figure background (inAgencyName)
	{"",
		[]figureCase{{text: fx91Lead + "Nationally, 421 workers died in falls in 2022, according to the Bureau of Labor Statistics.", count: 421}},
		[]string{fx91Lead + "Nationally, 421 workers died in falls in 2022, according to federal statistics."}},
	// a kin glossed by a name is one of the counted named victims
	{"",
		[]figureCase{{text: "Two men, identified as Tom Hale, 30, and his cousin, Rick Dunn, 25, were killed in the crash.", count: 2},
			{text: "Two children, Mateo Ruiz, 8, and Lily Chen, 9, and their mother, Ana Ruiz, died in the fire.", count: 3}},
		nil},
	// the dead named after "Among the dead were", an attribution or a
	// relative clause of the death after the list
	{"",
		[]figureCase{{text: "Among the dead were Jorge Peña Sr., 60, and his grandson, Luis, 9, Sheriff Dale Ortiz said.", count: 2},
			{text: "Among the dead was a 64-year-old woman in Baton Rouge who was killed when a tree fell on her car.", count: 1}},
		[]string{"Among the guests was a 64-year-old woman in Baton Rouge who had lived there for years."}},
}

// fx91Lead opens a story whose later dated figures are past its lead.
const fx91Lead = "A roofer fell from a three-storey house in Dayton on Monday afternoon when a ladder slipped on wet ground, police said.\nHis employer said the company would review its safety rules.\n"

// fx91AbsentCounts: a figure of the sentence that must not be read.
var fx91AbsentCounts = []struct {
	kind, text string
	count      int64
}{
	// a gapped count with a noun of its own, or a clause of hurt (periodGappedTail)
	{"deaths", "Memphis recorded 290 homicides last year and 346 nonfatal shootings in 2023.", 346},
	{"deaths", "Police said 290 people were killed last year and 346 were wounded in 2023.", 346},
	// the fronted part that was hurt (ofTheFrontedFigure)
	{"troops", "Of the 1,600 officers on duty at the festival, about 40 were injured, police said.", 40},
}

// fx91DeathNegatives: a kin's name does not make a victim of a list that
// says no death; a relative clause of life is no death.
var fx91DeathNegatives = []figureRule{
	{"", nil,
		[]string{"Two men, identified as Tom Hale, 30, and his cousin, Rick Dunn, 25, were arrested at the scene."}},
}

func TestFigureRulesFx91Deaths(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx91DeathRules, "deaths")
	checkFigureRows(t, ex, fx91DeathNegatives, "deaths")
	for _, c := range fx91AbsentCounts {
		if hasFigure(ex.Extract(c.text), c.kind, "", figureCase{count: c.count}) {
			t.Errorf("%s: %q: want no %d", c.kind, c.text, c.count)
		}
	}
}
