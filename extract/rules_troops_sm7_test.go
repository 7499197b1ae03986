package extract

import "testing"

// sm7: rules found weak by the troop shape matrix (shapes_troops_sm7_test.go).
var troopRulesSm7 = []figureRule{
	// a passive's agent after the place the personnel go to or leave
	// (troops_passiveplace.go); a phrase after "by" that is no state
	// gives none
	{"passive-agent-after-place",
		[]figureCase{{text: "1,000 troops will be deployed to Haiti by Kenya.", count: 1000, country: "KE"},
			{text: "About 500 soldiers were withdrawn from Mali by Paris last year.", count: 500, country: "FR"},
			{text: "Some 300 peacekeepers have been pledged to the UN mission in Lebanon by Ireland.", count: 300, country: "IE"},
			{text: "1,000 troops were sent to Haiti by air.", count: 1000, country: ""}},
		[]string{"1,000 tonnes of food were sent to Haiti by Kenya."}},
	// states joined by "and" as the deploying verb's subject: their joint
	// figure, no one state's, unless "each" splits it (troops_jointsenders.go)
	{"joint-senders",
		[]figureCase{{text: "Kenya and Rwanda have pledged 1,000 police officers to Haiti.", count: 1000, country: ""},
			{text: "After talks in Paris, Germany and Italy sent 300 soldiers to the border.", count: 300, country: ""},
			{text: "Spain and Portugal will each send 100 soldiers.", count: 100, country: "PT"},
			{text: "Trinidad and Tobago sent 120 soldiers to Dominica.", count: 120, country: "TT"},
			{text: "Some 1,000 troops were sent to Haiti by Kenya and Jamaica.", count: 1000, country: ""},
			{text: "Some 1,000 troops were sent to Haiti by Trinidad and Tobago.", count: 1000, country: "TT"}},
		[]string{"Kenya and Rwanda have pledged 1,000 tonnes of maize to Haiti."}},
	// "its" after "for" that follows a state as the object stands for that
	// state (troops_forits.go); a subject's own "its" keeps the subject
	{"object-for-its",
		[]figureCase{{text: "The Polish government thanked Kenya for its 1,000 troops.", count: 1000, country: "KE"},
			{text: "Officials praised the Rwandan army for its 500 peacekeepers.", count: 500, country: "RW"},
			{text: "Poland is grateful for its 1,000 troops in Iraq.", count: 1000, country: "PL"}},
		[]string{"The Polish government thanked Kenya for its 1,000 tonnes of aid."}},
	// "in the eastern STATE" is a place, as "in eastern STATE" is
	// (troops_compassplace.go)
	{"the-compass-place",
		[]figureCase{{text: "Kenya will boost its contingent in the eastern Democratic Republic of Congo by 800 peacekeepers.", count: 800, country: "KE"},
			{text: "Chad agreed on Monday to lead the mission. It will reinforce its contingent in the eastern Democratic Republic of Congo with 300 soldiers.", count: 300, country: "TD"}},
		[]string{"Kenya will boost its aid to the eastern Democratic Republic of Congo by 800 tonnes."}},
	// a mass personnel noun before another is the unit's modifier, the
	// last noun its head (troops_compoundunit.go); a plural in -s heads
	// its own unit
	{"compound-unit",
		[]figureCase{{text: "Egypt has 2,000 riot police officers in Haiti.", count: 2000, country: "EG"},
			{text: "Britain has 1,000 infantry soldiers in Estonia.", count: 1000, country: "GB"},
			{text: "A team of about 20 Marines guards its embassy in Port-au-Prince.", count: 20, country: "US"}},
		[]string{"Egypt has 2,000 police cars in Haiti.", "Britain has 1,000 infantry vehicles in Estonia."}},
}

func TestTroopRulesSm7(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), troopRulesSm7, "troops")
}
