package extract

// fromOfPart reads where a part of a toll came from after "from" at j,
// the part's number told bare: a state or place ("including nine from
// Morocco"), or one of something ("including nine from a single Moroccan
// convoy", "four from one family"), at most two modifiers before its
// lower-case noun. It returns the index after it.
func (a *analysis) fromOfPart(j int) (int, bool) {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].lower != "from" {
		return 0, false
	}
	if p, ok := a.placeStartingAt(j + 1); ok && p.code != "" {
		return p.lim, true
	}
	e := j + 1
	switch {
	case toks[e].lower == "one":
		e++
	case toks[e].lower == "a" && e+1 < len(toks) && toks[e+1].lower == "single":
		e += 2
	default:
		return 0, false
	}
	for x := e; x < len(toks) && x <= e+2 && toks[x].kind == tWord && !phraseStops.hasToken(&toks[x]); x++ {
		if !toks[x].cap && !pluralNoun(toks[x]) {
			return x + 1, true
		}
	}
	return 0, false
}
