package extract

import "testing"

// fx11dDeathRules hold the rows of the death shapes fixed after the blind
// round r28d (fx11d, session 28), kept apart from the main tables so that
// parallel work merges cleanly.
var fx11dDeathRules = []figureRule{
	// an estimate of "the dead" or "the number (of) dead" given "at" a number
	{ruleDeathToll,
		[]figureCase{{text: "The regional governor put the number dead in the mine fire at 23.", count: 23},
			{text: "Doctors at the field hospital estimated the dead at about 60.", count: 60},
			{text: "The coroner put the number of dead from the flood at 14.", count: 14}},
		[]string{"The regional governor put the number hurt in the mine fire at 23.",
			"Doctors at the field hospital estimated the wounded at about 60.",
			"The coroner put the dead man's age at 14."}},
}

func TestFx11dFigureRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx11dDeathRules, "deaths")
}
