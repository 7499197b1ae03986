package extract

// namedBodyAfterType returns the end of a known body's name at k that
// follows the lower-case noun naming its type, closing a complement: "the
// former head of the UN mission MONUSCO", "a spokesman for the UN agency
// UNRWA", "the leader of the rebel alliance AFC". The named body is the
// office's, not the parent body the type noun follows; else k.
func (a *analysis) namedBodyAfterType(k int, w *titleWalk) int {
	toks := a.d.toks
	if k <= 0 || k >= len(toks) || toks[k-1].cap || toks[k-1].kind != tWord || toks[k-1].para != toks[k].para {
		return k
	}
	if typ := &toks[k-1]; !orgTypeNouns.hasToken(typ) && !bodyNouns.hasToken(typ) {
		return k
	}
	o, ok := a.orgAtTok(k)
	if !ok || o.first != k {
		return k
	}
	g := a.lx.orgs[o.org]
	if w.country != "" && g.Kind != "agency" {
		return k // "the Nigerian army unit ...": a state's office stays the state's
	}
	w.setOrg(g)
	return o.lim
}
