package extract

// A bare toll revised through a chain of figures: "the toll had been
// corrected twice, from 40 to 58 and then down to 52". The figures it
// went through stand between the toll and its last number; they are its
// own earlier figures, not another count.

// fromToStep reports the number at j as the start of a step "from N to"
// in a toll's chain: "from 40 to 58".
func fromToStep(toks []token, j int) bool {
	return j >= 1 && j+1 < len(toks) && toks[j-1].lower == "from" && toks[j+1].lower == "to"
}
