package extract

import "strings"

// namedUnitState returns the state of a troop figure whose personnel are
// drawn "of"/"from" a numbered unit whose name only that state uses:
// "4,500 soldiers of the 1st Armored Brigade Combat Team" (US), "800
// soldiers from the 10th Mountain Division". The unit names its army
// more surely than the port or base it arrives at, unless the sentence
// names a state before the figure. Empty when none.
func (a *analysis) namedUnitState(n number) string {
	toks := a.d.toks
	j := n.lim
	for j < len(toks) && j < n.lim+3 && toks[j].lower != "of" && toks[j].lower != "from" {
		j++ // past the personnel noun: "soldiers", "combat troops"
	}
	if j+2 >= len(toks) || toks[j].lower != "of" && toks[j].lower != "from" || toks[j+1].lower != "the" || !ordinalToken(toks[j+2].lower) {
		return a.subjectUnitState(n)
	}
	if a.stateNamedBefore(n.first) {
		return "" // "Russia's contribution is some 900 paratroopers from the 98th Airborne Division"
	}
	return a.unitNameStateAt(j+3, toks[n.first].sent)
}

// subjectUnitState returns the state of a numbered unit whose name only
// that state uses and that opens the figure's sentence as the subject
// holding or sending it: "The 22nd Marine Expeditionary Unit has 2,200
// marines embarked", "The 101st Airborne Division is sending 1,500
// soldiers". Empty when none, or when a state is named before the figure.
func (a *analysis) subjectUnitState(n number) string {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	j := s.first
	if j+1 >= n.hedge || toks[j].lower != "the" || !ordinalToken(toks[j+1].lower) || a.stateNamedBefore(n.first) {
		return ""
	}
	return a.unitNameStateAt(j+2, toks[n.first].sent)
}

// unitNameStateAt returns the state of the capitalised unit name that
// opens at k in sentence sent, by its ending (unit_states.tsv), or "".
func (a *analysis) unitNameStateAt(k int, sent int32) string {
	toks := a.d.toks
	var words []string
	for j := k; j < len(toks) && j < k+6 && toks[j].cap && toks[j].sent == sent; j++ {
		words = append(words, toks[j].text)
	}
	for s := range words {
		if c, ok := a.lx.unitStates[strings.Join(words[s:], " ")]; ok {
			return c
		}
	}
	return ""
}

// stateNamedBefore reports a state or its people named in the sentence
// before token first: the sentence names the unit's army itself.
func (a *analysis) stateNamedBefore(first int) bool {
	for k := a.d.sents[a.d.toks[first].sent].first; k < first; k++ {
		if a.placeAt[k] >= 0 {
			if m := a.places[a.placeAt[k]]; m.state || m.kind == sAdjective || m.kind == sCapital {
				return true
			}
		}
	}
	return false
}
