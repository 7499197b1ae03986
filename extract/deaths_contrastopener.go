package extract

// contrastOpenerComma returns the comma that opens a phrase setting the
// figure at h against a toll before it, "not the" or a comparison with
// "than the" ("far more than the", "well below the" is none: only "than"
// compares two stated figures), else -1: ", not the 29", ", far more than
// the 112", ", many fewer than the 40".
func contrastOpenerComma(toks []token, h int) int {
	if h < 3 || toks[h-1].lower != "the" {
		return -1
	}
	if toks[h-2].lower == "not" {
		if toks[h-3].text == "," {
			return h - 3
		}
		return -1
	}
	if toks[h-2].lower != "than" || !comparedAmounts.hasToken(&toks[h-3]) {
		return -1
	}
	c := h - 4
	if c >= 0 && amountDegrees.hasToken(&toks[c]) {
		c--
	}
	if c < 0 || toks[c].text != "," {
		return -1
	}
	return c
}

// comparedAmounts compare one figure with another before "than the".
var comparedAmounts = closedSet("more", "fewer", "less", "higher", "lower", "greater")

// amountDegrees grade the comparison: "far more than the 112".
var amountDegrees = closedSet("far", "much", "many", "well", "significantly", "considerably", "slightly", "vastly")
