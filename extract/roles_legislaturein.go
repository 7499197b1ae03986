package extract

// legislatureAfterIn reads the house a legislator sits in, written after
// "in" by its lower-case noun, and returns the token after it, or k:
// "a deputy in the outgoing regional parliament", "a lawmaker in the state
// assembly" hold a seat as "a member of parliament" does. A house named
// with capitals ("in the National Assembly") is bodyAfterIn's.
func (a *analysis) legislatureAfterIn(s *appositionScan, k int) int {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "in" || !legislatorHeads.has(s.w.head) {
		return k
	}
	j := k + 1
	if toks[j].lower == "the" {
		j++
	}
	for n := 0; n < 3 && j < len(toks) && toks[j].kind == tWord && (!toks[j].cap || a.placeAt[j] >= 0) && !legislatures.hasToken(&toks[j]); n++ {
		j++ // "the outgoing regional", "the Saxon state"
	}
	if j >= len(toks) || toks[j].cap || !legislatures.hasToken(&toks[j]) || toks[j].para != toks[k].para {
		return k
	}
	return j + 1
}
