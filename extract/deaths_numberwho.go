package extract

// The dead told by a relative clause after "the number" and put "at" a
// figure by a verb of estimating: "Haiti's civil protection agency put
// the number who drowned near Jérémie at six", "put the number of people
// who died at 40". The verb of dying in the clause says what is counted,
// as "dead" does in "put the number dead at 17".

// numberWhoDied are the verbs of dying that close "the number who ...".
var numberWhoDied = wordList("number-who-died")

// numberWhoPutAt reads the number after "at" when an estimating verb has
// "the number [of people] who [were|had] DIED" as its object.
func (a *analysis) numberWhoPutAt(n number, rule string) (Deaths, bool) {
	return a.deadPutAt(n, rule, numberWhoDied.has, numberWhoObjectStart)
}

// numberWhoObjectStart returns the index of "the" opening "the number
// who died" or "the number of people who were killed" that ends with the
// verb at d, or -1.
func numberWhoObjectStart(toks []token, d, first int) int {
	o := d - 1
	if o > first && (toks[o].lower == "were" || toks[o].lower == "had" || toks[o].lower == "have") {
		o--
	}
	if o <= first || toks[o].lower != "who" {
		return -1
	}
	o--
	if o-2 > first && toks[o-1].lower == "of" && toks[o].lower == "people" {
		o -= 2 // "the number of people who died"
	}
	if o-1 < first || toks[o].lower != "number" || toks[o-1].lower != "the" {
		return -1
	}
	return o - 1
}
