package extract

// appositionCloses reports the comma at lim that closes a title and name
// set off as an apposition after a bare speaker noun: ", a spokeswoman,
// Lieutenant Commander NAME, said". The speaker then speaks for the
// sentence's subject as "..., Defence Minister NAME said" does.
func (a *analysis) appositionCloses(r *role, lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].text != "," || r.titleLo < 3 {
		return false
	}
	k := r.titleLo - 2 // before the comma that opens the title
	if !a.lx.roleTags[toks[k].lower+"/speaker"] || a.roleKind(k) != rHead {
		return false
	}
	if d := toks[k-1].lower; d != "a" && d != "an" && d != "the" {
		return false
	}
	return toks[k-2].text == ","
}
