package extract

// strengthMods make a force noun a state's whole standing strength:
// "its active-duty forces", "its regular army".
var strengthMods = wordList("strength-mod")

// standingForceCut reports "to" or "from" at k after a resize verb whose
// object is a state's standing force, marked as its whole strength and
// placed nowhere: "plans to cut its active-duty forces to 450,000". What
// the whole army will number is a strength target, not a deployment;
// "cut its forces in Iraq to 2,500" keeps its place and is one.
func (a *analysis) standingForceCut(k, first int) bool {
	toks := a.d.toks
	if toks[k].lower == "to" && k-1 > first && toks[k-1].kind == tNum {
		if m, ok := a.d.parseNumber(k - 1); ok && m.lim == k && m.hedge-1 > first && toks[m.hedge-1].lower == "from" {
			k = m.hedge - 1 // "from 600,000 to 450,000"
		}
	}
	if w := toks[k].lower; w != "to" && w != "from" || k-1 <= first {
		return false
	}
	j := k - 1
	if !standingForces.hasToken(&toks[j]) {
		return false
	}
	for i := j - 1; i > first && i >= j-3; i-- {
		if strengthMods.hasToken(&toks[i]) {
			return a.sizeVerbBefore(i, first)
		}
		if toks[i].kind != tWord {
			return false
		}
	}
	return false
}

// sizeVerbBefore reports a size verb a few words before i, past the
// determiner of its object: "cut its", "reduce the".
func (a *analysis) sizeVerbBefore(i, first int) bool {
	toks := a.d.toks
	for v := i - 1; v >= first && v >= i-3; v-- {
		if sizeVerbs.hasToken(&toks[v]) {
			return true
		}
		if toks[v].kind != tWord {
			return false
		}
	}
	return false
}
