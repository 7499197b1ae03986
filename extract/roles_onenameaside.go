package extract

// oneNameAside steps back over a relative clause that tells the reader
// the person goes by one name, between a title and the name after it:
// "the spokesman for the provincial administration, who like many
// Afghans uses one name, Samiullah", "the commander, who goes by a
// single name, Bashir". c is the token after the comma before the name;
// it returns the token after the comma before "who", or c.
func (a *analysis) oneNameAside(c int) int {
	toks := a.d.toks
	if c < 4 || toks[c-1].text != "," {
		return c
	}
	one := false
	for k := c - 2; k > 1 && k >= c-14 && toks[k].sent == toks[c-1].sent; k-- {
		w := toks[k].lower
		if w == "name" && (toks[k-1].lower == "one" || toks[k-1].lower == "single") || w == "mononym" {
			one = true
		}
		if w == "who" {
			if one && toks[k-1].text == "," {
				return k
			}
			return c
		}
	}
	return c
}
