package extract

import "testing"

// fx57TroopRules hold the rows of the troop shapes fixed by fx57 (the
// blind r36a, r36b and r36d rounds), kept apart from the main tables so
// that parallel work merges cleanly.
var fx57TroopRules = []figureRule{
	// forces named by their own name hold their state's personnel
	// (organizations.tsv): India's central forces, Pakistan's provincial
	// constabularies
	{ruleTroopNoun,
		[]figureCase{{text: "Two companies of the Indo-Tibetan Border Police, some 200 personnel, were moved to Leh on Monday.", count: 200, country: "IN"},
			{text: "The Union Home Ministry approved 12 companies, or about 1,200 personnel, for the polls in the hills.", count: 1200, country: "IN"},
			{text: "Officials said 2,000 more Frontier Constabulary personnel had been sent to Bannu.", count: 2000, country: "PK"}},
		nil},
	// a sending that "could" follow on what another party may do is a
	// threat; one that waits on consent is an offer (threatIfAfter)
	{ruleTroopNoun,
		[]figureCase{{text: "Norway could send up to 150 engineers to Mali if its parliament approves the mission, an official said.", count: 150, country: "NO"},
			{text: "Ghana could deploy 400 more soldiers to the north if the regional body asks, the minister said.", count: 400, country: "GH"}},
		[]string{"Egypt could send 3,000 more troops to the border if the militias push further east, an official warned.",
			"Ankara could deploy as many as 1,500 soldiers into Iraq if the PKK resumed its raids, a minister said."}},
	// a hiring named by its noun is an intake (countedNotDeployed); a
	// body that commands fighters gives its strength (isStrength)
	{ruleTroopNoun,
		[]figureCase{{text: "The ministry said 600 new soldiers had been sent to the south after training.", count: 600}},
		[]string{"The cabinet approved the recruitment of 3,200 new police officers, most of whom will serve in the capital.",
			"The militia, which says it commands about 40,000 fighters, has agreed to join the army."}},
	// "according to" a number of sources is no size (troopNumberCue)
	{ruleTroopNoun,
		[]figureCase{{text: "About 800 French troops remain at the base near the border, according to two officials.", count: 800, country: "FR"}},
		[]string{"Most of them are at the garrison near the border, according to two officials."}},
	// a state's possessive owns a force resized "to" a figure
	// (resizedObject)
	{ruleTroopNumber,
		[]figureCase{{text: "The new officers, who landed on Friday, bring Accra's deployment to roughly 650.", count: 650, country: "GH"}},
		[]string{"The new grants bring Accra's budget to roughly 650."}},
	// a part of a state's personnel brought "home" after "its"
	// (ellipticalTroops)
	{ruleTroopElliptic,
		[]figureCase{{text: "Spain, which once had 900 soldiers at the camp, will bring home its remaining 120 by June.", count: 120, country: "ES"}},
		[]string{"The club will bring home its remaining 120 by June."}},
	// a comma lists a further modifier before the last one joined to
	// the personnel noun (joinedModifierEnd); a district names the
	// state of the army keeping soldiers in it (subnational.tsv)
	{ruleTroopNoun,
		[]figureCase{{text: "Bangladesh said some 9,000 army, navy and air force personnel were helping with the relief work.", count: 9000, country: "BD"},
			{text: "The army has kept about 5,000 soldiers in Kupwara and Baramulla since the ambush.", count: 5000, country: "IN"}},
		[]string{"Officials said 40 army, navy and air force bases would close by 2030."}},
	// a body whose name many states share is the home state's
	// (troopOrgState); a ruling movement's fighters are its state's
	// (hired_forces.tsv)
	{ruleTroopNoun,
		[]figureCase{{text: "COLOMBO - Floods hit Sri Lanka again. The Ministry of Defence said some 4,000 soldiers had been deployed.", count: 4000, country: "LK"},
			{text: "Some 800 Taliban fighters were moved to the Torkham crossing on Sunday.", count: 800, country: "AF"}},
		[]string{"The Taliban said 800 fighters had been killed since March."}},
	// a bare number that goes on from the sentence's personnel: "a
	// further N with the mission in X" (shortPhraseEnds), "alongside N
	// from X", "joined by N more" (ellipticalTroops)
	{ruleTroopContinued,
		[]figureCase{{text: "Ghana keeps about 800 soldiers in Lebanon, and a further 300 with the mission in Abyei.", count: 300, country: "GH"}},
		[]string{"Ghana keeps about 800 hectares of farmland, and a further 300 with the mission in Abyei."}},
	{ruleTroopElliptic,
		[]figureCase{{text: "Oman sent 400 soldiers to Qatar in 2017, alongside about 700 from Kuwait.", count: 700, country: "KW"},
			{text: "Britain's 900 soldiers in Estonia will be joined by 200 more ahead of the drills.", count: 200, country: "GB"}},
		[]string{"The police chief said officers marched alongside 2,000 protesters through the town."}},
	// the personnel themselves brought "to" a figure after a troop
	// figure of the sentence (broughtToTroops)
	{ruleTroopNumber,
		[]figureCase{{text: "Lima sent 800 more police officers to Puno, bringing the soldiers and police there to about 5,000.", count: 5000, country: "PE"}},
		[]string{"The city hired 800 more drivers, bringing the buses and drivers there to about 5,000."}},
	// units of forces named by their names, "N personnel in all", count
	// the units sent (isStrength); a force named after "including"
	// gives the whole its state (includedForceState)
	{ruleTroopNoun,
		[]figureCase{{text: "Delhi approved the deployment of 20 more companies of the CRPF and ITBP, about 2,000 personnel in all, in the valley.", count: 2000, country: "IN"},
			{text: "Security for the pilgrimage has been entrusted to more than 40,000 personnel, including 300 companies of the CRPF, officials said.", count: 40000, country: "IN"}},
		[]string{"The CRPF and BSF, about 500,000 personnel in all, guard the borders and the hinterland."}},
	// a body acting after a place that frames the clause (actingState)
	{ruleTroopNoun,
		[]figureCase{{text: "In Mali, the Bundeswehr said it had sent 300 soldiers to Gao.", count: 300, country: "DE"},
			{text: "In Kandahar, the Taliban said they had sent 700 fighters to the border.", count: 700, country: "AF"}},
		nil},
}

func TestFx57TroopRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx57TroopRules, "troops")
}
