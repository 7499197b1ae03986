package extract

import "testing"

// fx64 (r36f held-out, Europe and Turkey): troop shapes of European copy.
var troopRulesFx64 = []figureRule{
	// a corps named bare holds its state (personnel.tsv HOME column)
	{"corps-home",
		[]figureCase{{text: "Italy will take over command of the Bulgarian battlegroup in January with a rotation of roughly 700 Alpini.", count: 700, country: "IT"}},
		[]string{"The Alpini held their annual parade in Udine on Sunday."}},
	// "joined by a further N from the FORCE" after a troop figure (ellipticalTroops)
	{"further-joined",
		[]figureCase{{text: "The Military Emergencies Unit has 1,350 troops on the ground in Valencia, joined by a further 500 from the Legion.", count: 500, country: "ES"}},
		[]string{"The club has 1,350 fans in Valencia, joined by a further 500 from the city."}},
	// police bodies joined by "and" before their officers (freeModifiers)
	{"joined-police-bodies",
		[]figureCase{{text: "Madrid said 7,500 Guardia Civil and National Police officers were working in the flood zone.", count: 7500, country: "ES"}},
		[]string{"Madrid said Guardia Civil and National Police officers were working in the flood zone."}},
	// domestic police with a part posted to a place: the place's state (dutySubsetState)
	{"duty-subset",
		[]figureCase{{text: "The Interior Minister said 30,000 police and gendarmes would be on duty on New Year's Eve, 10,000 of them in Paris.", count: 30000, country: "FR"},
			{text: "The Interior Minister said 30,000 police and gendarmes would be on duty on New Year's Eve, 10,000 of them in Paris.", count: 10000, country: "FR"}},
		[]string{"The Interior Minister said police and gendarmes would be on duty on New Year's Eve, many of them in Paris."}},
	// "with STATE contributing N": the absolute clause's state (withSubjectState)
	{"with-contributing",
		[]figureCase{{text: "Finland will send up to 1,000 troops, with Sweden contributing about 300.", count: 300, country: "SE"}},
		[]string{"The fund raised 1,000 dollars, with Sweden contributing about 300."}},
	// "out of the N planned" beside a troop figure (shortOfTroops)
	{"out-of-target",
		[]figureCase{{text: "Berlin has so far stationed roughly 2,100 soldiers at Rudninkai, out of the 4,800 planned.", count: 4800, country: "DE"}},
		[]string{"Three out of 10 soldiers said they were tired."}},
	// "N of them ITALIAN": the part's own state (themOfStateTroops before the whole's)
	{"part-own-state",
		[]figureCase{{text: "In neighbouring Bulgaria, the Italian-led battlegroup at Novo Selo has around 1,100 personnel, some 750 of them Italian, the minister said.", count: 750, country: "IT"}},
		[]string{"Many of them were Italian, the minister said."}},
}

func TestTroopRulesFx64(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), troopRulesFx64, "troops")
}

// troopRulesFx64Strength: a state's forces told together before "number"
// give their standing strength, no deployment (jointForcesNumber).
var troopRulesFx64Strength = []figureRule{
	{"joint-strength",
		[]figureCase{{text: "France's police and gendarmes deployed around 25,000 personnel to the suburbs.", count: 25000, country: "FR"}},
		[]string{"France's national police and gendarmerie together number around 250,000 personnel.",
			"Spain's army and navy combined number some 120,000 personnel."}},
}

func TestTroopRulesFx64Strength(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), troopRulesFx64Strength, "troops")
}
