package extract

// responseNouns are nouns of an answer whose giver is named after "of" or
// "from" (words_quotes.tsv, response-noun).
var responseNouns = wordList("response-noun")

// responseOf reads an attribution that names the quote an answer and its
// speaker after it, at token i right after the quote: ""The best sleigh
// this Christmas!" was the response of one jolly viewer", ""…," came the
// reply from the finance minister". It returns the token after the
// speaker's phrase.
func (a *analysis) responseOf(i, at int) (speaker, string, int, bool) {
	toks := a.d.toks
	if i+4 >= len(toks) || toks[i].lower != "was" && toks[i].lower != "came" || toks[i+1].lower != "the" {
		return speaker{}, "", i, false
	}
	n := i + 2
	if !responseNouns.hasToken(&toks[n]) || toks[n+1].lower != "of" && toks[n+1].lower != "from" {
		return speaker{}, "", i, false
	}
	npLim := a.npForward(n + 2)
	if npLim == n+2 {
		return speaker{}, "", i, false
	}
	s, ok := a.resolveNP(n+2, npLim, at)
	return s, toks[n].lower, npLim, ok
}
