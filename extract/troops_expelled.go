package extract

// expelVerbs throw a foreign force out of the state that hosted it.
var expelVerbs = wordList("expel-verb")

// expelledForceState returns the state whose force a verb of expulsion
// throws out earlier in n's sentence, when a further force noun stands
// between them: "Niger expelled French forces in 2023, ending a
// deployment that had numbered 1,500 soldiers" sizes France's
// deployment, not the host's that did the expelling.
func (a *analysis) expelledForceState(n number) string {
	toks := a.d.toks
	first := a.d.sents[toks[n.first].sent].first
	for k := n.hedge - 1; k > first; k-- {
		if !expelVerbs.hasToken(&toks[k]) {
			continue
		}
		j := k + 1
		if toks[j].lower == "out" || toks[j].lower == "the" {
			j++
		}
		m, ok := a.placeStartingAt(j)
		if !ok || !m.state || m.kind != sAdjective || m.lim >= n.hedge || !forceNouns.hasToken(&toks[m.lim]) {
			return ""
		}
		for i := m.lim + 1; i < n.hedge-1; i++ {
			if forceNouns.hasToken(&toks[i]) {
				return m.code
			}
		}
		return ""
	}
	return ""
}
