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

// portfolioNouns are portfolios that may end a capitalised title
// (words_people.tsv portfolio-noun).
var portfolioNouns = wordList("portfolio-noun")

// portfolioAfterJoin reports a capitalised portfolio at i after "for" or
// "and": "Minister for Labour and Migration NAME" ends its title there,
// and the name starts after it.
func (a *analysis) portfolioAfterJoin(i int) bool {
	toks := a.d.toks
	if i < 1 || !toks[i].cap || !portfolioNouns.hasToken(&toks[i]) {
		return false
	}
	p := toks[i-1].lower
	return p == "for" || p == "and" || p == "&"
}
