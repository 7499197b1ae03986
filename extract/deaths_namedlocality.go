package extract

// A part of a toll told by the locality it died in, named after "of":
// "including 19 in the village of Beit Jinn".

// namedLocalityEnd returns the index after "village of Beit Jinn" when a
// locality noun at j is followed by "of" and a capitalised name (one to
// four words), else j and false.
func (a *analysis) namedLocalityEnd(j int) (int, bool) {
	toks := a.d.toks
	if j+2 >= len(toks) || !localities.hasToken(&toks[j]) || toks[j+1].lower != "of" || !toks[j+2].cap || toks[j+2].kind != tWord {
		return j, false
	}
	e := j + 2
	for e < len(toks) && e < j+6 && toks[e].cap && toks[e].kind == tWord && toks[e].sent == toks[j].sent {
		e++
	}
	return e, true
}

// sinceYearBefore returns where "since 1964" (or "since March 2022")
// ending right before k begins, else k: "54 have died in Cyprus since
// 1964 and 58 on the Golan" places the first figure before the date.
func (a *analysis) sinceYearBefore(k int) int {
	toks := a.d.toks
	j := k - 1
	if j < 2 || !a.bareYear(j) {
		return k
	}
	if toks[j-1].lower == "since" {
		return j - 1
	}
	if j >= 3 && toks[j-2].lower == "since" && toks[j-1].cap && toks[j-1].kind == tWord {
		return j - 2
	}
	return k
}
