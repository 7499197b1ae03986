package extract

// domesticOriginIn reports, in the sentence after the personnel ending at
// lim, where they come from as parts of one state: "from the provinces",
// "from other regions", "from across the country". Police moved "to" a
// place from there stay in their own state, so the place gives it.
func (a *analysis) domesticOriginIn(lim int) bool {
	toks := a.d.toks
	for k := lim; k+2 < len(toks) && k < lim+16 && toks[k].sent == toks[lim-1].sent; k++ {
		if toks[k].lower != "from" {
			continue
		}
		j := k + 1
		if w := toks[j].lower; w == "the" || w == "other" || w == "across" || w == "around" || w == "all" {
			j++
		}
		if j < len(toks) && toks[j].lower == "other" {
			j++ // "from the other provinces"
		}
		if j < len(toks) && domesticParts.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// domesticParts name a state's own parts, or the state as a whole, as
// where its police come from (words_troops.tsv domestic-part).
var domesticParts = wordList("domestic-part")
