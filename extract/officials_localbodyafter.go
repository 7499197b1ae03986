package extract

// A company-style title before a comma and a name may leave its body out
// of the title: "The chief executive of Hartsea Borough Council, NAME,"
// holds the council's office, a local public one (GUIDELINES: state
// bodies take their state), as "NAME, chief executive of Bristol City
// Council" does.

// localBodyAfterTitle reports a capitalised name ending in a local body's
// word ("Council", "Authority"), or that word alone before a comma ("of
// the council,"), right after "of" or "at" after the title words of r.
func (a *analysis) localBodyAfterTitle(r *role) bool {
	toks := a.d.toks
	k := r.titleHi
	if k <= 0 || k+1 >= len(toks) || toks[k].lower != "of" && toks[k].lower != "at" || toks[k].sent != toks[k-1].sent {
		return false
	}
	k++
	if toks[k].lower == "the" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if !toks[k].cap && localBodies.hasToken(&toks[k]) && k+1 < len(toks) && toks[k+1].text == "," {
		return true // "The chief executive of the council, NAME,"
	}
	last := -1
	for ; k < len(toks) && toks[k].kind == tWord && toks[k].cap && toks[k].sent == toks[r.titleHi].sent; k++ {
		last = k
	}
	return last >= 0 && localBodies.hasToken(&toks[last])
}
