package extract

// More bodies with their noun gapped: "The coast guard recovered 21
// bodies on Saturday, and six more washed ashore on Sunday", "Divers
// pulled out 14 bodies. Three more were found downstream." The count "N
// more" takes its noun from bodies counted in its sentence or the one
// before in its paragraph; a verb of finding right after it ("were
// found", "washed ashore") says it counts bodies, not survivors ("six
// more were rescued").

// moreBodiesGapped reads "N more" and a verb of finding bodies after it,
// when a figure of bodies stands before it.
func (a *analysis) moreBodiesGapped(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	e := n.lim
	if e+1 >= len(toks) || toks[e].lower != "more" {
		return Deaths{}, false
	}
	v := e + 1
	for v < len(toks) && v < e+4 && !bodyFoundVerbs.hasToken(&toks[v]) && (beAux.hasToken(&toks[v]) || haveAux.hasToken(&toks[v]) || toks[v].lower == "later") {
		v++ // "six more were later found", "three more had been recovered"
	}
	if v+1 >= len(toks) || !bodyFoundVerbs.hasToken(&toks[v]) || toks[v].sent != toks[n.first].sent || toks[v+1].lower == "alive" {
		return Deaths{}, false
	}
	if !a.bodiesCountedBefore(a.sentenceBeforeFirst(n.first), n.hedge) {
		return Deaths{}, false
	}
	return a.makeDeath(n, n.hedge, v+1, rule), true
}
