package extract

// sideNouns name the governing side after "the ruling" or "the governing"
// (words_people.tsv side-noun).
var sideNouns = wordList("side-noun")

// bareSideEnd returns the token after a side of a legislature named by
// its noun alone at j, after "from": "the opposition", "the ruling
// party", "the governing coalition". A legislator "from the opposition"
// holds the state's seat as one from a named party does; a party's name
// after the noun ("the opposition Labour party") is left to the caller.
// It returns 0 for anything else.
func (a *analysis) bareSideEnd(j int) int {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].lower != "the" {
		return 0
	}
	n := j + 1
	e := 0
	switch toks[n].lower {
	case "opposition":
		if n+1 < len(toks) && toks[n+1].cap && toks[n+1].kind == tWord {
			return 0 // "the opposition Labour party": the named party's
		}
		e = n + 1
	case "ruling", "governing":
		if n+1 < len(toks) && !toks[n+1].cap && sideNouns.hasToken(&toks[n+1]) {
			e = n + 2
		}
	}
	if c := a.chamberInEnd(e); c > 0 {
		return c // "from the opposition in the National Assembly": the seat's chamber
	}
	return e
}

// chamberInEnd returns the token after "in" and a legislature's name at
// k ("in the National Assembly", "in parliament"), or 0.
func (a *analysis) chamberInEnd(k int) int {
	toks := a.d.toks
	if k == 0 || k+1 >= len(toks) || toks[k].lower != "in" {
		return 0
	}
	j := k + 1
	if toks[j].lower == "the" {
		j++
	}
	for n := 0; n < 2 && j+1 < len(toks) && toks[j].cap && !legislatures.hasToken(&toks[j]); n++ {
		j++ // "the National Assembly"
	}
	if j < len(toks) && legislatures.hasToken(&toks[j]) && toks[j].para == toks[k].para {
		return j + 1
	}
	return 0
}
