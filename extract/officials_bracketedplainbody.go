package extract

// bracketedPlainBody reports a bracketed acronym's spelled-out name [f, lim)
// that is a body of no state by every word: its head a plain body's word
// ("Centre", "Institute") before an of- or for-phrase, no place or state
// institution among its words, none a known body's. "the Nordic Centre for
// Peace Operations (NCPO)": "director of the NCPO" serves the centre, not
// the dateline's state; "the Nigerian Centre for Disease Control (NCDC)"
// names its state. It returns the name's first token, after any words the
// bracket's reach took in that no connector joins to it ("on Tuesday by
// the ..."), or -1.
func (a *analysis) bracketedPlainBody(f, lim int) int {
	toks := a.d.toks
	g := lim
	for g > f && (toks[g-1].cap || g-2 > f && connectors.hasToken(&toks[g-1]) && toks[g-2].cap) {
		g--
	}
	f = g
	if lim-f < 2 {
		return -1
	}
	// an of- or for-phrase says what the body studies or serves ("Centre
	// for Peace Operations"); a bare "Monetary Policy Committee (MPC)" or
	// a committee's or bureau's name may be a state's organ
	head := a.bodyHead(f, lim)
	if b, ok := a.lx.bodyWords[toks[head].lower]; !ok || b.kind != "body" || !toks[head].cap || head+2 >= lim || bodyParts.hasToken(&toks[head]) {
		return -1
	}
	for k := f; k < lim; k++ {
		if a.placeAt[k] >= 0 || a.orgAt[k] >= 0 || a.personAt[k] >= 0 {
			return -1
		}
		if b, ok := a.lx.bodyWords[toks[k].lower]; ok && b.kind == "state" {
			return -1
		}
	}
	return f
}
