package extract

// deadOrMissing reports "dead" at e joined by "or" or "and" to another
// state ("dead or missing", "dead and injured"): a count of both, not of
// the dead.
func (a *analysis) deadOrMissing(e int) bool {
	toks := a.d.toks
	return e+1 < len(toks) && (toks[e+1].lower == "or" || toks[e+1].lower == "and")
}
