package extract

import "testing"

// sk12QuoteRuleRows hold the speaker shapes fixed after the blind round
// r29 (sk12, session 29), kept apart from quoteRuleRows so that parallel
// work merges cleanly; TestSk12QuoteRules reads them as TestQuoteRules
// reads its table.
var sk12QuoteRuleRows = []quoteRuleRow{
	// a name set off by commas before "said", after the noun phrase that
	// opens the sentence and ends in a noun for a person (bare or with a
	// complement), is a person though no official's title stands before
	// it; a name after a noun that a firm is as often ("operator") is not
	{rule: "apposed-to-subject-noun", pos: true,
		text:  "A lawmaker from the opposition Green Alliance, Mirela Vasquena, said the vote was rushed. \"Nobody read the bill,\" she said.",
		quote: "Nobody read the bill", speaker: "Mirela Vasquena"},
	{rule: "apposed-to-subject-noun", pos: true,
		text:  "The Wallabies sevens coach, Teodoro Kaliwa Ruane, said the final was close. \"We lost it in the last minute,\" he said.",
		quote: "We lost it in the last minute", speaker: "Teodoro Kaliwa Ruane"},
	{rule: "apposed-to-subject-noun", pos: false,
		text:  "A dam burst near Medellin on Monday. The operator, Andes Hydro Power, said crews were on site. \"Nobody was hurt,\" he said.",
		quote: "Nobody was hurt", speaker: "Andes Hydro Power"},
	// a name that a description opens inside an apposition ("the Chilean
	// lawyer NAME") is the subject the speech verb has, not the role noun
	// before the comma; a name after a preposition is the role's body
	{rule: "described-apposition", pos: true,
		text:  "The rights office called for an inquiry. Its envoy, the Peruvian jurist Camila Restrepo Aldana, said in a statement that the state had failed \"the people it holds in its cells.\"",
		quote: "the people it holds in its cells", speaker: "Camila Restrepo Aldana"},
	{rule: "described-apposition", pos: false,
		text:  "Apple sealed the market. Tom Rigby, a research director at analyst Gartner, told the BBC that Apple had done well in \"sealing off the market from rivals\" so far.",
		quote: "sealing off the market from rivals", speaker: "Gartner"},
	// "went on" after a quote is a cue, as "continued" is; "went on" with
	// an object or a clause after it is none
	{rule: "went-on-cue", pos: true,
		text:  "The envoy, Mariam Tall-Diouf, spoke by video link. \"We are not leaving,\" she said.\n\"But I will be frank with this council,\" Tall-Diouf went on. \"Every base we close is a village that asks where we went.\"",
		quote: "But I will be frank with this council", speaker: "Mariam Tall-Diouf"},
	{rule: "went-on-cue", pos: false,
		text:  "\"We are ready for anything, and we have been for a very long time,\" the talks went on television for hours.",
		quote: "We are ready for anything", speaker: "talks"},
	// "the former minister" is the one a holder of that office replaced
	// ("He replaces NAME"), though someone else is titled a former
	// minister of another office; with no succession worded, the titled one
	{rule: "former-holder", pos: true,
		text: "The president swore in a new cabinet on Thursday. The new interior minister, Luis Ortega Paredes, took the oath at the palace. He replaces Mateo Quispe Huanca, who lost a censure vote. The monitoring mission is led by Clara Benítez, a former Chilean foreign minister.\n" +
			"\"I leave with a clear conscience,\" the former minister told reporters.",
		quote: "I leave with a clear conscience", speaker: "Mateo Quispe Huanca"},
	{rule: "former-holder", pos: false,
		text: "The president swore in a new cabinet on Thursday. The new interior minister, Luis Ortega Paredes, took the oath at the palace. Mateo Quispe Huanca lost a censure vote. The monitoring mission is led by Clara Benítez, a former Chilean foreign minister.\n" +
			"\"I leave with a clear conscience,\" the former minister told reporters.",
		quote: "I leave with a clear conscience", speaker: "Mateo Quispe Huanca"},
	// a person of unknown gender whose clause has "her" as an object ("stood
	// next to her") is not the "she" of the next quote while the woman it
	// stands for is in view; a "her" inside the clause a speech verb
	// reports ("said rescuers pulled her") is the name's own
	{rule: "object-pronoun-other", pos: true,
		text:  "Deputy Prime Minister Malika Rustamova toured the valley. \"We will rebuild,\" Rustamova said. Firdavs Nazarov, chairman of the district, stood next to her as she spoke. \"Nobody will be forced to move,\" she said.",
		quote: "Nobody will be forced to move", speaker: "Malika Rustamova"},
	{rule: "object-pronoun-other", pos: false,
		text:  "Malika Rustamova toured the valley on Monday. \"We will rebuild,\" Rustamova said. Zarafshon Qodirova said rescuers pulled her from the mud. \"We lost everything,\" she said.",
		quote: "We lost everything", speaker: "Malika Rustamova"},
	// a role a wire lead quotes without a name ("the mission's commander
	// said") is the person the next sentence names as the subject of a
	// speech verb, when that sentence gives a rank or none; a next
	// sentence that reports no speech, or a holder of another office,
	// names no holder
	{rule: "lead-holder", pos: true,
		text: "LISBON, May 3 (Reuters) - Portugal will send two more patrol boats to the EU naval mission in the Aegean, the mission's commander said on Friday.\n" +
			"Commodore Rui Falcão Meireles, who has led the mission since March, said the boats would arrive in June.\n" +
			"Turkey has objected to some patrols. Its foreign minister, Kemal Aydınlı, called them \"provocative\" on Thursday, saying they crossed into disputed waters.\n" +
			"The commander rejected that. \"We patrol where the mandate says,\" he said.",
		quote: "We patrol where the mandate says", speaker: "Rui Falcão Meireles"},
	{rule: "lead-holder", pos: false,
		text: "LISBON, May 3 (Reuters) - Portugal will send two more patrol boats to the EU naval mission in the Aegean, the mission's commander said on Friday.\n" +
			"Commodore Rui Falcão Meireles arrived in Athens on Thursday with the first crews.\n" +
			"Turkey has objected to some patrols. Its foreign minister, Kemal Aydınlı, called them \"provocative\" on Thursday, saying they crossed into disputed waters.\n" +
			"The commander rejected that. \"We patrol where the mandate says,\" he said.",
		quote: "We patrol where the mandate says", speaker: "Rui Falcão Meireles"},
	{rule: "lead-holder", pos: false,
		text: "WASHINGTON, May 3 (Reuters) - The United States will impose new tariffs on steel, the president said on Friday.\n" +
			"Senate Majority Leader Tom Harlan said the move was reckless.\n" +
			"Canada objected. \"We will respond,\" the president said.",
		quote: "We will respond", speaker: "Tom Harlan"},
}

func TestSk12QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), sk12QuoteRuleRows)
}
