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
