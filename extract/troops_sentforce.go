package extract

// sentForceAt reports a noun for a body of personnel at j ("force",
// "contingent") that a participle of posting follows, which makes it a
// force sent somewhere rather than an army's whole strength: "the Chadian
// force sent to the islands totalled 2,500 men", "the Kenyan force
// deployed to Haiti numbered 400" (contingentNumbers); "the army numbers
// 40,000" stays no deployment.
func (a *analysis) sentForceAt(j int) bool {
	toks := a.d.toks
	return j+1 < len(toks) && forceNouns.hasToken(&toks[j]) && postedParticiples.hasToken(&toks[j+1])
}
