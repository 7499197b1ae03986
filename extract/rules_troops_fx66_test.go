package extract

import "testing"

// fx66 (r37a, South and Southeast Asia): the state of personnel from a
// province the gazetteer lacked, from a capital's own police and from an
// acronym a party and a police share; "N more" held in reserve after a
// troop figure; a team drawn from a state's armed forces.
var troopRulesFx66 = []figureRule{
	// a Philippine province where troops stand by (subnational.tsv)
	{"number-personnel",
		[]figureCase{{text: "A further 1,000 troops of the 5th Infantry Division were on standby in Isabela, Lt. Gen. Fernando Castro Ilagan said.", count: 1000, country: "PH"},
			{text: "About 600 soldiers were sent to Davao del Norte after the quake.", count: 600, country: "PH"}},
		[]string{"Isabela Santos, a nurse in Manila, said the soldiers had left."}},
	// a capital before its police is a place of its state (capitalOfPolice)
	{"number-personnel",
		[]figureCase{{text: "Kathmandu Valley police said 6,500 officers would be on duty for the Indra Jatra festival, the largest security deployment of the year.", count: 6500, country: "NP"},
			{text: "Dhaka Metropolitan Police said 3,000 officers would be on duty for the rally.", count: 3000, country: "BD"},
			// a capital's paper is no police: no state from it
			{text: "The Kathmandu Post said 600 police officers were on duty.", count: 600, country: ""}},
		nil},
	// an acronym of a party and a police: personnel after it pick the police (sharedReading)
	{"number-personnel",
		[]figureCase{{text: "The PNP sent 2,200 officers to the typhoon-hit provinces to help with evacuations and prevent looting.", count: 2200, country: "PH"},
			{text: "In Kingston, the PNP said 40 police officers guarded its rally.", count: 40, country: "JM"}},
		nil},
	// "and N more held in reserve" after a troop figure (heldReadyAt, lastFigureOf)
	{ruleTroopContinued,
		[]figureCase{{text: "Sri Lanka's army commander said some 4,800 troops were in the flood zone and 2,000 more held in reserve at Diyatalawa.", count: 2000, country: "LK"},
			{text: "Sri Lanka has 4,800 troops in the flood zone and 2,000 more in reserve.", count: 2000, country: "LK"},
			{text: "Some 4,800 troops were in the flood zone and 2,000 more were on standby.", count: 2000, country: ""},
			{text: "Sri Lanka's army chief said some 4,800 troops had been sent to the flood-hit districts and that 2,000 more were being held in reserve.", count: 2000, country: "LK"}},
		[]string{"Sri Lanka has 4,800 tents in the flood zone and 2,000 more held in reserve.",
			"The army stored 4,800 tents in the flood zone and 2,000 more in reserve."}},
	// "in addition to the N already there" after a troop figure (besidesHeld)
	{ruleTroopAddedTo,
		[]figureCase{{text: "Bangladesh asked for two more battalions, roughly 1,100 officers, to be posted to the camps, in addition to the 2,500 already there.", count: 2500, country: "BD"}},
		[]string{"Bangladesh asked for 1,100 more tents for the camps, in addition to the 2,500 already there."}},
	// "a N-member team from its armed forces" (unitFromForce)
	{"number-personnel",
		[]figureCase{{text: "Malaysia sent a 150-member team from its armed forces, including medics and engineers, to help with flood relief in southern Thailand.", count: 150, country: "MY"},
			{text: "Jakarta sent a 60-strong team from Indonesia's police to Dili.", count: 60, country: "ID"}},
		[]string{"Malaysia sent a 150-member team from its foreign ministry to help.",
			"Jakarta sent a 60-strong team from Indonesia's health ministry to Dili."}},
}

func TestTroopRulesFx66(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), troopRulesFx66, "troops")
}
