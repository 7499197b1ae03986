package extract

// stateRunWords describe a body as owned or run by the state
// (words_people.tsv state-run): "the state railway company".
var stateRunWords = wordList("state-run")

// stateRunBodyOf reports a firm's title whose of- or at-phrase right after
// it describes the body as the state's own: "The chief executive of the
// state railway company, NAME," holds an office of the state the story
// is about, not a private firm's; "the chief executive of the railway
// company" stays a firm's.
func (a *analysis) stateRunBodyOf(r *role) bool {
	toks := a.d.toks
	k := r.titleHi
	if r.titleLo < 0 || k < 1 || k+2 >= len(toks) {
		return false
	}
	if p := toks[k].lower; p != "of" && p != "at" || toks[k+1].lower != "the" {
		return false
	}
	w := &toks[k+2]
	return !w.cap && w.kind == tWord && stateRunWords.hasToken(w)
}
