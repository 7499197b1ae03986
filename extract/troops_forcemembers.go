package extract

// forceMembersAt reads personnel named by a force's word and a noun for
// its people at k, which a shared figure may own as it owns "troops":
// "250 and 180 Guard members respectively", "300 and 200 Army
// personnel". The force's word is written as a name; the noun may be
// weak ("members"), as the force makes them troops.
func (a *analysis) forceMembersAt(k int) (string, bool) {
	toks := a.d.toks
	if k+1 >= len(toks) || !toks[k].cap || !forceBodies.hasToken(&toks[k]) {
		return "", false
	}
	lim := k + 2
	if toks[k+1].lower != "members" {
		if _, lim = a.lx.personnel.match(toks, k+1, true); lim <= k+1 {
			return "", false
		}
	}
	return a.d.text[toks[k].start:toks[lim-1].end], true
}
