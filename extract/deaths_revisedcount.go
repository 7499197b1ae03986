package extract

// A bare "count" or "tally" of the dead told as revised, its killing
// words paragraphs earlier: "five militants had been killed ... He said
// the initial count of three militants had been revised". A count whose
// figure is revised is a count of the dead when the story's killing came
// before it; a count of votes or ballots has no killing words before it.

// revisedCountParas is how many paragraphs back the killing may be told.
const revisedCountParas = 3

// countRevisedLater reports "count of N" at k, the number n right after
// "of" and people or a verb after it, revised later in its sentence ("had been revised", "was later
// corrected"), with killing words in the paragraphs before it.
func (a *analysis) countRevisedLater(k int, n number) bool {
	toks := a.d.toks
	if k+2 != n.hedge || toks[k+1].lower != "of" {
		return false
	}
	if _, ok := a.victimTail(n.lim); !ok && n.lim < len(toks) && !auxWords.hasToken(&toks[n.lim]) {
		return false // "the count of 40 ballots": no people
	}
	for j := n.lim; j < len(toks) && j < n.lim+8 && toks[j].sent == toks[n.first].sent; j++ {
		if figureRevisers.hasToken(&toks[j]) {
			return a.killingParasBefore(a.d.sents[toks[n.first].sent].first, revisedCountParas)
		}
	}
	return false
}
