package extract

import "strings"

// repeatedFigure reports a troop figure that says again a count of the
// same personnel read before (the last word of the unit, "personnel" of
// "Defence Force personnel"), in a sentence that names no state: "keep up
// to 50 New Zealand Defence Force personnel ... 'Fifty personnel is not a
// rounding error,' Whitmore said" is the 50 told before, not a figure of
// whatever state was named last. A state named in the sentence makes it
// another figure: "Benin sent 200 soldiers ... Togo also sent 200 soldiers".
func (a *analysis) repeatedFigure(fig Troops, n number) bool {
	toks := a.d.toks
	told := false
	for _, f := range a.figuresSoFar {
		if f.count == fig.Count && f.country != fig.Country && strings.EqualFold(lastWord(f.unit), lastWord(fig.Unit)) {
			told = true
			break
		}
	}
	if !told {
		return false
	}
	s := a.d.sents[toks[n.first].sent]
	quoted := a.inQuote(n.first)
	for j := s.first; j < s.lim; j++ {
		if quoted && !a.inQuote(j) {
			continue // `"... a sentence with 4,800 soldiers behind it," NAME said beside his Lithuanian counterpart`: the attribution's state is the speaker's scene
		}
		if c, ok := a.stateAt(j); ok && c != "" {
			return false
		}
	}
	return true
}
