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
	// troops "taken off" a duty were moved to other work, no one took
	// them (troops_casualtybounds.go takenPartAt); a crew taken off a
	// ship was rescued
	{ruleTroopNoun,
		[]figureCase{{text: "Around 300 Ugandan soldiers were taken off patrols in Jowhar to help move families to higher ground.", count: 300, country: "UG"},
			{text: "About 150 Rwandan troops were taken off guard duty to rebuild the bridge.", count: 150, country: "RW"}},
		[]string{"The remaining 18 sailors were taken off the burning frigate by a passing tanker.",
			"Around 300 Ugandan soldiers were taken prisoner near Jowhar."}},
	// "the officers, including N from the UNIT": a part of the troop
	// figure read before, its whole named back by the figure's own noun
	// (troops_wholeback.go)
	{ruleTroopGapped,
		[]figureCase{{text: "Chile sent about 900 police officers to the copper mine on Monday. Strikers had blocked the road for a week. The minister said the officers, including 200 from the GOPE special operations unit, would stay until the road reopened.", count: 200, country: "CL"}},
		[]string{"The union said about 900 workers had joined the strike at the copper mine. The minister said the strikers, including 200 from the miners' union, would be arrested."}},
	// a figure right after an opening "In STATE," (or its "where") is
	// that state's, over the deployment told before
	// (troops_framedfigure.go); a figure further on keeps its own reading
	{ruleTroopNoun,
		[]figureCase{{text: "Floods hit the Czech Republic, where the army sent 1,600 soldiers to the worst-hit towns. In Slovakia, where about 800 soldiers were clearing mud in Kosice, officials reported two deaths.", count: 800, country: "SK"},
			{text: "Floods hit the Czech Republic, where the army sent 1,600 soldiers to the worst-hit towns. In Slovakia, officials said 800 more Czech soldiers would cross the border.", count: 800, country: "CZ"}},
		nil},
	// a part's number ends its phrase before a preposition of time or
	// place too (troops_totals.go verbAfterPart)
	{ruleTroopForce,
		[]figureCase{{text: "Ethiopia pledged 2,500 troops to the mission and flew in an advance party of 200 on Friday.", count: 200, country: "ET"},
			{text: "Ghana promised 800 soldiers and sent a first group of 150 in March.", count: 150, country: "GH"}},
		[]string{"Ethiopia flew in an advance party of 200 journalists on Friday.",
			"A first group of 150 in the queue had waited since dawn."}},
}

func TestFigureRulesFx33(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx33TroopRules, "troops")
}
