package extract

// Dead put "at" a number as a kind of deaths named by one modifier right
// after the estimating verb ("the IRC put excess deaths between 1998 and
// 2007 at 5.4 million", "put combat deaths at 3,000"), and the asides and
// spans of years that may stand between the deaths and their "at"
// ("put Vietnamese deaths, military and civilian, at about three
// million").

// putAsideWords bounds an aside of kinds between the dead and "at".
const putAsideWords = 5

// modifiedDeadPutAt reads the number after "at" when an estimating verb
// has "MODIFIER deaths" as its object. The estimate is a toll over its
// span, as "put the death toll at" gives one, so a study's years do not
// make it a past statistic (pastBackground).
func (a *analysis) modifiedDeadPutAt(n number, rule string) (Deaths, bool) {
	d, ok := a.deadPutAt(n, rule, func(w string) bool { return w == "deaths" }, modifiedDeadObjectStart)
	d.Cumulative = ok
	return d, ok
}

// modifiedDeadObjectStart returns the index of the one lower-case word
// that opens "excess deaths" ending at d right after an estimating verb,
// or -1; "the" or a number there is another shape.
func modifiedDeadObjectStart(toks []token, d, first int) int {
	o := d - 1
	if o <= first || toks[o].kind != tWord || toks[o].text != toks[o].lower || determiners.hasToken(&toks[o]) {
		return -1
	}
	if !estimateVerbs.hasToken(&toks[o-1]) {
		return -1
	}
	return o
}

// deadAsideToAt reports a short aside of words set off by commas from j
// (the comma after the dead) to the comma just before "at" at k: "deaths,
// military and civilian, at".
func (a *analysis) deadAsideToAt(j, k int) bool {
	toks := a.d.toks
	if toks[j].text != "," || toks[k-1].text != "," || k-1-j < 2 || k-1-j > putAsideWords+1 {
		return false
	}
	for e := j + 1; e < k-1; e++ {
		if toks[e].kind != tWord {
			return false
		}
	}
	return true
}

// yearSpanAt reports "between YEAR and YEAR" from j to k: a span of time,
// whose "and" starts no clause.
func (a *analysis) yearSpanAt(j, k int) bool {
	toks := a.d.toks
	return k-j == 4 && toks[j].lower == "between" && yearShaped(toks[j+1]) && toks[j+2].lower == "and" && yearShaped(toks[j+3])
}

// yearShaped reports a bare four-digit number from 1800 to 2099, which
// after "between" in a span of time is a year ("between 1998 and 2007"),
// though a range parses it as one number.
func yearShaped(t token) bool {
	if t.kind != tNum || len(t.text) != 4 {
		return false
	}
	return t.text >= "1800" && t.text <= "2099"
}

// lossKinds may stand between "its own" and "losses": "its own military
// losses at 3,825".
var lossKinds = wordList("loss-kind")
