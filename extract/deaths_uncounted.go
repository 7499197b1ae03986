package extract

// uncountedAdjs before "number of" leave a group uncounted: "unknown".
var uncountedAdjs = wordList("uncounted-adj")

// uncountedGroupEnd returns the token after a group joined to counted
// victims at j that adds nothing to their count: "an unknown number of"
// ("38 soldiers and an unknown number of rebels were killed" is a toll of
// 38, at least), a quantity without a number ("and several hundred
// civilians", "and dozens of rebels"), or a label in quotation marks ("and
// 'foreign-backed militants'"). It returns -1 for any other words.
func (a *analysis) uncountedGroupEnd(j int) int {
	toks := a.d.toks
	if e := a.vagueGroupEnd(j); e > 0 {
		return e
	}
	if j+3 >= len(toks) || toks[j].lower != "an" && toks[j].lower != "a" {
		return -1
	}
	if !uncountedAdjs.hasToken(&toks[j+1]) || toks[j+2].lower != "number" || toks[j+3].lower != "of" {
		return -1
	}
	return j + 4
}

// vagueScales follow a vague word in a quantity: "several hundred".
var vagueScales = closedSet("hundred", "thousand", "dozen")

// vagueGroupEnd returns the token after a vague quantity at j ("several
// hundred", "dozens of") or after a short label in quotation marks whose
// last word names victims ("'foreign-sponsored terrorists'"), or -1. The
// words after a vague quantity are read on as the group's noun.
func (a *analysis) vagueGroupEnd(j int) int {
	toks := a.d.toks
	if n, ok := a.d.parseNumber(j); ok && n.vague && n.hedge == j && n.lim < len(toks) {
		e := n.lim
		if e+1 < len(toks) && vagueScales.hasToken(&toks[e]) {
			e++ // "several hundred", "many thousand"
		}
		if toks[e].lower == "of" && e+1 < len(toks) {
			e++ // "dozens of rebels"
		}
		if a.victimKindOf(toks[e].lower)&vPlural != 0 || toks[e].cap && toks[e].kind == tWord {
			return e // "several hundred civilians", "several hundred Panamanians"
		}
		return -1
	}
	if toks[j].kind != tQuote {
		return -1
	}
	for k := j + 1; k < len(toks) && k <= j+5 && toks[k].sent == toks[j].sent; k++ {
		if toks[k].kind == tQuote {
			if k > j+1 && a.victimKindOf(toks[k-1].lower)&vPlural != 0 {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// quotedGroupAfterAnd returns the token after a label in quotation marks
// at k that "and" joins to a group before it ("and 'foreign-sponsored
// terrorists'"), or -1.
func (a *analysis) quotedGroupAfterAnd(k int) int {
	if k < 1 || a.d.toks[k].kind != tQuote || a.d.toks[k-1].lower != "and" {
		return -1
	}
	return a.vagueGroupEnd(k)
}
