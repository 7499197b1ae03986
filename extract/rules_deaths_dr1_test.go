package extract

import "testing"

// dr1DeathRules hold the rows of the death shapes fixed by dr1 (residual
// misses of the older passage blocks), kept apart from the main tables so
// that parallel work merges cleanly.
var dr1DeathRules = []figureRule{
	// counted victims whose make-up the sentence tells are the dead
	// (victimsComposed); what befell the hurt is no make-up
	{"",
		[]figureCase{{text: "Of the 40 victims, 22 were Nepali and 11 Indian, the embassy said.", count: 11},
			{text: "Of the 12 victims, seven were members of the same family, the mayor said.", count: 7},
			{text: "Nearly half of the 120 victims were women.", count: 120}},
		[]string{"Of the 40 victims, 22 were treated for smoke inhalation and released.",
			"Of the 40 victims, 22 were injured in the stampede.",
			"Of the 40 victims of the fraud, 22 were pensioners.",
			"The 30 victims were women."}},
	// "from M" set off by a comma after a toll's new figure
	// (tollRoseToFrom), and a wildfire as the event of a toll (loss-event)
	{"",
		[]figureCase{{text: "The number of people killed by the Evia fires climbed to four overnight, from two, the fire brigade said.", count: 2},
			{text: "Portuguese civil protection lowered the wildfire toll to 11 from 13.", count: 11},
			{text: "Officials raised the bushfire toll to 11.", count: 11}},
		[]string{"The number of people injured climbed to four overnight, from two.",
			"Officials lowered the wildfire damage estimate to 11 homes."}},
	// a part of those reported dead that the clause tells lived
	// (reportedPartAlive); a part told by who they were keeps its figure
	{"",
		[]figureCase{{text: "Five of those reported dead were children, the governor said.", count: 5}},
		[]string{"Five of those reported dead had been found in hospitals, the governor said.",
			"Two of those listed as killed had turned up alive, officials said."}},
	// "never came home" of people lost is a death of the subject
	// (death_words.tsv); "never came back to" a place is not
	{"",
		[]figureCase{{text: "\"Nine of my students never came home,\" the headmistress said after the boat sank.", count: 9},
			{text: "Of the 60 miners underground that morning, 31 never came back up.", count: 31}},
		[]string{"Three of the 40 migrants never came back to the camp after the raid."}},
	// a passive of no death before "and died", shared by one subject
	// (deathPredicate): "was hit in the chest and died"
	{ruleDeathOne,
		[]figureCase{{text: "Jhonatan Quispe Mamani, 24, was hit in the chest near Plaza San Martin and died on the way to hospital.", count: 1},
			{text: "The cyclist was struck by a bus and later died at the scene.", count: 1}},
		[]string{"John Smith was hit by a car and was taken to hospital.",
			"John Smith was questioned and released."}},
	// a part of a stated toll: "N of them" past a plural's apostrophe
	// (ofThemTail), and "the N people killed ... included M"
	// (countedKilledBefore)
	{"",
		[]figureCase{{text: "Flash floods killed at least 135 people in July, 37 of them at a girls' summer camp, state officials said.", count: 37},
			{text: "The 2,977 people killed on September 11, 2001, included 343 firefighters.", count: 343},
			{text: "The 30 people killed in the raid included 12 children.", count: 12}},
		[]string{"The 30 people injured in the raid included 12 children.",
			"The 30 people arrested included 12 students."}},
	// bodies found past an adverb of time in the verb group (bodyFound),
	// and the fallen "defenders" a people noun (victims.tsv)
	{"",
		[]figureCase{{text: "The pastor's followers - 429 bodies have now been exhumed from the forest - were told to starve themselves.", count: 429},
			{text: "Ukraine received the bodies of 909 fallen defenders.", count: 909}},
		[]string{"The 429 bodies have never been found.",
			"The club signed three defenders in January."}},
	// "the killing of N", as "the killings of N" (deathsOf); not attempted
	{"",
		[]figureCase{{text: "The tribunal sentenced the commander to 15 years for the killing of seven prisoners of war.", count: 7},
			{text: "He denied the murder of three women.", count: 3}},
		[]string{"He was charged with the attempted killing of two officers."}},
}

func TestFigureRulesDr1Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), dr1DeathRules, "deaths")
}
