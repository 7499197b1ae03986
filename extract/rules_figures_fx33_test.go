package extract

import "testing"

// fx33TroopRules hold the troop shapes fixed after the blind round r31c
// (fx33, session 31), each as a class of wordings rather than the
// round's sentences.
var fx33TroopRules = []figureRule{
	// weak personnel who took part in a security operation were deployed
	// for it (troops_joinedoperation.go); a protest, a search or a course
	// they take part in is no operation
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya's police chief said some 400 officers from two rapid response units had taken part in the 10-hour operation.", count: 400, country: "KE"},
			{text: "About 250 officers backed by helicopters took part in the raid on the compound.", count: 250},
			{text: "Up to 90 officers will take part in the crackdown on illegal checkpoints.", count: 90}},
		[]string{"About 300 officers took part in the protest march in the capital.",
			"About 300 officers took part in a training course on first aid.",
			"About 300 officers, the union said, would not take part in the operation."}},
}

func TestFigureRulesFx33(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx33TroopRules, "troops")
}
