package extract

import "testing"

// fx55DeathRules hold the rows of the death shapes fixed by fx55 (the
// blind r35d round).
var fx55DeathRules = []figureRule{
	// bodies that were buried are the dead (body-found "buried")
	{ruleDeathAdj,
		[]figureCase{{text: "The village chief said 27 bodies had been buried before nightfall.", count: 27}},
		[]string{"Nine miners were buried under the rubble but were pulled out alive."}},
	// a single victim named by the body he serves (victimPhrase)
	{ruleDeathOne,
		[]figureCase{{text: "An ICRC driver was killed when the convoy struck a mine near Goma.", count: 1}},
		[]string{"An ICRC convoy was hit by a mine near Goma."}},
	// a toll's figure set in quotation marks (tollBefore)
	{ruleDeathToll,
		[]figureCase{{text: "The toll from the massacre, put by rights groups at \"more than 200\", was disputed by the junta.", count: 200}},
		[]string{"The toll of the drought on farmers was \"more than anyone expected\", he said."}},
}

func TestFx55DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx55DeathRules, "deaths")
}
