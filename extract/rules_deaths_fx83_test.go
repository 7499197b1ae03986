package extract

import "testing"

// fx83DeathRules hold the rows of the death shapes fixed by fx83 (the
// ruling on an attacker's own death), kept apart from the main tables so
// that parallel work merges cleanly.
var fx83DeathRules = []figureRule{
	// an attacker killed by the police or troops after the toll of his
	// victims: his death is stated, a 1 of its own (attackerKilledBy)
	{ruleDeathOne,
		[]figureCase{{text: "The gunman killed four people before he was shot dead by officers.", count: 1},
			{text: "A man opened fire on a block party, killing four people and wounding nine before he was shot dead by a police officer, the chief said.", count: 1},
			{text: "The attacker stabbed three people to death before he was killed by security forces.", count: 1},
			{text: "The gunman killed four people before he was killed in an exchange of fire with police.", count: 1},
			{text: "Four people were killed in the shooting. The gunman was shot dead by police.", count: 1},
			{text: "The gunman killed four people and was himself killed by police.", count: 1},
			{text: "The attacker killed three people before he was himself shot dead.", count: 1}},
		[]string{"The gunman was shot by officers and taken into custody.",
			"The gunman was wounded by police and taken into custody."}},
	{ruleDeathObject,
		[]figureCase{{text: "The gunman killed four people before an off-duty officer shot him dead.", count: 1},
			{text: "The gunman killed five people before police shot and killed him.", count: 1}},
		[]string{"The gunman wounded four people before an off-duty officer shot him in the leg."}},
	// "turned the gun on himself" states no death: he may survive
	{ruleDeathSelf,
		[]figureCase{{text: "The gunman shot two guards before taking his own life.", count: 1},
			{text: "Police said the man shot his wife and then fatally turned the gun on himself.", count: 1}},
		[]string{"Police said the man shot his wife and her parents before turning the gun on himself.",
			"The gunman shot two guards before turning the rifle on himself."}},
}

func TestFigureRulesFx83Deaths(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx83DeathRules, "deaths")
	// the attacker shot or hurt but not killed, or a toll's victim
	// referred back to, adds no 1 to the toll
	for _, text := range []string{"The gunman killed four people before he was shot by officers.",
		"The gunman killed four people before he was wounded by police.",
		"The gunman killed four people and was himself wounded by police.",
		"The gunman killed four people and was himself shot in the leg.",
		"The gunman killed three people before turning the gun on himself, police said.",
		"Officers said the gunman killed three people and then the gunman shot him dead.",
		"Four people were killed in the shooting. The victim was shot dead by a stranger."} {
		for _, d := range ex.Extract(text).Deaths {
			if d.Count == 1 {
				t.Errorf("%q: want no figure of 1, got %s", text, describeFigures(ex.Extract(text), "deaths"))
			}
		}
	}
}
