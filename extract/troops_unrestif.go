package extract

// unrestNouns are disorder that a sending may wait on; persistVerbs say it
// goes on or spreads: "if road blockades continue", "if the violence
// spreads".
var (
	unrestNouns  = wordList("unrest-noun")
	persistVerbs = wordList("persist-verb")
)

// persistingUnrestIf reports, in the eight words of an "if" clause from
// k, a noun of disorder with a verb of its going on at most three words
// after it: "if road blockades continue", "if the protests persist". The
// sending waits on what others do and warns them: a threat, no pledge
// (consent-conditional offers count, threat-conditional do not).
func (a *analysis) persistingUnrestIf(k, lim int) bool {
	toks := a.d.toks
	for j := k; j < lim && j < k+8 && toks[j].kind == tWord; j++ {
		if !unrestNouns.hasToken(&toks[j]) {
			continue
		}
		for v := j + 1; v < lim && v <= j+3 && toks[v].kind == tWord; v++ {
			if persistVerbs.hasToken(&toks[v]) {
				return true
			}
		}
	}
	return false
}

// speechAsideEnd returns the index after a short aside of speech set off
// by commas from the comma at k (", the Peruvian government said,"), or
// k when none opens there.
func (a *analysis) speechAsideEnd(k int) int {
	toks := a.d.toks
	if k >= len(toks) || toks[k].text != "," {
		return k
	}
	speech := false
	for e := k + 1; e < len(toks) && e <= k+7 && toks[e].sent == toks[k].sent; e++ {
		switch {
		case toks[e].text == ",":
			if speech && e > k+2 {
				return e + 1
			}
			return k
		case toks[e].kind != tWord:
			return k
		case a.speechVerbAt(e) == e:
			speech = true
		}
	}
	return k
}
