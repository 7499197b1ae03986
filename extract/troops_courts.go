package extract

// triedInCourt reports "tried" at k as a court's verb, not an attempt:
// "three members of the guard were later tried over the killings", not
// "200 soldiers tried to hold the bridge". Personnel on trial are no
// deployment.
func (a *analysis) triedInCourt(k int) bool {
	toks := a.d.toks
	if toks[k].lower != "tried" || k+1 >= len(toks) || toks[k+1].lower == "to" {
		return false
	}
	// a passive: "were tried", "were later tried", "have been tried"
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if beAux.hasToken(&toks[j]) {
			return true
		}
		if !isAdverb(toks[j]) && toks[j].lower != "later" && toks[j].lower != "also" && toks[j].lower != "then" {
			return false
		}
	}
	return false
}
