package extract

// allOfThem returns the index after an "all" that takes up a list of
// victims at k before what befell them: "Ann Lee, Bob Lee and Carl Lee -
// all of them died", ", all of whom died", "— all dead". The list must
// hold two items or more; it returns k when there is no such "all".
func (a *analysis) allOfThem(l victimList, k int) int {
	toks := a.d.toks
	if l.items < 2 || k+2 >= len(toks) || toks[k].text != "-" && toks[k].text != "—" && toks[k].text != "–" && toks[k].text != "," || toks[k+1].lower != "all" {
		return k
	}
	e := k + 2
	if e+1 < len(toks) && toks[e].lower == "of" && (toks[e+1].lower == "them" || toks[e+1].lower == "whom") {
		e += 2
	}
	if toks[e].lower == "dead" || toks[e].sent == toks[k].sent && e > k+2 {
		return e
	}
	return k
}
