package extract

// uncountedAdjs before "number of" leave a group uncounted: "unknown".
var uncountedAdjs = wordList("uncounted-adj")

// uncountedGroupEnd returns the token after "an unknown number of" at j,
// a group joined to counted victims that adds nothing to their count: "38
// soldiers and an unknown number of rebels were killed" is a toll of 38
// (at least). It returns -1 for any other words.
func (a *analysis) uncountedGroupEnd(j int) int {
	toks := a.d.toks
	if j+3 >= len(toks) || toks[j].lower != "an" && toks[j].lower != "a" {
		return -1
	}
	if !uncountedAdjs.hasToken(&toks[j+1]) || toks[j+2].lower != "number" || toks[j+3].lower != "of" {
		return -1
	}
	return j + 4
}
