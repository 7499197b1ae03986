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

// portfolioBeforeGiven reports a capitalised word at i that closes a
// portfolio joined by "and" after a role's "of" or "for", right before a
// known given name: "Minister of Mineral and Petroleum Resources Lindiwe
// Dube", "Minister of Higher Education and Training Naledi Pandor",
// "Minister of Forestry, Fisheries and the Environment Barbara Creecy".
// The word is no given name itself, and one more capitalised word may
// stand between it and "and".
func (a *analysis) portfolioBeforeGiven(i int) bool {
	toks := a.d.toks
	if i < 4 || i+1 >= len(toks) || !toks[i].cap || toks[i].kind != tWord || !joinWithin3(toks, i) || a.isGivenName(i) || !a.isGivenName(i+1) {
		return false // (the join first: most capitalised words have none before them, and the names ask a list)
	}
	j := i - 1
	if toks[j].cap && toks[j].kind == tWord && !a.isGivenName(j) {
		j-- // "Petroleum Resources"
	}
	if toks[j].lower == "the" {
		j-- // "and the Environment"
	}
	if x := toks[j].lower; x != "and" && x != "&" {
		return false
	}
	// the role and its "of" or "for" before the joined portfolios
	for k := j - 1; k >= 1 && k >= j-5; k-- {
		if x := toks[k].lower; (x == "of" || x == "for") && a.roleKind(k-1) != 0 {
			return true
		}
		if !toks[k].cap && toks[k].text != "," {
			return false
		}
	}
	return false
}

// joinWithin3 reports "and" or "&" among the three tokens before i (i >= 3),
// the only places portfolioBeforeGiven finds its join.
func joinWithin3(toks []token, i int) bool {
	for k := i - 3; k < i; k++ {
		if w := toks[k].lower; w == "and" || w == "&" {
			return true
		}
	}
	return false
}
