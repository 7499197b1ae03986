package extract

// reportCopulas link a report to what is said of its truth: "the report
// was wrong", "the reports proved false".
var reportCopulas = closedSet("was", "were", "is", "are", "proved", "proves", "been")

// falseWords say that a report did not hold; "alive" and "survived" of
// the denial list speak of the person, not of the report, and are left
// out.
var falseWords = closedSet("incorrect", "untrue", "false", "wrong", "mistaken", "inaccurate", "erroneous", "unfounded", "baseless")

// reportCalledWrong reports a report's figure whose clause says the report
// was wrong, without "but" between: "An earlier report of a third death
// was wrong", "Reports of 12 dead proved false". It reads from the figure
// at i to the end of its clause, past one apposition set off by commas,
// with an adverb allowed before the word of falsity ("was later found
// wrong" is not read).
func (a *analysis) reportCalledWrong(i, lim int) bool {
	toks := a.d.toks
	apposed := false
	for k := i + 1; k+1 < lim && k < i+25; k++ {
		if w := toks[k].text; w == ":" || w == ";" || w == "," && apposed {
			return false
		}
		if toks[k].text == "," {
			// "a report of a third death, a man missing after his canoe
			// overturned, had been wrong": past an apposition to its comma
			c := nextComma(toks, k+1, min(lim, k+16))
			if c < 0 {
				return false
			}
			k, apposed = c, true
			continue
		}
		if !reportCopulas.hasToken(&toks[k]) {
			continue
		}
		j := k + 1
		if isAdverb(toks[j]) && j+1 < lim {
			j++ // "was plainly wrong", "proved entirely false"
		}
		return falseWords.hasToken(&toks[j])
	}
	return false
}

// nextComma returns the index of the first comma from k before lim, or -1.
func nextComma(toks []token, k, lim int) int {
	for ; k < lim; k++ {
		if toks[k].text == "," {
			return k
		}
	}
	return -1
}
