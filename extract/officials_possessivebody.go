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

// bodyNounOpensTitle reports a title opened by a lower-case noun for a body
// that is no state's, written with a capital only because it starts the
// sentence or the title: "Hospital spokesman NAME said", "Union spokesman
// NAME": the body's man, as "a hospital spokesman" is, not the story's
// state's. Only the noun and a spokesman's head: "Union Home Minister"
// is India's; a state written in the title keeps its state.
func (a *analysis) bodyNounOpensTitle(r *role) bool {
	if r.titleLo < 0 || r.titleLo >= len(a.d.toks) || r.explicit || r.org != "" || r.titleHi-r.titleLo != 2 {
		return false
	}
	if !a.lx.roleTags[r.head+"/speaker"] {
		return false // "Union Home Minister": India's Union government, no union's
	}
	return a.bodyKindAt(r.titleLo) == "nonstate" && a.lx.bodyWords[a.d.toks[r.titleLo].lower].kind == "body"
}
