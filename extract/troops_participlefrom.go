package extract

// participleFromState returns the state after "from" in a participle
// phrase on a unit, between the unit's noun at j and its size verb at k:
// "the reserve battalion being flown to Kosovo from Türkiye numbers about
// 500" is Türkiye's, not Kosovo's. "" when no participle of sending
// stands there or no state follows "from".
func (a *analysis) participleFromState(j, k int) string {
	toks := a.d.toks
	sent := false
	for x := j + 1; x < k && x+1 < len(toks); x++ {
		if toks[x].text == "," || toks[x].text == ";" {
			return ""
		}
		if sentParticiples.hasToken(&toks[x]) {
			sent = true
		}
		if sent && toks[x].lower == "from" {
			if c, ok := a.stateAt(x + 1); ok && c != "" {
				return c
			}
		}
	}
	return ""
}
