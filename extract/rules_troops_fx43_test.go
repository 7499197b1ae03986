package extract

import "testing"

// fx43TroopRules hold the rows of the troop shapes fixed by fx43 (the
// blind r34a round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx43TroopRules = []figureRule{
	// "N more" after a verb of sending behind a speech frame ("and STATE
	// said it had", "and said it would") continues the personnel just
	// told, of the state that speaks (speechFrameStart); a time adverb may
	// close the number's phrase (ellipsisTimes)
	{ruleTroopContinued,
		[]figureCase{{text: "Laos keeps some 2,000 soldiers on the frontier, and Vietnam said it had airlifted about 1,500 more overnight.", count: 1500, country: "VN"},
			{text: "Britain keeps 900 troops in Estonia and said it would fly 150 more tomorrow.", count: 150, country: "GB"},
			{text: "Peru has moved 1,200 soldiers to the border, and Ecuador says it has shipped 400 more already.", count: 400, country: "EC"},
			{text: "Chad sent 800 soldiers to the lake region, and Niger said it would send 300 more soon.", count: 300, country: "NE"}},
		[]string{"Britain keeps 900 tanks in Estonia and said it would fly 150 more tomorrow.",
			"Norway keeps 300 jets at Bodø and said it would fly 40 more sorties."}},
	{ruleTroopElliptic,
		[]figureCase{{text: "Serbia has massed 4,000 troops near the line. Kosovo deployed about 600 more overnight.", count: 600, country: "XK"},
			{text: "Serbia has massed 4,000 troops near the line, while Kosovo has deployed about 600 more overnight.", count: 600, country: "XK"}},
		[]string{"Serbia has massed 40 tanks near the line. Kosovo deployed about 60 more overnight."}},
	// an aside of ages between commas is no other figure: the verb after
	// it still makes the personnel casualties (ageAsideEnd)
	{ruleTroopNoun,
		[]figureCase{{text: "Three Estonian conscripts, aged 19 to 21, were sent to the island on Monday.", count: 3, country: "EE"},
			{text: "About 200 marines, all aged under 30, will be deployed to the atoll in May.", count: 200, country: ""}},
		[]string{"Three Indian sailors, aged 22 to 37, were injured when their patrol boat struck a reef.",
			"Two soldiers, 20 and 24, were wounded by a mine near the post.",
			"Five police officers, all aged under 35, were hurt when the crowd charged.",
			"Four peacekeepers, both in their thirties, were hurt in the crash.",
			"Six marines, the youngest 18, were wounded in the ambush."}},
	// a call-up for the personnel's own training is no deployment
	// (calledUpForTraining); one for an exercise by name, a war or a
	// deployment still counts
	{ruleTroopNoun,
		[]figureCase{{text: "Denmark called up 2,000 soldiers for the Arctic exercise in Greenland.", count: 2000, country: "DK"},
			{text: "Estonia called up 3,000 reservists for training and sent them to the eastern border.", count: 3000, country: "EE"},
			{text: "Armenia called up 20,000 reservists in the first week of the fighting.", count: 20000, country: "AM"}},
		[]string{"Norway called up 6,000 reservists for refresher exercises last year, the army said.",
			"About 4,000 Finnish reservists were called up for annual training in March.",
			"The Swiss army summoned 9,000 reservists for a three-week refresher course.",
			"Lithuania will call up 2,500 reservists for retraining next spring.",
			"Austria calls up some 7,000 reservists for routine drills every autumn."}},
	// a size put "at" a figure after deaths told in its own sentence
	// counts the dead, not personnel (deadToldBefore, livePersonnelIn);
	// a reference's own "put" deploys no one
	{ruleTroopTheirCount,
		[]figureCase{{text: "Burundi sent soldiers into South Kivu in March, and a UN panel put the figure at about 1,500.", count: 1500, country: "BI"},
			{text: "Eritrea has moved troops into Tigray. A UN report put the figure at 12,000.", count: 12000, country: "ER"}},
		[]string{"The army said nine people had been killed, among them four soldiers, but a district official put the figure at 17.",
			"The police said three officers died in the riot, while a union put the number at seven.",
			"Kabul said 11 of its soldiers had been killed, but local elders put the figure at 30."}},
	// a force of an alliance's or a mission's kind ("the forward land
	// force", "the allied force") is deployed: its size at full strength
	// counts (missionForceNamed); a state's army at full strength does not
	{ruleTroopNoun,
		[]figureCase{{text: "Officials expect the forward land force in Latvia to reach some 3,500 troops at full strength by 2028.", count: 3500, country: "LV"},
			{text: "The alliance's rapid reaction force will number about 40,000 troops at full strength.", count: 40000, country: ""}},
		[]string{"The Latvian army will reach about 8,000 soldiers at full strength by 2028.",
			"The Norwegian army has some 25,000 troops at full strength."}},
}

func TestFigureRulesFx43(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx43TroopRules, "troops")
}
