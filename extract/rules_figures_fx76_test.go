package extract

import "testing"

// fx76 (r38e wire formats: Q&A explainers, live blogs, roundups,
// obituaries, hearings, think-tank analysis): a figure that answers a
// question of "how many"; a toll revised from a figure named "of" it or
// to a range; "not N as first reported"; people counted twice; a death a
// date commemorates; hosts of a force spread over several states and the
// gapped host after them; a force let go; shares after a colon by their
// states' adjectives; "it has N there" of a state named before.
var fx76TroopRules = []figureRule{
	// the answer to "How many troops ...?" / "Asked how many soldiers
	// ..., X replied:" (howManyAnswerTroops)
	{"fx76-howmany-answer",
		[]figureCase{{text: "How many soldiers does France keep in Djibouti? Roughly 1,500, according to the defence ministry.", count: 1500, country: "FR"},
			{text: "Asked how many troops Kenya had sent to Haiti, the minister answered: \"About 400, with more to come.\"", count: 400, country: "KE"},
			// a heading question answered in the next paragraph (headingQuestionBefore)
			{text: "How many soldiers does Poland have on the border?\nOfficials say the total is now roughly 20,000, double the figure in May.", count: 20000, country: "PL"}},
		[]string{"How many tanks does France keep in Djibouti? Roughly 1,500, according to the defence ministry.",
			"HOW MANY TANKS DOES POLAND HAVE ON THE BORDER?\nOfficials say the total is now roughly 2,000.",
			"HOW MANY SOLDIERS DOES POLAND HAVE ON THE BORDER?\nThe question matters because 2,000 schools sit nearby.",
			"How many soldiers have died in the fighting? About 300, the army says.",
			"How many troops will Spain send? The ministry would not say, but 40 trucks left on Monday."}},
	// a host among the states a force was spread over, and the gapped host
	// after it, of the force's state (hostAmongFigurePlaces, gappedHostCountry)
	{"fx76-hosted-among",
		[]figureCase{{text: "Turkey keeps about 3,000 soldiers in Iraq and Syria. Of these, Syria hosts roughly 1,200.", count: 1200, country: "TR"},
			{text: "Kuwait hosts about 13,500 American troops and Bahrain 9,000.", count: 9000, country: "US"},
			{text: "Germany sent 300 soldiers to Lithuania and Poland 200.", count: 200, country: "PL"},
			// "has" after a sentence of hosting, and hosts gapped after it (hostingVerbAt)
			{text: "Djibouti hosts some 4,000 American troops. Kenya has about 500, Somalia roughly 400 and Niger some 1,000.", count: 500, country: "US"},
			{text: "Djibouti hosts some 4,000 American troops. Kenya has about 500, Somalia roughly 400 and Niger some 1,000.", count: 1000, country: "US"}},
		[]string{"Lebanon hosts 1.5 million refugees. Jordan has about 700,000, and Turkey 3 million.",
			"Turkey keeps about 3,000 tanks in Iraq and Syria. Of these, Syria hosts roughly 1,200.",
			"Lebanon hosts 1.5 million refugees, and Jordan hosts 700,000."}},
	// a force of N let or seen to move, its bare verb after N (letForceMove)
	{"fx76-let-force",
		[]figureCase{{text: "The prime minister let the Polish contingent of 400 go home early.", count: 400, country: "PL"}},
		[]string{"The club let a squad of 20 leave early."}},
	// shares of a troop figure after a colon or a dash, each with its
	// state's adjective (colonDemonymPart)
	{"fx76-colon-parts",
		[]figureCase{{text: "The mission will have 2,000 police officers — 1,200 Kenyan, 800 Jamaican — by March.", count: 800, country: "JM"}},
		[]string{"The navy bought 5,000 rifles: 3,500 German and 1,500 Belgian."}},
	// "it (now) has/keeps N there" after personnel of a state (itHoldsThere)
	{"fx76-it-holds-there",
		[]figureCase{{text: "Paris has long kept soldiers in Djibouti; it still has roughly 1,500 there.", count: 1500, country: "FR"}},
		[]string{"Britain has had soldiers in Estonia since 2017. It now has 40 tanks there.",
			"The bank has had offices in Estonia since 2017. It keeps about 900 there."}},
}

var fx76DeathRules = []figureRule{
	// the answer to "How many people have died ...?" (howManyDeaths)
	{"fx76-howmany-answer",
		[]figureCase{{text: "Q: How many civilians have been killed in the siege? A: More than 2,000, the UN says.", count: 2000},
			{text: "Asked how many miners had died underground, the mayor replied: \"Eleven, and two more are missing.\"", count: 11}},
		[]string{"Q: How many civilians have been wounded in the siege? A: More than 2,000, the UN says.",
			"How many people live in the city? About 300,000, according to the census."}},
	// a toll revised from an earlier figure named "of" it, or to a range
	// (revisedOfEarlier, revisedAnchor)
	{"fx76-revised-of",
		[]figureCase{{text: "The ministry corrected its provisional figure of 35 dead to 31.", count: 31},
			{text: "Health officials first reported 50 deaths. They later revised the figure to between 35 and 40.", count: 35},
			{text: "Health officials first reported 50 deaths. They later revised the figure to between 35 and 40.", count: 40}},
		[]string{"The hospital revised its earlier figure of 40 injured to 45."}},
	// "not N as first reported" after a toll (notAsReported)
	{"fx76-not-as-reported",
		[]figureCase{{text: "The coastguard said six migrants drowned, not eight as initially stated.", count: 8}},
		[]string{"The coastguard said six migrants were rescued, not eight as initially stated."}},
	// people counted twice are no more dead (countedTwice)
	{"fx76-counted-twice",
		[]figureCase{{text: "Five people were killed in the blast, though officials said some may have been counted twice.", count: 5}},
		[]string{"The health ministry said three victims had been double-counted.",
			"Three of the dead were counted twice, the coroner said."}},
	// a second state's losses gapped after a first's (gappedLoss)
	{"fx76-gapped-loss",
		[]figureCase{{text: "In the border war, Ethiopia lost about 19,000 soldiers and Eritrea 7,000, by most estimates.", count: 7000},
			{text: "Ukraine lost 40 soldiers in the assault, Russia about 60.", count: 60}},
		[]string{"Armenia lost 3,800 square kilometres and Azerbaijan 2,900.",
			"The home side lost 3 matches and Spain 2."}},
	// a death a date commemorates (commemoratedDeath)
	{"fx76-commemorated",
		[]figureCase{{text: "Crowds mourned the death of the former prime minister on Friday.", count: 1}},
		[]string{"Thousands gathered in the square to mark the anniversary of his death.",
			"Friday marks the fifth anniversary of the death of the singer."}},
}

func TestFigureRulesFx76(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx76TroopRules, "troops")
	checkFigureRows(t, ex, fx76DeathRules, "deaths")
}
