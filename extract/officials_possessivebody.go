package extract

// possessiveNamedBody returns the name of a body that owns a title through
// a possessive right before it, a run of capitalised words ending in the
// head word of a body that is no state's: "The Scottish Police
// Federation's general secretary, NAME," is the federation's, however
// its name opens with a state's adjective and holds a state's
// institution ("Police"): the last word decides. A run ending in a state's
// institution ("The Interior Ministry's spokesman") or holding a person
// names no such body.
func (a *analysis) possessiveNamedBody(r *role) string {
	toks := a.d.toks
	m := r.titleLo - 1
	if r.titleLo < 0 || m < 2 || m >= len(toks) || !a.possessiveMarkInName(m) {
		return ""
	}
	e := m // the run is [f, e)
	if !toks[e-1].cap || a.lx.bodyWords[toks[e-1].lower].kind != "body" {
		return ""
	}
	f := e - 1
	for f > 1 && f > e-7 && !toks[f].sentStart && toks[f-1].para == toks[f].para {
		if toks[f-1].kind == tWord && toks[f-1].cap && toks[f-1].lower != "the" {
			f--
		} else if a.possessiveMarkInName(f-1) && toks[f-2].cap && toks[f-1].lower != "'s" {
			f -= 2 // "The National Farmers' Union's": a plural's apostrophe inside the name
		} else {
			break
		}
	}
	if f == e-1 {
		return "" // "Federation's": the body named by its head word alone
	}
	for j := f; j < e; j++ {
		if a.personAt[j] >= 0 {
			return ""
		}
	}
	return stripInvisible(a.d.text[toks[f].start:toks[e-1].end])
}
