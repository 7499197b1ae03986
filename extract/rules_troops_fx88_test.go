package extract

import "testing"

// fx88TroopRules hold the rows of the troop shapes fixed by fx88 (the
// blind r39b round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx88TroopRules = []figureRule{
	// men glossing counted formations of a lower-case force after "of"
	// (ofLowerForceBefore)
	{"",
		[]figureCase{{text: "Forty companies of paramilitary troops, or about 4,000 men, were rushed to the valley, Indian officials said.", count: 4000, country: "IN"},
			{text: "Two battalions of the border police, some 1,500 men, were sent to Quetta.", count: 1500, country: "PK"}},
		[]string{"Forty rooms of the central hotel, or some 4,000 men, were booked.",
			"Forty companies of central forces, some 4,000 men, were killed in the fighting."}},
	// a part after "among them" where it serves, as after "including";
	// a state's name with its article (alongsideTroops, placeAfterMods)
	{"",
		[]figureCase{{text: "Nepal has 4,000 peacekeepers in UN missions, among them 900 in Lebanon.", count: 900, country: "NP"},
			{text: "Ghana has about 2,800 peacekeepers serving abroad, among them 870 in the Democratic Republic of Congo.", count: 870, country: "GH"}},
		[]string{"Ten soldiers were killed in the attack, among them three in the convoy.",
			"Nepal sent 4,000 tourists abroad, among them 900 in the Central African Republic."}},
	// a force's number told before an aside of attribution
	// (attributionAsideBefore)
	{"",
		[]figureCase{{text: "The number of Border Security Force personnel on the frontier with Bangladesh, it emerged, had been raised to 30,000 from 20,000.", count: 20000, country: "IN"},
			{text: "The number of Border Security Force personnel on the frontier with Bangladesh, officials said, had been cut to 12,000.", count: 12000, country: "IN"}},
		[]string{"The number of refugees on the frontier with Bangladesh, it emerged, had been raised to 30,000 from 20,000."}},
	// the named force's state for the personnel it counts, not the
	// border's neighbour (countedPersonnelAt)
	{"",
		[]figureCase{{text: "The number of Border Security Force personnel on the border with Pakistan had been raised to 9,000.", count: 9000, country: "IN"}},
		[]string{"The number of Border Security Force vehicles on the border with Pakistan had been raised to 9,000."}},
	// a possessive inside a force's name among free modifiers
	// (nameJoinedByPossessive)
	{"",
		[]figureCase{{text: "China has kept an estimated 2,000 People's Armed Police officers in the county since the unrest, diplomats said.", count: 2000, country: "CN"}},
		[]string{"The People's Bank moved 300 People's Bank officers to the city."}},
	// a named force's whole size after "with" (namedWholeForceEndsAt)
	{"",
		[]figureCase{{text: "The Border Security Force, with about 2,000 personnel in Manipur, guards the frontier.", count: 2000, country: "IN"}},
		[]string{"The Border Security Force, with about 265,000 personnel, guards India's frontiers.",
			"Pakistan's Frontier Constabulary, with some 40,000 men, is the largest force of its kind."}},
	// a sending in a threat that waits on another party's act
	// (threatenedSending); an offer on consent stays
	{"",
		[]figureCase{{text: "Delhi warned it would send 5,000 troops to the border if the UN asks.", count: 5000, country: "IN"}},
		[]string{"Delhi warned it would send 5,000 troops across the frontier unless Islamabad handed over the suspects.",
			"Russia threatened to deploy 2,000 soldiers to the border if Kyiv did not withdraw."}},
	// "N of them" with a copula and a state's adjective after a figure
	// of the sentence before (themOfStateTroops)
	{"",
		[]figureCase{{text: "About 2,000 troops will take part in the drill. Some 1,200 of them will be Japanese, the ministry said.", count: 1200, country: "JP"}},
		[]string{"About 2,000 tanks will take part in the drill. Some 1,200 of them will be Japanese."}},
	// a command named by a state's force and its host
	// (forceHostNameState)
	{"",
		[]figureCase{{text: "US Forces Japan, which keeps about 54,000 troops in the country, sent two helicopters.", count: 54000, country: "US"},
			{text: "United States Forces Korea stations about 28,500 troops in the country.", count: 28500, country: "US"}},
		[]string{"United States Forces Korea, which runs about 28,500 homes in the country, sent helicopters."}},
	// states' bare numbers after "contributions" to a command
	// (contributor-noun)
	{"",
		[]figureCase{{text: "Contributions to the UN command were uneven: Norway sent 1,400 at first, Denmark 800.", count: 800, country: "DK"}},
		[]string{"Contributions to the flood appeal were uneven: Norway gave 1,400, Denmark 800."}},
	// personnel placed on a state's borders past a participle before
	// their verb of numbering (beforeFrontierPhrase)
	{"",
		[]figureCase{{text: "Armenian troops deployed along Azerbaijan's border number about 3,000.", count: 3000, country: "AM"}},
		[]string{"Armenian tanks deployed along Azerbaijan's border number about 300."}},
	// a size's noun and a copula after a figure told before
	// (sizeNounIsAt)
	{"",
		[]figureCase{{text: "France kept about 5,000 soldiers in the Sahel for years. The figure today is about 2,500.", count: 2500, country: "FR"}},
		[]string{"France sold about 5,000 rifles to the Sahel states. The figure today is about 2,500."}},
	// a force's ceiling in men after "exceeded" (figureEndsPhrase)
	{"",
		[]figureCase{{text: "The British contingent in Helmand never exceeded 9,500 men.", count: 9500, country: "GB"}},
		[]string{"The crowd at the stadium never exceeded 8,000 men."}},
	// a size's noun and a copula in the clause after a semicolon
	// (sizeNounIsAt, semicolonBetween)
	{"",
		[]figureCase{{text: "France kept about 5,000 soldiers in the Sahel for years; the figure today is about 2,500.", count: 2500, country: "FR"}},
		[]string{"The bank kept about 37,000 accounts in South Korea for decades; today the figure is 28,500.",
			"Volunteers have been working alongside the soldiers; officials estimated their number at about 12,000."}},
}

func TestFigureRulesFx88Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx88TroopRules, "troops")
}
