package extract

// firmOpensStateBody reports a company's name g that only opens a longer
// capitalised name [lim, capEnd) holding a state's institution word
// (body_words.tsv kind state): "the Amazon Military Command" is an army's
// command named after a region, no office of the company Amazon.
func (a *analysis) firmOpensStateBody(g org, lim, capEnd int) bool {
	if g.Kind != "company" {
		return false
	}
	for k := lim; k < capEnd; k++ {
		if t := &a.d.toks[k]; t.cap && a.lx.bodyWords[t.lower].kind == "state" {
			return true
		}
	}
	return false
}
