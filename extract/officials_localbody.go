package extract

// localBodyHeads head a lower-case phrase naming a community's own body
// after "local" (words_people.tsv local-body-head): "the head of the local
// vigilance committee" speaks for a village's self-defence group, "the
// coordinator of a local emergency response room" for volunteers; "the
// local council" is a state's and is not listed.
var localBodyHeads = wordList("local-body-head")

// localCommunityBody reports a complement [lo, k] that is "the" or "a",
// "local", and lower-case words ending in a local body's head.
func (a *analysis) localCommunityBody(lo, k int) bool {
	toks := a.d.toks
	if lo+2 > k || k >= len(toks) || toks[lo].lower != "the" && toks[lo].lower != "a" || toks[lo+1].lower != "local" {
		return false
	}
	for j := lo + 2; j <= k; j++ {
		if toks[j].kind != tWord || toks[j].cap {
			return false
		}
	}
	return localBodyHeads.hasToken(&toks[k])
}

// localBodyAfterOf reads "of a local emergency response room" at k after
// an apposition's role noun, marks the role a non-state body's and
// returns the token after the phrase, or k.
func (a *analysis) localBodyAfterOf(k int, w *titleWalk) int {
	toks := a.d.toks
	if k+3 >= len(toks) || toks[k].lower != "of" && toks[k].lower != "for" || w.org != "" || w.country != "" {
		return k
	}
	for e := k + 3; e < len(toks) && e <= k+7 && toks[e].kind == tWord; e++ {
		if a.localCommunityBody(k+1, e) {
			w.nonState = true
			return e + 1
		}
	}
	return k
}
