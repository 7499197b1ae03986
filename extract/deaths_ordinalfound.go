package extract

// bodyFoundAfter reports a verb of finding right after the noun "body" at
// h, or after a form of "be": "a 19th body was found", "a fourth body
// found in the river".
func (a *analysis) bodyFoundAfter(h int) bool {
	toks := a.d.toks
	if h+1 < len(toks) && bodyFoundVerbs.hasToken(&toks[h+1]) {
		return true
	}
	return h+2 < len(toks) && beAux.hasToken(&toks[h+1]) && bodyFoundVerbs.hasToken(&toks[h+2])
}

// foundBefore reports a verb of finding right before "a" at b, whose
// object the ranked body is: "divers recovered a sixth body from the
// hull", "rescuers found a third body in the rubble". "the" is left out:
// "found the second body" may be the second of two already told.
func foundBefore(toks []token, b int) bool {
	return b > 0 && toks[b].lower == "a" && bodyFoundVerbs.hasToken(&toks[b-1])
}
