package extract

// A single victim with the unit or place he came from after him, before
// the list goes on: "A soldier of the Frontier Corps and three militants
// were killed", "A policeman from Kano and two bystanders died". The
// named unit or place belongs to the one person; without this the list
// stopped at "of" and the number after "and" was read as the whole toll.

// unitAfterItem returns the end of "of" or "from", an optional "the" and
// a run of capitalised words after the one-person item that ends at e,
// when "and" follows it and goes on with the list; else e.
func (a *analysis) unitAfterItem(count int64, e int) int {
	toks := a.d.toks
	if count != 1 || e+2 >= len(toks) || toks[e].lower != "of" && toks[e].lower != "from" {
		return e
	}
	k := e + 1
	if toks[k].lower == "the" {
		k++
	}
	f := k
	for k < len(toks) && k < f+4 && toks[k].sent == toks[e].sent && toks[k].kind == tWord && toks[k].cap {
		k++
	}
	if k == f || k >= len(toks) || toks[k].lower != "and" {
		return e
	}
	return k
}
