package extract

import "testing"

// au2QuoteRows pin the speaker shapes fixed by au2 after reading the
// extraction over unseen tech, business and politics articles.
var au2QuoteRows = []quoteRuleRow{
	// a plural or hyphenated noun for people that opens a sentence is no
	// part of the name after it; a word the article writes as a name
	// inside a sentence is
	{rule: "plural-occupation-opener", pos: true,
		text:  "The band will tour next year.\nDrummers Tom Kellan and Mia Sorrel will join the tour. \"We are excited to play the old songs again,\" Kellan said.",
		quote: "We are excited to play", speaker: "Tom Kellan"},
	{rule: "plural-occupation-opener", pos: true,
		text:  "The festival opens on Friday.\nSinger-songwriters Paul Orrin and Kate Mell will open it. \"It is a dream come true for both of us,\" Orrin said.",
		quote: "It is a dream come true", speaker: "Paul Orrin"},
	{rule: "plural-occupation-opener", pos: false,
		text:  "The festival opens on Friday.\nSinger-songwriters Paul Orrin and Kate Mell will open it. \"It is a dream come true for both of us,\" Orrin said.",
		quote: "It is a dream come true", speaker: "Singer-songwriters Paul Orrin"},
	{rule: "plural-occupation-opener", pos: false,
		text:  "The case was heard on Monday.\nMasters Tom Kellan sued the firm. The court heard from Masters later. \"We will appeal this ruling at once,\" Kellan said.",
		quote: "We will appeal this ruling", speaker: "Tom Kellan"},
	// a hyphenated adverbial of lower-case words joined by a preposition
	// opens the sentence; a hyphenated given name does not
	{rule: "phrase-opener", pos: true,
		text:  "The row over the budget has grown.\nWeek-by-week Ruiz's complaints have grown louder, and Ruiz says, \"This feud has gone on far too long now.\"",
		quote: "This feud has gone on", speaker: "Ruiz"},
	{rule: "phrase-opener", pos: false,
		text:  "The row over the budget has grown.\nJean-Pierre Ruiz complained again on Monday. \"This feud has gone on far too long now,\" Ruiz said.",
		quote: "This feud has gone on", speaker: "Ruiz"},
	// a document the article said someone issued speaks for them, even
	// after another body was quoted; "said in a statement" is left to the
	// speaker of that sentence
	{rule: "issued-document", pos: true,
		text:  "A source close to the singer said talks had stalled. \"He is frustrated and wants this settled,\" the source said.\nOn Friday, Harbor Lane Records issued a statement about the concert.\n\"Artists never needed our approval for live shows,\" the statement continued.",
		quote: "Artists never needed our approval", speaker: "Harbor Lane Records"},
	{rule: "issued-document", pos: true,
		text:  "A source close to the singer said talks had stalled. \"He is frustrated and wants this settled,\" the source said.\nOn Friday, Harbor Lane Records released a short statement about the concert.\nThe statement, which was seen by reporters, said the two sides had \"reached a deal on every song from the show.\"",
		quote: "reached a deal on every song", speaker: "Harbor Lane Records"},
	{rule: "issued-document", pos: false,
		text:  "A source close to the singer said talks had stalled. \"He is frustrated and wants this settled,\" the source said.\nOn Friday, Harbor Lane Records issued a statement about the concert. The band's manager later said in a statement that nothing was agreed.\n\"Artists never needed our approval for live shows,\" the statement said.",
		quote: "Artists never needed our approval", speaker: "Harbor Lane Records"},
	// a person's words inside a body's report of them ("he said, "…," the
	// office said") are the person's; a person after the quote keeps it,
	// and a pronoun must agree with the person it would give
	{rule: "reported-inner-speaker", pos: true,
		text:  "Mark Deller, 52, was charged on Monday with threatening a judge.\nDuring the call, he called the judge a \"traitor\" and said, \"someone should make her pay for this ruling,\" the district attorney's office said.",
		quote: "someone should make her pay", speaker: "Mark Deller", outRule: ruleCueBefore},
	{rule: "reported-inner-speaker", pos: false,
		text:  "Mark Deller, 52, was charged on Monday with threatening a judge.\nDuring the call, he called the judge a \"traitor\" and said, \"someone should make her pay for this ruling,\" his lawyer, Ann Kito, said.",
		quote: "someone should make her pay", speaker: "Mark Deller"},
	{rule: "reported-inner-speaker", pos: false,
		text:  "Mark Deller, 52, called Judge Dana Pell on Monday.\nA clerk recalled that she said, \"I will not be frightened by calls like this,\" prosecutors said.",
		quote: "I will not be frightened", speaker: "Mark Deller"},
	// after "according to" a document, the person whose speech verb
	// governs the quote a few words before it spoke; a quote far from the
	// verb, past a clause break, is the document's wording
	{rule: "reported-inner-according-to", pos: true,
		text:  "Rob Tallis, 41, was arrested on Friday.\nHe told officers he could have \"burned the whole street down that night,\" according to an affidavit filed in court.",
		quote: "burned the whole street down", speaker: "Rob Tallis", outRule: ruleCueBefore},
	{rule: "reported-inner-according-to", pos: false,
		text:  "Rob Tallis, 41, was arrested on Friday.\nHe left, Tallis told officers, and came back an hour later, which is when \"the whole street went up in flames,\" according to the Harwick Gazette.",
		quote: "the whole street went up", speaker: "Rob Tallis"},
	// a noun for a person placed by "in", "at" or "on" is the speaker, not
	// the place; "a spokesman for" is left to the rules for bodies
	{rule: "placed-person", pos: true,
		text:  "Two cases of the disease were confirmed in the capital this week.\nA nurse in the ward said: \"We were told nothing at all until the patients arrived.\"",
		quote: "We were told nothing at all", speaker: "nurse"},
	{rule: "placed-person", pos: false,
		text:  "Two cases of the disease were confirmed in the capital this week.\nA spokesman for the Harwick Hospital Trust said: \"We were told nothing at all until the patients arrived.\"",
		quote: "We were told nothing at all", speaker: "spokesman"},
	// a document "signed by" people described, not named, speaks for them
	{rule: "document-signed-by", pos: true,
		text:  "Doctors wrote to the agency this month.\n\"We write with urgency about the coming flu season,\" says the letter signed by nine doctors.",
		quote: "We write with urgency", speaker: "nine doctors"},
	{rule: "document-signed-by", pos: false,
		text:  "Doctors wrote to the agency this month.\n\"We write with urgency about the coming flu season,\" says the letter seen by nine doctors.",
		quote: "We write with urgency", speaker: "nine doctors"},
}

func TestAu2QuoteRows(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), au2QuoteRows) }
