package extract

// longAttribution reports an attribution after the comma at k whose
// speaker is a body's long name, perhaps with an aside of its own, before
// the verb of saying: ", the National Service for Comprehensive Care,
// known as SNAI, said in a statement". The words up to the verb are names,
// function words and commas ("and" only between capitalised words of a
// name): a number, another "and", a quote or other marks mean another
// item or clause.
func (a *analysis) longAttribution(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k+1].lower != "the" && !toks[k+1].cap {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+18 && toks[j].sent == toks[k].sent; j++ {
		t := &toks[j]
		if a.lx.speech[t.lower] != "" {
			return j > k+1
		}
		if t.lower == "and" && j > k+1 && toks[j-1].cap && j+1 < len(toks) && toks[j+1].cap {
			continue // "the Ministry of Public Health and Social Welfare"
		}
		if t.kind == tNum || t.lower == "and" || t.lower == "who" || t.lower == "whose" || t.lower == "which" || t.kind != tWord && t.text != "," {
			return false
		}
	}
	return false
}
