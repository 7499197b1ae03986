package extract

import "testing"

// sm6DeathRules hold the rows of the death shapes the sm6 matrix
// (shapes_deaths_sm6_test.go) showed weak, kept apart from the main
// tables so that parallel work merges cleanly.
var sm6DeathRules = []figureRule{
	// "hostages" is captivity, no death, until a verb of dying follows
	{"held-victims",
		[]figureCase{{text: "Some six hostages were killed in the raid.", count: 6},
			{text: "Nearly 20 hostages are believed to have died in captivity.", count: 20},
			{text: "Officials said about nine hostages were confirmed dead.", count: 9}},
		[]string{"Gunmen took some six hostages at the bank.",
			"About nine hostages were released on Friday.",
			"Some six hostages were wounded in the rescue."}},
	// lives lost are people dead, as lives claimed are; "lost" alone is not
	{"lives-lost",
		[]figureCase{{text: "Seventeen lives were lost when the ferry sank.", count: 17},
			{text: "More than 200 lives have been lost since January.", count: 200}},
		[]string{"The club lost 17 players this season.",
			"Seventeen lives could be lost if the dam fails.",
			"Seventeen lives were saved by the crew."}},
	{"loss-of-lives",
		[]figureCase{{text: "The crash caused the loss of 17 lives.", count: 17}},
		[]string{"A war could cause the loss of 17 lives.",
			"The loss of 17 jobs hit the town."}},
	// the -ing verb with "to death" is the participle's death
	{"to-death-ing",
		[]figureCase{{text: "A stampede broke out, trampling nine pilgrims to death.", count: 9},
			{text: "The mob rioted, beating two men to death.", count: 2}},
		[]string{"The mob rioted, beating two men.",
			"Police said he was stabbing two men when officers arrived."}},
	// "to death" may stand after a longer object: "members of the
	// security forces", or a state's people
	{"to-death-object",
		[]figureCase{{text: "The attacker stabbed nine members of the security forces to death.", count: 9},
			{text: "The attacker stabbed a hundred Palestinians to death.", count: 100}},
		[]string{"The court sentenced 12 Palestinians to death.",
			"He stabbed two men and beat a third to death."}},
	// a verb phrase of dying closes "members of the ..."
	{"of-phrase-dying",
		[]figureCase{{text: "Seventeen members of the security forces froze to death.", count: 17},
			{text: "Four members of the crew were shot dead.", count: 4}},
		[]string{"Seventeen members of the crew were shot.",
			"Seventeen members of the crew froze in the cold."}},
	// a state's people as the object, words after them
	{"demonym-object",
		[]figureCase{{text: "Insurgents killed 99 Kenyans so far this year.", count: 99},
			{text: "The raid killed 12 Israelis on the border.", count: 12}},
		[]string{"Israel has released 90 Palestinians this week.",
			"The army detained 12 Afghans on the border."}},
	// "a total of" before the number, which the rules reading the word
	// before it pass: exact, as the number alone
	{"total-of-before",
		[]figureCase{{text: "Among the dead were a total of six soldiers.", count: 6},
			{text: "Gunmen shot dead a total of 17 journalists.", count: 17},
			{text: "The war claimed the lives of a total of six journalists in 2023.", count: 6}},
		[]string{"Police arrested a total of 17 people.",
			"The medics saved the lives of a total of six journalists.",
			"The war could claim the lives of a total of six journalists."}},
}

func TestSM6DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), sm6DeathRules, "deaths")
}
