package extract

import "testing"

// au4QuoteRows pin the speaker shapes fixed by au4 after reading a sample
// of the quotes extracted from unseen BBC and US election articles.
var au4QuoteRows = []quoteRuleRow{
	// a quote that names someone by a word of their name is not theirs
	// when a pronoun after it says who spoke; a word that opens a quoted
	// sentence and is written in lower case elsewhere is no name
	{rule: "named-in-quote", pos: true,
		text:  "The club faces a big test on Tuesday night.\n\nManager Dan Merrow said the visitors would be dangerous. His top scorer Leo Varga is fit again, but Merrow admitted he was unsure whether to start the forward.\n\n\"Leo is the best striker in the league. What I have to judge is whether he can last the whole game,\" he said.",
		quote: "Leo is the best striker", speaker: "Dan Merrow"},
	{rule: "named-in-quote", pos: false,
		text:  "The club faces a big test on Tuesday night.\n\nManager Dan Merrow said the visitors would be dangerous. His top scorer Leo Varga is fit again, but Merrow admitted he was unsure whether to start the forward.\n\n\"Leo is the best striker in the league. What I have to judge is whether he can last the whole game,\" he said.",
		quote: "Leo is the best striker", speaker: "Leo Varga"},
	{rule: "named-in-quote", pos: true,
		text:  "The squad flew home after a long tour.\n\nCaptain Ana Long said the trip had been hard on everyone.\n\n\"Long flights wear the players down, and we need a rest now,\" she said.",
		quote: "Long flights wear the players down", speaker: "Ana Long"},
	// the subject of a clause of comparison ("as grim as NAME believed")
	// is named in passing: the verb after it is no cue and makes no voice
	{rule: "compared-subject", pos: true,
		text:  "Record sales fell sharply last year, the industry body said.\n\nMark Olsen, the head of the label, warned that the market could collapse within five years. However, Paul Brenner, the director of the trade federation, said he did not feel the situation was as \"grim\" as Mr Olsen believed.\n\n\"It is true that we have severe problems here, but that is true in most other markets too,\" he argued.",
		quote: "It is true that we have severe problems", speaker: "Paul Brenner"},
	{rule: "compared-subject", pos: true,
		text:  "Record sales fell sharply last year, the industry body said.\n\nMark Olsen, the head of the label, warned that the market could collapse within five years. However, Paul Brenner, the director of the trade federation, said he did not feel the situation was as \"grim\" as Mr Olsen believed.\n\n\"It is true that we have severe problems here, but that is true in most other markets too,\" he argued.",
		quote: "grim", speaker: "Paul Brenner"},
	{rule: "compared-subject", pos: false,
		text:  "Record sales fell sharply last year, the industry body said.\n\nMark Olsen, the head of the label, warned that the market could collapse within five years. However, Paul Brenner, the director of the trade federation, said he did not feel the situation was as \"grim\" as Mr Olsen believed.\n\n\"It is true that we have severe problems here, but that is true in most other markets too,\" he argued.",
		quote: "It is true that we have severe problems", speaker: "Mark Olsen"},
	// a capitalised "Than" opens a name, not a comparison
	{rule: "compared-subject", pos: true,
		text:  "The minister rejected the charge on Tuesday.\n\"The army is not to blame for the delays,\" Than Lwin Htet said at the talks.",
		quote: "The army is not to blame", speaker: "Than Lwin Htet"},
	// a name after a one-word opener and its comma still opens the clause
	{rule: "opener-comma-subject", pos: true,
		text:  "The deal was signed on Monday.\n\nDan Kell, a rival bidder, spoke first. Meanwhile, Paul Brenner, the director of the federation, said Kell was wrong about the price.\n\n\"It is a fair deal for both sides,\" he said.",
		quote: "It is a fair deal", speaker: "Paul Brenner"},
	{rule: "opener-comma-subject", pos: false,
		text:  "The deal was signed on Monday.\n\nDan Kell, a rival bidder, spoke first. Meanwhile, Paul Brenner, the director of the federation, said Kell was wrong about the price.\n\n\"It is a fair deal for both sides,\" he said.",
		quote: "It is a fair deal", speaker: "Dan Kell"},
	// a name inside a sentence's opening phrase that a comma and "he"
	// close is not what that "he", or the next, means
	{rule: "opener-phrase-name", pos: true,
		text:  "Ravi Menon, the trade minister, argued for reform of the big lenders. At a dinner hosted by treasury chief Tom Hale on Friday, he said he backed free trade. \"Open markets help every country in the end,\" he told the guests.",
		quote: "Open markets help every country", speaker: "Ravi Menon"},
	{rule: "opener-phrase-name", pos: false,
		text:  "Ravi Menon, the trade minister, argued for reform of the big lenders. At a dinner hosted by treasury chief Tom Hale on Friday, he said he backed free trade. \"Open markets help every country in the end,\" he told the guests.",
		quote: "Open markets help every country", speaker: "Tom Hale"},
}

func TestAu4QuoteRows(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), au4QuoteRows) }
