package extract

// itsForceAbroadOwner returns the state that owns "its <force> in
// <place>" before the cue k of a figure: the clause's acting state
// named before "its", not the place the force serves in: "Rome ...,
// taking its mission in Tripoli to 120" is Italy's; else "".
func (a *analysis) itsForceAbroadOwner(k, first int) string {
	toks := a.d.toks
	for i := k - 1; i > first+1 && i >= k-8; i-- {
		if toks[i].kind == tPunct && toks[i].text != "," {
			return ""
		}
		if toks[i].lower != "in" || !forceNouns.hasToken(&toks[i-1]) || toks[i-2].lower != "its" {
			continue
		}
		if !toks[i+1].cap {
			return "" // "its mission in the north" names no host
		}
		host, _ := a.stateAt(i + 1) // a capital or city is no state token
		if c := a.actingState(first, i-2, false); c != "" && c != host {
			return c
		}
		return ""
	}
	return ""
}
