package extract

// deadOrMissing reports "dead" at e joined by "or" or "and" to another
// state ("dead or missing", "dead and injured"): a count of both, not of
// the dead.
func (a *analysis) deadOrMissing(e int) bool {
	toks := a.d.toks
	return e+1 < len(toks) && (toks[e+1].lower == "or" || toks[e+1].lower == "and")
}

// tollOfDeadAndHurt reports a toll word that counts the missing or hurt
// with the dead, from the end lim of its phrase: "the number of dead or
// missing rose to 49", "the number of dead and injured stood at 80" give
// no count of the dead alone.
func (a *analysis) tollOfDeadAndHurt(lim int) bool {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].lower != "or" && toks[lim].lower != "and" {
		return false
	}
	kinds, _ := a.deathKindsAt(lim + 1)
	return hasKind(kinds, dHurt)
}
