package extract

// resizedPresence reports the "to" before the figure n as the new size of
// a force, which licenses a weak personnel noun after the number: a size
// verb whose object is a force or its presence in a sentence about a
// state or an armed body ("the National Guard doubled its presence on
// the coast to 900 officers"), or a force's apposition "down to N" ("The
// Kenyan contingent in Haiti, down to 380 officers, ...").
func (a *analysis) resizedPresence(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	first := a.d.sents[toks[n.first].sent].first
	if k < first+3 || toks[k].lower != "to" {
		return false
	}
	if toks[k-1].lower == "down" && toks[k-2].text == "," {
		j, _ := a.beforePlaceIn(k-3, first)
		return j >= first && forceNouns.hasToken(&toks[j]) && !standingForces.hasToken(&toks[j])
	}
	for i := k - 1; i > first+1 && i >= k-10; i-- {
		if toks[i].kind == tPunct || toks[i].kind == tQuote {
			return false
		}
		if toks[i].lower != "presence" && !forceNouns.hasToken(&toks[i]) {
			continue
		}
		if determiners.hasToken(&toks[i-1]) && sizeVerbs.hasToken(&toks[i-2]) {
			return a.armedBefore(i - 2)
		}
	}
	return false
}
