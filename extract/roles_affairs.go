package extract

// affairsPortfolio reports capitalised words [j, e) that, before a
// portfolio noun closing the phrase, name the region a portfolio covers,
// not a body: "envoy for Pacific Island affairs", "representative for
// Great Lakes affairs". A body or a person among the words is a name
// ("for the Grey Wolf Trust affairs" is no portfolio), and so is a word
// after the noun ("for Pacific Island affairs office").
func (a *analysis) affairsPortfolio(j, e int) bool {
	toks := a.d.toks
	if e <= j || e-j > 3 || e >= len(toks) || !adjectivePortfolios.hasToken(&toks[e]) || !a.complementPhraseEnds(e+1) {
		return false
	}
	for k := j; k < e; k++ {
		if toks[k].kind != tWord || a.orgAt[k] >= 0 || a.personAt[k] >= 0 || toks[k].lower == "'s" {
			return false
		}
	}
	return true
}
