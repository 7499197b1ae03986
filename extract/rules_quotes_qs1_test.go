package extract

import "testing"

// qs1QuoteRuleRows hold the speaker shapes fixed by qs1 (speakers left
// wrong in the r38 rounds).
var qs1QuoteRuleRows = []quoteRuleRow{
	// `"…," said a NOUN who gave only his first name, NAME`: the name the
	// clause after the noun gives is the speaker, not the noun
	// (nameGivenAfterNoun)
	{rule: "name-given-after-noun", pos: true,
		text:  "The market reopened on Friday. \"Prices have doubled since spring,\" said a baker who would give only her first name, Selin.",
		quote: "Prices have doubled", speaker: "Selin"},
	{rule: "name-given-after-noun", pos: true,
		text:  "The road stayed shut. \"We waited three days for a bus,\" says a student identified only as Tariq.",
		quote: "We waited three days", speaker: "Tariq"},
	{rule: "name-given-after-noun", pos: true,
		text:  "Power returned slowly. \"The generators ran out first,\" said one nurse, who asked to be identified by her first name, Olena. \"Then the water.\"",
		quote: "Then the water", speaker: "Olena"},
	// a name in the clause that the source does not give for themselves
	// is someone else: the noun stays the speaker
	{rule: "name-given-after-noun", pos: false,
		text:  "The market reopened on Friday. \"Prices have doubled since spring,\" said a baker who once worked for Selin Kaya.",
		quote: "Prices have doubled", speaker: "Selin Kaya"},
	// a gendered noun in the apposition after the subject's name titles
	// that subject, so the writer's "he" outweighs the given-name list
	// (apposedAfter)
	{rule: "apposed-title-noun", pos: true,
		text:  "Officer Ben Cole, a police spokesman, said the road was shut. \"Traffic is diverted.\"\n\nAyanda Mkhize, the chairman of the residents' association, said families had slept outside for two nights. \"Nobody from the council has visited,\" he said.",
		quote: "Nobody from the council", speaker: "Ayanda Mkhize"},
	// a gendered noun in a relative clause of the apposition is someone
	// else: the list's gender stands
	{rule: "apposed-title-noun", pos: false,
		text:  "Officer Ben Cole, a police spokesman, said the road was shut. \"Traffic is diverted.\"\n\nAyanda Mkhize, whose son is a fireman, said families had slept outside for two nights. \"Nobody from the council has visited,\" he said.",
		quote: "Nobody from the council", speaker: "Ayanda Mkhize"},
	// "She knew it, says NAME, …": the pronoun that opens the reported
	// clause is the inverted speaker's own, so a later "she said" may mean
	// her even when the given-name list does not know her
	// (invertedSpeakerAfterComma)
	{rule: "opener-pronoun-inverted", pos: true,
		text:  "Floods hit the town.\n\nShe knew the river would rise, says Ngozi-Ama Okon, a ferry pilot on the Niger. \"We moved the boats at dawn. Then we waited,\" she said.",
		quote: "We moved the boats", speaker: "Ngozi-Ama Okon"},
	// a name in passing in a sentence the pronoun opens, no speech verb
	// before it, is still someone else
	{rule: "opener-pronoun-inverted", pos: false,
		text:  "Officer Ben Cole spoke at the dock.\n\nHe had closed the ferry, helped by a boatman, Kofi Mensah. \"The river is too high,\" he said.",
		quote: "The river is too high", speaker: "Kofi Mensah"},
	// "SUBJECT, said TITLE NAME, VERB "…"": the name of the inverted aside
	// is the speaker, not the subject it talks about (saidAsideSpeaker)
	{rule: "said-aside", pos: true,
		text:  "Talks resumed on Monday.\n\nThe second convoy, says relief coordinator Dr. Hanna Berg, has \"reached every village on the list\".",
		quote: "reached every village", speaker: "Hanna Berg"},
	// an aside whose verb tells a listener names no speaker after it
	{rule: "said-aside", pos: false,
		text:  "Talks resumed on Monday.\n\nThe second convoy, the coordinator told Hanna Berg, has \"reached every village on the list\".",
		quote: "reached every village", speaker: "Hanna Berg"},
	// "in NAME's words, "…"": the owner of the words is the speaker
	// (ownerWordsSpeaker)
	{rule: "owner-words", pos: true,
		text:  "Costs rose.\n\nThe deal was, in Mr Okafor's own words, \"the best we could get this year\".",
		quote: "the best we could get", speaker: "Okafor"},
	// words that are not anyone's say nothing of a speaker
	{rule: "owner-words", pos: false,
		text:  "Costs rose.\n\nThe deal was, in the year's best words, \"the best we could get this year\".",
		quote: "the best we could get", speaker: "year"},
	// a man named only in a dependent clause that opens its sentence
	// ("Although NAME has promised …, the backlog …") is no subject a
	// later "he said" goes on with: the speaker before him is
	// (inFrontedClause)
	{rule: "fronted-clause", pos: true,
		text:  "Shipping slowed at the port.\n\nPort spokesman Daniel Osei said the terminal handled about 4,000 containers last week. Although Kwame Boateng has repeatedly promised that the new cranes would arrive, the backlog is not expected to clear before March.\n\n\"We are working double shifts,\" he said.",
		quote: "We are working double shifts", speaker: "Daniel Osei"},
	{rule: "fronted-clause", pos: true,
		text:  "The club met on Sunday.\n\nClub secretary Tomas Varga said ticket sales had doubled. While Peter Hall called the rise \"a fluke\" on radio, the board expects it to last, he said. \"Fans are coming back,\" he said.",
		quote: "Fans are coming back", speaker: "Tomas Varga"},
	// a pronoun of his gender that opens the main clause goes on with
	// the man of the dependent clause, and so does the later "he said"
	{rule: "fronted-clause", pos: false,
		text:  "The club met on Sunday.\n\nClub secretary Tomas Varga said ticket sales had doubled. Although Peter Hall lost the vote in May, he stayed on the board. \"Fans are coming back,\" he said.",
		quote: "Fans are coming back", speaker: "Tomas Varga"},
	// a man named in the main clause after the dependent one is its
	// subject
	{rule: "fronted-clause", pos: false,
		text:  "The club met on Sunday.\n\nClub secretary Tomas Varga said ticket sales had doubled. When the season opened, Peter Hall called the rise a fluke. \"Fans are coming back,\" he said.",
		quote: "Fans are coming back", speaker: "Tomas Varga"},
}

func TestQs1QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), qs1QuoteRuleRows)
}
