package extract

// theForceState returns the state whose force the sentence before names
// when n's sentence opens with "The" and a force noun that takes it up:
// "France's armed forces in New Caledonia have also dispatched a patrol
// vessel. The detachment, about 60 sailors and soldiers, is due on
// Thursday" counts France's detachment, whatever state the paragraph
// named first.
func (a *analysis) theForceState(n number) string {
	toks := a.d.toks
	si := int(toks[n.first].sent)
	f := a.d.sents[si].first
	if si == 0 || f+2 > n.hedge || toks[f].lower != "the" || !forceNouns.hasToken(&toks[f+1]) {
		return ""
	}
	for k := f; k < n.first; k++ {
		if _, ok := a.stateAt(k); ok {
			return "" // a state of its own before the figure
		}
	}
	code := ""
	for k := a.d.sents[si-1].first; k < f; k++ {
		m, ok := a.placeStartingAt(k)
		if !ok || !m.state || !(m.possessive || m.kind == sAdjective) {
			continue
		}
		i := m.lim
		if m.possessive && i < f && toks[i].lower == "'s" {
			i++
		}
		if i < f && toks[i].lower == "armed" {
			i++
		}
		if i < f && forceNouns.hasToken(&toks[i]) {
			if code != "" && code != m.code {
				return "" // forces of two states: no one to take up
			}
			code = m.code
		}
	}
	return code
}
