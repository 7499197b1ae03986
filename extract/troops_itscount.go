package extract

// A figure given "By its count," or "By their estimate," is the count of
// the body acting in the sentence before: "Kyrgyzstan's Border Service
// said ... By its count, 1,250 border guards had been moved to the
// area". The pronoun names that body's state as an opening "Its" does,
// rather than a state named further back.

// countSourceNouns name a body's own account of a figure: "its count".
var countSourceNouns = closedWords(func() map[string]bool {
	return map[string]bool{"count": true, "tally": true, "estimate": true, "estimates": true, "figures": true, "reckoning": true, "account": true}
})

// itsCountOpens reports a sentence of first that opens "By its count,"
// (or "By their estimate,", "According to its figures,") before first.
func (a *analysis) itsCountOpens(first int) bool {
	toks := a.d.toks
	k := a.d.sents[toks[first].sent].first
	switch {
	case toks[k].lower == "by":
		k++
	case toks[k].lower == "according" && k+1 < first && toks[k+1].lower == "to":
		k += 2
	default:
		return false
	}
	if k+2 >= first || toks[k].lower != "its" && toks[k].lower != "their" {
		return false
	}
	return countSourceNouns.hasToken(&toks[k+1]) && toks[k+2].text == ","
}
