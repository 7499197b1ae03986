package extract

// jointWords before a force's noun make it shared by the states joined
// in its sentence: "a joint crew", "a combined force".
var jointWords = closedSet("joint", "combined", "mixed")

// jointOfStates reports a figure of a joint force of two states that its
// clause joins by "and": "The Indian and Sri Lankan navies will sail it
// with a joint crew of 140", "a combined force of 900 from Benin and
// Togo". Such a figure has no one sender; "Manila deployed two ships with
// a combined crew of 97" has one.
func (a *analysis) jointOfStates(n number) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	joint := false
	for k := n.hedge - 1; k >= s.first && k >= n.hedge-4 && !joint; k-- {
		joint = jointWords.hasToken(&toks[k])
	}
	if !joint {
		return false
	}
	for k := a.figureClauseStart(n.first); k < s.lim; k++ {
		c, ok := a.stateAt(k)
		if !ok || a.places[a.placeAt[k]].first != k {
			continue
		}
		e := a.places[a.placeAt[k]].lim
		if e+1 < s.lim && toks[e].lower == "and" {
			if c2, ok := a.stateAt(e + 1); ok && c2 != c {
				return true
			}
		}
	}
	return false
}
