package extract

// framedOwnSentence returns the state a role's own sentence opens with as
// a frame ("In Bujumbura, the army spokesman, Colonel NAME, said"; "In
// Kenya, opposition lawmaker NAME said"): the frame sets the scene of the
// role written right after it, over the state the story is most about.
// The title must follow the frame within a short phrase that names no
// other state.
func (a *analysis) framedOwnSentence(r *role) string {
	toks := a.d.toks
	if r.titleLo < 1 || r.titleLo >= len(toks) {
		return ""
	}
	own := a.d.sents[toks[r.titleLo].sent]
	c, m, ok := a.stateFrame(own.first, own.lim)
	if !ok || m >= r.titleLo || r.titleLo-m > 6 || a.namesStateIn(m+1, r.titleHi) {
		return ""
	}
	return c
}
