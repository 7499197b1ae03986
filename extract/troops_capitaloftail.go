package extract

// capitalOfTailEnd returns the end of a capitalised "of" phrase at k that
// ends a force's proper name after its noun, "of Public Order" in
// "Military Police of Public Order", "of the Capital District"; without
// one, k.
func capitalOfTailEnd(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].lower != "of" {
		return k
	}
	j := k + 1
	if toks[j].lower == "the" {
		j++
	}
	e := j
	for e < len(toks) && e < j+5 && toks[e].kind == tWord && (toks[e].cap || e > j && connectors.hasToken(&toks[e]) && e+1 < len(toks) && toks[e+1].cap) {
		e++
	}
	if e == j || !toks[e-1].cap {
		return k
	}
	return e
}
