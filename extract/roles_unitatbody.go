package extract

// researchUnits are lower-case nouns of a unit inside a body that a place
// or a subject names (words_people.tsv research-unit): "the Latin America
// program", "the China desk".
var researchUnits = wordList("research-unit")

// unitAtBody returns the token of "at" after a unit of a body that the
// complement at k ("of the") names by its subject, when a name follows
// "at": in "director of the Latin America program at the Wilson Center"
// the place is what the program studies, and the office is the body's
// that "at" names, read as the next complement; "director of the China
// program" alone is left as before. k otherwise.
func (a *analysis) unitAtBody(k, j int) int {
	toks := a.d.toks
	if toks[k].lower != "of" || j <= k+1 || toks[j-1].lower != "the" {
		return k
	}
	e := j
	for e < len(toks) && e < j+4 && toks[e].cap && toks[e].kind == tWord && a.personAt[e] < 0 && a.orgAt[e] < 0 {
		e++
	}
	if e == j || e+2 >= len(toks) || toks[e].cap || !researchUnits.hasToken(&toks[e]) || toks[e+1].lower != "at" {
		return k
	}
	n := e + 2
	if toks[n].lower == "the" && n+1 < len(toks) {
		n++
	}
	if !toks[n].cap || toks[n].kind != tWord || a.personAt[n] >= 0 {
		return k
	}
	return e + 1
}
