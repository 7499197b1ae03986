package extract

import "testing"

// sk20QuoteRuleRows hold the speaker shapes fixed after the blind rounds
// r30a/r30b/r30c (sk20, session 30).
var sk20QuoteRuleRows = []quoteRuleRow{
	// "a group calling itself NAME" (called, known as, that calls itself)
	// speaks as NAME, not as a body in an apposition after it
	{rule: "self-named-group", pos: true,
		text:  "BAGHDAD, Jan 4 (Reuters) - Rockets hit a base.\nA group calling itself the Islamic Resistance in Iraq, a front for several militias, claimed the strike, saying it had fired \"three rockets at the enemy camp\" overnight.",
		quote: "three rockets at the enemy camp", speaker: "Islamic Resistance in Iraq"},
	{rule: "self-named-group", pos: true,
		text:  "KABUL, Jan 4 (Reuters) - A blast hit a checkpoint.\nA little-known faction that calls itself the Northern Shield said in a statement: \"We will strike again and again.\"",
		quote: "We will strike again", speaker: "Northern Shield"},
	{rule: "self-named-group", pos: false,
		text:  "KABUL, Jan 4 (Reuters) - A blast hit a checkpoint.\nA group called for calm, saying \"nobody should take revenge for this attack\" on Sunday.",
		quote: "nobody should take revenge", speaker: "for"},
	// "NAME, a lawmaker from X, the ruling alliance, said": the
	// apposition describes NAME, who speaks
	{rule: "apposition-describes-subject", pos: true,
		text:  "BAGHDAD, Jan 4 (Reuters) - The bill stalled.\nKarim Saadi, a lawmaker from the Progress Bloc, the main Sunni alliance, said the vote would come \"once the budget is passed.\"",
		quote: "once the budget is passed", speaker: "Karim Saadi"},
	{rule: "apposition-describes-subject", pos: false,
		text:  "BAGHDAD, Jan 4 (Reuters) - The bill stalled.\nKarim Saadi, a lawmaker from the Progress Bloc, the main Sunni alliance, said the vote would come \"once the budget is passed.\"",
		quote: "once the budget is passed", speaker: "Progress Bloc"},
	// a capitalised noun in -ee opening a sentence before a given name is
	// a description, not part of the name ("Evacuee", "Retiree")
	{rule: "ee-occupation-opener", pos: true,
		text:  "FORT NELSON, B.C. (CP) - A fire spread.\nEvacuee Dwayne Kowalchuk, 58, drove south with his dogs. \"The sky was orange at noon,\" he said.",
		quote: "The sky was orange at noon", speaker: "Dwayne Kowalchuk"},
	{rule: "ee-occupation-opener", pos: false,
		text:  "FORT NELSON, B.C. (CP) - A fire spread.\nRetiree Dwayne Kowalchuk, 58, drove south with his dogs. \"The sky was orange at noon,\" he said.",
		quote: "The sky was orange at noon", speaker: "Retiree Dwayne Kowalchuk"},
	// foreign-language heads of bodies ("Université", "Universidad")
	// make "X de Y" a body, so "she" goes to the person named before it
	{rule: "foreign-body-head", pos: true,
		text:  "MONTREAL (CP) - The budget passed.\nPolitical scientist Josée Lapointe of the Université de Montréal said the vote changed little. \"The government survives until spring,\" she said.",
		quote: "The government survives until spring", speaker: "Josée Lapointe"},
	{rule: "foreign-body-head", pos: false,
		text:  "SANTIAGO (Reuters) - The reform passed.\nEconomist Paula Araya of the Universidad de Chile said the reform was late. \"It comes ten years too late,\" she said.",
		quote: "It comes ten years too late", speaker: "de Chile"},
}

func TestSk20QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), sk20QuoteRuleRows)
}
