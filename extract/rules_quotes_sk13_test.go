package extract

import "testing"

// sk13QuoteRuleRows hold the speaker shapes fixed after the blind round
// r29g/r29h (sk13, session 29), kept apart from quoteRuleRows so that
// parallel work merges cleanly.
var sk13QuoteRuleRows = []quoteRuleRow{
	// a witness quoted first as "a woman", "a driver" or "one teacher" and
	// named after as "The woman, NAME," (or by the noun that introduced
	// them, or "NAME, 44," opening the next sentence) is that person; a
	// name the article gave before the quote is someone else
	{rule: "witness-named-after", pos: true,
		text:  "MEMPHIS, Tenn. (AP) - A gunman opened fire at a party.\n\"He walked up the street with a rifle,\" said a woman who lives on the block. The woman, Tamika Greer, said she pulled two children behind her car.",
		quote: "He walked up the street with a rifle", speaker: "Tamika Greer"},
	{rule: "witness-named-after", pos: true,
		text:  "DES MOINES, Iowa (AP) - The board voted on Monday.\n\"You do not fire the captain while the ship is leaving the harbour,\" one teacher told the board. The teacher, Lydia Osterhout, said staff had learned of it on television.",
		quote: "You do not fire the captain", speaker: "Lydia Osterhout"},
	{rule: "witness-named-after", pos: true,
		text:  "CARLISLE, England (PA) - Floods hit the town.\n\"We were told this would never happen again,\" said a shopkeeper on Warwick Road. The man, Graham Tulloch, 61, said it was the third flood.",
		quote: "We were told this would never happen again", speaker: "Graham Tulloch"},
	{rule: "witness-named-after", pos: true,
		text:  "BARRIE, Ontario (CP) - Dozens of cars collided.\n\"It was chaos,\" said a driver who had been heading north. Paul Ferreira, 44, said he had stopped in time.",
		quote: "It was chaos", speaker: "Paul Ferreira"},
	{rule: "witness-named-after", pos: false,
		text:  "MEMPHIS, Tenn. (AP) - Tamika Greer hosted the party.\n\"He walked up the street with a rifle,\" said a woman who lives on the block. The woman, Tamika Greer, said she pulled two children behind her car.",
		quote: "He walked up the street with a rifle", speaker: "Tamika Greer"},
	{rule: "witness-named-after", pos: false,
		text:  "BARRIE, Ontario (CP) - Dozens of cars collided.\n\"It was chaos,\" said a driver who had been heading north.\nPaul Ferreira, 44, said he had stopped in time.",
		quote: "It was chaos", speaker: "Paul Ferreira"},
	// a name after a quote with a long complement of its unit ("of the
	// force's homicide and major enquiry team") is the speaker; a verb
	// of its own in the complement ends it
	{rule: "long-complement", pos: true,
		text:  "LEEDS, England (PA) - A fire killed three.\n\"This is a truly devastating incident,\" Det. Insp. Helen Marchbank of the force's homicide and major enquiry team said outside the house.",
		quote: "This is a truly devastating incident", speaker: "Helen Marchbank"},
	{rule: "long-complement", pos: false,
		text:  "LEEDS, England (PA) - A fire killed three.\n\"This is a truly devastating incident,\" Det. Insp. Helen Marchbank of the force's team arrested a man the neighbours said had argued with the family.",
		quote: "This is a truly devastating incident", speaker: "Helen Marchbank"},
	// "world football's governing body said" is the body that spoke last;
	// with no body speaking before, no body is guessed
	{rule: "governing-body", pos: true,
		text:  "TUNIS, Dec 6 (Reuters) - The committee will run the federation until June, FIFA said.\n\"FIFA has decided to appoint a normalisation committee,\" world football's governing body said in a statement.",
		quote: "FIFA has decided to appoint", speaker: "FIFA"},
	{rule: "governing-body", pos: false,
		text:  "TUNIS, Dec 6 (Reuters) - The committee will run the federation until June, Sports Minister Kamel Dhaouadi said.\n\"FIFA has decided to appoint a normalisation committee,\" world football's governing body said in a statement.",
		quote: "FIFA has decided to appoint", speaker: "Kamel Dhaouadi"},
	// the capitals closing a ministry's name are no person's name
	{rule: "ministry-name-speaks", pos: true,
		text:  "CAIRO, Jan 4 (Reuters) - A boat sank off Libya.\nIn Cairo, the Ministry of Foreign Affairs and Egyptians Abroad said in a statement: \"The ministry is following up with the Libyan authorities.\"",
		quote: "The ministry is following up", speaker: "Ministry of Foreign Affairs and Egyptians Abroad"},
	{rule: "ministry-name-speaks", pos: false,
		text:  "CAIRO, Jan 4 (Reuters) - A boat sank off Libya.\nIn Cairo, Egypt's Ministry of Foreign Affairs and Egyptians Abroad said in a statement: \"The ministry is following up with the Libyan authorities.\"",
		quote: "The ministry is following up", speaker: "Abroad"},
	// "blamed" reports the words quoted after its object, as "accused"
	// does; a passive "was blamed on" has no speaker to give them to
	{rule: "blame-cue", pos: true,
		text:  "TOBRUK, Libya (Reuters) - A boat sank.\nColonel Idris Bukhatwa al-Mansouri, who commands the coastguard sector in Tobruk, blamed smugglers who \"load people like sacks of flour\".",
		quote: "load people like sacks of flour", speaker: "Idris Bukhatwa al-Mansouri"},
	{rule: "blame-cue", pos: false,
		text:  "TOBRUK, Libya (Reuters) - A boat sank.\nThe fire was blamed on \"faulty wiring\" in the hold.",
		quote: "faulty wiring"},
	// a state's possessive before a ministry's own name ("Egypt's Ministry
	// of Health and Population") only introduces it; before a description
	// ("Egypt's health ministry") it is kept
	{rule: "state-owned-of-name", pos: true,
		text:  "CAIRO, Jan 4 (Reuters) - A boat sank off Libya.\nEgypt's Ministry of Health and Population said in a statement: \"Our teams are at the border.\"",
		quote: "Our teams are at the border", speaker: "Ministry of Health and Population"},
	{rule: "state-owned-of-name", pos: false,
		text:  "CAIRO, Jan 4 (Reuters) - A boat sank off Libya.\nEgypt's health ministry said in a statement: \"Our teams are at the border.\"",
		quote: "Our teams are at the border", speaker: "health ministry"},
}

func TestSk13QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), sk13QuoteRuleRows)
}
