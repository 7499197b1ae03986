package extract

// requestDestination returns the state that personnel are sent "to" in
// the sentence before "at the request of" at k, the state that asked for
// them: "France first sent soldiers to Chad in 1969, at the request of
// President NAME" is Chad's president, whatever state the story names
// most after it, or whichever the context guesses acts. "" when no state
// follows "to" there.
func (a *analysis) requestDestination(k int, lacks func(string) bool) string {
	toks := a.d.toks
	s := a.d.sents[toks[k].sent]
	for j := k - 1; j > s.first; j-- {
		if toks[j-1].lower != "to" {
			continue
		}
		if c, ok := a.stateAt(j); ok && c != "" && !lacks(c) && a.places[a.placeAt[j]].first == j {
			return c
		}
	}
	return ""
}
