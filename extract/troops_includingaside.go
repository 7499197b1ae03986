package extract

// includingAsideEnd returns the index after the comma that closes an
// aside opened by ", including" at the comma c, within twenty tokens of
// the same sentence, with no casualty word in it: "About 7,000 of them,
// including RAID and GIGN tactical units, will be concentrated in Lyon"
// keeps its verb after the aside. Else -1.
func (a *analysis) includingAsideEnd(c int) int {
	toks := a.d.toks
	if c+2 >= len(toks) || toks[c].text != "," || toks[c+1].lower != "including" {
		return -1
	}
	for k := c + 2; k < len(toks) && k < c+20 && toks[k].sent == toks[c].sent; k++ {
		switch {
		case toks[k].text == ",":
			return k + 1
		case casualtyWords.hasToken(&toks[k]):
			return -1 // "1,000 of them, including 40 killed in the ambush,"
		}
	}
	return -1
}
