package extract

// ownedRankLo returns where the owned title of a rank's holder opens:
// "Its minister, Colonel NAME," holds the rank "Colonel" and the office
// "its" owns, so the office's owner, the state named before, is the
// rank's too. Without such an office before the rank, the title's own
// first token.
func (a *analysis) ownedRankLo(r *role) int {
	toks := a.d.toks
	k := r.titleLo - 1
	if k < 2 || k >= len(toks) || toks[k].text != "," || toks[k-1].cap || a.roleKind(k-1) != rHead {
		return r.titleLo
	}
	if w := toks[k-2].lower; w != "its" && w != "their" {
		return r.titleLo
	}
	return k - 1
}
