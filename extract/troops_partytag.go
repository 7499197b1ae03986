package extract

// partyTagOpen returns the comma that opens an American legislator's
// party-and-state tag closed by the comma at c ("Sen. NAME, D-Ore.,",
// "Rep. NAME, R-N.Y.,"), so that a reader looking back from the verb
// after it reaches the name; -1 when the words before c are no such tag.
func (a *analysis) partyTagOpen(c int) int {
	toks := a.d.toks
	if c < 3 || toks[c].text != "," {
		return -1
	}
	for o := c - 1; o > 0 && o >= c-6 && toks[o].sent == toks[c].sent; o-- {
		if toks[o].text != "," {
			continue
		}
		if partyTagWord(toks[o+1].text) {
			return o
		}
		return -1
	}
	return -1
}

// partyTagWord reports the first word of a party-and-state tag: a
// party's letter, a hyphen and a capital ("D-Ore", "R-Ariz", "I-Vt",
// "D-R" of "D-R.I.").
func partyTagWord(w string) bool {
	return len(w) >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}
