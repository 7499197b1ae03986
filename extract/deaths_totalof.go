package extract

// totalOfBefore returns the index of the "a" or "the" of "a total of" (or
// "the total of") right before i, which only says the count after it is a
// whole: "A total of 129 people ... have died" opens its clause as "129
// people" would. Without it, i.
func totalOfBefore(toks []token, i int) int {
	if i < 3 || toks[i-1].lower != "of" || toks[i-2].lower != "total" {
		return i
	}
	if w := toks[i-3].lower; w != "a" && w != "the" {
		return i
	}
	return i - 3
}

// totalOfHedged returns n with "a total of" before it taken into its
// hedge, as the rules that read a death word before a number want it:
// "claimed the lives of a total of 17 people", "among the dead were a
// total of 12 soldiers". The words make no figure approximate.
func totalOfHedged(toks []token, n number) (number, bool) {
	t := totalOfBefore(toks, n.hedge)
	if t == n.hedge || toks[t].para != toks[n.first].para {
		return n, false
	}
	n.hedge = t
	return n, true
}
