package extract

// partGroupNouns name a part of a deployment after an ordinal: "the first
// group of 60", "an initial batch of 150".
var partGroupNouns = closedWords(func() map[string]bool {
	return map[string]bool{"group": true, "batch": true, "wave": true, "contingent": true}
})

// partGroupOf returns, for "of" at k after a part's noun and a word of
// continuation ("first group of", "initial batch of"), the continuation
// word's token and true, so that "An initial group of 150 is expected"
// reads as "The first 150 arrived" does; else k and false.
func (a *analysis) partGroupOf(k int) (int, bool) {
	toks := a.d.toks
	if k < 2 || toks[k].lower != "of" || !partGroupNouns.hasToken(&toks[k-1]) || !continuationWords.hasToken(&toks[k-2]) {
		return k, false
	}
	return k - 2, true
}
