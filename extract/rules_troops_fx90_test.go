package extract

import "testing"

// fx90TroopRules hold the rows of the troop shapes fixed by fx90 (the
// blind r40a round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx90TroopRules = []figureRule{
	// a gapped list after a death figure repeats "deaths", not the
	// personnel of the sentence before (gapRepeatsDeaths)
	{"",
		[]figureCase{{text: "NATO wants 45,000 troops on standby. Germany will contribute 30,000 of them and France 15,000.", count: 15000, country: "FR"}},
		[]string{"Soldiers shored up dykes on Wednesday. Hungary has recorded six deaths, Slovakia four and the Czech Republic two.",
			"Troops cleared roads all week. Bavaria has counted eight deaths, Saxony five and Austria three."}},
	// "N of them" past a quotation and its attribution to the personnel
	// told before it (personnelPastSpeech)
	{"",
		[]figureCase{{text: "Poland's prime minister said 12,000 soldiers had been sent to the dykes. \"We will hold the line,\" he said. Some 4,000 of them came from the Territorial Defence Forces.", count: 4000, country: "PL"}},
		[]string{"The mayor said 12,000 residents had been evacuated. \"We will hold the line,\" he said. Some 4,000 of them came from the suburbs."}},
	// "N of them are from the NAMED Forces" with nothing before
	// (fromNamedForce)
	{"",
		[]figureCase{{text: "About 300 of them were from the National Guard, the governor said.", count: 300, country: "US"}},
		[]string{"About 300 of them were from the Rotary Club, the governor said.",
			"About 300 of them were from the suburbs, the governor said."}},
	// an international body's force has its personnel deployed, as a
	// mission does (intlBodyForceAt)
	{"",
		[]figureCase{{text: "The EU force in Bosnia has about 1,100 personnel.", count: 1100},
			{text: "In Bosnia, the EU's own force, EUFOR Althea, has about 1,100 personnel.", count: 1100}},
		[]string{"Britain's force has about 1,100 troops."}},
	// a second predicate "and numbers N troops in all" of a mission
	// subject that opens the sentence (coordinatedMissionSubject)
	{"",
		[]figureCase{{text: "The battlegroup, set up in 2022, includes Dutch and Belgian units and numbers around 2,500 troops in all.", count: 2500}},
		[]string{"The army, set up in 1991, includes Dutch and Belgian units and numbers around 2,500 troops in all."}},
	// weak armed personnel "on standby" after a defence minister or
	// ministry in the sentence (beOnStandby, armedBefore)
	{"",
		[]figureCase{{text: "Defence Minister Anna Berg said a further 80 engineers were on standby in Bergen.", count: 80},
			{text: "The police said 300 officers were on standby for the match.", count: 300}},
		[]string{"The defence contractor said a further 80 engineers were on standby in Bergen.",
			"The airline said 300 passengers were on standby.",
			"Two officers were on standby outside the courthouse, the sheriff said."}},
	// a state subject after a fronted phrase that names other states
	// (frontedPhraseSubject)
	{"",
		[]figureCase{{text: "Under the accord, signed by Chad, Niger and Mali in March, Paris was allowed to keep 900 troops in the region.", count: 900, country: "FR"},
			{text: "After the talks with Ankara and Athens, Rome will send 300 soldiers to the island.", count: 300, country: "IT"}},
		[]string{"Under the accord, signed by Chad, Niger and Mali in March, Paris was allowed to keep 900 tonnes of grain."}},
}

func TestFigureRulesFx90Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx90TroopRules, "troops")
}

// TestFx90QuotedRepeat checks that a count said again inside a quotation
// is one figure, though its attribution names another state; a state
// named inside the quotation still makes it another figure.
func TestFx90QuotedRepeat(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want int
	}{
		{"Berlin will station 4,800 German soldiers in Lithuania. \"It is a promise with 4,800 soldiers behind it,\" the minister said beside his Lithuanian counterpart.", 1},
		{"Berlin will station 4,800 German soldiers in Lithuania. \"Poland will also send 4,800 soldiers,\" the minister said.", 2},
	} {
		got := 0
		for _, f := range ex.Extract(c.text).Troops {
			if f.Count == 4800 {
				got++
			}
		}
		if got != c.want {
			t.Errorf("%q: %d figures of 4,800, want %d", c.text, got, c.want)
		}
	}
}
