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
		if !expelVerbs.hasToken(&toks[k]) && !(k+1 < n.hedge && toks[k+1].lower == "out" && expelOutVerbs.hasToken(&toks[k])) {
			continue
		}
		j := k + 1
		if toks[j].lower == "out" || toks[j].lower == "the" {
			j++
		}
		m, ok := a.placeStartingAt(j)
		if !ok || !m.state || m.kind != sAdjective && !m.possessive || m.lim >= n.hedge {
			return ""
		}
		f := a.expelledForceNoun(m.lim, n.hedge)
		if f < 0 {
			return ""
		}
		for i := f + 1; i < n.hedge-1; i++ {
			if forceNouns.hasToken(&toks[i]) || deployedUnits.hasToken(&toks[i]) {
				return m.code
			}
		}
		return ""
	}
	return ""
}

// expelOutVerbs throw a force out with "out" after them: "ordered out
// France's special forces" (ht1).
var expelOutVerbs = wordList("expel-out-verb")

// expelledForceNoun returns the force noun right after the expelled
// state's mention ending at e, past its "'s" and up to two modifiers
// ("France's special forces"), before lim; else -1.
func (a *analysis) expelledForceNoun(e, lim int) int {
	toks := a.d.toks
	if e < lim && toks[e].lower == "'s" {
		e++
	}
	for k := e; k < lim && k <= e+2; k++ {
		if forceNouns.hasToken(&toks[k]) {
			return k
		}
		if toks[k].kind != tWord || toks[k].cap {
			return -1
		}
	}
	return -1
}
