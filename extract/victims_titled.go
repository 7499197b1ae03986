package extract

// titledNameEnd returns the end of a name the people pass left unread
// after a title run at j: "Private Tomas Ortiz", "Court Clerk Rita Vance".
// The run must end on a noun for a person and the name be a given name
// and one more capitalised word, so "Court House Road" and "Private Eye
// Magazine" are none. It returns j when there is none.
func (a *analysis) titledNameEnd(j int) int {
	toks := a.d.toks
	k := j
	for k < len(toks) && k < j+4 && a.personAt[k] < 0 && toks[k].kind == tWord && a.titleRunWord(j, k) && !a.lx.givenNameWord(toks[k].text) {
		k++
	}
	if k == j || k+2 >= len(toks) || !a.capitalPersonNoun(k-1) && !(toks[k-1].cap && a.titleWordAt(k-1)) {
		return j
	}
	g, s := &toks[k], &toks[k+1]
	if !g.cap || !s.cap || s.kind != tWord || a.personAt[k] >= 0 || a.personAt[k+1] >= 0 || !a.lx.givenNameWord(g.text) {
		return j
	}
	if toks[k+2].cap && toks[k+2].kind == tWord || a.placeAt[k+1] >= 0 {
		return j
	}
	return k + 2
}
