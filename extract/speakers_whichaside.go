package extract

// whichAsideBefore returns the comma that opens a "which" aside closed
// right before the verb at v ("The United Arab Emirates, which claims the
// islands, said"), so that the subject is read before the aside; else -1.
func (a *analysis) whichAsideBefore(v int) int {
	toks := a.d.toks
	if v < 4 || toks[v-1].text != "," {
		return -1
	}
	first := a.d.sents[toks[v].sent].first
	for k := v - 2; k > first && k >= v-16; k-- {
		if toks[k].text == "," || a.quoteAt[k] >= 0 {
			return -1
		}
		if toks[k].lower == "which" && toks[k-1].text == "," && k-1 > first {
			return k - 1
		}
	}
	return -1
}
