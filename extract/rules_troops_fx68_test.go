package extract

import "testing"

// fx68TroopRules hold the rows of the troop shapes fixed by fx68 (the
// blind r37d round of domestic news), kept apart from the main tables so
// that parallel work merges cleanly.
var fx68TroopRules = []figureRule{
	// a casualty verb in a relative clause on another noun, with an
	// object of its own, counts that noun's dead (otherRelativeObject)
	{"",
		[]figureCase{{text: "The governor activated 1,200 members of the California National Guard to help fight a wildfire that has killed seven people.", count: 1200, country: "US"},
			{text: "Ottawa sent 300 Canadian soldiers to the town, where a storm which killed four residents had cut power.", count: 300, country: "CA"}},
		[]string{"The 40 soldiers who were killed had been deployed to the area.",
			"Twelve soldiers were killed in an ambush that wounded 20 others."}},
	// a force's acronym, of a name that ends in a force's noun, before
	// "members" (forceAcronymAt)
	{"",
		[]figureCase{{text: "About 700 ADF members would be on the ground by Friday.", count: 700, country: "AU"}},
		[]string{"About 250 SNP members attended the conference in Aberdeen.",
			"About 700 SDF members were seen near the border."}},
	// "a further N from <an armed body>" before its verb: the noun of
	// the figure before is gapped (furtherFromForce)
	{"",
		[]figureCase{{text: "About 700 ADF troops would arrive by Friday. A further 300 from the Royal Australian Navy were being held at readiness.", count: 300, country: "AU"},
			{text: "Britain will send 500 soldiers. A further 300 from the navy will be on standby.", count: 300, country: "GB"}},
		[]string{"The council said 500 homes were flooded. A further 300 from the town were evacuated."}},
	// officers that "would come from" other forces are lent under mutual
	// aid like "officers from other forces" (lentByForces, comingFrom)
	{"",
		[]figureCase{{text: "Police Scotland said around 4,500 officers would come from forces in England under mutual aid arrangements.", count: 4500, country: "GB"}},
		[]string{"The report said around 4,500 officers came from forces in England over the decade.",
			"About 40 officers would come from the armed forces, the report said."}},
	// a force that has its personnel across its whole home has its
	// strength, no deployment (homeSpread)
	{"",
		[]figureCase{{text: "Kenya has 4,000 soldiers across the province, the army said.", count: 4000, country: "KE"}},
		[]string{"The Army National Guard has about 325,000 soldiers across the 50 states and territories.",
			"The British Army has about 73,000 soldiers across the country."}},
}

func TestFigureRulesFx68Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx68TroopRules, "troops")
}
