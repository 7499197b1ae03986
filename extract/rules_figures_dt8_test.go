package extract

import "testing"

// dt8DeathRules hold the rows of the plural and headline victim shapes
// fixed in session dt8 (victims_pluralkin.go), kept apart from the main
// tables so that parallel work merges cleanly.
var dt8DeathRules = []figureRule{
	// a plural kin noun counted by the names in its apposition
	{ruleDeathList,
		[]figureCase{{text: "Her nephews, Owen and Luke Barrett, were killed when the car left the road.", count: 2},
			{text: "His daughters, Maya, Ruth and Ellen Park, died in the fire.", count: 3}},
		[]string{"Her nephews, Owen and Luke Barrett, were injured when the car left the road.",
			"His sons, London and Paris, were killed."}},
	// a plural counted by the suspended ages before it
	{ruleDeathList,
		[]figureCase{{text: "Their 4- and 7-year-old daughters died in the blaze.", count: 2},
			{text: "His 12-, 14- and 16-year-old sons were killed.", count: 3},
			{text: "The 6- and 10-year-old brothers died in the fire.", count: 2}},
		[]string{"Their 4- and 7-year-old daughters were rescued from the blaze."}},
	// a headline pair with no article
	{ruleDeathList,
		[]figureCase{{text: "Father and son killed in crash on A1.", count: 2},
			{text: "Husband and wife found dead in home.", count: 2}},
		[]string{"Father and son hurt in crash on A1.",
			"Mother and daughter are grieving after the fire killed their dog."}},
	// a titled name the people pass left unread, alone or in a list
	{ruleDeathList,
		[]figureCase{{text: "Deputy Sheriff Paul Hart and Court Clerk Rita Vance died in the attack.", count: 2}},
		[]string{"Police Chief Ken Ward and Court Clerk Rita Vance were wounded."}},
	{ruleDeathOne,
		[]figureCase{{text: "Court Clerk Rita Vance was found dead at her desk.", count: 1}},
		[]string{"Court Clerk Rita Vance was treated for smoke inhalation."}},
	// a headline's victims "dead" with no verb, opening the sentence
	{ruleDeathList,
		[]figureCase{{text: "Mother and daughter dead after house fire.", count: 2},
			{text: "Coroner: 3 adults, 2 children dead in blaze.", count: 5}},
		[]string{"Man and woman dead set on leaving.", "Mother and daughter saved after house fire."}},
	// a list of victims taken up by "all" before what befell them
	{ruleDeathList,
		[]figureCase{{text: "Nina Hale, Omar Reed and Lucy Park - all of them died in the fire.", count: 3},
			{text: "Nina Hale and Omar Reed - all of them died in the blast.", count: 2},
			{text: "Nina Hale, Omar Reed and Lucy Park - all dead.", count: 3}},
		[]string{"Nina Hale, Omar Reed and Lucy Park - all of them survived the crash.",
			"Nina Hale and Omar Reed, all of whom were hurt, spoke on Monday."}},
	// a headline's bare kin object
	{ruleDeathObject,
		[]figureCase{{text: "Man fatally shoots wife in Ohio home.", count: 1},
			{text: "Teen kills father, police say.", count: 1},
			{text: "Father kills baby, self in Dover.", count: 2}},
		[]string{"Man injures wife in Ohio home.", "Father shoots self in foot.", "A man who shot a bear fed wife and children for a month."}},
}

func TestFigureRulesDt8(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, dt8DeathRules, "deaths")
}
