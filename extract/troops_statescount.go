package extract

// Words around a number of personnel that make it no deployment of its
// own: the count of the states they come from ("2,300 servicemen from 11
// countries are buried": the casualty word after the states still reads)
// and a denial of any one ("Not one soldier.": none, not one).

// statesCountAfter returns the end of "from N countries" (or nations) at
// k, else k: the states a figure's personnel come from, no figure of
// their own.
func statesCountAfter(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].lower != "from" || toks[k+1].kind != tNum {
		return k
	}
	if w := toks[k+2].lower; w == "countries" || w == "nations" {
		return k + 3
	}
	return k
}

// notOneAt reports "not one" (or "not a single") before the number n of
// value one: a denial that any is sent, no figure.
func (a *analysis) notOneAt(n number) bool {
	toks := a.d.toks
	return n.value == 1 && n.hedge >= 1 && n.hedge == n.first && toks[n.hedge-1].lower == "not"
}
