package extract

// A counted group the participle of their death closes, before "included":
// "The 2,977 people killed on September 11, 2001, included 343
// firefighters", "The 30 people killed in the attacks included 12
// children". Like "the dead included", the people listed after it are a
// part of the dead.

// countedKilledBefore reports "the N NOUN killed" before "included" at k,
// maybe with a phrase of time or place between ("killed on September 11,
// 2001,"), within a dozen tokens of one sentence with no stop, "and" or verb
// of being between.
func (a *analysis) countedKilledBefore(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 3 && j > k-13 && toks[j].sent == toks[k].sent; j-- {
		if w := toks[j].text; w == ";" || w == ":" || toks[j].kind == tQuote || w == "and" || beAux.hasToken(&toks[j]) {
			return false // "the 30 killed were mourned, and the protesters included": another subject
		}
		if toks[j].lower != "killed" {
			continue
		}
		if toks[j-1].kind != tWord {
			return false
		}
		m, ok := a.numberEndingAt(j - 1)
		return ok && m.hedge >= 1 && toks[m.hedge-1].lower == "the"
	}
	return false
}
