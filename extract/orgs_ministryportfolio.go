package extract

// ministryPortfolio reports a body's name that follows "Ministry of"
// (token i is the name's first): "the Ministry of National Defence" names
// a portfolio of whatever state the ministry serves, not the body of one
// state's gazetteer that the portfolio's words also name ("National
// Defence", Canada's department). A body whose own name opens with
// "Ministry" matches from that word, so it never reaches here.
func (a *analysis) ministryPortfolio(i int) bool {
	toks := a.d.toks
	return i >= 2 && toks[i-1].lower == "of" && (toks[i-2].lower == "ministry" || toks[i-2].lower == "ministries")
}
