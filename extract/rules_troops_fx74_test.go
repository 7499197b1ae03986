package extract

import "testing"

// fx74TroopRules hold the rows of the troop shapes fixed by fx74 (the
// blind r38d round, a mixed world).
var fx74TroopRules = []figureRule{
	// a numbered unit only one state's army uses, opening the sentence as
	// the subject that holds the figure (subjectUnitState); a generic
	// unit name gives no state
	{"",
		[]figureCase{{text: "The 10th Mountain Division has 1,500 soldiers stationed in Poland.", count: 1500, country: "US"},
			{text: "The 4th Infantry Division has 1,500 soldiers stationed in the south.", count: 1500}},
		nil},
	// a force with a place phrase, a relative pronoun or an adverb before
	// its verb of numbering (placedForceBefore); a standing army's strength
	// is none
	{"",
		[]figureCase{{text: "A British naval force off Somalia that already numbers about 600 has escorted ships.", count: 600, country: "GB"},
			{text: "The French contingent in Chad now numbers 1,000.", count: 1000, country: "FR"}},
		[]string{"The army in the north now numbers about 60,000.",
			"A naval force off Somalia that already numbers 12 ships has escorted convoys."}},
	// personnel already in place after "on top of" with no article
	// (besidesHeld)
	{"",
		[]figureCase{{text: "Italy will send 200 more troops, on top of 350 already in Lebanon.", count: 350, country: "IT"}},
		[]string{"Italy will buy 200 more trucks, on top of 350 already in Lebanon."}},
	// "the minister said" takes the state of the minister named in the
	// sentence before (ownerOfSpeakers); another role noun does not
	{"",
		[]figureCase{{text: "BOGOTA, Dec 3 (Newsdesk) - Colombia acted. In Ecuador, Defence Minister Gian Reinberg spoke. The minister said 800 troops were moving to the border.", count: 800, country: "EC"},
			{text: "BOGOTA, Dec 3 (Newsdesk) - Colombia acted. In Ecuador, Defence Minister Gian Reinberg spoke. The general said 800 troops were moving to the border.", count: 800, country: "CO"}},
		nil},
	// a single capital letter after a preposition ends the sentence, the
	// platform X, and the next sentence's speaker is read apart; a compass
	// point stays an abbreviation
	{"",
		[]figureCase{{text: "QUITO, Dec 3 (Newsdesk) - Ecuador acted. \"We will not yield,\" Defence Minister Ana Vera of Peru wrote on X. The minister said 500 troops were moving to the border.", count: 500, country: "PE"}},
		nil},
}

func TestFigureRulesFx74Troops(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx74TroopRules, "troops")
}
