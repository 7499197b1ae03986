package extract

import "sync"

// The number rules of deaths that need a word of death near the number.
// deaths tries every number of an article, and most stand far from any
// word of death (dates, votes, sums, ages): over the 417 BBC politics
// articles, 1,000 of the 1,500 numbers that reach deathFigure.
// deathWordsNear tells, from counts deathSentences keeps as it reads the
// sentences for its own marks (deathWordsOf), whether a word of death
// stands in a number's window; the rules that read one only there are not
// tried without one (a rule's near in deathRulesBefore, and
// deathAfterNumber).
//
// Why it is safe. A rule is marked only where every figure it finds
// reads, as a condition, a word that deathWordsNear counts, inside the
// number's window: every sentence from the one before the number's, or
// the one nearReach tokens before the number if earlier, to the one
// nearReach tokens past the end of the number's paragraph (sentences end
// with their paragraph). The words counted are the death lexicon's
// phrases of every kind but hurt (death_words.tsv: passive, intrans,
// active, adj, noun, toll), listTriggers, and the lists killing,
// among-dead and sure-death (nearAnchors.death); for lossNear also
// loss-verb, combatant-kill, cost-verb and wipeVerbs (nearAnchors.loss).
// These are the tables the rules read, so a word added to them is counted
// too. Where each marked rule reads its word:
//
//   - killedAlongWith: a passive or intransitive phrase in the sentence
//     of the word before "along with" (deathBefore).
//   - lostOfItsPeople (lossNear): "lost" right before the number.
//   - killingNumber (lossNear): at most a dozen tokens before the number
//     (wordBeforeNumber, a quote, activePhraseBefore, familyOf, the state
//     after costToState): an active phrase, a loss verb, a combatant
//     kill, "cost", "wiped", or for familyOf's part of the dead a killing
//     word of its sentence; lifeTakers need "lives" right after the
//     number (livesAfter).
//   - verbToDeathAround: "death" of "to death" within seven tokens after.
//   - deathsOfNumber: a noun of death, "fatal"/"deadly", "remains",
//     "bodies" or "lives" right before "of", or "victims" right after the
//     number (mournedVictims).
//   - lossOfLives: "lives" right after the number.
//   - tollBefore: a toll phrase in the number's sentence.
//   - deadNumbered: the dead (theDeadAt) within a dozen tokens before.
//   - deadSubjectNumbered: the dead opening the number's sentence.
//   - deadIncluded: among-dead right before "included" or "were", in the
//     number's sentence or at the end of the one before.
//   - deathAfterNumber: a phrase of death, "death", "fatally", "bodies",
//     "lives", the dead after "among" or "of", or a death verb a few words
//     after "of the injured" (hurtWhoDied), read from a word of the
//     number's paragraph (its steps stop at the paragraph's end) at most
//     some twenty tokens on; or a verb of dying before the number in its
//     sentence (elidedDeathVerb); or a killing word in the sentence of a
//     word after the number or the one before (victimsOfKilling).
//
// The rules not marked (tolls told in an earlier sentence, gapped and
// tabled figures, estimates) are tried at every number as before.
// TestFigureGatesSound checks the gates over the figure rows, the
// passages and the held-out articles.

// nearWords are the kinds of word deathWordsNear finds in a number's
// window, as bits; a rule's near is the kind it needs, or 0.
type nearWords uint8

const (
	deathNear nearWords = 1 << iota // a word of death (nearAnchors.death, the lexicon)
	lossNear                        // a word of death or of a loss of one's own
)

// nearReach is how far, in tokens, the window of deathWordsNear reaches
// before the number and past its paragraph: the words the marked rules
// read at fixed steps from the number or from a word of its paragraph
// stand within some twenty tokens of them.
const nearReach = 64

// nearAnchors are the words outside the death lexicon that the marked
// rules read as the death of their figure (death), and those that tell a
// side's loss of its own people (loss); shapes is the filter of these and
// of listTriggers, which deathWordsOf asks of every token first.
var nearAnchors = sync.OnceValue(func() anchorWords {
	death, loss := wordsOfSets(killingWords, amongDead, sureDeathWords), wordsOfSets(lossVerbs, combatantKills, costVerbs, wipeVerbs)
	return anchorWords{death: death, loss: loss, among: amongDead.words(), shapes: shapesOf(death, loss, listTriggers().words)}
})

// anchorWords are the words of nearAnchors, and among those of
// amongDead, the dead a victims' predicate may read after "among".
type anchorWords struct {
	death, loss, among map[string]bool
	shapes             *wordShapes
}

// wordsOfSets gathers the words of sets.
func wordsOfSets(sets ...*wordSet) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s.words() {
			m[w] = true
		}
	}
	return m
}

// anchorAt returns the kinds of word of death that the word w is
// outside the death lexicon.
func (an *anchorWords) anchorAt(w string) sentenceWords {
	switch {
	case an.death[w] && an.among[w]:
		return swDeath | swLoss | swPredicate
	case an.death[w]:
		return swDeath | swLoss
	case an.loss[w]:
		return swLoss
	}
	return 0
}

// nearCounts are the running counts of deathSentences' sentences that
// hold a word of each kind: death[i] of the sentences before sentence i
// that hold a word of death, loss[i] of those that hold one of death or
// of loss.
type nearCounts struct {
	death, loss []int32
}

// countSentence adds sentence si's kinds found to the running counts.
func (c *nearCounts) countSentence(si int, found sentenceWords) {
	c.death[si+1], c.loss[si+1] = c.death[si], c.loss[si]
	if found&swDeath != 0 {
		c.death[si+1]++
	}
	if found&swLoss != 0 {
		c.loss[si+1]++
	}
}

// deathWordsNear returns the kinds of word that stand in the window of
// the number n (see the comment at the top of this file).
func (a *analysis) deathWordsNear(n number) nearWords {
	if a.ungated {
		return deathNear | lossNear
	}
	if a.near.death == nil {
		a.deathSentences() // which counts them
	}
	toks := a.d.toks
	s := int(toks[n.first].sent)
	lo := max(s-1, 0)
	if k := n.hedge - nearReach; k <= 0 {
		lo = 0
	} else {
		lo = min(lo, int(toks[k].sent))
	}
	end := min(max(a.d.paras[toks[n.first].para].lim, n.lim)+nearReach, len(toks))
	hi := int(toks[end-1].sent) + 1
	var w nearWords
	if a.near.death[hi] > a.near.death[lo] {
		w |= deathNear
	}
	if a.near.loss[hi] > a.near.loss[lo] {
		w |= lossNear
	}
	return w
}
