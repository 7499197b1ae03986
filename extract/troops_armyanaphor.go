package extract

// "the army" told without its state takes the state whose army or
// military the article last named before: "A Myanmar military air strike
// ... The strike came as the army moved roughly 1,500 soldiers" is
// Myanmar's army, whatever state a Bangkok story names most.

// armyNouns name a state's whole armed force.
var armyNouns = closedSet("army", "military")

// armyAnaphorState returns the state of "the army" (or "the military")
// before the figure at first in its sentence: the state written right
// before the last such noun earlier in the article ("Myanmar military",
// "Chad's army"); else "".
func (a *analysis) armyAnaphorState(first int) string {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	at := -1
	for k := s.first + 1; k < first; k++ {
		if armyNouns.hasToken(&toks[k]) && toks[k-1].lower == "the" {
			at = k
		}
	}
	if at < 0 {
		return ""
	}
	for j := at - 2; j > 0; j-- {
		if !armyNouns.hasToken(&toks[j]) {
			continue
		}
		o := j - 1
		if toks[o].lower == "'s" && o > 0 {
			o--
		}
		if c, ok := a.stateAt(o); ok && c != "" && !a.inDateline(o) {
			return c
		}
	}
	return ""
}
