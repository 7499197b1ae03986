package extract

// gappedListSender returns the state named right before the figure at
// first, after a comma or "and", in a sentence that gave a figure before
// it: the verb of sending is left out and the state is its subject,
// "Trinidad and Tobago sent 120 soldiers ..., Barbados 60 soldiers, and
// the Jamaica Defence Force 80 troops". Else "".
func (a *analysis) gappedListSender(first int) string {
	toks := a.d.toks
	k := first - 1
	for k > 0 && hedgeWord(toks[k].lower) {
		k-- // "Barbados about 60 soldiers"
	}
	code := a.gappedStateEndingAt(k)
	if k < 2 || code == "" {
		return ""
	}
	for j := a.places[a.placeAt[k]].first - 2; j >= 0 && toks[j].sent == toks[first].sent; j-- {
		if toks[j].kind == tNum {
			return code
		}
	}
	return ""
}
