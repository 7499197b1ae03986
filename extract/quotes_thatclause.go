package extract

// thatClauseQuote reports a quote at open inside the that-clause a
// speech verb at v opens in the same sentence: "NAME had warned the
// council in a closed briefing that the ceasefire ... was now "…",
// according to two diplomats". The verb's subject spoke the words the
// clause quotes; the source after "according to" only reports them.
// "that" must come within eight words of the verb.
func (a *analysis) thatClauseQuote(v, open int) bool {
	toks := a.d.toks
	if v < 0 || v >= open || toks[v].sent != toks[open].sent {
		return false
	}
	for k := v + 1; k < open && k <= v+8; k++ {
		if toks[k].kind == tQuote || toks[k].text == ";" {
			return false
		}
		if toks[k].lower == "that" {
			return true
		}
	}
	return false
}
