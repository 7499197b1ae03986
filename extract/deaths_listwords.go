package extract

// The sentences where listDeath reads victim lists. deaths reads the
// lists in every sentence of death (deathSentences' marks), at every
// word: listDeath's rules cost some 1,800 instructions a word, 20M over
// the 11,600 words of the sentences of death of the 417 BBC politics
// articles. But an active verb of the lexicon like "claimed" or "left"
// marks a sentence ("he claimed that", "left the party"), and most of
// listDeath's cost is in its last rules, on the victims of a predicate of
// death, which need a verb of dying or "dead". deathWordsOf notes, as it
// reads a sentence, the kinds of word listDeath's rules read; deaths runs
// listDeath only where a word of swList stands in the sentence or one
// beside it, and its victims' rules only where one of swPredicate does.
//
// Why it is safe. listDeath finds a figure by one of its rules:
//   - lifeOfDeath reads "life", a trigger of the lists (swList).
//   - objectDeath starts from an active phrase of the lexicon (swList,
//     but for claimVerbs alone, which it turns away, and leaveVerbs alone,
//     which need "dead", an adjective of the lexicon, after their object),
//     a dead-complement (which needs "dead" too), a to-death verb (which
//     needs "death", a trigger), an object verb (a trigger) or
//     "murdered"/"murdering" (the lexicon's).
//   - nominalDeath starts from a noun of death, multipleHomicide from a
//     multiple, selfKilling from "himself", "herself" or "life": triggers.
//   - namedDead needs the dead named before the list (deadNamedNext): a
//     phrase of the lexicon or a word of among-dead (all the lexicon's).
//   - the victims' rules (relativeDeath, deathPredicate, headlineDead,
//     "all dead") need an intransitive, passive or adjective phrase of the
//     lexicon, or a word of among-dead after "among" (swPredicate, which
//     are all swList too).
// Each reads its word within the sentence of the victims, which
// readVictims keeps in the sentence it starts in (the word after a list
// may open the next one: the window takes the sentences beside). The
// words are read from the tables the rules read (death_words.tsv,
// listTriggers, amongDead, claimVerbs, leaveVerbs), so a word added to
// them is counted too. The marks of the sentences of death, which the
// ranked counts and the vague figures still read, are as before.
// TestFigureGatesSound checks the gate over the figure rows, the passages
// and the held-out articles.

// sentenceWords are the kinds of word of death a sentence holds, as bits.
type sentenceWords uint8

const (
	swDeath     sentenceWords = 1 << iota // a word of death (deathWordsNear's deathNear)
	swLoss                                // a word of death or of a loss of one's own (lossNear)
	swList                                // a word a rule of listDeath starts from
	swPredicate                           // a predicate of death the victims' rules read

	allSentenceWords = swDeath | swLoss | swList | swPredicate
)

// sentenceWordSets are the word sets deathWordsOf reads, fetched once a
// text.
type sentenceWordSets struct {
	triggers triggerWords
	anchors  anchorWords
}

// lexiconWords returns the kinds of word of a phrase of the death lexicon
// of kinds that opens at token t, one word long when single.
func lexiconWords(t *token, kinds deathKinds, single bool) sentenceWords {
	var found sentenceWords
	if kinds&^(1<<dHurt) != 0 {
		found |= swDeath | swLoss
	}
	if kinds&(1<<dIntrans|1<<dPassive|1<<dAdj) != 0 {
		found |= swPredicate
	}
	if t.kind == tWord && kinds&^(1<<dHurt|1<<dToll) != 0 && !(kinds == 1<<dActive && single && (claimVerbs.hasToken(t) || leaveVerbs.hasToken(t))) {
		found |= swList // "claimed", "left" alone: no list's word (see above)
	}
	return found
}

// listWordsNear returns the kinds of word listDeath reads that sentence si
// or one beside it holds (deathSentences has read them).
func (a *analysis) listWordsNear(si int) sentenceWords {
	if a.ungated {
		return allSentenceWords
	}
	w := a.listWords[si]
	if si > 0 {
		w |= a.listWords[si-1]
	}
	if si+1 < len(a.listWords) {
		w |= a.listWords[si+1]
	}
	return w
}
