package extract

// joinsAfterForce reports a verb of joining at e, right after the number
// that ends "a force of N" or "a crew of N": "A Greek frigate with a crew
// of 190 joins the operation in July" puts the crew in the operation, in
// the present tense as in the past or future.
func joinsAfterForce(toks []token, e int) bool {
	return e < len(toks) && joinVerbs.hasToken(&toks[e])
}
