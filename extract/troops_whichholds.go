package extract

// relativeHolder steps from a relative "which" at s, opened by a comma,
// back to the word before the comma, the holder the clause is about:
// "Ireland, which keeps five officers at the headquarters" is Ireland's
// holding. Any other s is returned as it is.
func (a *analysis) relativeHolder(s int) int {
	toks := a.d.toks
	if s < 2 || toks[s].lower != "which" || toks[s-1].text != "," || toks[s-2].sent != toks[s].sent {
		return s
	}
	return s - 2
}
