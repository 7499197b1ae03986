package extract

// rankedDescribed reports a phrase at j, after the comma that follows the
// one ranked victim of l, that describes that victim rather than adds
// another: "a fifth victim, a store clerk who had been shot in the chest,
// died" is one person, the fifth. The phrase opens with "a", "an" or
// "the" and no "and" goes on after it (e), as describesNamed reads a
// named person's apposition; "a fifth victim, a clerk and a guard" is no
// such aside.
func (a *analysis) rankedDescribed(l victimList, j, e int) bool {
	toks := a.d.toks
	k := l.first
	if l.items != 1 || l.count != 1 || k+1 >= len(toks) || j >= len(toks) {
		return false
	}
	if w := toks[k].lower; w != "a" && w != "an" && w != "the" || ordinalWords()[toks[k+1].lower] < 2 {
		return false
	}
	if w := toks[j].lower; w != "the" && w != "a" && w != "an" {
		return false
	}
	return !victimListGoesOn(toks, e) || e < len(toks) && toks[e].text == "," && !victimListGoesOn(toks, e+1) && toks[e+1].lower != "and"
}
