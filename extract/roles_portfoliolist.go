package extract

// portfolioWordListAfter reports a comma at c inside a list of portfolios
// in lower case after a role's preposition, that ends at k with an "and"
// before its last item: "the commissioner for political affairs, peace
// and security, NAME", "the minister for trade, industry and tourism,
// NAME". Each item is one to three title modifiers or plain nouns, the
// last perhaps after "the". portfolioListAfter reads the capitalised
// portfolios of a name ("Transport, Works and Infrastructure").
func (a *analysis) portfolioWordListAfter(c, k int) bool {
	toks := a.d.toks
	if c < 1 || !a.listItemWord(c-1) {
		return false
	}
	and, run := false, 0
	for j := c + 1; j <= k; j++ {
		t := toks[j]
		switch {
		case t.lower == "and" && j > c+1 && j < k && toks[j-1].text != ",":
			and, run = true, 0
		case t.text == "," && j > c+1 && j < k && !and:
			run = 0
		case t.lower == "the" && run == 0 && j < k:
			// "and the environment": an item's article
		case a.listItemWord(j) && run < 3:
			run++
		default:
			return false
		}
	}
	return and && run > 0
}

// listItemWord reports a lower-case word at j that may stand in an item of
// a list of portfolios: a title's modifier or a plain noun.
func (a *analysis) listItemWord(j int) bool {
	t := &a.d.toks[j]
	return t.kind == tWord && !t.cap && a.personAt[j] < 0 && (a.roleKind(j) == rMod || a.plainNoun(j))
}
