package extract

// Lives a count names as lost: "17 lives were lost", "the loss of 17
// lives". "Lost" alone is no death ("lost 17 homes", "lost 14 seats"), but
// lives lost are people dead, as "claimed 17 lives" are.

// livesLostAfter reads the auxiliaries and "lost" after the noun "lives"
// that ends at j: "17 lives were lost", "have been lost", "lives lost in
// the crash". It returns the index after "lost".
func (a *analysis) livesLostAfter(j int) (int, bool) {
	toks := a.d.toks
	k := j
	for k < len(toks) && k < j+4 && (beAux.hasToken(&toks[k]) || haveAux.hasToken(&toks[k]) || isAdverb(toks[k])) {
		k++
	}
	if k < len(toks) && toks[k].lower == "lost" {
		return k + 1, true
	}
	return j, false
}

// lossOfLives reads "the loss of" before a number of lives: "caused the
// loss of 17 lives", "the loss of more than 200 lives".
func (a *analysis) lossOfLives(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "of" || toks[k-1].lower != "loss" || n.lim >= len(toks) || toks[n.lim].lower != "lives" {
		return Deaths{}, false
	}
	if a.hypotheticalBetween(k-1, n.lim) {
		return Deaths{}, false // "could cause the loss of 17 lives"
	}
	return a.makeDeath(n, k-1, n.lim+1, rule), true
}

// livesOfTaken reports "the lives of" before the number, with its "of" at
// k, after a verb that takes lives: "claimed the lives of a total of 17
// people". "Saved the lives of 17" and "the lives of 17 children" alone
// are none.
func (a *analysis) livesOfTaken(n number, k int) bool {
	toks := a.d.toks
	return k >= 3 && toks[k-1].lower == "lives" && toks[k-2].lower == "the" && lifeTakers.hasToken(&toks[k-3]) &&
		a.victimsFollow(n) && !a.hypotheticalBetween(k-3, n.first)
}
