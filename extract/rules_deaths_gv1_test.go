package extract

import "testing"

// gv1DeathRules hold the rows of the death shapes fixed after the audit of
// the GVA articles whose incident killed nobody (gv1, session 29), kept
// apart from the main tables so that parallel work merges cleanly.
var gv1DeathRules = []figureRule{
	// a headline set alone between paragraphs of prose links another story
	// even when it ends in a quoted title; a sentence that closes its
	// quote after its stop is prose
	{ruleDeathStray,
		[]figureCase{{text: "A woman was shot on Dwight Street on Monday night, police said.\n\nHe told officers: 'Two men were killed here last year.'\n\nThe woman, 19, was standing in front of the building with two friends.", count: 2}},
		[]string{"A woman was shot on Dwight Street on Monday night, police said.\n\n86 Sick, 7 Dead in 'Largest Outbreak of Legionnaires' in NYC'\n\nThe woman, 19, was standing in front of the building with two friends.",
			"A woman was shot on Dwight Street on Monday night, police said.\n\nThree Teens Shot Dead Outside 'The Spot'\n\nThe woman, 19, was standing in front of the building with two friends."}},
	// a text of headlines that ends in a bare running time ("2:06") is a
	// playlist of clips under the page's title: the clips' headlines are
	// other stories; the title stays, and a title over highlights, with
	// no running time, is the article's own summary
	{ruleDeathPlaylist,
		[]figureCase{{text: "Two dead in Main Street shooting\n\nMayor speaks after police search home\n\nMan accused in crash appears in court\n\n2:06", count: 2},
			{text: "Person of interest in Elm Street killings charged in car theft\n\nSuspect accused of stealing vehicle from home that burned\n\nNo charges have been filed in homicides\n\nThe bodies of all four victims had been set on fire, police say", count: 4}},
		[]string{"Systematic failure delays investigation into burglary\n\nMayor speaks after police search home\n\nMan accused of driving drunk, killing a sheriff's deputy appears in court\n\nTwo dead after fire on Elm Street\n\n2:06"}},
	// a taker of lives counts the dead whatever noun follows the count:
	// "claimed the lives of three fellow law enforcement officers"
	{ruleDeathOf,
		[]figureCase{{text: "The deputy is fighting for his life after an ambush that claimed the lives of three fellow law enforcement officers.", count: 3},
			{text: "The crash claimed the lives of two sheriff's deputies on Route 9.", count: 2}},
		[]string{"The program changed the lives of three law enforcement officers.",
			"The ambush wounded three fellow law enforcement officers, one of them critically."}},
	// the people of one's work are relations, one after a possessive:
	// "his former boss", "her supervisor", "his employer"
	{ruleDeathObject,
		[]figureCase{{text: "The shooting spree left the man, his former boss and a former coworker dead.", count: 3},
			{text: "Police said the gunman shot and killed his supervisor and two other employees.", count: 3}},
		[]string{"The gunman argued with his former boss and a former coworker before he left.",
			"Police said the gunman shot and wounded his supervisor."}},
	{ruleDeathOne,
		[]figureCase{{text: "His former employer was fatally shot outside the depot.", count: 1}},
		[]string{"His former employer was shot in the leg outside the depot."}},
	// plurals of relations are counted by a number or picked by "one of":
	// "one of their wives", "his two ex-wives"
	{ruleDeathObject,
		[]figureCase{{text: "Police said a man shot and killed his two brothers, his mother and one of their wives before taking his own life.", count: 4}},
		[]string{"Police said a man shot and wounded his two brothers, his mother and one of their wives before he was arrested."}},
	{ruleDeathObject,
		[]figureCase{{text: "Police said he shot and killed his two wives at the farm.", count: 2}},
		[]string{"Two mothers were hurt in the crash on Route 9."}},
	{ruleDeathActive,
		[]figureCase{{text: "The gunman killed one of their wives and fled.", count: 1}},
		[]string{"The gunman wounded one of their wives and fled."}},
	// the couple of a wedding are people one by one: "the groom and eleven
	// guests" is twelve, as "a doctor and two nurses" is three
	{ruleDeathObject,
		[]figureCase{{text: "A grenade thrown into the courtyard killed the groom and eleven guests.", count: 12},
			{text: "The gunman shot dead the bride and two guests at the reception.", count: 3}},
		[]string{"The groom and eleven guests were hurt when the tent collapsed.",
			"The gunman threatened the bride and two guests at the reception."}},
	// a ranked body that a verb of finding takes as its object tells that
	// many dead so far, as a ranked body found does: "divers recovered a
	// sixth body from the hull"
	{ruleDeathRunning,
		[]figureCase{{text: "Navy divers recovered a fifth body from the ferry on Monday.", count: 5},
			{text: "Rescuers found a third body in the rubble of the market.", count: 3}},
		[]string{"Coast guard divers searched for a sixth body in the hull on Sunday morning.",
			"Rescuers found a third survivor in the rubble of the market."}},
	// "the body of a ninth climber" found is the ninth dead so far, not one
	{ruleDeathRunning,
		[]figureCase{{text: "Rangers recovered the body of a seventh hiker on Monday.", count: 7},
			{text: "The body of a second fisherman was found on the beach at dawn.", count: 2}},
		[]string{"Rangers brought down a seventh hiker, unhurt, on Monday.",
			"The body of a second fisherman is being sought along the beach."}},
}

func TestGV1DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), gv1DeathRules, "deaths")
}
