package extract

import "testing"

// gv3DeathRules hold the rows of the gv3 round on GVA articles that report
// deaths then take them back, or tell of victims left alive.
var gv3DeathRules = []figureRule{
	// a belief that "but" and a denial prove wrong is taken back as a
	// report is; a belief left standing stays
	{ruleDeathRetracted,
		[]figureCase{{text: "Detectives believe the intruder killed three guards before he escaped.", count: 3},
			{text: "Rescuers thought four climbers had died, but a fifth was found alive.", count: 4}},
		[]string{"Rescuers first thought three climbers had died, but all three survived the night.",
			"Neighbours feared a mother and her son had been killed, but both were found alive."}},
	// the survivor after "but" is someone else: the report of the dead
	// stands
	{ruleDeathRetracted,
		[]figureCase{{text: "Deputies reported that one rider died at the track, but the other rider survived.", count: 1},
			{text: "The agency reported two hikers were killed, but their guide survived the fall.", count: 2},
			{text: "It was reported that a pilot died in the crash, but officials said another crew member survived.", count: 1},
			{text: "Reports said three miners were killed, but his cousin was found alive, the union said.", count: 3}},
		[]string{"Deputies reported that one rider died at the track, but he survived.",
			"The agency reported two hikers were killed, but officials said they survived the fall."}},
	// a stable or recovering state after "but" denies the report
	{ruleDeathRetracted,
		[]figureCase{{text: "Early reports said a cyclist had died, and a second cyclist is in stable condition.", count: 1}},
		[]string{"Early reports said a cyclist had died, but the hospital said she was in stable condition.",
			"Three of the passengers were initially reported dead but are now recovering in hospital."}},
	// victims expected to survive are not dead
	{ruleDeathVictims,
		[]figureCase{{text: "The 12 victims of the landslide did not survive, and they were buried on Friday.", count: 12}},
		[]string{"The four victims are expected to survive, and no deaths were reported.",
			"The two victims of the stabbing survived, and no deaths were reported."}},
}

func TestGV3DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), gv3DeathRules, "deaths")
}
