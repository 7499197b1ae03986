package extract

import "testing"

// fx52TroopRules hold the rows of the troop shapes fixed by fx52 (the
// blind r35f and r35g rounds), kept apart from the main tables so that
// parallel work merges cleanly.
var fx52TroopRules = []figureRule{
	// a force's owned count brought "to" a figure after a troop figure
	// of the sentence (broughtToTroops)
	{ruleTroopNumber,
		[]figureCase{{text: "Ohio sent 40 more Guard soldiers to Dayton, bringing the state's total there to about 90.", count: 90, country: "US"},
			{text: "Britain will fly a further 120 soldiers to Estonia, bringing its contingent to some 950.", count: 950, country: "GB"}},
		[]string{"The firm hired 40 more cleaners, bringing its payroll to about 90."}},
	// a figure sharing a force's word and a noun for its people
	// (forceMembersAt)
	{ruleTroopNoun,
		[]figureCase{{text: "Georgia and Alabama keep 300 and 220 Guard members respectively at the border.", count: 300, country: "US"}},
		[]string{"The clubs have 300 and 220 Party members respectively in the two towns."}},
	// forces only the US has, with no state written: a sheriff's
	// deputies, the Guard beside a US place (usLocalForce)
	{ruleTroopNoun,
		[]figureCase{{text: "The Polk County Sheriff's Office sent 35 deputies to the stadium on Friday night.", count: 35, country: "US"},
			{text: "About 400 Guard members from nine states were clearing roads in eastern Kentucky.", count: 400, country: "US"}},
		[]string{"The Polk County Sheriff's Office said 35 deputies were injured on Friday night."}},
}

func TestFx52TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx52TroopRules, "troops")
}
