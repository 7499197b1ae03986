package extract

import "testing"

// fx39LiveStampRules: a live blog's entry stamp ("09:10 GMT —") opens no
// caption; the entry's figures count. A clip's running time before a
// headline ("1:51 Boy killed") still captions another story.
var fx39LiveStampRules = []figureRule{
	{ruleDeathPass,
		[]figureCase{{text: "Live updates.\n11:20 GMT — Three people were killed when a shell hit a bus stop in Donetsk, officials said.", count: 3},
			{text: "Live updates.\nUpdated 10:32 ET — Five people were killed in a market fire in Lagos, the police said.", count: 5},
			{text: "Live updates.\n14:05 — Two people were killed when a drone hit a car near Sumy, the governor said.", count: 2}},
		[]string{"Videos.\n1:51 Two people killed as storm hits coast\n2:06 Fire destroys warehouse\n0:45 Traffic update\n3:10"}},
}

func TestFx39LiveStampRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx39LiveStampRules, "deaths")
}
