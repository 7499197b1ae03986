package extract

import "testing"

// au6QuoteRows pin the speaker shapes fixed by au6 after an audit of the
// quotes extracted from unseen BBC and US election articles.
var au6QuoteRows = []quoteRuleRow{
	// a listed trade or position before a given name is no part of the
	// name; a given name that is also such a word still opens it
	{rule: "occupation-opener", pos: true,
		text:  "Bath lost at home on Saturday.\n\nFly-half Dan Marsh said: \"We let the game slip in the last ten minutes.\"",
		quote: "We let the game slip", speaker: "Dan Marsh"},
	{rule: "occupation-opener", pos: true,
		text:  "The festival opens on Friday.\n\nDJ Carl Fenn, who headlines the main stage, said: \"The crowd here is the best in the country.\"",
		quote: "The crowd here is the best", speaker: "Carl Fenn"},
	{rule: "occupation-opener", pos: false,
		text:  "The festival opens on Friday.\n\nDJ Carl Fenn, who headlines the main stage, said: \"The crowd here is the best in the country.\"",
		quote: "The crowd here is the best", speaker: "DJ Carl Fenn"},
	{rule: "occupation-opener", pos: true,
		text:  "The bank reported record profits on Monday.\n\nJoanne Star Hill, its chief economist, said: \"Lending grew faster than we had expected.\"",
		quote: "Lending grew faster", speaker: "Joanne Star Hill"},
	// a capitalised epithet a speaker puts before a name the article
	// writes without it; outside quotes such a word may open the name
	{rule: "epithet-opener", pos: true,
		text:  "Mark Dunne spoke in Ohio on Friday.\n\nHis rival told the crowd: \"Nobody in Ohio fears Honest Mark Dunne any more.\"\n\n\"We are going to win this state,\" Mark Dunne said later.",
		quote: "We are going to win this state", speaker: "Mark Dunne"},
	{rule: "epithet-opener", pos: false,
		text:  "Mark Dunne spoke in Ohio on Friday.\n\nHis rival told the crowd: \"Nobody in Ohio fears Honest Mark Dunne any more.\"\n\n\"We are going to win this state,\" Mark Dunne said later.",
		quote: "We are going to win this state", speaker: "Honest Mark Dunne"},
	{rule: "epithet-opener", pos: true,
		text:  "The federation's president, Slim Tarek Amari, was detained last week.\n\nTarek Amari's lawyer said his client denied any wrongdoing. \"I have nothing to hide,\" the president told reporters before his arrest.",
		quote: "I have nothing to hide", speaker: "Slim Tarek Amari"},
	// "the minister" is the minister of the day, not one who held the
	// office before; "the former minister" may be him
	{rule: "past-holder", pos: true,
		text:  "Transport minister Ana Ruiz opened the new bridge on Monday.\n\nThe ceremony was attended by ex-Labour minister Dan Hale, who first proposed the crossing.\n\n\"This bridge will change the lives of thousands of commuters,\" the minister said.",
		quote: "This bridge will change", speaker: "Ana Ruiz"},
	{rule: "past-holder", pos: false,
		text:  "Transport minister Ana Ruiz opened the new bridge on Monday.\n\nThe ceremony was attended by ex-Labour minister Dan Hale, who first proposed the crossing.\n\n\"This bridge will change the lives of thousands of commuters,\" the minister said.",
		quote: "This bridge will change", speaker: "Dan Hale"},
	{rule: "past-holder", pos: true,
		text:  "Transport minister Ana Ruiz opened the new bridge on Monday.\n\nThe ceremony was attended by former minister Dan Hale, who first proposed the crossing.\n\n\"I waited twenty years for this day,\" the former minister said.",
		quote: "I waited twenty years", speaker: "Dan Hale"},
	// a description opening its sentence before a comma and an aside
	// ("The chancellor, speaking in Lagos, said") refers back to the
	// person in focus; one before a name after the comma is that name's
	{rule: "aside-description", pos: true,
		text:  "Debt deal for Tanzania\n\nThe age of apology is over, Tom Wexley has said.\n\nThe treasurer, speaking during a tour of Africa, said it was time to talk about shared values. Reporter Ann Cole said the trip had gone well.\n\n\"We make this offer alone but ask other countries to join us,\" the treasurer said.",
		quote: "We make this offer alone", speaker: "Tom Wexley"},
	{rule: "aside-description", pos: false,
		text:  "Debt deal for Tanzania\n\nThe age of apology is over, Tom Wexley has said.\n\nThe treasurer, Ray Dunmore, said it was time to talk about shared values. Reporter Ann Cole said the trip had gone well.\n\n\"We make this offer alone but ask other countries to join us,\" the treasurer said.",
		quote: "We make this offer alone", speaker: "Tom Wexley"},
}

func TestAu6QuoteRows(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), au6QuoteRows) }
