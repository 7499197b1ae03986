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
	if k < 2 || a.placeAt[k] < 0 {
		return ""
	}
	m := a.places[a.placeAt[k]]
	if m.lim != k+1 || m.first < 1 || m.kind == sAdjective || m.possessive || !m.state && m.kind != sCapital {
		return ""
	}
	if w := toks[m.first-1]; w.lower != "and" && w.text != "," {
		return ""
	}
	for j := m.first - 2; j >= 0 && toks[j].sent == toks[first].sent; j-- {
		if toks[j].kind == tNum {
			return m.code
		}
	}
	return ""
}
