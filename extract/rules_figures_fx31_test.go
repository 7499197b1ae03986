package extract

import "testing"

// fx31DeathRules and fx31TroopRules hold the figure shapes fixed after
// the blind rounds r31a/r31b (fx31, session 31), each as a class of
// wordings rather than the rounds' sentences.
var fx31DeathRules = []figureRule{
	// "a total of" opens the clause of its count as the count would, so
	// an "including" aside after it keeps the list reading
	// (deaths_totalof.go)
	{"total-of-opens",
		[]figureCase{{text: "A total of 86 villagers, including nine infants, have died of cholera since March.", count: 86},
			{text: "A total of 86 villagers, including nine infants, have died of cholera since March.", count: 9},
			{text: "Officials said a total of 40 miners, including two engineers, were killed.", count: 40}},
		[]string{"A total of 86 villagers, including nine infants, were treated for cholera.",
			"A total of 40 miners, including two engineers, were rescued."}},
	// a singular of a listed plural victim noun counts after "one"
	// (victims_singulars.go)
	{ruleDeathPass,
		[]figureCase{{text: "Witnesses said one diplomat was killed when the convoy was hit.", count: 1},
			{text: "Police said one activist was killed and more than 40 were injured.", count: 1}},
		[]string{"Police said one activist was injured and more than 40 were arrested.",
			"One diplomat said the convoy had been hit."}},
	// a comparison with "than the" sets a stated toll against the one
	// before it as "not the" does (deaths_contrastopener.go)
	{ruleDeathCompare,
		[]figureCase{{text: "The union says at least 80 miners died, far more than the 37 announced by the company.", count: 37},
			{text: "Monitors counted 260 dead, many more than the 150 given by the army.", count: 150}},
		[]string{"The union says at least 80 miners were hurt, far more than the 37 announced by the company.",
			"Exports reached 80 tonnes, far more than the 37 planned."}},
	// a toll that counts the missing or hurt with the dead is no toll
	// (deaths_deadormissing.go)
	{ruleDeathToll,
		[]figureCase{{text: "Crews found four more bodies, bringing the number of dead to 23.", count: 23}},
		[]string{"Nine people were still unaccounted for, bringing the number of dead or missing to 23.",
			"The number of dead and injured rose to 80 on Tuesday."}},
	// a place of a part past an epithet or a point of the compass
	// (deaths_placeepithet.go)
	{ruleDeathSubset,
		[]figureCase{{text: "The storm killed 30 people, 22 of them in Tacloban and eight in neighbouring Samar province.", count: 8},
			{text: "At least 30 people died, 22 of them in Tacloban and eight in northern Samar.", count: 8}},
		[]string{"At least 30 people were hurt, 22 of them in Tacloban and eight in neighbouring Samar province."}},
}

var fx31TroopRules = []figureRule{
	// police brought "to" a place from the state's own parts serve that
	// place's state (troops_domesticorigin.go)
	{ruleTroopNoun,
		[]figureCase{{text: "About 700 gendarmes had been brought to Lyon from the provinces.", count: 700, country: "FR"},
			{text: "Some 500 police officers were sent to Nairobi from other regions.", count: 500, country: "KE"}},
		[]string{"About 700 doctors had been brought to Lyon from the provinces."}},
	{ruleTroopNoun,
		[]figureCase{{text: "Some 500 police officers were sent to Nairobi.", count: 500}},
		nil},
	// a state right before a figure after a comma, in a sentence that
	// gave a figure before: its verb of sending is left out
	// (troops_gappedlist.go)
	{ruleTroopNoun,
		[]figureCase{{text: "Ghana sent 400 soldiers by air, Senegal 250 soldiers, and Togo 150 troops.", count: 250, country: "SN"},
			{text: "Ghana sent 400 soldiers by air, Senegal about 250 soldiers.", count: 250, country: "SN"},
			{text: "Ghana sent 400 soldiers by air, Senegal 250 soldiers.", count: 400, country: "GH"}},
		nil},
	// recruits named by the personnel they will be are an intake, not a
	// deployment (troops.go countedNotDeployed)
	{ruleTroopNoun,
		[]figureCase{{text: "Some 1,500 Kenyan police recruits were deployed to the coast.", count: 1500, country: "KE"}},
		[]string{"Some 1,500 Kenyan police recruits graduated from the college on Friday.",
			"About 900 army recruits passed out of the training depot."}},
	// personnel "among" a whole that was killed are casualties
	// (troops.go amongTheAt)
	{ruleTroopNoun,
		nil,
		[]string{"In 2019, four Nepali soldiers were among nine peacekeepers killed when their convoy was ambushed."}},
	// ", among them N" after a figure of personnel with no casualty in
	// the sentence is a part of the deployment (troops_amongpart.go)
	{ruleTroopNoun,
		[]figureCase{{text: "About 500 officers backed by helicopters took part in the raid, among them 120 Rwandan soldiers who flew in on Monday.", count: 120, country: "RW"},
			{text: "Ghana deployed 800 police officers, among them 150 Nigerian gendarmes.", count: 150, country: "NG"}},
		[]string{"Twelve soldiers were killed in the raid, among them three officers."}},
	// a force's proper name with a capitalised "of" tail before "N
	// strong" (troops_capitaloftail.go)
	{ruleTroopForce,
		[]figureCase{{text: "Guatemala's Civil Police of the Capital, some 600 strong, took over the checkpoints.", count: 600, country: "GT"},
			{text: "Honduras's Military Police of Public Order, some 800 strong, took over patrols.", count: 800, country: "HN"}},
		[]string{"The Friends of the Earth, some 600 strong, marched on the ministry."}},
	// Spanish and Portuguese names of police bodies count their members
	// (words_troops.tsv force-body, force-word)
	{"members-of-force",
		[]figureCase{{text: "Chile deployed some 600 members of the Gendarmería Nacional to the border.", count: 600, country: "CL"}},
		[]string{"Some 600 members of the Asociación Nacional marched to the border."}},
	// a state's place known to the gazetteer gives its state
	{ruleTroopNoun,
		[]figureCase{{text: "The junta has stationed at least 3,000 troops around Myitkyina.", count: 3000, country: "MM"}},
		nil},
}

func TestFigureRulesFx31(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx31TroopRules, "troops")
	checkFigureRows(t, ex, fx31DeathRules, "deaths")
}
