package extract

// standingForcePassed reports a threshold preposition at k after a size
// verb whose subject is a standing force: "the regular army had fallen
// below 73,000 soldiers", "the armed forces rose above 150,000". The
// figure is the army's whole strength passing a mark, as "shrunk to"
// (standingForceResized), not a deployment.
func (a *analysis) standingForcePassed(k int) bool {
	switch a.d.toks[k].lower {
	case "below", "above", "under", "beneath":
		return a.standingForceResized(k)
	}
	return false
}
